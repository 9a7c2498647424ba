// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activity.h"
#include "core/enterprise/problem.h"
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

namespace branddesk::test {

/// A local moment, in UTC as core keeps it.
inline QDateTime localMoment(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toUTC();
}

/// A visit (三进) of `departmentId` to 常州某某科技有限公司 on `date`.
inline Activity aVisit(qint64 departmentId, const QDate& date, const char* enterprise = "常州某某科技有限公司")
{
    Activity a;
    a.kind = ActivityKind::ThreeInto;
    a.target = EnterpriseKind::Enterprise;
    a.departmentId = departmentId;
    a.startDate = date;
    a.enterpriseName = utf8(enterprise);
    a.participants = utf8("王建国、李娟");
    a.leadingOfficial = utf8("张副局长");
    a.description = utf8("走访企业，了解融资和用地需求。");
    a.outcome = utf8("梳理出两个难题，建立台账。");
    return a;
}

/// A concentrated week (集中攻坚) of `departmentId` from `monday` to the Friday.
inline Activity aConcentratedWeek(qint64 departmentId, const QDate& monday)
{
    Activity a;
    a.kind = ActivityKind::ConcentratedWeek;
    a.departmentId = departmentId;
    a.startDate = monday;
    a.endDate = monday.addDays(4);
    a.participants = utf8("处室负责人五人");
    a.leadingOfficial = utf8("张副局长");
    a.description = utf8("深入武进高新区企业集中攻坚。");
    return a;
}

/// A problem 常州某某科技有限公司 raised with `departmentId` on `raised`, due a month later, with its leader, team
/// and plan.
inline Problem aProblem(qint64 departmentId, const QDate& raised, const char* enterprise = "常州某某科技有限公司")
{
    Problem p;
    p.departmentId = departmentId;
    p.enterpriseName = utf8(enterprise);
    p.raisedDate = raised;
    p.description = utf8("新厂房竣工验收手续办理缓慢。");
    p.leader = utf8("张副局长");
    p.team = utf8("规划处、建管处、窗口");
    p.plan = utf8("一周内现场会办，两周内办结验收。");
    p.deadline = raised.addDays(30);
    return p;
}

/// The 2009 campaign (from 21 April) with two departments registered on 1 April 2009: 市财政局 (enterprise-facing)
/// and 市委宣传部 (not enterprise-facing). A clerk is signed in; the clock stands at `today`.
struct EnterpriseOffice {
    TempDatabase temp;
    Campaign campaign;
    Department finance;
    Department publicity;

    explicit EnterpriseOffice(const QDate& today = QDate(2009, 5, 15))
    {
        temp.signInAs(Role::Administrator);
        const Result<Campaign> stored = temp.session().campaigns().ensureCurrent(2009);
        REQUIRE(stored);
        campaign = *stored;
        temp.signInAs(Role::Clerk);
        temp.clock().set(localMoment(2009, 4, 1));
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
        setToday(today);
    }

    void setToday(const QDate& day) { temp.clock().set(localMoment(day.year(), day.month(), day.day())); }
    EnterpriseService& service() { return temp.session().enterprise(); }

    Activity record(Activity activity)
    {
        const Result<Activity> saved = service().saveActivity(std::move(activity));
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }

    Problem record(Problem problem)
    {
        const Result<Problem> saved = service().saveProblem(std::move(problem));
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }
};

} // namespace branddesk::test
