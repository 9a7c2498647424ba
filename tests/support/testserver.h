// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/serversettings.h"

#include <QStringList>
#include <QVariant>

#include <optional>

namespace branddesk::test {

/// The PostgreSQL server of the suite's second pass, when this test runs on it: BRANDDESK_TEST_PG_FILE names the
/// file where tests/support/pgcluster.sh wrote the server's connection (ctest sets it for every pg/ test), or
/// BRANDDESK_TEST_BACKEND is "postgresql" and BRANDDESK_TEST_PG names a server (a "key=value" connection string)
/// to run a test binary by hand. Nothing when the test runs on SQLite; fails the current test when the pass is
/// asked for and no server is named.
std::optional<ServerSettings> testServer();

/// A fresh, empty database on the test server, with a name no other test process uses; dropped (connections
/// and all) when the object goes.
class TempServerDatabase {
public:
    explicit TempServerDatabase(const ServerSettings& server);
    ~TempServerDatabase();
    TempServerDatabase(const TempServerDatabase&) = delete;
    TempServerDatabase& operator=(const TempServerDatabase&) = delete;

    const ServerSettings& settings() const { return m_settings; }

private:
    ServerSettings m_settings;
};

/// Runs statements on a test server's database as they are (the tests' own SQL, to look at what was stored or
/// to break it on purpose), bypassing BrandDesk's Database. Fails the current test when one fails.
class RawServer {
public:
    explicit RawServer(const ServerSettings& server);
    ~RawServer();
    RawServer(const RawServer&) = delete;
    RawServer& operator=(const RawServer&) = delete;

    void exec(const QString& statement);
    QVariant scalar(const QString& statement);
    /// The names of the tables in the database's public schema, sorted.
    QStringList tables();

private:
    QString m_connectionName;
};

} // namespace branddesk::test
