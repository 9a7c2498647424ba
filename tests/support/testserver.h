// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/serversettings.h"

#include <optional>

namespace branddesk::test {

/// The PostgreSQL server of the suite's second pass, when this test runs on it: BRANDDESK_TEST_BACKEND is
/// "postgresql", and the server is BRANDDESK_TEST_PG (a "key=value" connection string) or, without it, the one
/// tests/support/pgcluster.sh started and wrote to the file BRANDDESK_TEST_PG_FILE. Nothing when the test runs
/// on SQLite; fails the current test when the pass is asked for and no server is named.
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

private:
    QString m_connectionName;
};

} // namespace branddesk::test
