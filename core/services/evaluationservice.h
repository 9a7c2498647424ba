// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/evaluation/evaluationcalculator.h"
#include "core/evaluation/evaluationrecords.h"
#include "core/evaluation/scoringrules.h"
#include "core/services/evaluationpanelservice.h"
#include "core/services/evaluationselectionservice.h"
#include "core/services/evaluationwrites.h"
#include "core/storage/brandrepository.h"
#include "core/storage/campaignrepository.h"
#include "core/storage/evaluationpanelrepository.h"
#include "core/storage/evaluationrepository.h"
#include "core/storage/milestonerepository.h"
#include "core/storage/reportrepository.h"

#include <QObject>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// The evaluation (典型推介, DESIGN.md §1.6): rounds of a campaign, brands entering them with their
/// self-declaration, the expert panel and its score sheets, survey counts, the results with their explanation,
/// selection as 典型品牌 with publicity records, and the naming as 优质服务品牌.
///
/// Writes need a clerk or an administrator, run in one transaction and are audited; stale edits (a version
/// older than the stored one) are refused. A locked round refuses every change to its panel, entries, survey
/// counts and scores; selection, publicity and naming stay open. Locking needs a clerk, unlocking an
/// administrator. Brand status follows: nominated when entered, typical when selected, named when named.
///
/// It is a facade: the rounds, entries and reads live here; the panel and its score sheets in
/// EvaluationPanelService, the selection, publicity and naming in EvaluationSelectionService.
class EvaluationService : public QObject {
    Q_OBJECT
public:
    EvaluationService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                      QObject* parent = nullptr);

    /// The scoring rules of a round (its campaign's definition).
    Result<ScoringRules> rules(qint64 roundId) const;
    Result<QList<EvaluationRound>> rounds(qint64 campaignId) const;
    Result<EvaluationRound> round(qint64 id) const;
    Result<QList<EvaluationEntry>> entries(qint64 roundId) const;
    /// One entry with its declaration file.
    Result<EvaluationEntry> entry(qint64 id) const;
    Result<QList<EvaluationExpert>> experts(qint64 roundId) const;
    Result<QList<ExpertScore>> scores(qint64 roundId) const;
    Result<QList<PublicityRecord>> publicity(qint64 entryId) const;
    /// The results table, in entry order (see EvaluationCalculator).
    Result<QList<BrandResult>> results(qint64 roundId) const;
    /// The pre-filled self-declaration of a brand (see DeclarationDraft), from the current campaign.
    Result<QString> declarationDraft(qint64 brandId) const;
    /// Points typed by hand ("17", "17.5") as tenths, refused with the reason when not a number, more than
    /// one decimal, negative or above `maxPoints`.
    static Result<int> parsePoints(const QString& text, const Rational& maxPoints);

    /// A new round (id 0) or an edited one (name, dates; not the lock). A locked round refuses edits.
    Result<EvaluationRound> saveRound(EvaluationRound round);
    /// Locks a round: its scores can no longer change.
    Result<EvaluationRound> lock(qint64 roundId, int version);
    /// Unlocks a round: administrators only, audited.
    Result<EvaluationRound> unlock(qint64 roundId, int version);

    /// Enters a brand (自查申报) with its submission date and declaration; the brand becomes nominated.
    Result<EvaluationEntry> enter(EvaluationEntry entry);
    /// Saves an entry's date, declaration and file (replaced unless `keepFile`) and survey counts.
    Result<EvaluationEntry> saveEntry(EvaluationEntry entry, bool keepFile = true);
    /// Withdraws an entry with its scores; a nominated brand goes back to practising.
    Result<void> withdraw(qint64 entryId);

    /// Adds (id 0) or edits an expert of the panel.
    Result<EvaluationExpert> saveExpert(EvaluationExpert expert);
    Result<void> removeExpert(qint64 expertId);
    /// Replaces an expert's score sheet at `expertVersion`: each score for a brand entered in the round, on a
    /// criterion of the rules, within its maximum points, whole or with one decimal.
    Result<EvaluationExpert> saveScores(qint64 expertId, int expertVersion, QList<ExpertScore> scores);

    /// Marks (or unmarks) an entry as 典型品牌; the brand becomes typical (or nominated again). A named entry
    /// cannot be unmarked.
    Result<EvaluationEntry> setSelected(qint64 entryId, int version, bool selected);
    /// Selects every brand of the top `perCategory` in its category (EvaluationCalculator::suggestTop) that is
    /// not selected yet; returns how many were marked.
    Result<int> selectTop(qint64 roundId, int perCategory);
    Result<PublicityRecord> addPublicity(PublicityRecord record);
    Result<void> removePublicity(qint64 id);
    /// Records the naming 市级机关优质服务品牌 of a selected entry: date and document number; the brand
    /// becomes named.
    Result<EvaluationEntry> name(qint64 entryId, int version, const QDate& date, const QString& document);

signals:
    void changed();

private:
    Result<EvaluationRound> setLock(qint64 roundId, int version, bool locked);

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    BrandRepository m_brands;
    CampaignRepository m_campaigns;
    MilestoneRepository m_milestones;
    ReportRepository m_reports;
    EvaluationRepository m_evaluation;
    EvaluationPanelRepository m_panel;
    EvaluationWrites m_writes;
    EvaluationPanelService m_panelWrites;
    EvaluationSelectionService m_selection;
};

} // namespace branddesk
