// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportsearch.h"
#include "core/services/reportservice.h"
#include "tests/reports/reporttesting.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <cstdlib>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// A long report (about 12,000 characters) with `needle` once, deep inside.
QString longReportWith(const QString& needle)
{
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("本周组织机关干部深入社区走访群众，收集意见建议。");
    text += QStringLiteral("围绕") + needle + QStringLiteral("开展专项整治。");
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("落实首问负责制和限时办结制。");
    return text;
}

QList<qint64> idsOf(const Result<ReportSearchResult>& result)
{
    REQUIRE(result);
    QList<qint64> ids;
    for (const ReportListItem& item : result->items)
        ids.append(item.id);
    return ids;
}

ReportFilter searchingFor(const QString& text)
{
    ReportFilter filter;
    filter.text = text;
    return filter;
}

} // namespace

TEST_CASE("full-text search finds a three-character Chinese term deep in a long report")
{
    ReportOffice office;
    const WeeklyReport target = office.log(aReport(office.finance.id, weekOf(2009, 4, 27), local(2009, 4, 30, 10),
                                                   longReportWith(QStringLiteral("营商环境"))));
    office.log(aReport(office.publicity.id, weekOf(2009, 4, 27), local(2009, 4, 30, 11),
                       longReportWith(QStringLiteral("机关作风"))));

    const ReportFilter filter = searchingFor(QStringLiteral("营商环"));
    CHECK(filter.usesFullTextIndex());
    const Result<ReportSearchResult> found = office.reports().search(filter);
    CHECK(idsOf(found) == QList<qint64>{target.id});
    CHECK(found->total == 1);
    // The passage around the match is shown, not the report's opening.
    CHECK(found->items.at(0).excerpt.contains(QStringLiteral("围绕营商环境开展专项整治")));
    CHECK(found->items.at(0).excerpt.startsWith(QChar(0x2026)));
    CHECK(excerptAround(QStringLiteral("甲乙丙"), {QStringLiteral("丁")}) == QStringLiteral("甲乙丙"));
}

TEST_CASE("two-character terms go to the two-character index, one-character terms to a scan, and both find the report")
{
    ReportOffice office;
    const WeeklyReport target = office.log(aReport(office.finance.id, weekOf(2009, 4, 27), local(2009, 4, 30, 10),
                                                   longReportWith(QStringLiteral("营商环境"))));
    office.log(aReport(office.publicity.id, weekOf(2009, 4, 27), local(2009, 4, 30, 11),
                       longReportWith(QStringLiteral("机关作风"))));

    const ReportFilter two = searchingFor(QStringLiteral("营商"));
    CHECK_FALSE(two.usesFullTextIndex());
    CHECK(two.usesTwoCharacterIndex());
    CHECK_FALSE(searchingFor(QStringLiteral("营")).usesTwoCharacterIndex());
    CHECK_FALSE(searchingFor(QStringLiteral("营商 整")).usesTwoCharacterIndex());
    CHECK(idsOf(office.reports().search(two)) == QList<qint64>{target.id});
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("营")))) == QList<qint64>{target.id});
    // Several words: all must occur, whichever way they are searched.
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("营商 整治")))) == QList<qint64>{target.id});
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("营商环境 专项整治")))) ==
          QList<qint64>{target.id});
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("营商 作风")))).isEmpty());
    // LIKE's and FTS5's own characters are text, not syntax.
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("100%")))).isEmpty());
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("\"营商\" OR")))).isEmpty());
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("NEAR(营商环境")))).isEmpty());
}

