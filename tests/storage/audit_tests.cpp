// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: every change recorded with who, when and the fields before and after, chained by hash.
#include "core/audit/auditlabels.h"
#include "core/audit/auditsnapshots.h"
#include "core/audit/enterprisesnapshots.h"
#include "core/audit/evaluationsnapshots.h"
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/rawdatabase.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QList<AuditEntry> historyOf(TempDatabase& temp, const QString& entity, qint64 id)
{
    const Result<QList<AuditEntry>> history = temp.session().audit().history(entity, id);
    REQUIRE(history);
    return *history;
}

AuditChainReport verify(Database& database)
{
    const Result<AuditChainReport> report = verifyAuditChain(database);
    REQUIRE(report);
    return *report;
}

} // namespace

TEST_CASE("adding, editing and deleting a department records who, when, and exactly what changed")
{
    TempDatabase temp;
    Department department = aDepartment("市财政局");
    department.phone = QStringLiteral("0519-85680001");
    department.contactPerson = QStringLiteral("李明");
    const Result<Department> added = temp.departments().add(department);
    REQUIRE(added);

    temp.clock().advanceSecs(600);
    Department edited = *added;
    edited.contactPerson = QStringLiteral("刘志强");
    edited.enterpriseFacing = !added->enterpriseFacing;
    REQUIRE(temp.departments().update(edited));

    temp.clock().advanceSecs(600);
    temp.signInAs(Role::Administrator);
    REQUIRE(temp.departments().remove(added->id));

    const QList<AuditEntry> history = historyOf(temp, AuditEntities::kDepartment, added->id);
    REQUIRE(history.size() == 3);

    const AuditEntry& insert = history.at(0);
    CHECK(insert.action == AuditAction::Insert);
    CHECK(insert.userName == TempDatabase::userName(Role::Clerk));
    CHECK(insert.at == TempDatabase::startTime());
    CHECK(insert.beforeJson == QStringLiteral("{}"));
    CHECK(insert.after().value(QStringLiteral("name")).toString() == QStringLiteral("市财政局"));
    CHECK(insert.after().value(QStringLiteral("contact_person")).toString() == QStringLiteral("李明"));
    CHECK(insert.after().value(QStringLiteral("phone")).toString() == QStringLiteral("0519-85680001"));
    CHECK(insert.after().size() == 12);

    const AuditEntry& update = history.at(1);
    CHECK(update.action == AuditAction::Update);
    CHECK(update.at == TempDatabase::startTime().addSecs(600));
    CHECK(update.userName == TempDatabase::userName(Role::Clerk));
    const QString before = added->enterpriseFacing ? QStringLiteral("true") : QStringLiteral("false");
    const QString after = added->enterpriseFacing ? QStringLiteral("false") : QStringLiteral("true");
    CHECK(update.beforeJson == QStringLiteral(R"({"contact_person":"李明","enterprise_facing":%1})").arg(before));
    CHECK(update.afterJson == QStringLiteral(R"({"contact_person":"刘志强","enterprise_facing":%1})").arg(after));

    const AuditEntry& removal = history.at(2);
    CHECK(removal.action == AuditAction::Delete);
    CHECK(removal.userName == TempDatabase::userName(Role::Administrator));
    CHECK(removal.afterJson == QStringLiteral("{}"));
    CHECK(removal.before().value(QStringLiteral("contact_person")).toString() == QStringLiteral("刘志强"));
    CHECK(removal.before().size() == 12);

    CHECK(verify(temp.database()).intact());
}

TEST_CASE("audit times are stored in UTC with a Z")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment()));
    temp.close();
    RawDatabase raw(temp, RawSqlite::Mode::ReadOnly);
    const QString at =
        raw.scalar(QStringLiteral("SELECT at FROM audit_log WHERE entity = 'department' ORDER BY id LIMIT 1"))
            .toString();
    CHECK(at == TempDatabase::startTime().toUTC().toString(Qt::ISODateWithMs));
    CHECK(at.endsWith(QLatin1Char('Z')));
}

TEST_CASE("deactivating a department records only the active flag; saving without a change records nothing")
{
    TempDatabase temp;
    const Result<Department> added = temp.departments().add(aDepartment());
    REQUIRE(added);
    REQUIRE(temp.departments().setActive(added->id, false));
    REQUIRE(temp.departments().setActive(added->id, false)); // already inactive: no write
    Result<Department> same = temp.departments().find(added->id);
    REQUIRE(same);
    REQUIRE(temp.departments().update(*same)); // saved unchanged

    const QList<AuditEntry> history = historyOf(temp, AuditEntities::kDepartment, added->id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).beforeJson == QStringLiteral(R"({"active":true})"));
    CHECK(history.at(1).afterJson == QStringLiteral(R"({"active":false})"));
}

