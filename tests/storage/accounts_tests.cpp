// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts: the first administrator, signing in, lock-out, changing and resetting passwords.
#include "core/accounts/passwordhasher.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/support/rawdatabase.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QString password()
{
    return QString::fromLatin1(TempDatabase::kPassword);
}

} // namespace

TEST_CASE("passwords are stored as Argon2id hashes with a salt, never as text")
{
    TempDatabase temp;
    temp.close();
    RawDatabase raw(temp, RawSqlite::Mode::ReadOnly);
    const QString clerk =
        raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = '办事员'")).toString();
    const QString leader = raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = '领导'")).toString();
    CAPTURE(clerk);
    CHECK(clerk.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(clerk.contains(password()));
    CHECK(clerk != leader); // same password, different salts
}

TEST_CASE("the program's hashes use libsodium's interactive Argon2id cost and verify")
{
    const PasswordHasher hasher;
    const Result<QByteArray> hash = hasher.hash(QStringLiteral("服务品牌2009"));
    REQUIRE(hash);
    CHECK(hash->startsWith("$argon2id$v=19$m=65536,t=2,"));
    CHECK(PasswordHasher::verify(*hash, QStringLiteral("服务品牌2009")));
    CHECK_FALSE(PasswordHasher::verify(*hash, QStringLiteral("服务品牌2010")));
    CHECK_FALSE(PasswordHasher::verify(QByteArray(), QStringLiteral("服务品牌2009")));
}

TEST_CASE("a fresh database has no accounts until the first administrator is created")
{
    TempDatabase temp;
    const QString path = temp.filePath(QStringLiteral("fresh.sqlite"));
    Result<std::unique_ptr<Database>> database = Database::open(path);
    REQUIRE(database);
    Session session(std::move(*database), temp.clock());
    session.accounts().setPasswordCost(PasswordHasher::Cost::Minimal);
    REQUIRE(session.accounts().hasAccounts());
    CHECK_FALSE(*session.accounts().hasAccounts());
    CHECK_FALSE(session.currentUser().isSignedIn());

    SECTION("a password that is too short is refused")
    {
        const Result<User> admin =
            session.accounts().createFirstAdministrator(QStringLiteral("王建国"), QStringLiteral("short"));
        REQUIRE_FALSE(admin);
        CHECK(admin.error().code == Error::Code::Validation);
        CHECK_FALSE(*session.accounts().hasAccounts());
    }
    SECTION("the first administrator is created, signed in and audited; a second is refused")
    {
        const Result<User> admin =
            session.accounts().createFirstAdministrator(QStringLiteral(" 王建国 "), QStringLiteral("campaign-2009"));
        REQUIRE(admin);
        CHECK(admin->name == QStringLiteral("王建国"));
        CHECK(admin->role == Role::Administrator);
        CHECK(session.currentUser().isAdministrator());
        CHECK(session.userName() == QStringLiteral("王建国"));
        const Result<QList<AuditEntry>> history = session.audit().history(AuditEntities::kUser, admin->id);
        REQUIRE(history);
        REQUIRE(history->size() == 1);
        CHECK(history->at(0).userName == QStringLiteral("王建国"));
        CHECK(history->at(0).afterJson == QStringLiteral(R"({"active":true,"name":"王建国","role":"admin"})"));

        const Result<User> second =
            session.accounts().createFirstAdministrator(QStringLiteral("李志强"), QStringLiteral("campaign-2009"));
        REQUIRE_FALSE(second);
        CHECK(second.error().code == Error::Code::Forbidden);
    }
}

TEST_CASE("a wrong password or an unknown name is refused with the same message")
{
    TempDatabase temp;
    AccountService& accounts = temp.session().accounts();
    accounts.signOut();
    const Result<User> wrong = accounts.signIn(TempDatabase::userName(Role::Clerk), QStringLiteral("wrong password"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == Error::Code::Validation);
    const Result<User> unknown = accounts.signIn(QStringLiteral("无此人"), password());
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == wrong.error().message);
    CHECK_FALSE(temp.session().currentUser().isSignedIn());

    const Result<User> right = accounts.signIn(TempDatabase::userName(Role::Clerk), password());
    REQUIRE(right);
    CHECK(right->role == Role::Clerk);
    CHECK(temp.session().currentUser().canWrite());
}

TEST_CASE("after five wrong passwords the account is locked for five minutes, even for the right password")
{
    TempDatabase temp;
    AccountService& accounts = temp.session().accounts();
    const QString leader = TempDatabase::userName(Role::Leader);
    accounts.signOut();

    for (int attempt = 1; attempt < AccountService::kFailuresBeforeLockout; ++attempt) {
        const Result<User> wrong = accounts.signIn(leader, QStringLiteral("wrong password"));
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().code == Error::Code::Validation);
    }
    const Result<User> fifth = accounts.signIn(leader, QStringLiteral("wrong password"));
    REQUIRE_FALSE(fifth);
    CHECK(fifth.error().code == Error::Code::Locked);

    const Result<User> locked = accounts.signIn(leader, password());
    REQUIRE_FALSE(locked);
    CHECK(locked.error().code == Error::Code::Locked);
    // Other accounts are not affected.
    REQUIRE(accounts.signIn(TempDatabase::userName(Role::Clerk), password()));

    temp.clock().advanceSecs(AccountService::kLockoutSeconds - 1);
    CHECK(accounts.signIn(leader, password()).error().code == Error::Code::Locked);

    temp.clock().advanceSecs(1);
    const Result<User> after = accounts.signIn(leader, password());
    REQUIRE(after);
    CHECK(after->failedAttempts == 0);

    SECTION("a success starts the count again")
    {
        for (int attempt = 1; attempt < AccountService::kFailuresBeforeLockout; ++attempt)
            CHECK(accounts.signIn(leader, QStringLiteral("wrong password")).error().code == Error::Code::Validation);
        CHECK(accounts.signIn(leader, password()));
    }
    SECTION("the lock-out survives closing the program")
    {
        for (int attempt = 1; attempt <= AccountService::kFailuresBeforeLockout; ++attempt)
            REQUIRE_FALSE(accounts.signIn(leader, QStringLiteral("wrong password")));
        temp.reopen();
        CHECK(temp.session().accounts().signIn(leader, password()).error().code == Error::Code::Locked);
    }
    SECTION("an administrator's reset lifts the lock")
    {
        for (int attempt = 1; attempt <= AccountService::kFailuresBeforeLockout; ++attempt)
            REQUIRE_FALSE(accounts.signIn(leader, QStringLiteral("wrong password")));
        temp.signInAs(Role::Administrator);
        const Result<User> target = [&]() -> Result<User> {
            const Result<QList<User>> users = accounts.users();
            REQUIRE(users);
            for (const User& user : *users)
                if (user.name == leader)
                    return user;
            return fail(Error::Code::NotFound, QString());
        }();
        REQUIRE(target);
        CHECK(target->failedAttempts == AccountService::kFailuresBeforeLockout);
        REQUIRE(accounts.resetPassword(target->id, QStringLiteral("new leader password")));
        CHECK(accounts.signIn(leader, QStringLiteral("new leader password")));
        CHECK_FALSE(accounts.signIn(leader, password()));
    }
}

