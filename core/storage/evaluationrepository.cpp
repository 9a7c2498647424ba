// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/evaluationrepository.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kRounds =
    "SELECT id, campaign_id, name, start_date, end_date, locked, updated_at, version FROM evaluation_rounds "
    "WHERE campaign_id = :campaign_id ORDER BY start_date DESC, id DESC";
constexpr const char* kRound =
    "SELECT id, campaign_id, name, start_date, end_date, locked, updated_at, version FROM evaluation_rounds "
    "WHERE id = :id";
constexpr const char* kInsertRound =
    "INSERT INTO evaluation_rounds (campaign_id, name, start_date, end_date, locked, created_at, updated_at, version) "
    "VALUES (:campaign_id, :name, :start_date, :end_date, :locked, :created_at, :updated_at, 1)";
constexpr const char* kUpdateRound =
    "UPDATE evaluation_rounds SET name = :name, start_date = :start_date, end_date = :end_date, locked = :locked, "
    "updated_at = :updated_at, version = version + 1 WHERE id = :id AND version = :version";

constexpr const char* kEntries =
    "SELECT e.id, e.round_id, e.brand_id, e.submitted_on, e.declaration, e.file_name, e.satisfied, "
    "e.basically_satisfied, e.dissatisfied, e.unknown, e.selected, e.selected_on, e.named_on, e.naming_document, "
    "e.version, b.name, d.id, d.name, d.category, NULL "
    "FROM evaluation_entries e JOIN brands b ON b.id = e.brand_id JOIN departments d ON d.id = b.department_id "
    "WHERE e.round_id = :round_id ORDER BY d.sort_order, d.id, b.id";
constexpr const char* kEntry =
    "SELECT e.id, e.round_id, e.brand_id, e.submitted_on, e.declaration, e.file_name, e.satisfied, "
    "e.basically_satisfied, e.dissatisfied, e.unknown, e.selected, e.selected_on, e.named_on, e.naming_document, "
    "e.version, b.name, d.id, d.name, d.category, e.file "
    "FROM evaluation_entries e JOIN brands b ON b.id = e.brand_id JOIN departments d ON d.id = b.department_id "
    "WHERE e.id = :id";
constexpr const char* kInsertEntry =
    "INSERT INTO evaluation_entries (round_id, brand_id, submitted_on, declaration, file_name, file, satisfied, "
    "basically_satisfied, dissatisfied, unknown, selected, selected_on, named_on, naming_document, updated_at, "
    "version) VALUES (:round_id, :brand_id, :submitted_on, :declaration, :file_name, :file, :satisfied, "
    ":basically_satisfied, :dissatisfied, :unknown, :selected, :selected_on, :named_on, :naming_document, "
    ":updated_at, 1)";
constexpr const char* kUpdateEntry =
    "UPDATE evaluation_entries SET submitted_on = :submitted_on, declaration = :declaration, satisfied = :satisfied, "
    "basically_satisfied = :basically_satisfied, dissatisfied = :dissatisfied, unknown = :unknown, "
    "selected = :selected, selected_on = :selected_on, named_on = :named_on, naming_document = :naming_document, "
    "updated_at = :updated_at, version = version + 1 WHERE id = :id AND version = :version";
constexpr const char* kUpdateEntryFile =
    "UPDATE evaluation_entries SET file_name = :file_name, file = :file WHERE id = :id";
constexpr const char* kDeleteEntry = "DELETE FROM evaluation_entries WHERE id = :id";

constexpr const char* kPublicity = "SELECT id, entry_id, outlet, published_on, title FROM evaluation_publicity "
                                   "WHERE entry_id = :entry_id ORDER BY published_on, id";
constexpr const char* kOnePublicity =
    "SELECT id, entry_id, outlet, published_on, title FROM evaluation_publicity WHERE id = :id";
constexpr const char* kInsertPublicity = "INSERT INTO evaluation_publicity (entry_id, outlet, published_on, title) "
                                         "VALUES (:entry_id, :outlet, :published_on, :title)";
constexpr const char* kDeletePublicity = "DELETE FROM evaluation_publicity WHERE id = :id";

constexpr const char* kBrandStatus = "SELECT status, version FROM brands WHERE id = :id";
constexpr const char* kSetBrandStatus =
    "UPDATE brands SET status = :status, updated_at = :updated_at, version = version + 1 WHERE id = :id";

