// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/domain/brand.h"
#include "core/reports/reportsearch.h"

#include <QList>
#include <QString>

namespace branddesk {

/// The self-declaration (自查申报) pre-filled from what BrandDesk already holds, so a department never writes
/// the same thing twice: the brand's fields under the five standards, the campaign's milestones the department
/// has done (with dates), and the opening of its weekly reports marked 典型做法.
class DeclarationDraft {
public:
    /// `campaign` may be null (no current campaign: no milestones listed); `completions` are the department's.
    static QString compose(const Brand& brand, const QString& departmentName, const Campaign* campaign,
                           const QList<MilestoneCompletion>& completions, const QList<ReportListItem>& highlights);
};

} // namespace branddesk
