// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaigndefinition.h"
#include "core/reports/weeklyreport.h"
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

namespace branddesk::test {

/// A local moment, in UTC as core keeps it.
inline QDateTime local(int year, int month, int day, int hour = 10, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second)).toUTC();
}

inline ReportWeek weekOf(int year, int month, int day)
{
    return ReportWeek::containing(QDate(year, month, day));
}

/// A report of `departmentId` for the week holding the given day, received at `received`.
inline WeeklyReport aReport(qint64 departmentId, const ReportWeek& week, const QDateTime& received,
                            const QString& content = QStringLiteral("本周深入企业走访，协调解决问题。"))
{
    WeeklyReport report;
    report.departmentId = departmentId;
    report.week = week;
    report.receivedAt = received;
    report.channel = ReportChannel::Email;
    report.title = QStringLiteral("服务品牌建设工作周报");
    report.content = content;
    report.tags = ReportTag::ServesEnterprises;
    return report;
}

/// The 2009 campaign with two departments registered on 1 April 2009, before it began: 市财政局
/// (administrative) and 市委宣传部 (party). The clock stands at the TempDatabase's start, Friday 2009-05-15
/// 10:00, and a clerk is signed in.
struct ReportOffice {
    TempDatabase temp;
    Campaign campaign;
    Department finance;
    Department publicity;

    ReportOffice()
    {
        temp.signInAs(Role::Administrator);
        const Result<Campaign> stored = temp.session().campaigns().ensureCurrent(2009);
        REQUIRE(stored);
        campaign = *stored;
        temp.signInAs(Role::Clerk);
        const QDateTime start = temp.clock().nowUtc();
        temp.clock().set(local(2009, 4, 1));
        Department f = aDepartment("市财政局");
        f.sortOrder = 1;
        const Result<Department> addedFinance = temp.departments().add(f);
        REQUIRE(addedFinance);
        finance = *addedFinance;
        Department p = aDepartment("市委宣传部");
        p.shortName = QStringLiteral("宣传部");
        p.category = DepartmentCategory::PartyMass;
        p.sortOrder = 2;
        const Result<Department> addedPublicity = temp.departments().add(p);
        REQUIRE(addedPublicity);
        publicity = *addedPublicity;
        temp.clock().set(start);
    }

    ReportService& reports() { return temp.session().reports(); }

    WeeklyReport log(WeeklyReport report)
    {
        const Result<WeeklyReport> saved = reports().save(std::move(report));
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }
};

} // namespace branddesk::test
