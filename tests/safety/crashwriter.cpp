// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The victim of the crash tests: logs weekly reports (each with an attachment, audited) and edits a
// department, as fast as it can, until it is killed. Usage: crash_writer DATABASE USER PASSWORD SEED
#include "core/clock.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace branddesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5)
        return 2;
    SystemClock clock;
    Result<std::unique_ptr<Database>> database = Database::open(arguments.at(1));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().fullText()));
        return 1;
    }
    Session session(std::move(*database), clock);
    if (Result<User> user = session.accounts().signIn(arguments.at(2), arguments.at(3)); !user) {
        std::fprintf(stderr, "%s\n", qPrintable(user.error().fullText()));
        return 1;
    }
    Result<QList<Department>> departments = session.departments().activeDepartments();
    if (!departments || departments->isEmpty())
        return 1;
    QRandomGenerator random(arguments.at(4).toUInt());
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const Department& department = departments->at(random.bounded(int(departments->size())));
        if (i % 4 == 3) {
            Result<Department> current = session.departments().find(department.id);
            if (!current)
                return 1;
            current->phone = QStringLiteral("0519-%1").arg(random.bounded(10000000, 99999999));
            if (!session.departments().update(*current))
                return 1;
            continue;
        }
        WeeklyReport report;
        report.departmentId = department.id;
        report.week = ReportWeek::containing(clock.today());
        report.receivedAt = clock.nowUtc();
        report.title = QStringLiteral("崩溃测试周报 %1").arg(i);
        report.content = QString(random.bounded(50, 3000), QChar(0x6587 + random.bounded(64)));
        report.attachments = {{0, QStringLiteral("附件%1.bin").arg(i), 0,
                               QByteArray(random.bounded(1, 200000), char('a' + random.bounded(26)))}};
        if (!session.reports().save(report))
            return 1;
    }
}
