// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `load_client setup`: what the office's administrator does before the clients come: the current campaign, a
// clerk account and a department for each client.
#include "core/clock.h"
#include "core/services/session.h"
#include "tests/load/loadjournal.h"
#include "tests/load/loadmodes.h"

#include <cstdio>

namespace branddesk::load {

int runSetup(const QStringList& arguments)
{
    SystemClock clock;
    std::unique_ptr<Session> session = openSession(arguments.at(0), clock);
    if (!session)
        return 1;
    auto failed = [](const Error& error) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(error.fullText()));
        return 1;
    };
    if (Result<User> admin = session->accounts().signIn(arguments.at(1), arguments.at(2)); !admin)
        return failed(admin.error());
    if (Result<Campaign> campaign = session->campaigns().ensureCurrent(clock.today().year()); !campaign)
        return failed(campaign.error());
    const int clients = arguments.at(3).toInt();
    for (int client = 1; client <= clients; ++client) {
        if (Result<User> clerk = session->accounts().addUser(clerkName(client), Role::Clerk, clerkPassword(client));
            !clerk)
            return failed(clerk.error());
        Department department;
        department.name = departmentName(client);
        department.category = DepartmentCategory::Administrative;
        department.contactPerson = QStringLiteral("张晓东");
        if (Result<Department> added = session->departments().add(department); !added)
            return failed(added.error());
    }
    std::printf("setup: campaign %d, %d clerks and departments\n", clock.today().year(), clients);
    return 0;
}

} // namespace branddesk::load
