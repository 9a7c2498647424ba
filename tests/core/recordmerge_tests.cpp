// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a form's edits with another PC's save of the same record, field by field.
#include "core/domain/department.h"
#include "core/reports/weeklyreport.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace branddesk;

namespace {

Department stored()
{
    Department d;
    d.id = 4;
    d.name = QStringLiteral("市统计局");
    d.phone = QStringLiteral("0519-1");
    d.email = QStringLiteral("a@example.gov.cn");
    d.version = 3;
    return d;
}

} // namespace

TEST_CASE("edits of different fields merge: mine and theirs both kept, at their version")
{
    const Department base = stored();
    Department mine = base;
    mine.email = QStringLiteral("tjj@example.gov.cn");
    Department theirs = base;
    theirs.phone = QStringLiteral("0519-85680780");
    theirs.enterpriseFacing = true;
    theirs.version = 4;

    const MergeResult<Department> merge = mergeDepartments(base, mine, theirs);
    CHECK(merge.clean());
    CHECK(merge.merged.email == QStringLiteral("tjj@example.gov.cn"));
    CHECK(merge.merged.phone == QStringLiteral("0519-85680780"));
    CHECK(merge.merged.enterpriseFacing);
    CHECK(merge.merged.version == 4);
    CHECK(merge.myFields == QStringList{QStringLiteral("email")});
    CHECK(merge.theirFields == QStringList({QStringLiteral("enterprise_facing"), QStringLiteral("phone")}));
}

TEST_CASE("the same field changed to different values is a collision; changed alike it is not")
{
    const Department base = stored();
    Department mine = base;
    mine.phone = QStringLiteral("0519-2");
    mine.name = QStringLiteral("常州市统计局");
    Department theirs = base;
    theirs.phone = QStringLiteral("0519-3");
    theirs.name = QStringLiteral("常州市统计局");

    const MergeResult<Department> merge = mergeDepartments(base, mine, theirs);
    CHECK_FALSE(merge.clean());
    CHECK(merge.collisions == QStringList{QStringLiteral("phone")});
    CHECK(merge.merged.phone == QStringLiteral("0519-2")); // the form's value stays until the user decides
    CHECK(merge.merged.name == QStringLiteral("常州市统计局"));
}

TEST_CASE("a form without edits has no fields of its own")
{
    const Department base = stored();
    CHECK(mergeDepartments(base, base, base).myFields.isEmpty());
}

TEST_CASE("a report's merge counts the time to the minute, texts without surrounding spaces, files by name")
{
    WeeklyReport base;
    base.id = 9;
    base.title = QStringLiteral("本周服务企业情况");
    base.content = QStringLiteral("走访企业三家。");
    base.receivedAt = QDateTime(QDate(2009, 5, 15), QTime(9, 30, 12), QTimeZone::utc());
    base.attachments = {ReportAttachment{1, QStringLiteral("周报.docx"), 100, {}}};
    base.version = 2;
    WeeklyReport mine = base; // as the form gives it back: seconds dropped, a trailing space, the file's data read
    mine.receivedAt = QDateTime(QDate(2009, 5, 15), QTime(9, 30), QTimeZone::utc());
    mine.title += QLatin1Char(' ');
    mine.attachments.first().data = QByteArray(100, 'x');
    mine.highlight = true;
    WeeklyReport theirs = base;
    theirs.content = QStringLiteral("走访企业三家，协调解决用地问题一项。");
    theirs.version = 3;

    const MergeResult<WeeklyReport> merge = mergeReports(base, mine, theirs);
    CHECK(merge.clean());
    CHECK(merge.myFields == QStringList{QStringLiteral("highlight")});
    CHECK(merge.theirFields == QStringList{QStringLiteral("content")});
    CHECK(merge.merged.content == theirs.content);
    CHECK(merge.merged.highlight);
    CHECK(merge.merged.version == 3);

    WeeklyReport another = base; // a file added on each side: both changed the list, differently
    another.attachments.append(ReportAttachment{0, QStringLiteral("照片.jpg"), 10, QByteArray(10, 'y')});
    WeeklyReport third = base;
    third.attachments.append(ReportAttachment{2, QStringLiteral("附件.pdf"), 20, {}});
    CHECK(mergeReports(base, another, third).collisions == QStringList{QStringLiteral("attachments")});
}
