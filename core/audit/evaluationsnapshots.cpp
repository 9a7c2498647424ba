// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/evaluationsnapshots.h"

namespace branddesk {

QJsonObject snapshotOf(const EvaluationRound& round)
{
    return {{QStringLiteral("campaign_id"), round.campaignId},
            {QStringLiteral("name"), round.name},
            {QStringLiteral("start_date"), round.startDate.toString(Qt::ISODate)},
            {QStringLiteral("end_date"), round.endDate.toString(Qt::ISODate)},
            {QStringLiteral("locked"), round.locked}};
}

QJsonObject snapshotOf(const EvaluationEntry& entry)
{
    return {{QStringLiteral("round_id"), entry.roundId},
            {QStringLiteral("brand_id"), entry.brandId},
            {QStringLiteral("submitted_on"), entry.submittedOn.toString(Qt::ISODate)},
            {QStringLiteral("declaration"), entry.declaration},
            {QStringLiteral("file_name"), entry.fileName},
            {QStringLiteral("satisfied"), entry.survey.satisfied},
            {QStringLiteral("basically_satisfied"), entry.survey.basicallySatisfied},
            {QStringLiteral("dissatisfied"), entry.survey.dissatisfied},
            {QStringLiteral("unknown"), entry.survey.unknown},
            {QStringLiteral("selected"), entry.selected},
            {QStringLiteral("selected_on"), entry.selectedOn.toString(Qt::ISODate)},
            {QStringLiteral("named_on"), entry.namedOn.toString(Qt::ISODate)},
            {QStringLiteral("naming_document"), entry.namingDocument}};
}

QJsonObject snapshotOf(const EvaluationExpert& expert, const QList<ExpertScore>& scores)
{
    QJsonObject snapshot{{QStringLiteral("round_id"), expert.roundId},
                         {QStringLiteral("name"), expert.name},
                         {QStringLiteral("unit"), expert.unit},
                         {QStringLiteral("department_id"), expert.departmentId}};
    for (const ExpertScore& score : scores)
        snapshot.insert(QStringLiteral("score:%1:%2").arg(score.brandId).arg(score.criterion),
                        score.points().toExactString());
    return snapshot;
}

QJsonObject snapshotOf(const PublicityRecord& record)
{
    return {{QStringLiteral("entry_id"), record.entryId},
            {QStringLiteral("outlet"), publicityOutletCode(record.outlet)},
            {QStringLiteral("date"), record.date.toString(Qt::ISODate)},
            {QStringLiteral("title"), record.title}};
}

} // namespace branddesk