TEST_CASE("brand changes are audited with the fields and a fingerprint of the logo")
{
    TempDatabase temp;
    const Result<Department> department = temp.departments().add(aDepartment());
    REQUIRE(department);
    const Result<Brand> added = temp.brands().add(aBrand(department->id, "阳光财政"));
    REQUIRE(added);

    Result<Brand> edited = temp.brands().find(added->id);
    REQUIRE(edited);
    edited->setText(BrandField::Mission, QStringLiteral("服务为民"));
    edited->status = BrandStatus::Practising;
    edited->logo = aLogo();
    REQUIRE(temp.brands().update(*edited));
    REQUIRE(temp.brands().remove(added->id));

    const QList<AuditEntry> history = historyOf(temp, AuditEntities::kBrand, added->id);
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).action == AuditAction::Insert);
    CHECK(history.at(0).after().value(QStringLiteral("name")).toString() == QStringLiteral("阳光财政"));
    CHECK(history.at(0).after().value(QStringLiteral("logo")).toString().isEmpty());
    const QString digest = logoDigest(edited->logo->png);
    CHECK(digest.size() == 16);
    CHECK(history.at(1).beforeJson == QStringLiteral(R"({"logo":"","mission":"","status":"cultivating"})"));
    CHECK(history.at(1).afterJson ==
          QStringLiteral(R"({"logo":"%1","mission":"服务为民","status":"practising"})").arg(digest));
    CHECK(history.at(2).action == AuditAction::Delete);
    CHECK(history.at(2).before().value(QStringLiteral("logo")).toString() == digest);
    CHECK(history.at(2).before().value(QStringLiteral("mission")).toString() == QStringLiteral("服务为民"));
}

TEST_CASE("a failed change leaves no audit entry: both are in one transaction")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    const qint64 before = verify(temp.database()).entriesChecked;
    const Result<Department> duplicate = temp.departments().add(aDepartment("市财政局"));
    REQUIRE_FALSE(duplicate);
    Department stale = *temp.departments().find(1);
    stale.version = 99;
    REQUIRE_FALSE(temp.departments().update(stale));
    CHECK(verify(temp.database()).entriesChecked == before);
}

TEST_CASE("labels and values of the history read as the user knows them")
{
    CHECK(auditFieldLabel(QString(AuditEntities::kDepartment), QStringLiteral("contact_person")) ==
          QStringLiteral("Contact person"));
    CHECK(auditFieldLabel(QString(AuditEntities::kBrand), QStringLiteral("mission")) ==
          brandFieldName(BrandField::Mission));
    CHECK(auditValueText(QString(AuditEntities::kBrand), QStringLiteral("status"), QStringLiteral("named")) ==
          brandStatusName(BrandStatus::Named));
    CHECK(auditValueText(QString(AuditEntities::kDepartment), QStringLiteral("active"), true) == QStringLiteral("yes"));
    CHECK(auditValueText(QString(AuditEntities::kDepartment), QStringLiteral("phone"), QString()) ==
          QStringLiteral("—"));

    // The enterprise-service and evaluation records are named and labelled too, never shown by their keys.
    for (const QLatin1String entity :
         {EnterpriseAuditEntities::kEnterprise, EnterpriseAuditEntities::kActivity, EnterpriseAuditEntities::kProblem,
          EvaluationAuditEntities::kRound, EvaluationAuditEntities::kEntry, EvaluationAuditEntities::kExpert,
          EvaluationAuditEntities::kPublicity})
        CHECK(auditEntityName(QString(entity)) != QString(entity));
    CHECK(auditFieldLabel(QString(EnterpriseAuditEntities::kProblem), QStringLiteral("leader")) ==
          QStringLiteral("Responsible leader"));
    CHECK(auditFieldLabel(QString(EvaluationAuditEntities::kEntry), QStringLiteral("basically_satisfied")) ==
          QStringLiteral("Basically satisfied"));
}

