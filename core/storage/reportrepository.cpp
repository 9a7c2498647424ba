// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reportrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/reportsearchsql.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kForDepartmentWeek =
    "SELECT " BRANDDESK_REPORT_COLUMNS "FROM weekly_reports r JOIN departments d ON d.id = r.department_id "
    "WHERE r.department_id = :department_id AND r.week_start = :week_start ORDER BY r.received_at, r.id";

constexpr const char* kSelectOne =
    "SELECT department_id, week_start, received_at, channel, title, content, tags, highlight, entered_at, "
    "entered_by, updated_at, version FROM weekly_reports WHERE id = :id";
constexpr const char* kSelectAttachmentsOf =
    "SELECT id, name, size, data FROM report_attachments WHERE report_id = :report_id ORDER BY id";
constexpr const char* kSelectAttachment = "SELECT id, name, size, data FROM report_attachments WHERE id = :id";
constexpr const char* kWeekFacts = "SELECT department_id, week_day, first_received, reports FROM report_weeks";
constexpr const char* kCountForDepartment = "SELECT COUNT(*) FROM weekly_reports WHERE department_id = :department_id";
constexpr const char* kInsert =
    "INSERT INTO weekly_reports (department_id, week_start, received_at, channel, title, content, tags, highlight, "
    "entered_at, entered_by, updated_at, version) VALUES (:department_id, :week_start, :received_at, :channel, "
    ":title, :content, :tags, :highlight, :entered_at, :entered_by, :updated_at, 1)";
constexpr const char* kUpdate =
    "UPDATE weekly_reports SET department_id = :department_id, week_start = :week_start, received_at = :received_at, "
    "channel = :channel, title = :title, content = :content, tags = :tags, highlight = :highlight, "
    "updated_at = :updated_at, version = version + 1 WHERE id = :id AND version = :version";
constexpr const char* kInsertAttachment =
    "INSERT INTO report_attachments (report_id, name, size, data) VALUES (:report_id, :name, :size, :data)";
constexpr const char* kDeleteAttachment = "DELETE FROM report_attachments WHERE id = :id AND report_id = :report_id";
constexpr const char* kDelete = "DELETE FROM weekly_reports WHERE id = :id";
constexpr const char* kSetAttachmentText = "UPDATE weekly_reports SET attachment_text = :text WHERE id = :id";

ReportWeek weekFrom(const QVariant& value)
{
    return ReportWeek::containing(QDate::fromString(value.toString(), Qt::ISODate));
}

ReportListItem itemFrom(const QSqlQuery& q)
{
    ReportListItem item;
    item.id = q.value(0).toLongLong();
    item.departmentId = q.value(1).toLongLong();
    item.departmentName = q.value(2).toString();
    item.category = departmentCategoryFromCode(q.value(3).toString()).value_or(DepartmentCategory::Other);
    item.week = weekFrom(q.value(4));
    item.receivedAt = fromStorageTimestamp(q.value(5).toString());
    item.channel = reportChannelFromCode(q.value(6).toString()).value_or(ReportChannel::Email);
    item.title = q.value(7).toString();
    item.excerpt = q.value(8).toString();
    item.tags = ReportTags::fromInt(q.value(9).toInt());
    item.highlight = q.value(10).toBool();
    item.enteredAt = fromStorageTimestamp(q.value(11).toString());
    item.enteredBy = q.value(12).toString();
    item.supplement = q.value(13).toBool();
    item.attachmentCount = q.value(14).toInt();
    return item;
}

ReportAttachment attachmentFrom(const QSqlQuery& q)
{
    ReportAttachment a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.size = q.value(2).toLongLong();
    a.data = q.value(3).toByteArray();
    return a;
}

/// `text` as a LIKE pattern matching it anywhere, with LIKE's own characters escaped.
QString likePattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

