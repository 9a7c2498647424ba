// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/serverbench.h"

#include "core/clock.h"
#include "core/demo/demodata.h"
#include "core/demo/demoreports.h"
#include "core/services/databasetransfer.h"
#include "core/services/figurescollector.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/storage/serveradmin.h"
#include "tests/bench/benchfigures.h"
#include "tests/bench/throwawaycluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace branddesk::bench {
namespace {

using OpenDatabase = std::function<Result<std::unique_ptr<Database>>()>;

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// A session on a new connection, signed in as the demo clerk; empty with `error` set when either failed.
std::unique_ptr<Session> clerkSession(const OpenDatabase& open, const Clock& clock, QString& error)
{
    Result<std::unique_ptr<Database>> database = open();
    if (!database) {
        error = database.error().fullText();
        return nullptr;
    }
    auto session = std::make_unique<Session>(std::move(*database), clock);
    for (const DemoAccount& account : demoAccounts())
        if (account.role == Role::Clerk)
            if (Result<User> user =
                    session->accounts().signIn(QString::fromUtf8(account.name), QString::fromUtf8(account.password));
                !user) {
                error = user.error().fullText();
                return nullptr;
            }
    return session;
}

/// N writers at once: the latencies of all their saves, and the saves per second from the common start until
/// the last writer finished.
struct Writers {
    int writers = 0;
    int saves = 0;
    int failed = 0;
    double p50 = 0;
    double p99 = 0;
    double perSecond = 0;
    QString firstError;
};

Writers concurrentWriters(const OpenDatabase& open, int writers, int savesEach, const Clock& clock)
{
    std::mutex mutex;
    std::condition_variable changed;
    int ready = 0;
    bool go = false;
    Writers result;
    result.writers = writers;
    QList<double> latencies;
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&, w] {
            QString error;
            // Connected, signed in and with its reports invented before the start: only the saves are timed.
            std::unique_ptr<Session> session = clerkSession(open, clock, error);
            QList<WeeklyReport> reports;
            if (session) {
                Result<QList<Department>> active = session->departments().activeDepartments();
                if (!active || active->isEmpty()) {
                    error = active ? QStringLiteral("no active department") : active.error().fullText();
                } else {
                    DemoReports inventor(session->database(), quint32(1000 + w));
                    for (int i = 0; i < savesEach; ++i)
                        reports.append(inventor.inventReport(active->at((w * savesEach + i) % active->size())));
                }
            }
            std::unique_lock lock(mutex);
            ++ready;
            changed.notify_all();
            changed.wait(lock, [&go] { return go; });
            lock.unlock();
            QList<double> mine;
            int failed = error.isEmpty() ? 0 : savesEach;
            for (WeeklyReport& report : reports) {
                report.week = ReportWeek::containing(clock.today());
                report.receivedAt = clock.nowUtc();
                QElapsedTimer timer;
                timer.start();
                Result<WeeklyReport> saved = session->reports().save(report);
                if (saved) {
                    mine.append(msSince(timer));
                } else {
                    ++failed;
                    if (error.isEmpty())
                        error = saved.error().fullText();
                }
            }
            session.reset(); // the connection is closed in the thread that opened it
            lock.lock();
            latencies += mine;
            result.failed += failed;
            if (result.firstError.isEmpty())
                result.firstError = error;
        });
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return ready == writers; });
    }
    QElapsedTimer wall;
    wall.start();
    {
        std::lock_guard lock(mutex);
        go = true;
    }
    changed.notify_all();
    for (std::thread& thread : threads)
        thread.join();
    const double seconds = msSince(wall) / 1000.0;
    result.saves = int(latencies.size());
    result.p50 = percentile(latencies, 50);
    result.p99 = percentile(latencies, 99);
    result.perSecond = seconds > 0 ? double(result.saves) / seconds : 0;
    return result;
}

/// One backend's figures.
struct Figures {
    double dashboardMs = 0;
    struct Search {
        QString term;
        double ms = 0;
        QString total;
    };
    QList<Search> searches;
    QList<Writers> writers;
};

QString measure(const OpenDatabase& open, int runs, int savesEach, const Clock& clock, Figures& figures)
{
    QString error;
    {
        std::unique_ptr<Session> session = clerkSession(open, clock, error);
        if (!session)
            return error;
        Result<std::optional<Campaign>> campaign = session->campaigns().current();
        if (!campaign || !*campaign)
            return QStringLiteral("the database has no current campaign");
        const DateRange whole = figuresPeriod(FiguresPeriod::WholeCampaign, **campaign, clock.today());
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (Result<CampaignFigures> done = collectCampaignFigures(*session, whole); !done)
                return done.error().fullText();
            times.append(msSince(timer));
        }
        figures.dashboardMs = percentile(times, 50);
        for (const QString& term : {QStringLiteral("满意率"), QStringLiteral("企业")}) {
            ReportFilter filter;
            filter.text = term;
            Figures::Search search{term, 0, QString()};
            times.clear();
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                Result<ReportSearchResult> found = session->reports().search(filter);
                if (!found)
                    return found.error().fullText();
                times.append(msSince(timer));
                search.total =
                    (found->moreThanTotal ? QStringLiteral("more than %1") : QStringLiteral("%1")).arg(found->total);
            }
            search.ms = percentile(times, 50);
            figures.searches.append(search);
        }
    }
    for (const int writers : {1, 5, 20}) {
        Writers done = concurrentWriters(open, writers, savesEach, clock);
        if (done.saves == 0)
            return QStringLiteral("%1 writers saved nothing: %2").arg(writers).arg(done.firstError);
        figures.writers.append(done);
    }
    return QString();
}

