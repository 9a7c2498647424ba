// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several PCs on one database: each hears of the others' committed changes, never of its own or of a rolled-back
// one, catches up after an outage, and sees who else has a record open. On a file (two windows) and on the server.
#include "core/audit/auditentry.h"
#include "core/services/session.h"
#include "core/storage/presencerepository.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

struct Heard {
    QString entity;
    qint64 id = 0;
    QString user;
    AuditAction action = AuditAction::Update;
};

/// Collects what `live` announces record by record.
class Ear {
public:
    explicit Ear(LiveUpdates& live)
    {
        QObject::connect(&live, &LiveUpdates::recordChanged, &m_context,
                         [this](const QString& entity, qint64 id, const QString& user, AuditAction action) {
                             heard.append({entity, id, user, action});
                         });
    }
    /// Waits (running the event loop) until something of `entity` was heard, at most `ms`.
    bool waitFor(const QString& entity, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            for (const Heard& h : heard)
                if (h.entity == entity)
                    return true;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return false;
    }
    QList<Heard> heard;

private:
    QObject m_context;
};

} // namespace

TEST_CASE("a department another PC saves is announced within two seconds, with who saved it")
{
    TempDatabase temp;
    LiveUpdates& live = temp.session().live();
    REQUIRE(live.start().has_value());
    Ear ear(live);
    int departmentsChanged = 0;
    QObject context;
    QObject::connect(&temp.departments(), &DepartmentService::changed, &context, [&] { ++departmentsChanged; });
    std::unique_ptr<Session> other = temp.openAnotherSession();

    QElapsedTimer took;
    took.start();
    Result<Department> added = other->departments().add(aDepartment("市统计局"));
    REQUIRE(added.has_value());
    REQUIRE(ear.waitFor(QStringLiteral("department"), 2000));
    INFO("heard after " << took.elapsed() << " ms");
    CHECK(took.elapsed() < 2000);
    REQUIRE(ear.heard.size() == 1);
    CHECK(ear.heard.first().id == added->id);
    CHECK(ear.heard.first().user == TempDatabase::secondClerkName());
    CHECK(ear.heard.first().action == AuditAction::Insert);
    // The views follow the service's own signal, as for this PC's saves.
    CHECK(departmentsChanged >= 1);
}

TEST_CASE("a PC is not told of its own changes, and a rolled-back change is told to nobody")
{
    TempDatabase temp;
    LiveUpdates& live = temp.session().live();
    REQUIRE(live.start().has_value());
    Ear ear(live);
    std::unique_ptr<Session> other = temp.openAnotherSession();
    REQUIRE(other->live().start().has_value());
    Ear otherEar(other->live());

    REQUIRE(temp.departments().add(aDepartment("市审计局")).has_value());
    // The other PC's change inside a transaction that then fails: nothing of it is kept, nothing is said.
    Result<void> rolledBack = other->database().transaction([&]() -> Result<void> {
        Result<Department> inside = other->departments().add(aDepartment("市民政局"));
        if (!inside)
            return fail(inside.error());
        return fail(Error::Code::Generic, QStringLiteral("stop"));
    });
    REQUIRE_FALSE(rolledBack.has_value());
    // Another, real change afterwards proves the listeners were listening all along.
    REQUIRE(other->departments().add(aDepartment("市商务局")).has_value());

    REQUIRE(ear.waitFor(QStringLiteral("department"), 3000));
    REQUIRE(otherEar.waitFor(QStringLiteral("department"), 3000));
    live.catchUp();
    other->live().catchUp();
    REQUIRE(ear.heard.size() == 1); // 市商务局 only: not 市审计局 (its own), not 市民政局 (rolled back)
    CHECK(ear.heard.first().user == TempDatabase::secondClerkName());
    REQUIRE(otherEar.heard.size() == 1); // 市审计局 only
    CHECK(otherEar.heard.first().user == TempDatabase::userName(Role::Clerk));
}