TEST_CASE("tampering with the audit log outside the program is detected, with the first broken entry")
{
    TempDatabase temp;
    for (const char* name : {"市财政局", "市审计局", "市统计局"})
        REQUIRE(temp.departments().add(aDepartment(name)));
    const AuditChainReport clean = verify(temp.database());
    REQUIRE(clean.intact());
    const qint64 count = clean.entriesChecked;
    REQUIRE(count >= 7); // four accounts and three departments
    temp.close();

    const qint64 target = count - 1; // the second department's entry
    {
        RawDatabase raw(temp);
        // What someone with the sqlite3 tool would do: the triggers are in the way, so they go first.
        raw.dropTrigger(QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log"));
        raw.dropTrigger(QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log"));
        SECTION("an entry's content edited")
        {
            raw.exec(QStringLiteral("UPDATE audit_log SET user_name = '领导' WHERE id = %1").arg(target));
        }
        SECTION("an entry's content and hash edited together")
        {
            raw.exec(QStringLiteral("UPDATE audit_log SET after_json = '{}', hash = '%1' WHERE id = %2")
                         .arg(QString(64, QLatin1Char('a')))
                         .arg(target));
        }
        SECTION("an entry in the middle deleted")
        {
            raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(target));
        }
    }
    temp.reopen();
    const AuditChainReport report = verify(temp.database());
    CHECK_FALSE(report.intact());
    REQUIRE(report.firstBrokenId);
    CHECK(*report.firstBrokenId == target);
    CHECK_FALSE(report.problem.isEmpty());
}

TEST_CASE("the last audit entries removed outside the program are detected too")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment()));
    const qint64 count = verify(temp.database()).entriesChecked;
    temp.close();
    {
        RawDatabase raw(temp);
        raw.dropTrigger(QStringLiteral("audit_log_no_delete"), QStringLiteral("audit_log"));
        raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(count));
    }
    temp.reopen();
    const AuditChainReport report = verify(temp.database());
    CHECK_FALSE(report.intact());
    REQUIRE(report.firstBrokenId);
    CHECK(*report.firstBrokenId == count);
}

TEST_CASE("an intact log stays intact across sessions and reopening")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    std::unique_ptr<Session> other = temp.openAnotherSession();
    REQUIRE(other->departments().add(aDepartment("市审计局")));
    REQUIRE(temp.departments().add(aDepartment("市统计局")));
    other.reset();
    temp.reopen();
    const AuditChainReport report = verify(temp.database());
    CHECK(report.intact());
    CHECK(report.problem.isEmpty());
}

TEST_CASE("a stale save from another session is refused and says what changed meanwhile, and by whom")
{
    TempDatabase temp;
    const Result<Department> added = temp.departments().add(aDepartment());
    REQUIRE(added);
    std::unique_ptr<Session> other = temp.openAnotherSession();
    Result<Department> mine = temp.departments().find(added->id);
    Result<Department> theirs = other->departments().find(added->id);
    REQUIRE(mine);
    REQUIRE(theirs);

    temp.clock().advanceSecs(60);
    theirs->contactPerson = QStringLiteral("刘志强");
    REQUIRE(other->departments().update(*theirs));

    temp.clock().advanceSecs(60);
    mine->phone = QStringLiteral("0519-86660000");
    const Result<Department> stale = temp.departments().update(*mine);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CAPTURE(stale.error().message);
    CHECK(stale.error().message.contains(TempDatabase::secondClerkName()));
    CHECK(stale.error().message.contains(QStringLiteral("Contact person")));
    CHECK(stale.error().message.contains(QStringLiteral("刘志强")));
    CHECK(stale.error().message.contains(added->contactPerson));

    const Result<Department> stored = temp.departments().find(added->id);
    REQUIRE(stored);
    CHECK(stored->phone == added->phone); // never a silent overwrite
    CHECK(stored->contactPerson == QStringLiteral("刘志强"));
}

TEST_CASE("a stale brand save from another session is refused and names the change")
{
    TempDatabase temp;
    const Result<Department> department = temp.departments().add(aDepartment());
    REQUIRE(department);
    const Result<Brand> added = temp.brands().add(aBrand(department->id));
    REQUIRE(added);
    std::unique_ptr<Session> other = temp.openAnotherSession();
    Result<Brand> mine = temp.brands().find(added->id);
    Result<Brand> theirs = other->brands().find(added->id);
    REQUIRE(mine);
    REQUIRE(theirs);

    temp.clock().advanceSecs(60);
    theirs->setText(BrandField::Goal, QStringLiteral("全省一流"));
    REQUIRE(other->brands().update(*theirs));
    temp.clock().advanceSecs(60);
    mine->setText(BrandField::Spirit, QStringLiteral("务实"));
    const Result<Brand> stale = temp.brands().update(*mine);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("全省一流")));
    CHECK(stale.error().message.contains(TempDatabase::secondClerkName()));
}
