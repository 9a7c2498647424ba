// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/domain/brand.h"
#include "core/inspections/inspectioncheck.h"

#include <QList>

#include <optional>

namespace branddesk {

/// Draws up the inspectors' checklist of a department on a day from what BrandDesk knows: one item per brand
/// standard of its best brand, pre-judged by the brand's completeness, and one per milestone of the campaign
/// that applies to the department and was due on or before the day, pre-judged by its completion record.
/// The verdicts are a starting point; the inspectors change them. Pure: built from data already loaded.
class InspectionChecklist {
public:
    /// The brand a department is judged by: the most complete of its brands (the first of equals), or none.
    static std::optional<Brand> bestBrand(const QList<Brand>& brands);

    /// The checklist of `department` on `date`.
    /// - With a brand: the five standards, each met when every completeness item of it is, not met when
    ///   none is, else partly, with what is missing as the note.
    /// - Without a brand: a single item "has a service brand", not met.
    /// - Then, in campaign order, each milestone of `campaign` that applies to the department and is due on
    ///   or before `date`: met when `completions` (the department's) holds it done on or before `date`,
    ///   else not met; the note says when it was done or that it is outstanding.
    static QList<InspectionCheck> generate(const Department& department, const std::optional<Brand>& brand,
                                           const std::optional<Campaign>& campaign,
                                           const QList<MilestoneCompletion>& completions, const QDate& date);
};

} // namespace branddesk