/// The words as an FTS5 query: each a quoted phrase (so no word is read as an operator), all required.
QString matchExpression(const QStringList& terms)
{
    QStringList phrases;
    for (QString term : terms)
        phrases.append(QLatin1Char('"') + term.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
    return phrases.join(QLatin1String(" AND "));
}

/// The words for the two-character index: every pair of neighbouring characters of every word, each a quoted
/// phrase of one token, all required. Exact for one word of two characters; for several words (or longer ones)
/// it narrows the reports down to those that can match, which the caller then checks word by word.
QString pairExpression(const QStringList& terms)
{
    QStringList pairs;
    for (const QString& term : terms) {
        const QList<uint> characters = term.toUcs4();
        for (qsizetype i = 0; i + 1 < characters.size(); ++i) {
            QString pair = QString::fromUcs4(reinterpret_cast<const char32_t*>(characters.constData() + i), 2);
            pair = QLatin1Char('"') + pair.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
            if (!pairs.contains(pair))
                pairs.append(pair);
        }
    }
    return pairs.join(QLatin1String(" AND "));
}

void bindConditions(QSqlQuery& q, const ReportFilter& filter, const QString& like)
{
    const auto bind = [&q](const char* name, const QVariant& value) { q.bindValue(QLatin1String(name), value); };
    const QString category = filter.category ? departmentCategoryCode(*filter.category) : QStringLiteral("");
    const QString from = filter.fromWeek.isValid() ? filter.fromWeek.monday().toString(Qt::ISODate) : QString();
    const QString to = filter.toWeek.isValid() ? filter.toWeek.monday().toString(Qt::ISODate) : QString();
    bind(":department_id", filter.departmentId);
    bind(":department_id_2", filter.departmentId);
    bind(":category", category);
    bind(":category_2", category);
    bind(":from_week", sql::text(from));
    bind(":from_week_2", sql::text(from));
    bind(":to_week", sql::text(to));
    bind(":to_week_2", sql::text(to));
    bind(":tags", int(filter.tags.toInt()));
    bind(":tags_2", int(filter.tags.toInt()));
    bind(":highlight_only", filter.highlightOnly ? 1 : 0);
    bind(":like", sql::text(like));
    bind(":like_2", sql::text(like));
    bind(":like_3", sql::text(like));
    bind(":like_4", sql::text(like));
}

} // namespace

Result<WeeklyReport> ReportRepository::find(qint64 id) const
{
    Result<WeeklyReport> report = sql::readOne(
        m_database.connection(), kSelectOne, {{":id", id}},
        QCoreApplication::translate("ReportRepository", "the report could not be read"),
        [id](const QSqlQuery& q) {
            WeeklyReport r;
            r.id = id;
            r.departmentId = q.value(0).toLongLong();
            r.week = weekFrom(q.value(1));
            r.receivedAt = fromStorageTimestamp(q.value(2).toString());
            r.channel = reportChannelFromCode(q.value(3).toString()).value_or(ReportChannel::Email);
            r.title = q.value(4).toString();
            r.content = q.value(5).toString();
            r.tags = ReportTags::fromInt(q.value(6).toInt());
            r.highlight = q.value(7).toBool();
            r.enteredAt = fromStorageTimestamp(q.value(8).toString());
            r.enteredBy = q.value(9).toString();
            r.updatedAt = fromStorageTimestamp(q.value(10).toString());
            r.version = q.value(11).toInt();
            return r;
        },
        [] {
            return Error::make(Error::Code::NotFound,
                               QCoreApplication::translate(
                                   "ReportRepository", "The report no longer exists; someone may have deleted it."));
        });
    if (!report)
        return report;
    WeeklyReport& r = *report;

    Result<QList<ReportAttachment>> attachments = sql::readAll(
        m_database.connection(), kSelectAttachmentsOf, {{":report_id", id}},
        QCoreApplication::translate("ReportRepository", "the report's attachments could not be read"), attachmentFrom);
    if (!attachments)
        return fail(attachments.error());
    r.attachments = *attachments;
    return r;
}