TEST_CASE("the snippet is centred on the first match, in Chinese and Latin, whatever the case")
{
    QString before;
    QString after;
    for (int i = 0; i < 10; ++i) {
        before += QStringLiteral("本周组织干部走访群众。");
        after += QStringLiteral("落实首问负责制度。");
    }
    const QString text = before + QStringLiteral("营商环境") + after + QStringLiteral("营商环境");
    const QString snippet = excerptAround(text, {QStringLiteral("营商环境")}, 40);
    CHECK(snippet.startsWith(QChar(0x2026)));
    CHECK(snippet.endsWith(QChar(0x2026)));
    CHECK(snippet.size() == 42);
    // As much before the match as after it: the match is not cut, nor pushed to one end.
    const qsizetype at = snippet.indexOf(QStringLiteral("营商环境"));
    REQUIRE(at >= 0);
    CHECK(at - 1 == 18);
    CHECK(snippet.size() - 1 - (at + 4) == 18);

    // The first of several words, found case-insensitively; a line break is a space.
    const QString latin = QStringLiteral("Weekly report of the service hall.\nThe ONE-STOP window opened; the "
                                         "one-stop counter served 120 people and the Wechat line answered them.");
    const QString found = excerptAround(latin, {QStringLiteral("wechat"), QStringLiteral("one-stop")}, 30);
    CHECK(found.contains(QStringLiteral("ONE-STOP")));
    CHECK_FALSE(found.contains(QLatin1Char('\n')));
    const qsizetype match = found.indexOf(QStringLiteral("ONE-STOP"));
    CHECK(std::abs((match - 1) - (found.size() - 1 - (match + 8))) <= 1);

    // Near the start or the end the snippet is the text's first or last stretch, as long as it can be.
    CHECK(excerptAround(QStringLiteral("营商环境") + after, {QStringLiteral("营商")}, 20) ==
          QStringLiteral("营商环境") + after.left(16) + QChar(0x2026));
    CHECK(excerptAround(before + QStringLiteral("营商环境"), {QStringLiteral("环境")}, 20) ==
          QChar(0x2026) + QString(before + QStringLiteral("营商环境")).right(20));
    // A short text whole; a text without the words from its opening.
    CHECK(excerptAround(QStringLiteral("甲乙丙"), {QStringLiteral("乙")}) == QStringLiteral("甲乙丙"));
    CHECK(excerptAround(before, {QStringLiteral("丁")}, 10) == before.left(10) + QChar(0x2026));
    // A character outside the basic plane is never cut in two.
    const QString rare = QStringLiteral("𠮷").repeated(30) + QStringLiteral("营商") + QStringLiteral("𠮷").repeated(30);
    const QString cut = excerptAround(rare, {QStringLiteral("营商")}, 21);
    CHECK(cut.contains(QStringLiteral("营商")));
    CHECK_FALSE(cut.at(1).isLowSurrogate());
    CHECK_FALSE(cut.at(cut.size() - 2).isHighSurrogate());
}

TEST_CASE("the full-text index follows edits and deletions")
{
    ReportOffice office;
    WeeklyReport report = office.log(
        aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 15, 9), QStringLiteral("开通局长直通车热线")));
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("直通车")))) == QList<qint64>{report.id});
    report.content = QStringLiteral("开展五送活动");
    report = office.log(report);
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("直通车")))).isEmpty());
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("五送活")))) == QList<qint64>{report.id});
    REQUIRE(office.reports().remove(report.id));
    CHECK(idsOf(office.reports().search(searchingFor(QStringLiteral("五送活")))).isEmpty());
}

TEST_CASE("the history filters by department, category, weeks, tags and highlight, newest first")
{
    ReportOffice office;
    WeeklyReport a = aReport(office.finance.id, weekOf(2009, 4, 27), local(2009, 4, 30, 10));
    a.tags = ReportTag::ServesEnterprises;
    a = office.log(a);
    WeeklyReport b = aReport(office.finance.id, weekOf(2009, 5, 11), local(2009, 5, 14, 10));
    b.tags = ReportTag::ServesPublic;
    b.highlight = true;
    b = office.log(b);
    WeeklyReport c = aReport(office.publicity.id, weekOf(2009, 5, 4), local(2009, 5, 8, 10));
    c.tags = ReportTag::ServesGrassroots | ReportTag::ServesPublic;
    c = office.log(c);

    CHECK(idsOf(office.reports().search({})) == QList<qint64>{b.id, c.id, a.id});
    ReportFilter filter;
    filter.departmentId = office.finance.id;
    CHECK(idsOf(office.reports().search(filter)) == QList<qint64>{b.id, a.id});
    filter = {};
    filter.category = DepartmentCategory::PartyMass;
    CHECK(idsOf(office.reports().search(filter)) == QList<qint64>{c.id});
    filter = {};
    filter.fromWeek = weekOf(2009, 5, 4);
    filter.toWeek = weekOf(2009, 5, 4);
    CHECK(idsOf(office.reports().search(filter)) == QList<qint64>{c.id});
    filter = {};
    filter.tags = ReportTag::ServesPublic;
    CHECK(idsOf(office.reports().search(filter)) == QList<qint64>{b.id, c.id});
    filter = {};
    filter.highlightOnly = true;
    CHECK(idsOf(office.reports().search(filter)) == QList<qint64>{b.id});
    filter = {};
    filter.limit = 2;
    const Result<ReportSearchResult> limited = office.reports().search(filter);
    CHECK(idsOf(limited) == QList<qint64>{b.id, c.id});
    CHECK(limited->total == 3);
    filter.countAll = false; // the newest few only, as the summary's highlights
    const Result<ReportSearchResult> uncounted = office.reports().search(filter);
    CHECK(idsOf(uncounted) == QList<qint64>{b.id, c.id});
    CHECK(uncounted->total == 2);

    const Result<ReportSearchResult> all = office.reports().search({});
    REQUIRE(all);
    const ReportListItem& first = all->items.at(0);
    CHECK(first.departmentName == QStringLiteral("市财政局"));
    CHECK(first.category == DepartmentCategory::Administrative);
    CHECK(first.highlight);
    CHECK_FALSE(first.supplement);
}

