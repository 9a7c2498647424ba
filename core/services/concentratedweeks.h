// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/enterprise/quartercompliance.h"
#include "core/error.h"

#include <QHash>
#include <QLatin1String>
#include <QList>

namespace branddesk {

class AuditLog;
class Database;

/// Reads what QuarterCompliance needs from the database — the concentrated weeks recorded, and from the
/// audit log the day each department became enterprise-facing — and derives the phase-2 milestone
/// "concentrated-week" from it, so that milestone's light reflects the records rather than a manual tick.
class ConcentratedWeeks {
public:
    /// The code of the campaign milestone this derives (resources/campaigns/2009-changzhou.json).
    static constexpr QLatin1String kMilestoneCode{"concentrated-week"};

    ConcentratedWeeks(Database& database, const AuditLog& audit);

    /// Why the milestone named `milestoneName` cannot be ticked by hand (translated): it follows the records.
    static QString notTickedByHand(const QString& milestoneName);

    /// The quarters of `campaign` up to `today` for the active enterprise-facing ones of `departments`
    /// (kept in their order).
    Result<QuarterCompliance> compliance(const Campaign& campaign, const QList<Department>& departments,
                                         const QDate& today) const;
    /// `stored` with any manual record of the concentrated-week milestone replaced by one derived from the
    /// records: a department whose quarters due so far are all met (QuarterComplianceRow::isDone()) gets a
    /// completion dated on its latest week. `stored` unchanged when the campaign has no such milestone.
    Result<QList<MilestoneCompletion>> withDerivedCompletions(const Campaign& campaign,
                                                              const QList<Department>& departments,
                                                              QList<MilestoneCompletion> stored,
                                                              const QDate& today) const;

    /// By department id, the day it last became enterprise-facing according to the audit log (departments
    /// without such an entry are left out: their registration counts).
    Result<QHash<qint64, QDate>> facingSince(const QList<Department>& departments) const;

private:
    Database& m_database;
    const AuditLog& m_audit;
};

} // namespace branddesk