QString readFailed()
{
    return QCoreApplication::translate("EvaluationRepository", "the evaluation could not be read");
}

QString saveFailed()
{
    return QCoreApplication::translate("EvaluationRepository", "the evaluation could not be saved");
}

Error changedMeanwhile()
{
    return Error::make(Error::Code::Conflict,
                       QCoreApplication::translate("EvaluationRepository",
                                                   "Someone else changed or deleted this after you opened it. "
                                                   "Reload to see their changes."));
}

Error vanished()
{
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("EvaluationRepository",
                                                   "The record no longer exists; someone may have deleted it."));
}

EvaluationRound roundFrom(const QSqlQuery& q)
{
    EvaluationRound round;
    round.id = q.value(0).toLongLong();
    round.campaignId = q.value(1).toLongLong();
    round.name = q.value(2).toString();
    round.startDate = sql::dateFrom(q.value(3));
    round.endDate = sql::dateFrom(q.value(4));
    round.locked = q.value(5).toBool();
    round.updatedAt = fromStorageTimestamp(q.value(6).toString());
    round.version = q.value(7).toInt();
    return round;
}

EvaluationEntry entryFrom(const QSqlQuery& q)
{
    EvaluationEntry e;
    e.id = q.value(0).toLongLong();
    e.roundId = q.value(1).toLongLong();
    e.brandId = q.value(2).toLongLong();
    e.submittedOn = sql::dateFrom(q.value(3));
    e.declaration = q.value(4).toString();
    e.fileName = q.value(5).toString();
    e.survey = {q.value(6).toInt(), q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt()};
    e.selected = q.value(10).toBool();
    e.selectedOn = sql::dateFrom(q.value(11));
    e.namedOn = sql::dateFrom(q.value(12));
    e.namingDocument = q.value(13).toString();
    e.version = q.value(14).toInt();
    e.brandName = q.value(15).toString();
    e.departmentId = q.value(16).toLongLong();
    e.departmentName = q.value(17).toString();
    e.category = departmentCategoryFromCode(q.value(18).toString()).value_or(DepartmentCategory::Other);
    e.file = q.value(19).toByteArray();
    return e;
}

PublicityRecord publicityFrom(const QSqlQuery& q)
{
    PublicityRecord r;
    r.id = q.value(0).toLongLong();
    r.entryId = q.value(1).toLongLong();
    r.outlet = publicityOutletFromCode(q.value(2).toString()).value_or(PublicityOutlet::Website);
    r.date = sql::dateFrom(q.value(3));
    r.title = q.value(4).toString();
    return r;
}

} // namespace

Result<QList<EvaluationRound>> EvaluationRepository::rounds(qint64 campaignId) const
{
    return sql::readAll(m_database.connection(), kRounds, {{":campaign_id", campaignId}}, readFailed(), roundFrom);
}

Result<EvaluationRound> EvaluationRepository::findRound(qint64 id) const
{
    return sql::readOne(m_database.connection(), kRound, {{":id", id}}, readFailed(), roundFrom, vanished);
}

