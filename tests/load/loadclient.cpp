// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The load test's program (no UI): sets the server up for N clients, is one of the clients, and checks the server
// against the clients' journals afterwards. tests/load/loadtest.sh drives it; see tests/load/README.md.
#include "core/clock.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/load/loadmodes.h"

#include <QCoreApplication>

#include <cstdio>

namespace branddesk::load {

std::unique_ptr<Session> openSession(const QString& connection, const Clock& clock)
{
    Result<ServerSettings> settings = ServerSettings::parse(connection);
    if (!settings) {
        std::fprintf(stderr, "%s\n", qPrintable(settings.error().fullText()));
        return nullptr;
    }
    Result<std::unique_ptr<Database>> database = Database::openServer(*settings);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().fullText()));
        return nullptr;
    }
    return std::make_unique<Session>(std::move(*database), clock);
}

} // namespace branddesk::load

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString mode = arguments.value(0);
    if (mode == QLatin1String("setup") && arguments.size() == 5)
        return branddesk::load::runSetup(arguments.mid(1));
    if (mode == QLatin1String("run") && arguments.size() == 5)
        return branddesk::load::runClient(arguments.mid(1));
    if (mode == QLatin1String("verify") && arguments.size() == 8)
        return branddesk::load::runVerify(arguments.mid(1));
    std::fprintf(stderr, "usage: load_client setup CONNECTION ADMIN PASSWORD N\n"
                         "       load_client run CONNECTION CLIENT SECONDS JOURNAL\n"
                         "       load_client verify CONNECTION JOURNALS N SECONDS KILLED RESTART_FROM_MS "
                         "RESTART_TO_MS\n");
    return 2;
}
