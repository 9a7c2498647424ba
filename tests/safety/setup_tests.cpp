// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The IT officer's set-up from a terminal (`branddesk --version`, `users`, `campaign`), run as the real program.
#include "core/audit/auditentry.h"
#include "tests/safety/runbranddesk.h"
#include "tests/support/tempdatabase.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

const QByteArray kAdminPassword = QByteArray(TempDatabase::kPassword) + '\n';

QStringList usersCommand(const TempDatabase& temp, const QStringList& rest)
{
    return QStringList{QStringLiteral("--database"), temp.path(), QStringLiteral("users")} + rest;
}

QStringList asAdministrator()
{
    return {QStringLiteral("--user"), TempDatabase::userName(Role::Administrator)};
}

} // namespace

TEST_CASE("branddesk --version prints the project's version")
{
    const Run run = runBranddesk({QStringLiteral("--version")});

    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("BrandDesk " BRANDDESK_VERSION));
}

TEST_CASE("branddesk users add creates the first administrator of a new database, and only an administrator")
{
    TempDatabase temp;
    const QString fresh = temp.filePath(QStringLiteral("office.db"));
    const QStringList base = {QStringLiteral("--database"), fresh, QStringLiteral("users")};

    const Run clerkFirst = runBranddesk(base + QStringList{QStringLiteral("add"), QStringLiteral("王办事"),
                                                           QStringLiteral("--role"), QStringLiteral("clerk")},
                                        "first secret 1\nfirst secret 1\n");
    const bool clerkMadeAFile = QFileInfo::exists(fresh);
    const Run mismatch = runBranddesk(base + QStringList{QStringLiteral("add"), QStringLiteral("李管理"),
                                                         QStringLiteral("--role"), QStringLiteral("administrator")},
                                      "first secret 1\nfirst secret 2\n");
    const Run created = runBranddesk(base + QStringList{QStringLiteral("add"), QStringLiteral("李管理"),
                                                        QStringLiteral("--role"), QStringLiteral("administrator")},
                                     "first secret 1\nfirst secret 1\n");
    const Run second =
        runBranddesk(base + QStringList{QStringLiteral("add"), QStringLiteral("王办事"), QStringLiteral("--role"),
                                        QStringLiteral("clerk"), QStringLiteral("--generate")});
    const Run listed =
        runBranddesk(base + QStringList{QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("李管理")},
                     "first secret 1\n");

    INFO(created.err.toStdString() << listed.err.toStdString());
    CHECK(clerkFirst.exitCode == 1);
    CHECK(clerkFirst.err.contains(QStringLiteral("no accounts yet")));
    CHECK_FALSE(clerkMadeAFile);
    CHECK(mismatch.exitCode == 1);
    CHECK(mismatch.err.contains(QStringLiteral("differ")));
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("first administrator, 李管理")));
    CHECK(second.exitCode == 2); // the database has an administrator now: the change needs a sign-in
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.trimmed() == QStringLiteral("李管理\tadmin\tAdministrator\tactive"));
}

