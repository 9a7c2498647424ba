// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoevaluation.h"

#include "core/services/session.h"

#include <QRandomGenerator>

namespace branddesk {
namespace {

constexpr int kEntries = 8;
constexpr const char* kExperts[][2] = {
    {"周明华", "常州大学"},   {"陈晓东", "市委党校"},     {"刘建国", "常州日报社"}, {"吴丽萍", "市人大代表"},
    {"孙志强", "市政协委员"}, {"钱文静", "江苏理工学院"}, {"郑海波", ""},
};

} // namespace

Result<int> populateDemoEvaluation(Session& session, const QDate& today, quint32 seed)
{
    QRandomGenerator random(seed);
    const Result<std::optional<Campaign>> campaign = session.campaigns().current();
    if (!campaign)
        return fail(campaign.error());
    if (!*campaign)
        return 0;
    const Result<QList<BrandOverview>> overviews = session.brands().overviews();
    if (!overviews)
        return fail(overviews.error());
    EvaluationService& evaluation = session.evaluation();
    int entered = 0;
    Result<void> done = session.database().transaction([&]() -> Result<void> {
        EvaluationRound round;
        round.campaignId = (*campaign)->id;
        round.name = QStringLiteral("%1年度典型推介评选").arg((*campaign)->year);
        round.startDate = today.addDays(-21);
        round.endDate = today.addDays(9);
        Result<EvaluationRound> stored = evaluation.saveRound(round);
        if (!stored)
            return fail(stored.error());

        QList<BrandOverview> candidates;
        for (const BrandOverview& overview : *overviews)
            if (overview.departmentActive && candidates.size() < kEntries)
                candidates.append(overview);
        for (const BrandOverview& overview : std::as_const(candidates)) {
            const Result<QString> draft = evaluation.declarationDraft(overview.brand.id);
            if (!draft)
                return fail(draft.error());
            EvaluationEntry entry;
            entry.roundId = stored->id;
            entry.brandId = overview.brand.id;
            entry.submittedOn = today.addDays(-random.bounded(5, 18));
            entry.declaration = *draft;
            const int valid = random.bounded(40, 90);
            entry.survey.satisfied = valid * random.bounded(55, 90) / 100;
            entry.survey.basicallySatisfied = (valid - entry.survey.satisfied) * random.bounded(50, 90) / 100;
            entry.survey.dissatisfied = valid - entry.survey.satisfied - entry.survey.basicallySatisfied;
            entry.survey.unknown = random.bounded(0, 8);
            if (entered == kEntries - 1)
                entry.survey = {0, 0, 0, 6}; // no valid questionnaire: no social score, not ranked
            if (Result<EvaluationEntry> saved = evaluation.enter(entry); !saved)
                return fail(saved.error());
            ++entered;
        }

        const QList<EvaluationEntry> entries = evaluation.entries(stored->id).value_or(QList<EvaluationEntry>());
        const int count = static_cast<int>(std::size(kExperts));
        for (int i = 0; i < count; ++i) {
            EvaluationExpert expert;
            expert.roundId = stored->id;
            expert.name = QString::fromUtf8(kExperts[i][0]);
            expert.unit = QString::fromUtf8(kExperts[i][1]);
            if (i == count - 1 && !entries.isEmpty()) { // an official of an entered brand's department
                expert.departmentId = entries.first().departmentId;
                expert.unit = entries.first().departmentName;
            }
            Result<EvaluationExpert> added = evaluation.saveExpert(expert);
            if (!added)
                return fail(added.error());
            QList<ExpertScore> sheet;
            for (const EvaluationEntry& entry : entries) {
                const int quality = static_cast<int>(entry.brandId * 37 % 5); // some brands are simply better
                for (const QString& code : {QStringLiteral("name"), QStringLiteral("logo"), QStringLiteral("culture"),
                                            QStringLiteral("service-system"), QStringLiteral("social-benefit")})
                    sheet.append({added->id, entry.brandId, code, 140 + quality * 8 + random.bounded(0, 5) * 5});
            }
            if (Result<EvaluationExpert> scored = evaluation.saveScores(added->id, added->version, sheet); !scored)
                return fail(scored.error());
        }
        Result<int> selected = evaluation.selectTop(stored->id, 1);
        if (!selected)
            return fail(selected.error());
        for (const EvaluationEntry& entry : evaluation.entries(stored->id).value_or(QList<EvaluationEntry>()))
            if (entry.selected) {
                PublicityRecord record;
                record.entryId = entry.id;
                record.outlet = PublicityOutlet::Newspaper;
                record.date = today;
                record.title = QStringLiteral("《常州日报》：“%1”服务品牌巡礼").arg(entry.brandName);
                if (Result<PublicityRecord> added = evaluation.addPublicity(record); !added)
                    return fail(added.error());
                break;
            }
        return {};
    });
    if (!done)
        return fail(done.error());
    return entered;
}

} // namespace branddesk