TEST_CASE("a user changes their own password by giving the current one")
{
    TempDatabase temp;
    AccountService& accounts = temp.session().accounts();
    temp.signInAs(Role::Leader); // any role may change its own password

    SECTION("with a wrong current password nothing changes")
    {
        const Result<void> changed =
            accounts.changePassword(QStringLiteral("not my password"), QStringLiteral("new password 1"));
        REQUIRE_FALSE(changed);
        CHECK(changed.error().code == Error::Code::Validation);
        accounts.signOut();
        CHECK(accounts.signIn(TempDatabase::userName(Role::Leader), password()));
    }
    SECTION("a new password that is too short is refused")
    {
        const Result<void> changed = accounts.changePassword(password(), QStringLiteral("1234567"));
        REQUIRE_FALSE(changed);
        CHECK(changed.error().code == Error::Code::Validation);
    }
    SECTION("the new password works and the old one no longer does; the change is audited without the hash")
    {
        REQUIRE(accounts.changePassword(password(), QStringLiteral("new password 1")));
        const qint64 id = temp.session().currentUser().id();
        accounts.signOut();
        CHECK_FALSE(accounts.signIn(TempDatabase::userName(Role::Leader), password()));
        CHECK(accounts.signIn(TempDatabase::userName(Role::Leader), QStringLiteral("new password 1")));

        const Result<QList<AuditEntry>> history = temp.session().audit().history(AuditEntities::kUser, id);
        REQUIRE(history);
        REQUIRE(history->size() == 2);
        CHECK(history->at(1).action == AuditAction::Update);
        CHECK(history->at(1).userName == TempDatabase::userName(Role::Leader));
        CHECK(history->at(1).beforeJson == QStringLiteral(R"({"password":"set"})"));
        CHECK(history->at(1).afterJson == QStringLiteral(R"({"password":"changed"})"));
    }
}

TEST_CASE("a deactivated account cannot sign in, and administrators cannot deactivate themselves")
{
    TempDatabase temp;
    AccountService& accounts = temp.session().accounts();
    temp.signInAs(Role::Administrator);
    const Result<QList<User>> users = accounts.users();
    REQUIRE(users);
    qint64 clerkId = 0;
    for (const User& user : *users)
        if (user.name == TempDatabase::userName(Role::Clerk))
            clerkId = user.id;
    REQUIRE(clerkId != 0);

    const Result<User> deactivated = accounts.setActive(clerkId, false);
    REQUIRE(deactivated);
    CHECK_FALSE(deactivated->active);
    const Result<User> self = accounts.setActive(temp.session().currentUser().id(), false);
    REQUIRE_FALSE(self);
    CHECK(self.error().code == Error::Code::Validation);

    const Result<User> refused = accounts.signIn(TempDatabase::userName(Role::Clerk), password());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    const Result<QStringList> names = accounts.activeUserNames();
    REQUIRE(names);
    CHECK_FALSE(names->contains(TempDatabase::userName(Role::Clerk)));
}