QString writersCell(const Writers& w)
{
    QString cell = QStringLiteral("p50 %1, p99 %2; %3 saves/s").arg(ms(w.p50), ms(w.p99)).arg(w.perSecond, 0, 'f', 0);
    if (w.failed > 0)
        cell += QStringLiteral("; %1 of %2 failed (%3)")
                    .arg(w.failed)
                    .arg(w.failed + w.saves)
                    .arg(w.firstError.section(QLatin1Char('\n'), -1).simplified());
    return cell;
}

} // namespace

int runServerBench(const QString& file, int runs, int savesPerWriter, const QString& scratch, QTextStream& out)
{
    const auto fail = [](const QString& message) {
        QTextStream(stderr) << "branddesk_bench --server: " << message << Qt::endl;
        return 1;
    };
    SystemClock clock;
    // A copy of the file: the saves change it (and an older file is upgraded on opening).
    const QString copy = QDir(scratch).filePath(QStringLiteral("server-bench.sqlite"));
    QFile::remove(copy);
    if (!QFile::copy(file, copy))
        return fail(QStringLiteral("cannot copy %1 into %2").arg(file, scratch));

    ThrowawayCluster cluster(QDir(scratch).filePath(QStringLiteral("pg")));
    if (!cluster.error().isEmpty())
        return fail(cluster.error());
    out << cluster.startedNote() << Qt::endl;
    const ServerSettings server = cluster.settings().withDatabase(QStringLiteral("branddesk_bench"));
    if (Result<bool> created = serveradmin::createDatabase(server); !created)
        return fail(created.error().fullText());

    // Loading: the file onto the server, as `branddesk server copy-from` does (audit chain checked on both sides).
    double loadMs = 0;
    qint64 rows = 0;
    {
        Result<std::unique_ptr<Database>> source = Database::open(copy);
        if (!source)
            return fail(source.error().fullText());
        Result<std::unique_ptr<Database>> target = Database::openServer(server);
        if (!target)
            return fail(target.error().fullText());
        out << "Loading " << file << " onto " << server.displayName() << "..." << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        Result<DatabaseTransfer> moved = transferDatabase(**source, **target, [&out](const CopiedTable& done) {
            out << "  " << done.table << ": " << done.targetRows << Qt::endl;
            return true;
        });
        if (!moved)
            return fail(moved.error().fullText());
        loadMs = msSince(timer);
        rows = moved->copy.rows();
    }
    out << "  " << rows << " rows in " << qRound(loadMs / 1000) << " s" << Qt::endl;

    Figures onFile;
    Figures onServer;
    out << "Measuring SQLite (" << copy << ")..." << Qt::endl;
    if (QString error = measure([&copy] { return Database::open(copy); }, runs, savesPerWriter, clock, onFile);
        !error.isEmpty())
        return fail(QStringLiteral("SQLite: %1").arg(error));
    out << "Measuring the server (" << server.displayName() << ")..." << Qt::endl;
    if (QString error =
            measure([&server] { return Database::openServer(server); }, runs, savesPerWriter, clock, onServer);
        !error.isEmpty())
        return fail(QStringLiteral("server: %1").arg(error));

    out << Qt::endl
        << "| What | SQLite file | PostgreSQL server (local, durable commits) | Server ÷ SQLite |" << Qt::endl;
    out << "|---|---|---|---|" << Qt::endl;
    const auto ratio = [](double server, double sqlite) {
        return sqlite > 0 ? QStringLiteral("%1×").arg(server / sqlite, 0, 'f', 2) : QString();
    };
    out << "| Dashboard figures, whole campaign | " << ms(onFile.dashboardMs) << " | " << ms(onServer.dashboardMs)
        << " | " << ratio(onServer.dashboardMs, onFile.dashboardMs) << " |" << Qt::endl;
    for (qsizetype i = 0; i < onFile.searches.size(); ++i) {
        const Figures::Search& a = onFile.searches[i];
        const Figures::Search& b = onServer.searches[i];
        out << "| Search “" << a.term << "” (" << a.term.size() << " characters) | " << ms(a.ms) << ", " << a.total
            << " | " << ms(b.ms) << ", " << b.total << " | " << ratio(b.ms, a.ms) << " |" << Qt::endl;
    }
    for (qsizetype i = 0; i < onFile.writers.size(); ++i) {
        const Writers& a = onFile.writers[i];
        const Writers& b = onServer.writers[i];
        out << "| " << a.writers << (a.writers == 1 ? " writer" : " concurrent writers") << " × " << savesPerWriter
            << " saves | " << writersCell(a) << " | " << writersCell(b) << " | p50 " << ratio(b.p50, a.p50) << " |"
            << Qt::endl;
    }
    out << "| Loading the file onto the server (" << rows << " rows) | | " << ms(loadMs) << " | |" << Qt::endl;
    return 0;
}

} // namespace branddesk::bench
