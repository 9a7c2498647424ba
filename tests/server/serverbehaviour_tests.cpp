// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the server must do as the file does, where a server differs: a newer schema refused, Chinese text
// indexed by trigrams, the search answering as on the file, a lost connection losing nothing half-written,
// and several clients appending to one audit chain.
#include "core/services/auditlog.h"
#include "core/services/databasetransfer.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/server/servertesting.h"
#include "tests/support/builders.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>
#include <thread>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a server database written by a newer BrandDesk is refused and left as it was")
{
    const ServerSettings server = requireServer();
    TempServerDatabase shared(server);
    REQUIRE(Database::openServer(shared.settings()));
    RawServer raw(shared.settings());
    raw.exec(QStringLiteral("UPDATE branddesk_schema SET version = %1").arg(Database::latestSchemaVersion() + 1));
    const qint64 objects = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_class")).toLongLong();

    const Result<std::unique_ptr<Database>> opened = Database::openServer(shared.settings());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == Error::Code::TooNew);
    CHECK(opened.error().message.contains(QStringLiteral("newer")));
    CHECK(raw.scalar(QStringLiteral("SELECT version FROM branddesk_schema")).toInt() ==
          Database::latestSchemaVersion() + 1);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_class")).toLongLong() == objects);
}

TEST_CASE("a database of another program on the server is refused and left alone")
{
    const ServerSettings server = requireServer();
    TempServerDatabase shared(server);
    RawServer raw(shared.settings());
    raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    const Result<std::unique_ptr<Database>> opened = Database::openServer(shared.settings());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == Error::Code::ForeignFile);
    CHECK(raw.tables() == QStringList{QStringLiteral("invoices")});
}

TEST_CASE("the database BrandDesk creates counts Chinese characters as word characters for pg_trgm")
{
    const ServerSettings server = requireServer();
    TempServerDatabase shared(server); // made by serveradmin::createDatabase, as `server init` makes it
    REQUIRE(Database::openServer(shared.settings()));
    RawServer raw(shared.settings());
    // Four letters give five trigrams ("  服", " 服务", "服务企", "务企业", "企业 ") as four Latin letters do;
    // where Chinese characters are not letters, they give none. (pg_trgm shows non-ASCII trigrams as hashes.)
    const int chinese = raw.scalar(QStringLiteral("SELECT array_length(show_trgm('服务企业'), 1)")).toInt();
    CHECK(chinese == raw.scalar(QStringLiteral("SELECT array_length(show_trgm('abcd'), 1)")).toInt());
    CHECK(chinese == 5);
    CHECK(raw.scalar(QStringLiteral("SELECT similarity('服务企业', '服务企业窗口')")).toDouble() > 0.3);
}

TEST_CASE("the report search finds the same reports and counts on the server as on the file")
{
    const ServerSettings server = requireServer();
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("office.sqlite"));
    writeDemoFile(original);
    TempServerDatabase shared(server);
    Result<std::unique_ptr<Database>> file = Database::open(original);
    Result<std::unique_ptr<Database>> onServer = Database::openServer(shared.settings());
    REQUIRE(file);
    REQUIRE(onServer);
    REQUIRE(transferDatabase(**file, **onServer));
    FixedClock clock(TempDatabase::startTime());
    Session fileSession(std::move(*file), clock);
    Session serverSession(std::move(*onServer), clock);

    // Two-character words (a scan on both), longer ones (the file's FTS5 index, the server's trigrams),
    // several words, Latin text in any case, and a word found nowhere.
    const QString text = GENERATE(as<QString>{}, QStringLiteral("服务"), QStringLiteral("企业"),
                                  QStringLiteral("服务企业"), QStringLiteral("窗口 服务"), QStringLiteral("一周一报"),
                                  QStringLiteral("办理"), QStringLiteral("app"), QStringLiteral("不存在的词语"));
    CAPTURE(text);
    for (const bool highlightOnly : {false, true}) {
        ReportFilter filter;
        filter.text = text;
        filter.highlightOnly = highlightOnly;
        const Result<ReportSearchResult> onFile = fileSession.reports().search(filter);
        const Result<ReportSearchResult> there = serverSession.reports().search(filter);
        REQUIRE(onFile);
        REQUIRE(there);
        CHECK(there->total == onFile->total);
        CHECK(there->moreThanTotal == onFile->moreThanTotal);
        QList<qint64> fileIds;
        QList<qint64> serverIds;
        for (const ReportListItem& item : onFile->items)
            fileIds.append(item.id);
        for (const ReportListItem& item : there->items)
            serverIds.append(item.id);
        std::sort(fileIds.begin(), fileIds.end());
        std::sort(serverIds.begin(), serverIds.end());
        CHECK(serverIds == fileIds);
    }
}

