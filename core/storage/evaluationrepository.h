// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/error.h"
#include "core/evaluation/evaluationrecords.h"

#include <QDateTime>
#include <QList>

namespace branddesk {

class Database;

/// Reads and writes evaluation rounds, their entries (declaration, survey counts, selection, naming) and the
/// entries' publicity records. The panel and its scores: EvaluationPanelRepository.
class EvaluationRepository {
public:
    explicit EvaluationRepository(Database& database)
        : m_database(database)
    {}

    /// A campaign's rounds, newest start first.
    Result<QList<EvaluationRound>> rounds(qint64 campaignId) const;
    Result<EvaluationRound> findRound(qint64 id) const;
    Result<qint64> insertRound(const EvaluationRound& round);
    /// Updates name, dates and the lock at `round.version` (else Conflict).
    Result<void> updateRound(const EvaluationRound& round);

    /// A round's entries in register order of their departments, with brand and department names; without the
    /// declaration file's bytes.
    Result<QList<EvaluationEntry>> entries(qint64 roundId) const;
    /// One entry with its declaration file.
    Result<EvaluationEntry> findEntry(qint64 id) const;
    Result<qint64> insertEntry(const EvaluationEntry& entry, const QDateTime& now);
    /// Updates every field at `entry.version` (else Conflict); the file is replaced only when `keepFile` is false.
    Result<void> updateEntry(const EvaluationEntry& entry, const QDateTime& now, bool keepFile);
    Result<void> removeEntry(qint64 id);

    Result<QList<PublicityRecord>> publicity(qint64 entryId) const;
    Result<qint64> insertPublicity(const PublicityRecord& record);
    Result<PublicityRecord> findPublicity(qint64 id) const;
    Result<void> removePublicity(qint64 id);

    /// A brand's status and version.
    Result<std::pair<BrandStatus, int>> brandStatus(qint64 brandId) const;
    /// Sets a brand's status (a targeted update: the evaluation moves brands along), bumping its version.
    Result<void> setBrandStatus(qint64 brandId, BrandStatus status, const QDateTime& now);

private:
    Database& m_database;
};

} // namespace branddesk
