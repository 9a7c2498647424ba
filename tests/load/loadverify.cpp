// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `load_client verify`: the server against the clients' journals once they are done. Every write journalled ok is
// on the server exactly once, none journalled failed is, an unknown one at most once, and nothing is there that no
// client journalled (but the write the killed client was in the middle of); the audit chain verifies; the search
// (pg_trgm) and the per-week table agree with the reports; every client wrote successfully after the restart. Then
// the figures: saves per second, p50/p99 save latency, and what the restart cost each client.
#include "core/clock.h"
#include "core/services/auditlog.h"
#include "core/services/session.h"
#include "tests/load/loadjournal.h"
#include "tests/load/loadmodes.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace branddesk::load {
namespace {

// The checks' own SQL, read-only, as the administrator: what the server holds, looked at directly.
constexpr const char* kReports = "SELECT r.title, (SELECT COUNT(*) FROM report_attachments a WHERE a.report_id = r.id) "
                                 "FROM weekly_reports r WHERE r.title LIKE '负载周报 %'";
constexpr const char* kAudit = "SELECT entity, action, before_json, after_json FROM audit_log WHERE entity IN "
                               "('department', 'milestone_completion', 'weekly_report')";
constexpr const char* kWeeksDiffer = R"sql(
SELECT COUNT(*) FROM (
    (SELECT department_id, week_day, first_received, reports FROM report_weeks
     EXCEPT
     SELECT department_id, (CAST(week_start AS date) - DATE '2000-01-01') + 2451545,
            MIN(CAST(EXTRACT(EPOCH FROM CAST(received_at AS timestamp)) AS BIGINT)), COUNT(*)
     FROM weekly_reports GROUP BY department_id, week_start)
    UNION ALL
    (SELECT department_id, (CAST(week_start AS date) - DATE '2000-01-01') + 2451545,
            MIN(CAST(EXTRACT(EPOCH FROM CAST(received_at AS timestamp)) AS BIGINT)), COUNT(*)
     FROM weekly_reports GROUP BY department_id, week_start
     EXCEPT
     SELECT department_id, week_day, first_received, reports FROM report_weeks)) AS differing)sql";

const QRegularExpression kToken(QStringLiteral("c(\\d\\d)-(\\d{6})([rdmx])"));

/// How often each token is on the server, per kind of write.
struct ServerFacts {
    QHash<QString, int> reports;      ///< report token → rows
    QHash<QString, int> attachments;  ///< report token → attachments
    QHash<QString, int> departments;  ///< edit token → audited updates carrying it
    QHash<QString, int> milestones;   ///< record token → audited inserts
    QHash<QString, int> clears;       ///< record token → audited deletes
    QHash<QString, int> reportAudits; ///< report token → audited inserts
};

void countTokens(const QString& json, QHash<QString, int>& into, QChar kind)
{
    auto matches = kToken.globalMatch(json);
    QSet<QString> seen;
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.captured(3) == kind && !seen.contains(match.captured(0))) {
            seen.insert(match.captured(0));
            ++into[match.captured(0)];
        }
    }
}