TEST_CASE("a write whose connection is lost half-way keeps nothing, says so, and the next write reconnects")
{
    TempDatabase temp;
    REQUIRE(temp.onServer());
    RawServer raw(temp.serverSettings());
    const qint64 before = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM departments")).toLongLong();
    const qint64 entries = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();

    // The first department is written, then the server drops the connection (a restart, a pulled cable),
    // then the second would be: the whole change is refused.
    const Result<void> written = temp.database().transaction([&]() -> Result<void> {
        if (Result<Department> first = temp.departments().add(aDepartment("市财政局")); !first)
            return fail(first.error());
        raw.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                "current_database() AND pid <> pg_backend_pid()"));
        if (Result<Department> second = temp.departments().add(aDepartment("市审计局")); !second)
            return fail(second.error());
        return {};
    });
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Error::Code::Unreachable);
    CHECK_FALSE(written.error().message.isEmpty());
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM departments")).toLongLong() == before);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong() == entries);

    // The program keeps going: the next write opens the connection again and is kept.
    const Result<Department> later = temp.departments().add(aDepartment("市统计局"));
    REQUIRE(later);
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM departments")).toLongLong() == before + 1);
    const Result<AuditChainReport> chain = verifyAuditChain(temp.database());
    REQUIRE(chain);
    CHECK(chain->intact());
}

TEST_CASE("a lost connection between writes is noticed by ping and renewed")
{
    TempDatabase temp;
    REQUIRE(temp.onServer());
    RawServer(temp.serverSettings())
        .exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                             "current_database() AND pid <> pg_backend_pid()"));
    CHECK(temp.database().ping());
    CHECK(temp.departments().add(aDepartment("市财政局")));
}

TEST_CASE("several clients appending to the audit chain at once leave one intact chain")
{
    TempDatabase temp;
    REQUIRE(temp.onServer());
    constexpr int kClients = 4;
    constexpr int kEach = 12;
    std::vector<std::thread> clients;
    std::vector<QString> problems(kClients);
    for (int client = 0; client < kClients; ++client) {
        clients.emplace_back([&, client] {
            // Each client is a PC of its own: its own connection, opened in its own thread.
            Result<std::unique_ptr<Database>> database = Database::openServer(temp.serverSettings());
            if (!database) {
                problems[client] = database.error().fullText();
                return;
            }
            FixedClock clock(TempDatabase::startTime());
            Session session(std::move(*database), clock);
            if (Result<User> in = session.accounts().signIn(TempDatabase::userName(Role::Clerk),
                                                            QString::fromLatin1(TempDatabase::kPassword));
                !in) {
                problems[client] = in.error().fullText();
                return;
            }
            for (int i = 0; i < kEach; ++i) {
                const QString name = QStringLiteral("市第%1号局%2").arg(client).arg(i);
                if (Result<Department> added = session.departments().add(aDepartment(name)); !added) {
                    problems[client] = added.error().fullText();
                    return;
                }
            }
        });
    }
    for (std::thread& client : clients)
        client.join();
    for (const QString& problem : problems)
        CHECK(problem.toStdString() == "");
    RawServer raw(temp.serverSettings());
    CHECK(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM departments")).toInt() == kClients * kEach);
    const Result<AuditChainReport> chain = verifyAuditChain(temp.database());
    REQUIRE(chain);
    CHECK(chain->intact());
    CHECK(chain->entriesChecked >= kClients * kEach);
}