Result<ReportSearchResult> ReportRepository::search(const ReportFilter& filter) const
{
    const QString failed = QCoreApplication::translate("ReportRepository", "the reports could not be searched");
    const QStringList terms = filter.terms();
    const ReportSearchStatements& statements = m_database.dialect().reportSearch();
    // Where the backend has no separate full-text index (PostgreSQL), its trigram indexes serve the pattern.
    const bool fullText = filter.usesFullTextIndex() && statements.searchText != nullptr;
    const bool pairs = !fullText && filter.usesTwoCharacterIndex() && statements.searchPairs != nullptr;
    // The trigram index, and the two-character one for a single word of two characters, find exactly the words;
    // otherwise the longest word is matched with LIKE and the rows that hold the others as well are kept here.
    const bool exact = fullText || (pairs && terms.size() == 1);
    QString longest;
    if (!exact)
        for (const QString& term : terms)
            if (term.size() > longest.size())
                longest = term;
    const QString like = longest.isEmpty() ? QString() : likePattern(longest);
    const bool filterHere = !exact && terms.size() > 1;
    const bool highlights = filter.highlightOnly && terms.isEmpty();
    const QString match = fullText ? matchExpression(terms) : pairs ? pairExpression(terms) : QString();

    Result<QSqlQuery> q =
        sql::prepare(m_database.connection(),
                     fullText     ? statements.searchText
                     : pairs      ? statements.searchPairs
                     : highlights ? statements.searchHighlights
                                  : statements.search,
                     {{":full_content", terms.isEmpty() ? 0 : 1},
                      {":limit", filterHere ? m_database.dialect().noLimit() : QVariant(filter.limit)}});
    if (!q)
        return fail(q.error());
    bindConditions(*q, filter, like);
    if (fullText || pairs)
        q->bindValue(QStringLiteral(":match"), match);
    if (Result<void> done = sql::exec(*q, failed); !done)
        return fail(done.error());

    ReportSearchResult result;
    while (q->next()) {
        ReportListItem item = itemFrom(*q);
        if (filterHere) {
            const QString haystack = item.title + QLatin1Char('\n') + item.excerpt;
            if (!std::all_of(terms.begin(), terms.end(),
                             [&haystack](const QString& t) { return haystack.contains(t, Qt::CaseInsensitive); }))
                continue;
            ++result.total;
            if (result.items.size() >= filter.limit)
                continue;
        }
        if (!terms.isEmpty())
            item.excerpt = excerptAround(item.excerpt, terms);
        result.items.append(std::move(item));
    }
    if (fullText || pairs) // the index gave the most recently logged matches; the history shows them newest week first
        std::stable_sort(result.items.begin(), result.items.end(),
                         [](const ReportListItem& a, const ReportListItem& b) {
                             if (a.week != b.week)
                                 return b.week < a.week;
                             if (a.receivedAt != b.receivedAt)
                                 return b.receivedAt < a.receivedAt;
                             return b.id < a.id;
                         });
    if (filterHere)
        return result;
    if (!filter.countAll) {
        result.total = int(result.items.size());
        return result;
    }

    // Words alone (the history's search box, nothing else chosen): counted in the index, without reading reports.
    const bool wordsOnly = filter.departmentId == 0 && !filter.category && !filter.fromWeek.isValid() &&
                           !filter.toWeek.isValid() && filter.tags.toInt() == 0 && !filter.highlightOnly;
    const char* wordsOnlyCount = !wordsOnly ? nullptr
                                 : fullText ? statements.countTextWordsOnly
                                 : pairs    ? statements.countPairsWordsOnly
                                            : nullptr;
    Result<QSqlQuery> c = sql::prepare(m_database.connection(),
                                       wordsOnlyCount ? wordsOnlyCount
                                       : fullText     ? statements.countText
                                       : pairs        ? statements.countPairs
                                       : highlights   ? statements.countHighlights
                                                      : statements.count,
                                       {{":count_limit", ReportSearchResult::kCountLimit + 1}});
    if (!c)
        return fail(c.error());
    if (!wordsOnlyCount)
        bindConditions(*c, filter, like);
    if (fullText || pairs)
        c->bindValue(QStringLiteral(":match"), match);
    if (Result<void> done = sql::exec(*c, failed); !done)
        return fail(done.error());
    result.total = c->next() ? c->value(0).toInt() : 0;
    result.moreThanTotal = result.total > ReportSearchResult::kCountLimit;
    result.total = std::min(result.total, ReportSearchResult::kCountLimit);
    return result;
}

Result<QList<ReportListItem>> ReportRepository::forDepartmentWeek(qint64 departmentId, const ReportWeek& week) const
{
    return sql::readAll(
        m_database.connection(), kForDepartmentWeek,
        {{":full_content", 0}, {":department_id", departmentId}, {":week_start", week.monday().toString(Qt::ISODate)}},
        QCoreApplication::translate("ReportRepository", "the week's reports could not be read"), itemFrom);
}

Result<QList<ReportWeekFact>> ReportRepository::weekFacts() const
{
    QList<ReportWeekFact> facts;
    Result<void> read = sql::readIntegerRows(
        m_database.connection(), kWeekFacts, 4,
        [&facts](const qint64* row) {
            facts.append({row[0], row[1], row[2], int(row[3])});
        },
        QCoreApplication::translate("ReportRepository", "the report record could not be read"));
    if (!read)
        return fail(read.error());
    return facts;
}

Result<int> ReportRepository::countForDepartment(qint64 departmentId) const
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kCountForDepartment, {{":department_id", departmentId}},
                 QCoreApplication::translate("ReportRepository", "the department's reports could not be counted"));
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<ReportAttachment> ReportRepository::attachment(qint64 attachmentId) const
{
    return sql::readOne(
        m_database.connection(), kSelectAttachment, {{":id", attachmentId}},
        QCoreApplication::translate("ReportRepository", "the attachment could not be read"), attachmentFrom, [] {
            return Error::make(Error::Code::NotFound,
                               QCoreApplication::translate("ReportRepository", "The attachment no longer exists."));
        });
}

