// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "core/services/session.h"
#include "tests/support/stringmakers.h"
#include "tests/support/testserver.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace branddesk::test {

/// A BrandDesk database in a fresh temporary folder, opened through Database::open into a Session whose
/// clock stands at startTime(). The folder and everything in it are removed when the fixture goes.
///
/// In the suite's PostgreSQL pass (testServer() names a server) the database is instead a fresh database on
/// that server, opened through Database::openServer, and dropped when the fixture goes; path() is then empty
/// and the temporary folder still serves filePath(). Tests of the file itself are tagged [sqlite] and are not
/// run in that pass.
///
/// The database has four accounts, all with password kPassword: an administrator "管理员", the clerks
/// "办事员" and "第二位办事员", and the leader "领导". The session is signed in as the clerk "办事员".
/// Passwords are hashed at the smallest Argon2id cost, to keep the suite fast.
class TempDatabase {
public:
    /// 2009-05-15 10:00 local time: a Friday (report day) in phase 1 of the 2009 campaign.
    static QDateTime startTime();
    static constexpr const char* kPassword = "correct horse 2009";
    /// The name of the test account with `role` (the first clerk for Role::Clerk).
    static QString userName(Role role);
    static QString secondClerkName();

    /// Creates and opens the database; fails the current test if it cannot.
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    /// The database file (empty on a server).
    QString path() const { return m_path; }
    /// Whether this fixture's database is on the PostgreSQL test server.
    bool onServer() const { return m_server != nullptr; }
    /// The server database's settings (onServer() only).
    const ServerSettings& serverSettings() const;
    /// How `branddesk` is told to open this database: {"--database", path}, or {"--server", connection} on the
    /// server (the test server needs no password).
    QStringList commandLineArguments() const;
    /// Another path in the same temporary folder, for files a test makes itself.
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    FixedClock& clock() { return m_clock; }
    /// The open session; fails the current test after close().
    Session& session();
    Database& database() { return session().database(); }
    DepartmentService& departments() { return session().departments(); }
    BrandService& brands() { return session().brands(); }

    /// Signs the session in as the test account with `role` instead; fails the test if it cannot.
    void signInAs(Role role);

    /// A second, independent session on the same file (another window or PC), sharing the clock, signed
    /// in as the second clerk.
    std::unique_ptr<Session> openAnotherSession();
    /// Closes the session, so the file can be inspected or changed with other tools.
    void close();
    /// Opens the file again after close().
    void reopen();

private:
    Result<std::unique_ptr<Database>> openDatabase() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TempServerDatabase> m_server;
    FixedClock m_clock;
    std::unique_ptr<Session> m_session;
};

} // namespace branddesk::test