bool readFacts(const QSqlDatabase& db, ServerFacts& facts, QStringList& problems)
{
    QSqlQuery query(db);
    if (!query.exec(QString::fromUtf8(kReports))) {
        problems.append(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const QString token = query.value(0).toString().section(QLatin1Char(' '), 1);
        ++facts.reports[token];
        facts.attachments[token] += query.value(1).toInt();
    }
    if (!query.exec(QString::fromUtf8(kAudit))) {
        problems.append(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const QString entity = query.value(0).toString();
        const QString action = query.value(1).toString();
        if (entity == QLatin1String("department") && action == QLatin1String("update"))
            countTokens(query.value(3).toString(), facts.departments, QLatin1Char('d'));
        else if (entity == QLatin1String("milestone_completion") && action == QLatin1String("insert"))
            countTokens(query.value(3).toString(), facts.milestones, QLatin1Char('m'));
        else if (entity == QLatin1String("milestone_completion") && action == QLatin1String("delete"))
            countTokens(query.value(2).toString(), facts.clears, QLatin1Char('m'));
        else if (entity == QLatin1String("weekly_report") && action == QLatin1String("insert"))
            countTokens(query.value(3).toString(), facts.reportAudits, QLatin1Char('r'));
    }
    return true;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

int runVerify(const QStringList& arguments)
{
    const QDir journals(arguments.at(1));
    const int clients = arguments.at(2).toInt();
    const double seconds = arguments.at(3).toDouble();
    const int killed = arguments.at(4).toInt();
    const qint64 restartFrom = arguments.at(5).toLongLong();
    const qint64 restartTo = arguments.at(6).toLongLong();
    SystemClock clock;
    std::unique_ptr<Session> session = openSession(arguments.at(0), clock);
    if (!session)
        return 1;
    QStringList problems;
    ServerFacts facts;
    if (!readFacts(session->database().connection(), facts, problems)) {
        std::fprintf(stderr, "verify: %s\n", qPrintable(problems.join(QLatin1Char('\n'))));
        return 1;
    }

    // What the clients saw, per thing on the server: a report, edit or record by its token; the removal of a
    // record by the record's token (a removal refused during the restart is tried again later, so several
    // journal lines may name one removal).
    struct Seen {
        QString kind;
        QString token;
        int ok = 0;
        int failed = 0;
        int unknown = 0;
    };
    QHash<QString, Seen> journalled;
    QList<QList<JournalEntry>> all(clients + 1);
    QList<double> saveLatencies;
    int ok = 0, failed = 0, unknown = 0;
    qint64 firstStart = std::numeric_limits<qint64>::max(), lastEnd = 0;
    for (int client = 1; client <= clients; ++client)
        all[client] = Journal::read(journals.filePath(QStringLiteral("journal-%1.tsv").arg(client)));
    for (int client = 1; client <= clients; ++client) {
        for (const JournalEntry& entry : std::as_const(all[client])) {
            const bool clear = entry.kind == QLatin1String("clear");
            Seen& seen = journalled[clear ? QStringLiteral("x:") + entry.target : entry.token];
            seen.kind = entry.kind;
            seen.token = entry.token;
            seen.ok += entry.outcome == JournalEntry::Outcome::Ok;
            seen.failed += entry.outcome == JournalEntry::Outcome::Failed;
            seen.unknown += entry.outcome == JournalEntry::Outcome::Unknown;
            ok += entry.outcome == JournalEntry::Outcome::Ok;
            failed += entry.outcome == JournalEntry::Outcome::Failed;
            unknown += entry.outcome == JournalEntry::Outcome::Unknown;
            if (entry.kind == QLatin1String("report") && entry.outcome == JournalEntry::Outcome::Ok)
                saveLatencies.append(entry.latencyMs);
            firstStart = std::min(firstStart, entry.startMs);
            lastEnd = std::max(lastEnd, entry.startMs + qint64(entry.latencyMs));
        }
    }
    for (auto it = journalled.cbegin(); it != journalled.cend(); ++it) {
        const Seen& seen = it.value();
        const QString key = it.key().startsWith(QLatin1String("x:")) ? it.key().mid(2) : it.key();
        int onServer = 0;
        if (seen.kind == QLatin1String("report")) {
            onServer = facts.reports.value(key);
            if (onServer != facts.attachments.value(key) || onServer != facts.reportAudits.value(key))
                problems.append(QStringLiteral("report %1: %2 rows, %3 attachments, %4 audit entries")
                                    .arg(key)
                                    .arg(onServer)
                                    .arg(facts.attachments.value(key))
                                    .arg(facts.reportAudits.value(key)));
        } else if (seen.kind == QLatin1String("department")) {
            onServer = facts.departments.value(key);
        } else if (seen.kind == QLatin1String("milestone")) {
            onServer = facts.milestones.value(key);
        } else if (seen.kind == QLatin1String("clear")) {
            onServer = facts.clears.value(key);
        }
        // Seen succeed: there exactly once; seen fail: not there; unknown: at most once.
        const bool right =
            onServer <= 1 && onServer >= std::min(seen.ok, 1) && (seen.ok + seen.unknown > 0 || onServer == 0);
        if (!right)
            problems.append(QStringLiteral("%1 %2 (journalled ok %3, failed %4, unknown %5) is on the server %6 times")
                                .arg(seen.kind, key)
                                .arg(seen.ok)
                                .arg(seen.failed)
                                .arg(seen.unknown)
                                .arg(onServer));
    }
    // Nothing on the server that no client journalled, but the one write the killed client was in.
    int inFlight = 0;
    auto unjournalled = [&](const QHash<QString, int>& onServer, const QString& prefix) {
        for (auto it = onServer.cbegin(); it != onServer.cend(); ++it) {
            if (it.value() == 0 || journalled.contains(prefix + it.key()))
                continue;
            const QRegularExpressionMatch match = kToken.match(it.key());
            if (match.captured(1).toInt() == killed && inFlight == 0) {
                ++inFlight;
                continue;
            }
            problems.append(QStringLiteral("%1%2 is on the server but no client journalled it").arg(prefix, it.key()));
        }
    };
    unjournalled(facts.reports, QString());
    unjournalled(facts.departments, QString());
    unjournalled(facts.milestones, QString());
    unjournalled(facts.clears, QStringLiteral("x:"));

    const Result<AuditChainReport> chain = verifyAuditChain(session->database());
    if (!chain)
        problems.append(chain.error().fullText());
    else if (!chain->intact())
        problems.append(QStringLiteral("the audit chain does not verify"));

    // The search through the trigram index finds each report by its token, once, and all of them by a common word.
    int searched = 0;
    for (auto it = facts.reports.cbegin(); it != facts.reports.cend(); ++it) {
        if (searched++ % std::max<qsizetype>(1, facts.reports.size() / 1500) != 0)
            continue;
        ReportFilter filter;
        filter.text = it.key();
        Result<ReportSearchResult> found = session->reports().search(filter);
        if (!found || found->total != it.value())
            problems.append(QStringLiteral("the search for %1 finds %2, the table holds %3")
                                .arg(it.key())
                                .arg(found ? found->total : -1)
                                .arg(it.value()));
    }
    ReportFilter everything;
    everything.text = QStringLiteral("负载周报");
    everything.limit = 1;
    Result<ReportSearchResult> all2 = session->reports().search(everything);
    qsizetype stored = 0;
    for (int rows : std::as_const(facts.reports))
        stored += rows;
    if (!all2 || (!all2->moreThanTotal && all2->total != stored))
        problems.append(
            QStringLiteral("the search for 负载周报 finds %1 of %2 reports").arg(all2 ? all2->total : -1).arg(stored));
    QSqlQuery weeks(session->database().connection());
    if (!weeks.exec(QString::fromUtf8(kWeeksDiffer)) || !weeks.next() || weeks.value(0).toInt() != 0)
        problems.append(QStringLiteral("report_weeks disagrees with weekly_reports in %1 rows %2")
                            .arg(weeks.value(0).toInt())
                            .arg(weeks.lastError().text()));

    // Recovery: every client wrote successfully after the restart; what the restart cost it.
    QStringList costs;
    for (int client = 1; client <= clients; ++client) {
        const QList<JournalEntry>& entries = all[client];
        const auto firstBad = std::find_if(entries.cbegin(), entries.cend(), [&](const JournalEntry& e) {
            return e.outcome != JournalEntry::Outcome::Ok && e.startMs + qint64(e.latencyMs) >= restartFrom;
        });
        const auto recovered = std::find_if(entries.cbegin(), entries.cend(), [&](const JournalEntry& e) {
            return e.outcome == JournalEntry::Outcome::Ok && e.startMs >= restartTo &&
                   (firstBad == entries.cend() || e.startMs > firstBad->startMs);
        });
        if (recovered == entries.cend()) {
            problems.append(QStringLiteral("client %1 wrote nothing successfully after the restart").arg(client));
            costs.append(QStringLiteral("c%1 never").arg(client));
            continue;
        }
        const double cost = firstBad == entries.cend() ? 0.0
                                                       : double(recovered->startMs - firstBad->startMs) / 1000.0 +
                                                             recovered->latencyMs / 1000.0;
        costs.append(QStringLiteral("c%1 %2 s").arg(client).arg(cost, 0, 'f', 2));
    }

    // Saves per second over the time the clients were writing (from the first write to the last; the restart and the
    // killed client's missing share are in it).
    const double window = lastEnd > firstStart ? double(lastEnd - firstStart) / 1000.0 : seconds;
    std::printf("N=%d: %lld saves in %.1f s = %.1f saves/s; save latency p50 %.1f ms, p99 %.1f ms; writes ok %d, "
                "failed %d, unknown %d; restart (pg_ctl restart -m fast, %.2f s) cost: %s\n",
                clients, qlonglong(saveLatencies.size()), window, double(saveLatencies.size()) / window,
                percentile(saveLatencies, 0.50), percentile(saveLatencies, 0.99), ok, failed, unknown,
                double(restartTo - restartFrom) / 1000.0, qPrintable(costs.join(QStringLiteral(", "))));
    std::printf("N=%d: %lld reports on the server, audit chain %s, search and report_weeks checked\n", clients,
                qlonglong(stored), chain && chain->intact() ? "intact" : "BROKEN");
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "N=%d: %lld problems:\n", clients, qlonglong(problems.size()));
        for (const QString& problem : std::as_const(problems).first(std::min<qsizetype>(problems.size(), 40)))
            std::fprintf(stderr, "  %s\n", qPrintable(problem));
        return 1;
    }
    return 0;
}

} // namespace branddesk::load
