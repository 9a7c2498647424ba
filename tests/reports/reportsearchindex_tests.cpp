// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The search indexes against a plain scan: whatever index a search goes through (the trigram one, the
// two-character one, or none), it finds the same reports, in the same order, with the same count.
#include "core/reports/reportsearch.h"
#include "core/services/reportservice.h"
#include "core/storage/database.h"
#include "tests/reports/reporttesting.h"
#include "tests/support/rawsqlite.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

#include <algorithm>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// Few characters, so that random words of two to four of them occur often: Chinese, Latin in both cases,
/// a digit and a character outside the basic plane.
const QStringList& alphabet()
{
    static const QStringList characters = [] {
        QStringList list;
        for (const QChar c : QStringLiteral("服务企业群众满意率作风环境abAB7"))
            list.append(QString(c));
        list.append(QStringLiteral("𠮷"));
        return list;
    }();
    return characters;
}

QString randomText(QRandomGenerator& random, int minimum, int maximum)
{
    QString text;
    const int length = random.bounded(minimum, maximum + 1);
    for (int i = 0; i < length; ++i) {
        const int roll = random.bounded(40);
        text += roll == 0   ? QStringLiteral("\n")
                : roll == 1 ? QStringLiteral(" ")
                            : alphabet().at(random.bounded(int(alphabet().size())));
    }
    return text;
}

/// `text` with its Latin letters' case flipped at random.
QString flipCase(QRandomGenerator& random, QString text)
{
    for (QChar& c : text)
        if (c.isLetter() && c.unicode() < 0x80 && random.bounded(2) == 0)
            c = c.isUpper() ? c.toLower() : c.toUpper();
    return text;
}

/// A word of `length` characters (code points): mostly cut from a stored text, so that it is found, else random.
QString randomWord(QRandomGenerator& random, const QList<WeeklyReport>& stored, int length)
{
    if (random.bounded(4) != 0) {
        const WeeklyReport& report = stored.at(random.bounded(int(stored.size())));
        const QList<uint> characters = (random.bounded(5) == 0 ? report.title : report.content).toUcs4();
        if (characters.size() >= length) {
            const qsizetype at = random.bounded(int(characters.size() - length + 1));
            const QString word =
                QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData() + at), length);
            if (!word.contains(QLatin1Char(' ')) && !word.contains(QLatin1Char('\n')))
                return flipCase(random, word);
        }
    }
    QString word;
    for (int i = 0; i < length; ++i)
        word += alphabet().at(random.bounded(int(alphabet().size())));
    return word;
}

/// The plain scan: every stored report that holds every word (case-insensitively) in its title or content,
/// newest week first, then latest received, then highest id — the history's order.
QList<qint64> scan(const QList<WeeklyReport>& stored, const QStringList& words)
{
    QList<WeeklyReport> found;
    for (const WeeklyReport& report : stored)
        if (std::all_of(words.begin(), words.end(), [&report](const QString& word) {
                return report.title.contains(word, Qt::CaseInsensitive) ||
                       report.content.contains(word, Qt::CaseInsensitive);
            }))
            found.append(report);
    std::sort(found.begin(), found.end(), [](const WeeklyReport& a, const WeeklyReport& b) {
        if (a.week != b.week)
            return b.week < a.week;
        if (a.receivedAt != b.receivedAt)
            return b.receivedAt < a.receivedAt;
        return b.id < a.id;
    });
    QList<qint64> ids;
    for (const WeeklyReport& report : found)
        ids.append(report.id);
    return ids;
}

/// Searches `rounds` random texts (one or two words of one to four characters) and compares with the scan.
/// Returns how many went through each index, to show that each was exercised.
std::pair<int, int> compareWithScan(ReportOffice& office, const QList<WeeklyReport>& stored, QRandomGenerator& random,
                                    int rounds)
{
    int pairs = 0;
    int trigrams = 0;
    for (int round = 0; round < rounds; ++round) {
        QStringList words;
        const int count = random.bounded(4) == 0 ? 2 : 1;
        for (int i = 0; i < count; ++i)
            words.append(randomWord(random, stored, random.bounded(1, 5)));
        ReportFilter filter;
        filter.text = words.join(QLatin1Char(' '));
        pairs += filter.usesTwoCharacterIndex() ? 1 : 0;
        trigrams += filter.usesFullTextIndex() ? 1 : 0;
        const Result<ReportSearchResult> found = office.reports().search(filter);
        INFO("searching for \"" << filter.text.toStdString() << "\"");
        REQUIRE(found);
        QList<qint64> ids;
        for (const ReportListItem& item : found->items)
            ids.append(item.id);
        const QList<qint64> expected = scan(stored, filter.terms());
        CHECK(ids == expected);
        CHECK(found->total == expected.size());
        CHECK_FALSE(found->moreThanTotal);
    }
    return {pairs, trigrams};
}

} // namespace

