// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/evaluationpanelrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace branddesk {
namespace {

constexpr const char* kExperts =
    "SELECT x.id, x.round_id, x.ordinal, x.name, x.unit, x.department_id, d.name, x.version "
    "FROM evaluation_experts x LEFT JOIN departments d ON d.id = x.department_id "
    "WHERE x.round_id = :round_id ORDER BY x.ordinal, x.id";
constexpr const char* kExpert =
    "SELECT x.id, x.round_id, x.ordinal, x.name, x.unit, x.department_id, d.name, x.version "
    "FROM evaluation_experts x LEFT JOIN departments d ON d.id = x.department_id WHERE x.id = :id";
constexpr const char* kInsertExpert =
    "INSERT INTO evaluation_experts (round_id, ordinal, name, unit, department_id, version) "
    "VALUES (:round_id, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM evaluation_experts WHERE round_id = :round_id_2), "
    ":name, :unit, :department_id, 1)";
constexpr const char* kUpdateExpert =
    "UPDATE evaluation_experts SET name = :name, unit = :unit, department_id = :department_id, "
    "version = version + 1 WHERE id = :id AND version = :version";
constexpr const char* kBumpExpert =
    "UPDATE evaluation_experts SET version = version + 1 WHERE id = :id AND version = :version";
constexpr const char* kDeleteExpert = "DELETE FROM evaluation_experts WHERE id = :id";

constexpr const char* kScores = "SELECT s.expert_id, s.brand_id, s.criterion, s.tenths FROM evaluation_scores s "
                                "JOIN evaluation_experts x ON x.id = s.expert_id WHERE x.round_id = :round_id "
                                "ORDER BY x.ordinal, s.brand_id, s.criterion";
constexpr const char* kScoresOf = "SELECT expert_id, brand_id, criterion, tenths FROM evaluation_scores "
                                  "WHERE expert_id = :expert_id ORDER BY brand_id, criterion";
constexpr const char* kDeleteScoresOf = "DELETE FROM evaluation_scores WHERE expert_id = :expert_id";
constexpr const char* kInsertScore = "INSERT INTO evaluation_scores (expert_id, brand_id, criterion, tenths) "
                                     "VALUES (:expert_id, :brand_id, :criterion, :tenths)";
constexpr const char* kDeleteBrandScores =
    "DELETE FROM evaluation_scores WHERE brand_id = :brand_id "
    "AND expert_id IN (SELECT id FROM evaluation_experts WHERE round_id = :round_id)";

QString readFailed()
{
    return QCoreApplication::translate("EvaluationPanelRepository", "the expert panel could not be read");
}

QString saveFailed()
{
    return QCoreApplication::translate("EvaluationPanelRepository", "the expert panel could not be saved");
}

Error changedMeanwhile()
{
    return Error::make(Error::Code::Conflict,
                       QCoreApplication::translate("EvaluationPanelRepository",
                                                   "Someone else changed this expert or their scores after you "
                                                   "opened them. Reload to see their changes."));
}

Error vanished()
{
    return Error::make(Error::Code::NotFound,
                       QCoreApplication::translate("EvaluationPanelRepository",
                                                   "The expert no longer exists; someone may have removed them."));
}

EvaluationExpert expertFrom(const QSqlQuery& q)
{
    EvaluationExpert x;
    x.id = q.value(0).toLongLong();
    x.roundId = q.value(1).toLongLong();
    x.ordinal = q.value(2).toInt();
    x.name = q.value(3).toString();
    x.unit = q.value(4).toString();
    x.departmentId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    x.departmentName = q.value(6).toString();
    x.version = q.value(7).toInt();
    return x;
}

ExpertScore scoreFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt()};
}

QVariant departmentValue(qint64 departmentId)
{
    return departmentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(departmentId);
}

} // namespace

Result<QList<EvaluationExpert>> EvaluationPanelRepository::experts(qint64 roundId) const
{
    return sql::readAll(m_database.connection(), kExperts, {{":round_id", roundId}}, readFailed(), expertFrom);
}

Result<EvaluationExpert> EvaluationPanelRepository::findExpert(qint64 id) const
{
    return sql::readOne(m_database.connection(), kExpert, {{":id", id}}, readFailed(), expertFrom, vanished);
}

Result<qint64> EvaluationPanelRepository::insertExpert(const EvaluationExpert& expert)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kInsertExpert,
                                   {{":round_id", expert.roundId},
                                    {":round_id_2", expert.roundId},
                                    {":name", sql::text(expert.name)},
                                    {":unit", sql::text(expert.unit)},
                                    {":department_id", departmentValue(expert.departmentId)}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Result<void> EvaluationPanelRepository::updateExpert(const EvaluationExpert& expert)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kUpdateExpert,
                                   {{":id", expert.id},
                                    {":version", expert.version},
                                    {":name", sql::text(expert.name)},
                                    {":unit", sql::text(expert.unit)},
                                    {":department_id", departmentValue(expert.departmentId)}},
                                   saveFailed());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(changedMeanwhile());
    return {};
}

Result<void> EvaluationPanelRepository::removeExpert(qint64 id)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kDeleteExpert, {{":id", id}}, saveFailed());
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(vanished());
    return {};
}

Result<QList<ExpertScore>> EvaluationPanelRepository::scores(qint64 roundId) const
{
    return sql::readAll(m_database.connection(), kScores, {{":round_id", roundId}}, readFailed(), scoreFrom);
}

Result<QList<ExpertScore>> EvaluationPanelRepository::scoresOf(qint64 expertId) const
{
    return sql::readAll(m_database.connection(), kScoresOf, {{":expert_id", expertId}}, readFailed(), scoreFrom);
}

Result<void> EvaluationPanelRepository::replaceScores(qint64 expertId, int expertVersion,
                                                      const QList<ExpertScore>& scores)
{
    Result<QSqlQuery> bumped =
        sql::run(m_database.connection(), kBumpExpert, {{":id", expertId}, {":version", expertVersion}}, saveFailed());
    if (!bumped)
        return fail(bumped.error());
    if (bumped->numRowsAffected() != 1)
        return fail(changedMeanwhile());
    Result<QSqlQuery> cleared =
        sql::run(m_database.connection(), kDeleteScoresOf, {{":expert_id", expertId}}, saveFailed());
    if (!cleared)
        return fail(cleared.error());
    for (const ExpertScore& score : scores) {
        Result<QSqlQuery> q = sql::run(m_database.connection(), kInsertScore,
                                       {{":expert_id", expertId},
                                        {":brand_id", score.brandId},
                                        {":criterion", sql::text(score.criterion)},
                                        {":tenths", score.tenths}},
                                       saveFailed());
        if (!q)
            return fail(q.error());
    }
    return {};
}

Result<void> EvaluationPanelRepository::removeBrandScores(qint64 roundId, qint64 brandId)
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kDeleteBrandScores,
                                   {{":brand_id", brandId}, {":round_id", roundId}}, saveFailed());
    if (!q)
        return fail(q.error());
    return {};
}

} // namespace branddesk
