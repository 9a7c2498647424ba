// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/mailmatch.h"
#include "tests/support/builders.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

Department department(qint64 id, const char* name, const char* shortName, const char* email = "")
{
    Department d = aDepartment(name);
    d.id = id;
    d.shortName = utf8(shortName);
    d.email = utf8(email);
    return d;
}

MailMatch office(QHash<QString, qint64> remembered = {})
{
    return MailMatch({department(1, "市财政局", "财政局", "caizhengju@cz.gov.cn; CZ@cz.gov.cn"),
                      department(2, "市地方税务局", "市地税局"), department(3, "市民政局", "民政局"),
                      department(4, "市政府办公室", "市府办")},
                     std::move(remembered), Qt::Friday, QTime(23, 59, 59));
}

QDateTime arrivedAt(int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2009, month, day), QTime(hour, minute, second)).toUTC();
}

} // namespace

TEST_CASE("a mail is matched by the sender's address, any of a department's several, or one remembered")
{
    const MailMatch match = office({{QStringLiteral("clerk@163.example"), 3}});
    CHECK(match.departmentOfAddress(QStringLiteral("cz@cz.gov.cn")) == 1);
    CHECK(match.departmentOfAddress(QStringLiteral("CaiZhengJu@cz.gov.cn")) == 1);
    CHECK(match.departmentOfAddress(QStringLiteral("clerk@163.example")) == 3);
    CHECK(match.departmentOfAddress(QStringLiteral("nobody@example.com")) == 0);
    const MailProposal p =
        match.propose(QStringLiteral("cz@cz.gov.cn"), utf8("市民政局周报"), QString(), arrivedAt(5, 15, 10));
    CHECK(p.departmentId == 1);
    CHECK(p.match == MailMatchKind::Address);
}

TEST_CASE("else by the department's full or short name in the subject, then the body; else unmatched")
{
    const MailMatch match = office();
    MailProposal p =
        match.propose(QStringLiteral("x@example.com"), utf8("市地税局第20周工作周报"), QString(), arrivedAt(5, 15, 10));
    CHECK(p.departmentId == 2);
    CHECK(p.match == MailMatchKind::Name);
    p = match.propose(QStringLiteral("x@example.com"), utf8("本周工作"), utf8("市民政局：本周……"),
                      arrivedAt(5, 15, 10));
    CHECK(p.departmentId == 3);
    // The longest name found wins: 市政府办公室 holds 市政 but is not 市财政局.
    CHECK(match.departmentNamedIn(utf8("市政府办公室周报")) == 4);
    p = match.propose(QStringLiteral("x@example.com"), utf8("会议通知"), utf8("各位："), arrivedAt(5, 15, 10));
    CHECK(p.departmentId == 0);
    CHECK(p.match == MailMatchKind::None);
}

TEST_CASE("the week rule at the due moment: Friday's last second is on time, then late, Monday is last week's")
{
    const MailMatch match = office();
    const ReportWeek week20 = ReportWeek::fromNumber(2009, 20); // 11–17 May 2009
    MailProposal p = match.propose(QString(), QString(), QString(), arrivedAt(5, 15, 23, 59, 59));
    CHECK(p.week == week20);
    CHECK(p.onTime);
    p = match.propose(QString(), QString(), QString(), arrivedAt(5, 16, 0, 0, 0));
    CHECK(p.week == week20);
    CHECK_FALSE(p.onTime);
    p = match.propose(QString(), QString(), QString(), arrivedAt(5, 18, 9));
    CHECK(p.week == week20);
    CHECK_FALSE(p.onTime);
    p = match.propose(QString(), QString(), QString(), arrivedAt(5, 19, 9));
    CHECK(p.week == week20.next());
    CHECK(p.onTime);
}

TEST_CASE("a week named in the subject wins over the arrival: 第18周, 4月27日—5月3日")
{
    const MailMatch match = office();
    MailProposal p = match.propose(QString(), utf8("第18周工作周报"), QString(), arrivedAt(5, 15, 10));
    CHECK(p.week == ReportWeek::fromNumber(2009, 18));
    CHECK(p.weekFromSubject);
    CHECK_FALSE(p.onTime);
    p = match.propose(QString(), utf8("周报（4月27日—5月3日）"), QString(), arrivedAt(5, 1, 10));
    CHECK(p.week == ReportWeek::fromNumber(2009, 18));
    CHECK(p.onTime);
    CHECK(MailMatch::weekNamedIn(utf8("本周工作"), arrivedAt(5, 15, 10)) == ReportWeek());
}