TEST_CASE("every index finds what a plain scan finds, on random Chinese and Latin words of one to four characters")
{
    ReportOffice office;
    QRandomGenerator random(2026);
    QList<WeeklyReport> stored;
    for (int i = 0; i < 80; ++i) {
        WeeklyReport report = aReport(i % 3 == 0 ? office.publicity.id : office.finance.id,
                                      ReportWeek::containing(QDate(2009, 4, 6).addDays(7 * (i % 4))),
                                      local(2009, 5, 1 + i % 9, 9), QStringLiteral("周") + randomText(random, 1, 60));
        report.title = QStringLiteral("报") + randomText(random, 1, 8);
        stored.append(office.log(report)); // as stored: the content trimmed, the title simplified
    }
    const auto [pairs, trigrams] = compareWithScan(office, stored, random, 300);
    CHECK(pairs > 40);
    CHECK(trigrams > 50);

    // The indexes follow edits and deletions.
    for (int i = 0; i < 20; ++i) {
        WeeklyReport& report = stored[random.bounded(int(stored.size()))];
        report.content = QStringLiteral("改") + randomText(random, 1, 60);
        report = office.log(report);
    }
    for (int i = 0; i < 10; ++i) {
        REQUIRE(office.reports().remove(stored.at(i * 7).id));
        stored.removeAt(i * 7);
    }
    compareWithScan(office, stored, random, 200);
}

TEST_CASE("a two-character word is found through the two-character index, in Chinese and in Latin of either case")
{
    ReportOffice office;
    const WeeklyReport chinese = office.log(
        aReport(office.finance.id, weekOf(2009, 5, 4), local(2009, 5, 8), QStringLiteral("深入企业走访，解决难题。")));
    const WeeklyReport latin = office.log(aReport(office.publicity.id, weekOf(2009, 5, 4), local(2009, 5, 8, 11),
                                                  QStringLiteral("开通 OA 系统和 Wechat 公众号。")));
    ReportFilter filter;
    filter.text = QStringLiteral("企业");
    CHECK(filter.usesTwoCharacterIndex());
    CHECK_FALSE(filter.usesFullTextIndex());
    const auto ids = [&office](const QString& text) {
        ReportFilter f;
        f.text = text;
        const Result<ReportSearchResult> found = office.reports().search(f);
        REQUIRE(found);
        QList<qint64> list;
        for (const ReportListItem& item : found->items)
            list.append(item.id);
        return list;
    };
    CHECK(ids(QStringLiteral("企业")) == QList<qint64>{chinese.id});
    CHECK(ids(QStringLiteral("oa")) == QList<qint64>{latin.id});
    CHECK(ids(QStringLiteral("WE")) == QList<qint64>{latin.id});
    CHECK(ids(QStringLiteral("企业 难题")) == QList<qint64>{chinese.id});
    CHECK(ids(QStringLiteral("企业 公众号")).isEmpty());
    // Two characters that are each in a report but never side by side.
    CHECK(ids(QStringLiteral("业走")) == QList<qint64>{chinese.id});
    CHECK(ids(QStringLiteral("企走")).isEmpty());
    // FTS5's own characters are text.
    CHECK(ids(QStringLiteral("\"企")).isEmpty());
    CHECK(ids(QStringLiteral("*企")).isEmpty());
}

TEST_CASE("a database from before the two-character index gets it built for its reports when opened, with progress",
          "[sqlite]")
{
    ReportOffice office;
    const WeeklyReport report = office.log(
        aReport(office.finance.id, weekOf(2009, 5, 4), local(2009, 5, 8), QStringLiteral("深入企业走访，解决难题。")));
    const QString path = office.temp.path();
    office.temp.close();
    RawSqlite(path).rollBackTo(9); // what a BrandDesk of schema version 9 left behind

    // Cancelled: rolled back, the file stays at version 9.
    Database::OpenOptions cancelling;
    cancelling.migrationProgress = [](int, qint64, qint64) { return false; };
    const Result<std::unique_ptr<Database>> cancelled = Database::open(path, cancelling);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(RawSqlite(path).scalar(QStringLiteral("PRAGMA user_version")).toInt() == 9);

    QList<std::pair<qint64, qint64>> progress;
    Database::OpenOptions options;
    options.migrationProgress = [&progress](int version, qint64 done, qint64 total) {
        CHECK(version == 13);
        progress.append({done, total});
        return true;
    };
    REQUIRE(Database::open(path, options));
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().first == progress.last().second);

    office.temp.reopen();
    office.temp.signInAs(Role::Clerk);
    ReportFilter filter;
    filter.text = QStringLiteral("企业");
    const Result<ReportSearchResult> found = office.reports().search(filter);
    REQUIRE(found);
    REQUIRE(found->items.size() == 1);
    CHECK(found->items.at(0).id == report.id);
    RawSqlite raw(path);
    raw.exec(
        QStringLiteral("INSERT INTO weekly_reports_bigram_fts (weekly_reports_bigram_fts) VALUES ('integrity-check')"));
}
