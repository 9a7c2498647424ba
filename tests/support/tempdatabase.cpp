// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tempdatabase.h"

#include "core/storage/database.h"

namespace branddesk::test {
namespace {

/// Creates the test accounts on a database without any, then signs in as `name`.
void prepareAccounts(Session& session, const QString& name)
{
    AccountService& accounts = session.accounts();
    accounts.setPasswordCost(PasswordHasher::Cost::Minimal);
    const QString password = QString::fromLatin1(TempDatabase::kPassword);
    const Result<bool> any = accounts.hasAccounts();
    REQUIRE(any);
    if (!*any) {
        REQUIRE(accounts.createFirstAdministrator(TempDatabase::userName(Role::Administrator), password));
        REQUIRE(accounts.addUser(TempDatabase::userName(Role::Clerk), Role::Clerk, password));
        REQUIRE(accounts.addUser(TempDatabase::secondClerkName(), Role::Clerk, password));
        REQUIRE(accounts.addUser(TempDatabase::userName(Role::Leader), Role::Leader, password));
    }
    const Result<User> signedIn = accounts.signIn(name, password);
    REQUIRE(signedIn);
}

} // namespace

QString TempDatabase::userName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("管理员");
    case Role::Clerk:
        return QStringLiteral("办事员");
    case Role::Leader:
        return QStringLiteral("领导");
    }
    return {};
}

QString TempDatabase::secondClerkName()
{
    return QStringLiteral("第二位办事员");
}

QDateTime TempDatabase::startTime()
{
    return QDateTime(QDate(2009, 5, 15), QTime(10, 0));
}

TempDatabase::TempDatabase()
    : m_clock(startTime())
{
    if (!m_dir.isValid())
        FAIL("cannot create a temporary folder: " << m_dir.errorString().toStdString());
    if (const std::optional<ServerSettings> server = testServer())
        m_server = std::make_unique<TempServerDatabase>(*server);
    else
        m_path = m_dir.filePath(QStringLiteral("branddesk.sqlite"));
    reopen();
}

TempDatabase::~TempDatabase()
{
    close();
}

const ServerSettings& TempDatabase::serverSettings() const
{
    REQUIRE(m_server != nullptr);
    return m_server->settings();
}

Result<std::unique_ptr<Database>> TempDatabase::openDatabase() const
{
    return m_server ? Database::openServer(m_server->settings()) : Database::open(m_path);
}

Session& TempDatabase::session()
{
    REQUIRE(m_session != nullptr);
    return *m_session;
}

std::unique_ptr<Session> TempDatabase::openAnotherSession()
{
    Result<std::unique_ptr<Database>> database = openDatabase();
    REQUIRE(database);
    auto session = std::make_unique<Session>(std::move(*database), m_clock);
    prepareAccounts(*session, secondClerkName());
    return session;
}

void TempDatabase::signInAs(Role role)
{
    session().accounts().signOut();
    const Result<User> signedIn = session().accounts().signIn(userName(role), QString::fromLatin1(kPassword));
    REQUIRE(signedIn);
}

void TempDatabase::close()
{
    m_session.reset();
}

void TempDatabase::reopen()
{
    close();
    Result<std::unique_ptr<Database>> database = openDatabase();
    REQUIRE(database);
    m_session = std::make_unique<Session>(std::move(*database), m_clock);
    prepareAccounts(*m_session, userName(Role::Clerk));
}

QStringList TempDatabase::commandLineArguments() const
{
    if (onServer())
        return {QStringLiteral("--server"), serverSettings().connectionString()};
    return {QStringLiteral("--database"), m_path};
}

} // namespace branddesk::test