Result<qint64> EvaluationRepository::insertRound(const EvaluationRound& round)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsertRound,
                                   {{":campaign_id", round.campaignId},
                                    {":name", sql::text(round.name)},
                                    {":start_date", sql::date(round.startDate)},
                                    {":end_date", sql::date(round.endDate)},
                                    {":locked", round.locked ? 1 : 0},
                                    {":created_at", toStorageTimestamp(round.updatedAt)},
                                    {":updated_at", toStorageTimestamp(round.updatedAt)}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<void> EvaluationRepository::updateRound(const EvaluationRound& round)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdateRound,
                                   {{":id", round.id},
                                    {":version", round.version},
                                    {":name", sql::text(round.name)},
                                    {":start_date", sql::date(round.startDate)},
                                    {":end_date", sql::date(round.endDate)},
                                    {":locked", round.locked ? 1 : 0},
                                    {":updated_at", toStorageTimestamp(round.updatedAt)}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(changedMeanwhile());
    return {};
}

Result<QList<EvaluationEntry>> EvaluationRepository::entries(qint64 roundId) const
{
    return sql::readAll(m_database.connection(), kEntries, {{":round_id", roundId}}, readFailed(), entryFrom);
}

Result<EvaluationEntry> EvaluationRepository::findEntry(qint64 id) const
{
    return sql::readOne(m_database.connection(), kEntry, {{":id", id}}, readFailed(), entryFrom, vanished);
}

Result<qint64> EvaluationRepository::insertEntry(const EvaluationEntry& e, const QDateTime& now)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsertEntry,
                                   {{":round_id", e.roundId},
                                    {":brand_id", e.brandId},
                                    {":submitted_on", sql::date(e.submittedOn)},
                                    {":declaration", sql::text(e.declaration)},
                                    {":file_name", sql::text(e.fileName)},
                                    {":file", e.fileName.isEmpty() ? QVariant() : QVariant(e.file)},
                                    {":satisfied", e.survey.satisfied},
                                    {":basically_satisfied", e.survey.basicallySatisfied},
                                    {":dissatisfied", e.survey.dissatisfied},
                                    {":unknown", e.survey.unknown},
                                    {":selected", e.selected ? 1 : 0},
                                    {":selected_on", sql::date(e.selectedOn)},
                                    {":named_on", sql::date(e.namedOn)},
                                    {":naming_document", sql::text(e.namingDocument)},
                                    {":updated_at", toStorageTimestamp(now)}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<void> EvaluationRepository::updateEntry(const EvaluationEntry& e, const QDateTime& now, bool keepFile)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdateEntry,
                                   {{":id", e.id},
                                    {":version", e.version},
                                    {":submitted_on", sql::date(e.submittedOn)},
                                    {":declaration", sql::text(e.declaration)},
                                    {":satisfied", e.survey.satisfied},
                                    {":basically_satisfied", e.survey.basicallySatisfied},
                                    {":dissatisfied", e.survey.dissatisfied},
                                    {":unknown", e.survey.unknown},
                                    {":selected", e.selected ? 1 : 0},
                                    {":selected_on", sql::date(e.selectedOn)},
                                    {":named_on", sql::date(e.namedOn)},
                                    {":naming_document", sql::text(e.namingDocument)},
                                    {":updated_at", toStorageTimestamp(now)}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(changedMeanwhile());
    if (keepFile)
        return {};
    Result<QSqlQuery> file = sql::run(m_database.connection(), kUpdateEntryFile,
                                      {{":id", e.id},
                                       {":file_name", sql::text(e.fileName)},
                                       {":file", e.fileName.isEmpty() ? QVariant() : QVariant(e.file)}},
                                      saveFailed());
    if (!file)
        return fail(file.error());
    return {};
}

Result<void> EvaluationRepository::removeEntry(qint64 id)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kDeleteEntry, {{":id", id}}, saveFailed());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(vanished());
    return {};
}

Result<QList<PublicityRecord>> EvaluationRepository::publicity(qint64 entryId) const
{
    return sql::readAll(m_database.connection(), kPublicity, {{":entry_id", entryId}}, readFailed(), publicityFrom);
}

Result<PublicityRecord> EvaluationRepository::findPublicity(qint64 id) const
{
    return sql::readOne(m_database.connection(), kOnePublicity, {{":id", id}}, readFailed(), publicityFrom, vanished);
}

Result<qint64> EvaluationRepository::insertPublicity(const PublicityRecord& record)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsertPublicity,
                                   {{":entry_id", record.entryId},
                                    {":outlet", publicityOutletCode(record.outlet)},
                                    {":published_on", sql::date(record.date)},
                                    {":title", sql::text(record.title)}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<void> EvaluationRepository::removePublicity(qint64 id)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kDeletePublicity, {{":id", id}}, saveFailed());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(vanished());
    return {};
}

Result<std::pair<BrandStatus, int>> EvaluationRepository::brandStatus(qint64 brandId) const
{
    return sql::readOne(
        m_database.connection(), kBrandStatus, {{":id", brandId}}, readFailed(),
        [](const QSqlQuery& q) {
            return std::pair(brandStatusFromCode(q.value(0).toString()).value_or(BrandStatus::Cultivating),
                             q.value(1).toInt());
        },
        vanished);
}

Result<void> EvaluationRepository::setBrandStatus(qint64 brandId, BrandStatus status, const QDateTime& now)
{
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kSetBrandStatus,
                 {{":id", brandId}, {":status", brandStatusCode(status)}, {":updated_at", toStorageTimestamp(now)}},
                 saveFailed());
    if (!q)
        return fail(q.error());
    return {};
}

} // namespace branddesk