TEST_CASE("found words come newest week first even when an older week was logged last")
{
    ReportOffice office;
    const WeeklyReport may = office.log(aReport(office.finance.id, weekOf(2009, 5, 4), local(2009, 5, 8, 10),
                                                QStringLiteral("提升群众满意率的做法。")));
    const WeeklyReport april = office.log(
        aReport(office.publicity.id, weekOf(2009, 4, 20), local(2009, 4, 24, 10), QStringLiteral("群众满意率调查。")));
    const WeeklyReport mid = office.log(aReport(office.finance.id, weekOf(2009, 4, 27), local(2009, 4, 30, 10),
                                                QStringLiteral("满意率达到百分之九十八。")));
    const ReportFilter filter = searchingFor(QStringLiteral("满意率"));
    REQUIRE(filter.usesFullTextIndex());
    CHECK(idsOf(office.reports().search(filter)) == QList<qint64>{may.id, mid.id, april.id});
}

TEST_CASE("a search matching more than ten thousand reports says so and shows the newest")
{
    ReportOffice office;
    {
        // Eleven thousand reports written straight into the file: logging them one by one would take minutes.
        QSqlDatabase db = office.temp.session().database().connection();
        REQUIRE(db.transaction());
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(QStringLiteral(
            "INSERT INTO weekly_reports (department_id, week_start, received_at, channel, title, content, entered_at, "
            "updated_at) VALUES (?, ?, ?, 'email', '周报', '服务对象满意率逐步提升。', ?, ?)")));
        for (int i = 0; i < 11000; ++i) {
            const ReportWeek week = weekOf(2009, 4, 20).next().next(); // any week will do; several per week
            const QString at = QStringLiteral("2009-05-0%1T02:00:00.000Z").arg(1 + i % 9);
            insert.addBindValue(i % 2 == 0 ? office.finance.id : office.publicity.id);
            insert.addBindValue(week.monday().addDays(-7 * (i % 3)).toString(Qt::ISODate));
            insert.addBindValue(at);
            insert.addBindValue(at);
            insert.addBindValue(at);
            REQUIRE(insert.exec());
        }
        REQUIRE(db.commit());
    }
    ReportFilter filter = searchingFor(QStringLiteral("满意率"));
    filter.limit = 50;
    const Result<ReportSearchResult> found = office.reports().search(filter);
    REQUIRE(found);
    CHECK(found->total == ReportSearchResult::kCountLimit);
    CHECK(found->moreThanTotal);
    REQUIRE(found->items.size() == 50);
    for (qsizetype i = 1; i < found->items.size(); ++i)
        CHECK_FALSE(found->items.at(i - 1).week < found->items.at(i).week);

    // Without words, counting stops at the same limit; a narrower filter is counted exactly.
    const Result<ReportSearchResult> all = office.reports().search({});
    REQUIRE(all);
    CHECK(all->moreThanTotal);
    ReportFilter oneWeek;
    oneWeek.fromWeek = weekOf(2009, 5, 4);
    oneWeek.toWeek = weekOf(2009, 5, 4);
    oneWeek.departmentId = office.finance.id;
    const Result<ReportSearchResult> narrow = office.reports().search(oneWeek);
    REQUIRE(narrow);
    CHECK_FALSE(narrow->moreThanTotal);
    CHECK(narrow->total == 11000 / 6 + 1); // i even and i % 3 == 0: i = 0, 6, …, 10998
}
