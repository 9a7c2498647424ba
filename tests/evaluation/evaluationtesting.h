// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

namespace branddesk::test {

/// The 2009 campaign with 市财政局 (administrative, brand 阳光财政 with every field filled) and 市委宣传部 (party,
/// brand 红色宣传 with its name only), registered on 1 April 2009; a round "2009年典型推介" starting on
/// 2009-05-01 with two experts (王教授; 李处长 from 市财政局). The clock stands at Friday 2009-05-15 10:00 and
/// a clerk is signed in.
struct EvaluationOffice {
    TempDatabase temp;
    Campaign campaign;
    Department finance;
    Department publicity;
    Brand financeBrand;
    Brand publicityBrand;
    EvaluationRound round;
    EvaluationExpert wang;
    EvaluationExpert li;

    EvaluationOffice()
    {
        temp.signInAs(Role::Administrator);
        const Result<Campaign> stored = temp.session().campaigns().ensureCurrent(2009);
        REQUIRE(stored);
        campaign = *stored;
        temp.signInAs(Role::Clerk);
        const QDateTime start = temp.clock().nowUtc();
        temp.clock().set(QDateTime(QDate(2009, 4, 1), QTime(10, 0)).toUTC());
        Department f = aDepartment("市财政局");
        f.sortOrder = 1;
        const Result<Department> addedFinance = temp.departments().add(f);
        REQUIRE(addedFinance);
        finance = *addedFinance;
        Department p = aDepartment("市委宣传部");
        p.category = DepartmentCategory::PartyMass;
        p.enterpriseFacing = false;
        p.sortOrder = 2;
        const Result<Department> addedPublicity = temp.departments().add(p);
        REQUIRE(addedPublicity);
        publicity = *addedPublicity;
        const Result<Brand> brand = temp.brands().add(aCompleteBrand(finance.id, "阳光财政"));
        REQUIRE(brand);
        financeBrand = *brand;
        const Result<Brand> other = temp.brands().add(aBrand(publicity.id, "红色宣传"));
        REQUIRE(other);
        publicityBrand = *other;
        temp.clock().set(start);

        EvaluationRound r;
        r.campaignId = campaign.id;
        r.name = QStringLiteral("2009年典型推介");
        r.startDate = QDate(2009, 5, 1);
        const Result<EvaluationRound> saved = evaluation().saveRound(r);
        REQUIRE(saved);
        round = *saved;
        wang = addExpert("王教授", 0);
        li = addExpert("李处长", finance.id);
    }

    EvaluationService& evaluation() { return temp.session().evaluation(); }

    EvaluationExpert addExpert(const char* name, qint64 departmentId)
    {
        EvaluationExpert expert;
        expert.roundId = round.id;
        expert.name = QString::fromUtf8(name);
        expert.unit = QStringLiteral("常州大学");
        expert.departmentId = departmentId;
        const Result<EvaluationExpert> saved = evaluation().saveExpert(expert);
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }

    EvaluationEntry enter(const Brand& brand, SurveyCounts survey = {})
    {
        EvaluationEntry entry;
        entry.roundId = round.id;
        entry.brandId = brand.id;
        entry.submittedOn = QDate(2009, 5, 10);
        entry.declaration = QStringLiteral("自查申报材料");
        entry.survey = survey;
        const Result<EvaluationEntry> saved = evaluation().enter(entry);
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }

    /// The same points (in tenths) on every criterion of `brand`.
    static QList<ExpertScore> sheet(const Brand& brand, int tenthsEach)
    {
        QList<ExpertScore> scores;
        for (const char* code : {"name", "logo", "culture", "service-system", "social-benefit"})
            scores.append({0, brand.id, QString::fromLatin1(code), tenthsEach});
        return scores;
    }

    BrandStatus statusOf(const Brand& brand)
    {
        const Result<Brand> found = temp.brands().find(brand.id);
        REQUIRE(found);
        return found->status;
    }
};

} // namespace branddesk::test
