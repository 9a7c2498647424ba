// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `load_client run`: one busy clerk on a PC of their own. For a bounded time it logs weekly reports with an
// attachment, edits its department, records (and withdraws) milestones, searches reports and computes the
// dashboard's figures, all through the services, and journals every write with its outcome and latency.
#include "core/clock.h"
#include "core/services/figurescollector.h"
#include "core/services/session.h"
#include "tests/load/loadjournal.h"
#include "tests/load/loadmodes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

namespace branddesk::load {
namespace {

constexpr unsigned long kPauseAfterFailureMs = 100;

/// How a write ended, as the program tells it: a connection lost during COMMIT may or may not have kept the
/// changes (Database::transaction says so, as Error::Code::Unreachable with that message); every other failure
/// kept nothing.
JournalEntry::Outcome outcomeOf(const Error& error)
{
    if (error.code == Error::Code::Unreachable && error.message.contains(QLatin1String("may or may not")))
        return JournalEntry::Outcome::Unknown;
    return JournalEntry::Outcome::Failed;
}

class Client {
public:
    Client(Session& session, int client, const QString& journal)
        : m_session(session)
        , m_client(client)
        , m_journal(journal)
        , m_random(quint32(client) * 7919u)
    {}

    bool start()
    {
        if (!m_journal.isOpen())
            return report(QStringLiteral("the journal cannot be written"));
        Result<QList<Department>> departments = m_session.departments().activeDepartments();
        if (!departments)
            return report(departments.error().fullText());
        for (const Department& department : *departments)
            if (department.name == departmentName(m_client))
                m_department = department.id;
        Result<std::optional<Campaign>> campaign = m_session.campaigns().current();
        if (!campaign || !*campaign || m_department == 0)
            return report(QStringLiteral("no department or campaign: run setup first"));
        m_campaign = **campaign;
        for (const Milestone& milestone : m_campaign.milestones)
            if (milestone.appliesTo == Applicability::All && milestone.code != QLatin1String("concentrated-week"))
                m_milestones.append(milestone.id);
        return !m_milestones.isEmpty() || report(QStringLiteral("the campaign has no milestone for all"));
    }

    void iterate(int sequence)
    {
        logReport(sequence);
        if (sequence % 2 == 0)
            editDepartment(sequence);
        if (sequence % 3 == 0)
            recordMilestone(sequence);
        if (sequence % 4 == 0)
            search();
        if (sequence % 10 == 0)
            dashboard();
    }

private:
    bool report(const QString& problem)
    {
        std::fprintf(stderr, "client %d: %s\n", m_client, qPrintable(problem));
        return false;
    }

    template <typename Write>
    void journalled(const QString& token, const QString& kind, const QString& target, Write write)
    {
        JournalEntry entry{token, kind, JournalEntry::Outcome::Ok, QDateTime::currentMSecsSinceEpoch(), 0, target};
        QElapsedTimer timer;
        timer.start();
        const std::optional<Error> error = write();
        entry.latencyMs = double(timer.nsecsElapsed()) / 1e6;
        if (error)
            entry.outcome = outcomeOf(*error);
        m_journal.append(entry);
        // A clerk whose save was refused tries again a moment later, not thousands of times a second.
        if (error)
            QThread::msleep(kPauseAfterFailureMs);
    }

    void logReport(int sequence)
    {
        const QString token = tokenOf(m_client, sequence, QLatin1Char('r'));
        WeeklyReport report;
        report.departmentId = m_department;
        report.week = ReportWeek::containing(m_session.clock().today());
        report.receivedAt = m_session.clock().nowUtc();
        report.channel = ReportChannel::Email;
        report.title = QStringLiteral("负载周报 ") + token;
        report.content = QStringLiteral("深入企业走访，") +
                         QString(int(m_random.bounded(50, 2000)), QChar(0x6587 + m_random.bounded(64)));
        report.attachments = {{0, token + QStringLiteral(".bin"), 0,
                               QByteArray(int(m_random.bounded(1000, 100000)), char('a' + m_random.bounded(26)))}};
        journalled(token, QStringLiteral("report"), {}, [&]() -> std::optional<Error> {
            Result<WeeklyReport> saved = m_session.reports().save(report);
            return saved ? std::nullopt : std::optional<Error>(saved.error());
        });
    }

    void editDepartment(int sequence)
    {
        const QString token = tokenOf(m_client, sequence, QLatin1Char('d'));
        journalled(token, QStringLiteral("department"), {}, [&]() -> std::optional<Error> {
            Result<Department> current = m_session.departments().find(m_department);
            if (!current)
                return current.error();
            current->contactPerson = token;
            Result<Department> saved = m_session.departments().update(*current);
            return saved ? std::nullopt : std::optional<Error>(saved.error());
        });
    }

    void recordMilestone(int sequence)
    {
        const qint64 milestone = m_milestones.at((sequence / 3) % m_milestones.size());
        Result<std::optional<MilestoneCompletion>> done = m_session.milestones().completion(milestone, m_department);
        if (!done)
            return; // a read: nothing to journal; the next write will find out whether the server is back
        if (*done) {
            journalled(tokenOf(m_client, sequence, QLatin1Char('x')), QStringLiteral("clear"), (*done)->evidence,
                       [&]() -> std::optional<Error> {
                           Result<void> cleared = m_session.milestones().clear(milestone, m_department);
                           return cleared ? std::nullopt : std::optional<Error>(cleared.error());
                       });
            return;
        }
        const QString token = tokenOf(m_client, sequence, QLatin1Char('m'));
        MilestoneCompletion completion;
        completion.milestoneId = milestone;
        completion.departmentId = m_department;
        completion.doneDate = m_session.clock().today();
        completion.evidence = token;
        journalled(token, QStringLiteral("milestone"), {}, [&]() -> std::optional<Error> {
            Result<MilestoneCompletion> recorded = m_session.milestones().record(completion);
            return recorded ? std::nullopt : std::optional<Error>(recorded.error());
        });
    }

    void search()
    {
        ReportFilter filter;
        filter.text = QStringLiteral("深入企业");
        filter.limit = 50;
        (void)m_session.reports().search(filter);
    }

    void dashboard()
    {
        const DateRange period = figuresPeriod(FiguresPeriod::ThisMonth, m_campaign, m_session.clock().today());
        (void)collectCampaignFigures(m_session, period);
    }

    Session& m_session;
    int m_client;
    Journal m_journal;
    QRandomGenerator m_random;
    qint64 m_department = 0;
    Campaign m_campaign;
    QList<qint64> m_milestones;
};

} // namespace

int runClient(const QStringList& arguments)
{
    const int client = arguments.at(1).toInt();
    const qint64 seconds = arguments.at(2).toLongLong();
    SystemClock clock;
    std::unique_ptr<Session> session = openSession(arguments.at(0), clock);
    if (!session)
        return 1;
    if (Result<User> clerk = session->accounts().signIn(clerkName(client), clerkPassword(client)); !clerk) {
        std::fprintf(stderr, "client %d: %s\n", client, qPrintable(clerk.error().fullText()));
        return 1;
    }
    Client busy(*session, client, arguments.at(3));
    if (!busy.start())
        return 1;
    QElapsedTimer running;
    running.start();
    int sequence = 0;
    while (running.elapsed() < seconds * 1000)
        busy.iterate(++sequence);
    return 0;
}

} // namespace branddesk::load
