// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reporttotalsrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>

namespace branddesk {
namespace {

constexpr const char* kRule =
    "SELECT campaign_id, first_day, last_day, start_secs, due_offset FROM report_totals_rule WHERE id = 1";
constexpr const char* kTotals = "SELECT department_id, on_time, late FROM report_totals";
constexpr const char* kWeekRange = "SELECT department_id, week_day, first_received, reports FROM report_weeks "
                                   "WHERE week_day BETWEEN :from AND :to";
constexpr const char* kClearRule = "DELETE FROM report_totals_rule";
constexpr const char* kClearTotals = "DELETE FROM report_totals";
constexpr const char* kInsertRule =
    "INSERT INTO report_totals_rule (id, campaign_id, first_day, last_day, start_secs, due_offset) "
    "VALUES (1, :campaign_id, :first_day, :last_day, :start_secs, :due_offset)";
constexpr const char* kInsertTotals =
    "INSERT INTO report_totals (department_id, on_time, late) VALUES (:department_id, :on_time, :late)";

QString readFailed()
{
    return QCoreApplication::translate("ReportTotalsRepository", "the report figures could not be read");
}

QString saveFailed()
{
    return QCoreApplication::translate("ReportTotalsRepository", "the report figures could not be saved");
}

} // namespace

Result<std::optional<ReportTotalsRule>> ReportTotalsRepository::rule() const
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kRule, {}, readFailed());
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<ReportTotalsRule>();
    ReportTotalsRule rule;
    rule.campaignId = q->value(0).toLongLong();
    rule.firstDay = q->value(1).toLongLong();
    rule.lastDay = q->value(2).toLongLong();
    rule.startSecs = q->value(3).toLongLong();
    rule.dueOffset = q->value(4).toLongLong();
    return std::optional<ReportTotalsRule>(rule);
}

Result<QHash<qint64, ReportTotals>> ReportTotalsRepository::totals() const
{
    QHash<qint64, ReportTotals> totals;
    Result<void> read = sql::readIntegerRows(
        m_database.connection(), kTotals, 3,
        [&totals](const qint64* row) {
            totals.insert(row[0], {int(row[1]), int(row[2])});
        },
        readFailed());
    if (!read)
        return fail(read.error());
    return totals;
}

Result<QList<ReportWeekFact>> ReportTotalsRepository::weekFacts(qint64 fromDay, qint64 toDay) const
{
    Result<QSqlQuery> q = sql::prepare(m_database.connection(), kWeekRange, {{":from", fromDay}, {":to", toDay}});
    if (!q)
        return fail(q.error());
    q->setForwardOnly(true);
    if (Result<void> done = sql::exec(*q, readFailed()); !done)
        return fail(done.error());
    QList<ReportWeekFact> facts;
    while (q->next())
        facts.append(
            {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toInt()});
    return facts;
}

Result<void> ReportTotalsRepository::replace(const ReportTotalsRule& rule, const QHash<qint64, ReportTotals>& totals)
{
    return m_database.transaction([&]() -> Result<void> {
        const QSqlDatabase db = m_database.connection();
        for (const char* clear : {kClearRule, kClearTotals})
            if (Result<QSqlQuery> done = sql::run(db, clear, {}, saveFailed()); !done)
                return fail(done.error());
        Result<QSqlQuery> stored = sql::run(db, kInsertRule,
                                            {{":campaign_id", rule.campaignId},
                                             {":first_day", rule.firstDay},
                                             {":last_day", rule.lastDay},
                                             {":start_secs", rule.startSecs},
                                             {":due_offset", rule.dueOffset}},
                                            saveFailed());
        if (!stored)
            return fail(stored.error());
        Result<QSqlQuery> insert = sql::prepare(db, kInsertTotals);
        if (!insert)
            return fail(insert.error());
        for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
            insert->bindValue(QStringLiteral(":department_id"), it.key());
            insert->bindValue(QStringLiteral(":on_time"), it->onTime);
            insert->bindValue(QStringLiteral(":late"), it->late);
            if (Result<void> done = sql::exec(*insert, saveFailed()); !done)
                return done;
        }
        return {};
    });
}

} // namespace branddesk