TEST_CASE("branddesk users adds, resets and deactivates accounts as a signed-in administrator, audited")
{
    TempDatabase temp;
    temp.close();

    const Run generated = runBranddesk(
        usersCommand(temp, QStringList{QStringLiteral("add"), QStringLiteral("赵领导"), QStringLiteral("--role"),
                                       QStringLiteral("leader"), QStringLiteral("--generate")} +
                               asAdministrator()),
        kAdminPassword);
    const QRegularExpressionMatch shown =
        QRegularExpression(QStringLiteral("shown only this once\\): (\\S+)")).match(generated.out);
    REQUIRE(shown.hasMatch());
    const QString password = shown.captured(1);
    CHECK(password.size() == 16);
    const Run signsIn =
        runBranddesk(usersCommand(temp, {QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("赵领导")}),
                     password.toUtf8() + '\n');
    const Run wrongAdmin = runBranddesk(
        usersCommand(temp, QStringList{QStringLiteral("deactivate"), QStringLiteral("赵领导")} + asAdministrator()),
        "not the password\n");
    const Run reset = runBranddesk(
        usersCommand(temp, QStringList{QStringLiteral("reset"), QStringLiteral("赵领导")} + asAdministrator()),
        kAdminPassword + "new secret 22\nnew secret 22\n");
    const Run deactivated = runBranddesk(
        usersCommand(temp, QStringList{QStringLiteral("deactivate"), QStringLiteral("赵领导")} + asAdministrator()),
        kAdminPassword);
    const Run listed =
        runBranddesk(usersCommand(temp, QStringList{QStringLiteral("list")} + asAdministrator()), kAdminPassword);
    const Run byClerk = runBranddesk(
        usersCommand(temp, {QStringLiteral("list"), QStringLiteral("--user"), TempDatabase::userName(Role::Clerk)}),
        kAdminPassword);

    INFO(generated.err.toStdString() << reset.err.toStdString() << deactivated.err.toStdString());
    CHECK(generated.exitCode == 0);
    // The generated password signs the leader in (a leader may not list accounts, but gets that far).
    CHECK(signsIn.exitCode == 1);
    CHECK_FALSE(signsIn.err.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    CHECK(wrongAdmin.exitCode == 1);
    CHECK(reset.exitCode == 0);
    CHECK(deactivated.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("赵领导\tleader\tLeader\tdeactivated")));
    CHECK(byClerk.exitCode == 1);

    temp.reopen();
    temp.signInAs(Role::Administrator);
    const Result<QList<User>> users = temp.session().accounts().users();
    REQUIRE(users);
    const auto leader = std::find_if(users->begin(), users->end(),
                                     [](const User& user) { return user.name == QStringLiteral("赵领导"); });
    REQUIRE(leader != users->end());
    CHECK_FALSE(leader->active);
    const Result<QList<AuditEntry>> history = temp.session().audit().history(AuditEntities::kUser, leader->id);
    REQUIRE(history);
    REQUIRE(history->size() == 3); // added, password reset, deactivated
    for (const AuditEntry& entry : *history)
        CHECK(entry.userName == TempDatabase::userName(Role::Administrator));
}

TEST_CASE("branddesk campaign lists the campaigns and makes a new year's from a template, as an administrator")
{
    TempDatabase temp;
    const QStringList base = {QStringLiteral("--database"), temp.path(), QStringLiteral("campaign")};
    const Run empty = runBranddesk(base + QStringList{QStringLiteral("list")});
    REQUIRE(temp.session().campaigns().ensureCurrent(2009)); // the built-in campaign, as the window makes it
    temp.close();
    const QStringList fromCurrent = {QStringLiteral("new"),     QStringLiteral("--from-template"),
                                     QStringLiteral("current"), QStringLiteral("--year"),
                                     QStringLiteral("2010"),    QStringLiteral("--current")};

    const Run before = runBranddesk(base + QStringList{QStringLiteral("list")});
    const Run byClerk =
        runBranddesk(base + fromCurrent + QStringList{QStringLiteral("--user"), TempDatabase::userName(Role::Clerk)},
                     kAdminPassword);
    const Run noYear =
        runBranddesk(base + QStringList{QStringLiteral("new"), QStringLiteral("--from-template"), QStringLiteral("1")} +
                         asAdministrator(),
                     kAdminPassword);
    const Run created = runBranddesk(base + fromCurrent + asAdministrator(), kAdminPassword);
    const Run after = runBranddesk(base + QStringList{QStringLiteral("list")});

    INFO(before.err.toStdString() << created.err.toStdString());
    CHECK(empty.out.contains(QStringLiteral("no campaign yet")));
    CHECK(before.exitCode == 0);
    REQUIRE(before.out.trimmed().split(QLatin1Char('\n')).size() == 1);
    CHECK(before.out.contains(QStringLiteral("\t2009\t")));
    CHECK(before.out.trimmed().endsWith(QStringLiteral("\tcurrent")));
    CHECK(byClerk.exitCode == 1);
    CHECK(noYear.exitCode == 2);
    CHECK(created.exitCode == 0);
    const QStringList lines = after.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    const QString newLine = lines.at(0).contains(QStringLiteral("\t2010\t")) ? lines.at(0) : lines.at(1);
    CHECK(newLine.contains(QStringLiteral("\t2010\t")));
    CHECK(newLine.contains(QStringLiteral("2010-")));
    CHECK(newLine.endsWith(QStringLiteral("\tcurrent")));
    CHECK_FALSE((lines.at(0) == newLine ? lines.at(1) : lines.at(0)).endsWith(QStringLiteral("\tcurrent")));
}