TEST_CASE("changes made while a PC could not listen are announced when it listens again")
{
    TempDatabase temp;
    LiveUpdates& live = temp.session().live();
    REQUIRE(live.start().has_value());
    Ear ear(live);
    live.setServerReachable(false);
    std::unique_ptr<Session> other = temp.openAnotherSession();
    Result<Department> first = other->departments().add(aDepartment("市统计局"));
    Result<Department> second = other->departments().add(aDepartment("市商务局"));
    REQUIRE((first && second));
    QCoreApplication::processEvents();
    CHECK(ear.heard.isEmpty());
    if (temp.onServer())
        REQUIRE(temp.database().reconnect().has_value()); // as after a lost connection: the subscription is gone
    live.setServerReachable(true);
    REQUIRE(ear.waitFor(QStringLiteral("department"), 2000));
    REQUIRE(ear.heard.size() == 2);
    CHECK(ear.heard.at(0).id == first->id);
    CHECK(ear.heard.at(1).id == second->id);
    // Listening again after the renewal: a later change arrives by itself.
    ear.heard.clear();
    REQUIRE(other->departments().add(aDepartment("市民政局")).has_value());
    CHECK(ear.waitFor(QStringLiteral("department"), 7000));
}

TEST_CASE("a presence label fits the server's 63 bytes of ASCII and reads back")
{
    const QString label =
        PresenceRepository::label(12, QStringLiteral("办公室-PC2.office.example.gov.cn-very-long-name"),
                                  QStringLiteral("weekly_report"), 1234567);
    CHECK(label.size() <= 63);
    for (QChar c : label)
        CHECK((c.unicode() >= 0x20 && c.unicode() < 0x7f));
    PresenceRow row;
    REQUIRE(PresenceRepository::parseLabel(label, row));
    CHECK(row.userId == 12);
    CHECK(row.editingEntity == QStringLiteral("weekly_report"));
    CHECK(row.editingId == 1234567);
    CHECK(row.pc.startsWith(QStringLiteral("----PC2")));
    PresenceRow none;
    CHECK_FALSE(PresenceRepository::parseLabel(QStringLiteral("psql"), none));
}

TEST_CASE("an administrator sees who is connected and what they edit; others see who edits their record")
{
    TempDatabase temp;
    std::unique_ptr<Session> other = temp.openAnotherSession();
    other->presence().setPcName(QStringLiteral("PC-2"));
    REQUIRE(other->presence().announce().has_value());
    Result<Department> department = temp.departments().add(aDepartment("市统计局"));
    REQUIRE(department.has_value());
    REQUIRE(other->presence().editingStarted(QStringLiteral("department"), department->id).has_value());

    Result<QList<ConnectedUser>> editing =
        temp.session().presence().editing(QStringLiteral("department"), department->id);
    REQUIRE(editing.has_value());
    // A file has no list of connections: only the server can say who else is there.
    if (!temp.onServer()) {
        CHECK(editing->isEmpty());
        return;
    }
    REQUIRE(editing->size() == 1);
    CHECK(editing->first().userName == TempDatabase::secondClerkName());
    CHECK(editing->first().pc == QStringLiteral("PC-2"));
    // A renewed connection (the server restarted) still says so.
    REQUIRE(other->database().reconnect().has_value());
    editing = temp.session().presence().editing(QStringLiteral("department"), department->id);
    REQUIRE(editing.has_value());
    CHECK(editing->size() == 1);

    CHECK_FALSE(temp.session().presence().connected().has_value()); // a clerk may not list everyone
    temp.signInAs(Role::Administrator);
    REQUIRE(temp.session().presence().announce().has_value());
    Result<QList<ConnectedUser>> everyone = temp.session().presence().connected();
    REQUIRE(everyone.has_value());
    REQUIRE(everyone->size() >= 2);
    CHECK(everyone->first().thisConnection);
    CHECK(everyone->first().userName == TempDatabase::userName(Role::Administrator));

    REQUIRE(other->presence().editingEnded().has_value());
    editing = temp.session().presence().editing(QStringLiteral("department"), department->id);
    REQUIRE(editing.has_value());
    CHECK(editing->isEmpty());
}
