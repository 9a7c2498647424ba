// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several writers at once on one database, each on its own connection in its own thread (several windows on one
// file, several PCs on one server): every save is kept, none is refused for a lock another writer held.
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"

#include <QElapsedTimer>
#include <QStringList>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("four writers saving at once on their own connections all succeed, none told the database is locked")
{
    TempDatabase temp;
    constexpr int kWriters = 4;
    constexpr int kSavesEach = 15;
    std::mutex mutex;
    QStringList errors;
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w)
        threads.emplace_back([&, w] {
            // A connection belongs to the thread that opens it: open, sign in, save and close here.
            Result<std::unique_ptr<Database>> database =
                temp.onServer() ? Database::openServer(temp.serverSettings()) : Database::open(temp.path());
            if (!database) {
                const std::lock_guard lock(mutex);
                errors.append(database.error().fullText());
                return;
            }
            Session session(std::move(*database), temp.clock());
            if (Result<User> user = session.accounts().signIn(TempDatabase::userName(Role::Administrator),
                                                              QString::fromUtf8(TempDatabase::kPassword));
                !user) {
                const std::lock_guard lock(mutex);
                errors.append(user.error().fullText());
                return;
            }
            for (int i = 0; i < kSavesEach; ++i) {
                // Each save reads (the name's uniqueness, the audit chain's last link) before it writes.
                Result<Department> added =
                    session.departments().add(aDepartment(QStringLiteral("并发测试局%1之%2").arg(w).arg(i)));
                if (!added) {
                    const std::lock_guard lock(mutex);
                    errors.append(added.error().fullText());
                }
            }
        });
    for (std::thread& thread : threads)
        thread.join();
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(errors.isEmpty());
    Result<QList<Department>> all = temp.departments().activeDepartments();
    REQUIRE(all);
    int ours = 0;
    for (const Department& department : *all)
        if (department.name.startsWith(QStringLiteral("并发测试局")))
            ++ours;
    CHECK(ours == kWriters * kSavesEach);
}

TEST_CASE("a save that read before another connection committed still writes: its transaction holds the write "
          "lock from its start")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator);
    std::atomic<bool> ready = false;
    std::atomic<bool> go = false;
    std::atomic<bool> otherDone = false;
    QString otherError;
    std::thread other([&] {
        Result<std::unique_ptr<Database>> database =
            temp.onServer() ? Database::openServer(temp.serverSettings()) : Database::open(temp.path());
        if (!database) {
            otherError = database.error().fullText();
            ready = true;
            return;
        }
        Session session(std::move(*database), temp.clock());
        if (Result<User> user = session.accounts().signIn(TempDatabase::userName(Role::Administrator),
                                                          QString::fromUtf8(TempDatabase::kPassword));
            !user)
            otherError = user.error().fullText();
        ready = true;
        while (!go)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (Result<Department> added = session.departments().add(aDepartment("另一台电脑的局")); !added)
            otherError = added.error().fullText();
        otherDone = true;
    });
    while (!ready)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // This connection reads, the other writes and commits (or waits its turn), then this one writes.
    Result<void> saved = temp.database().transaction([&]() -> Result<void> {
        if (Result<QList<Department>> read = temp.departments().activeDepartments(); !read)
            return fail(read.error());
        go = true;
        QElapsedTimer waited;
        waited.start();
        while (!otherDone && waited.elapsed() < 500)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (Result<Department> added = temp.departments().add(aDepartment("这台电脑的局")); !added)
            return fail(added.error());
        return {};
    });
    other.join();
    INFO((saved ? QString() : saved.error().fullText()).toStdString());
    CHECK(saved);
    INFO(otherError.toStdString());
    CHECK(otherError.isEmpty());
    Result<QList<Department>> all = temp.departments().activeDepartments();
    REQUIRE(all);
    QStringList names;
    for (const Department& department : *all)
        names.append(department.name);
    CHECK(names.contains(QStringLiteral("另一台电脑的局")));
    CHECK(names.contains(QStringLiteral("这台电脑的局")));
}
