// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inspections/inspection.h"
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

namespace branddesk::test {

/// A local moment, in UTC as core keeps it.
inline QDateTime localTime(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toUTC();
}

/// An inspection of `departmentId` on `date` by two inspectors, with one open demand due a month later.
inline Inspection anInspection(qint64 departmentId, const QDate& date)
{
    Inspection inspection;
    inspection.departmentId = departmentId;
    inspection.date = date;
    inspection.kind = InspectionKind::Regular;
    inspection.inspectors = QStringLiteral("张建华、李明");
    inspection.checks = {{QStringLiteral("standard:name"), QStringLiteral("品牌名称"), CheckResult::Met, QString()},
                         {QStringLiteral("standard:logo"), QStringLiteral("品牌标识"), CheckResult::NotMet,
                          QStringLiteral("未上传标识图片")}};
    inspection.findings = QStringLiteral("品牌标识尚未确定。");
    Rectification r;
    r.demand = QStringLiteral("一个月内确定品牌标识并报送。");
    r.deadline = date.addDays(30);
    inspection.rectifications = {r};
    return inspection;
}

/// The 2009 campaign with two departments registered on 1 April 2009: 市财政局 (administrative, enterprise-facing,
/// with the brand 阳光财政 that has only its name) and 市委宣传部 (party, not enterprise-facing, no brand). The clock
/// stands at the TempDatabase's start, Friday 2009-05-15 10:00, and a clerk is signed in.
struct InspectionOffice {
    TempDatabase temp;
    Campaign campaign;
    Department finance;
    Department publicity;
    Brand financeBrand;

    InspectionOffice()
    {
        temp.signInAs(Role::Administrator);
        const Result<Campaign> stored = temp.session().campaigns().ensureCurrent(2009);
        REQUIRE(stored);
        campaign = *stored;
        temp.signInAs(Role::Clerk);
        const QDateTime start = temp.clock().nowUtc();
        temp.clock().set(localTime(2009, 4, 1));
        Department f = aDepartment("市财政局");
        f.sortOrder = 1;
        const Result<Department> addedFinance = temp.departments().add(f);
        REQUIRE(addedFinance);
        finance = *addedFinance;
        Department p = aDepartment("市委宣传部");
        p.shortName = QStringLiteral("宣传部");
        p.category = DepartmentCategory::PartyMass;
        p.enterpriseFacing = false;
        p.sortOrder = 2;
        const Result<Department> addedPublicity = temp.departments().add(p);
        REQUIRE(addedPublicity);
        publicity = *addedPublicity;
        const Result<Brand> brand = temp.brands().add(aBrand(finance.id, "阳光财政"));
        REQUIRE(brand);
        financeBrand = *brand;
        temp.clock().set(start);
    }

    InspectionService& inspections() { return temp.session().inspections(); }

    Inspection record(Inspection inspection)
    {
        const Result<Inspection> saved = inspections().save(std::move(inspection));
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }

    /// The milestone of the campaign with `code`.
    const Milestone& milestone(const char* code) const
    {
        for (const Milestone& m : campaign.milestones)
            if (m.code == QLatin1String(code))
                return m;
        FAIL("no milestone " << code);
        return campaign.milestones.constFirst();
    }
};

} // namespace branddesk::test