Result<qint64> ReportRepository::insert(const WeeklyReport& r)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsert,
                                   {{":department_id", r.departmentId},
                                    {":week_start", r.week.monday().toString(Qt::ISODate)},
                                    {":received_at", toStorageTimestamp(r.receivedAt)},
                                    {":channel", reportChannelCode(r.channel)},
                                    {":title", sql::text(r.title)},
                                    {":content", sql::text(r.content)},
                                    {":tags", int(r.tags.toInt())},
                                    {":highlight", r.highlight ? 1 : 0},
                                    {":entered_at", toStorageTimestamp(r.enteredAt)},
                                    {":entered_by", sql::text(r.enteredBy)},
                                    {":updated_at", toStorageTimestamp(r.updatedAt)}},
                                   QCoreApplication::translate("ReportRepository", "the report could not be saved"));
    if (!q)
        return fail(q.error());
    const qint64 id = q->lastInsertId().toLongLong();
    if (Result<void> done = insertAttachments(id, r.attachments); !done)
        return fail(done.error());
    return id;
}

Result<void> ReportRepository::update(const WeeklyReport& r)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdate,
                                   {{":id", r.id},
                                    {":version", r.version},
                                    {":department_id", r.departmentId},
                                    {":week_start", r.week.monday().toString(Qt::ISODate)},
                                    {":received_at", toStorageTimestamp(r.receivedAt)},
                                    {":channel", reportChannelCode(r.channel)},
                                    {":title", sql::text(r.title)},
                                    {":content", sql::text(r.content)},
                                    {":tags", int(r.tags.toInt())},
                                    {":highlight", r.highlight ? 1 : 0},
                                    {":updated_at", toStorageTimestamp(r.updatedAt)}},
                                   QCoreApplication::translate("ReportRepository", "the report could not be saved"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("ReportRepository",
                                                "Someone else changed or deleted this report after you opened "
                                                "it. Reopen it to see their changes."));

    Result<QSqlQuery> stored =
        sql::run(m_database.connection(), kSelectAttachmentsOf, {{":report_id", r.id}},
                 QCoreApplication::translate("ReportRepository", "the report's attachments could not be read"));
    if (!stored)
        return fail(stored.error());
    QList<qint64> removed;
    while (stored->next()) {
        const qint64 id = stored->value(0).toLongLong();
        if (std::none_of(r.attachments.begin(), r.attachments.end(),
                         [id](const ReportAttachment& a) { return a.id == id; }))
            removed.append(id);
    }
    for (qint64 id : removed) {
        Result<QSqlQuery> d =
            sql::run(m_database.connection(), kDeleteAttachment, {{":id", id}, {":report_id", r.id}},
                     QCoreApplication::translate("ReportRepository", "an attachment could not be removed"));
        if (!d)
            return fail(d.error());
    }
    QList<ReportAttachment> added;
    std::copy_if(r.attachments.begin(), r.attachments.end(), std::back_inserter(added),
                 [](const ReportAttachment& a) { return a.id == 0; });
    return insertAttachments(r.id, added);
}

Result<void> ReportRepository::remove(qint64 id)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kDelete, {{":id", id}},
                                   QCoreApplication::translate("ReportRepository", "the report could not be deleted"));
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("ReportRepository",
                                                "The report no longer exists; someone may have deleted it."));
    return {};
}

Result<void> ReportRepository::insertAttachments(qint64 reportId, const QList<ReportAttachment>& attachments)
{
    for (const ReportAttachment& a : attachments) {
        Result<QSqlQuery> q =
            sql::run(m_database.connection(), kInsertAttachment,
                     {{":report_id", reportId},
                      {":name", sql::text(a.name)},
                      {":size", qint64(a.data.size())},
                      {":data", a.data}},
                     QCoreApplication::translate("ReportRepository", "an attachment could not be saved"));
        if (!q)
            return fail(q.error());
    }
    return {};
}

Result<void> ReportRepository::setAttachmentText(qint64 id, const QString& text)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSetAttachmentText, {{":id", id}, {":text", sql::text(text)}},
                 QCoreApplication::translate("ReportRepository", "the report could not be saved"));
    if (!q)
        return fail(q.error());
    return {};
}

} // namespace branddesk
