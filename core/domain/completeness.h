// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"

#include <QList>
#include <QString>

namespace branddesk {

/// One line of the inspectors' checklist: a requirement of a standard, met or not.
struct CompletenessItem {
    BrandStandard standard;
    QString label; ///< translated: what is checked
    bool met = false;
    QString hint; ///< translated: what is missing, empty when met
};

/// How complete a brand is against the five standards: the same check the inspectors do.
class Completeness {
public:
    /// A brand name is "精炼" when it has at most this many characters (and at least kNameMinLength).
    static constexpr int kNameMaxLength = 16;
    static constexpr int kNameMinLength = 2;

    /// Checks a brand: each of the 12 fields filled, the logo present, the name's length sane.
    static Completeness of(const Brand& brand);

    const QList<CompletenessItem>& items() const { return m_items; }
    int metCount() const;
    int totalCount() const { return static_cast<int>(m_items.size()); }
    /// 0–100, rounded down, so 100 means every item is met.
    int percent() const;
    int metCount(BrandStandard standard) const;
    int totalCount(BrandStandard standard) const;
    int percent(BrandStandard standard) const;
    bool isMet(BrandStandard standard) const { return metCount(standard) == totalCount(standard); }
    /// The hints of every unmet item, in checklist order.
    QStringList missing() const;

private:
    QList<CompletenessItem> m_items;
};

} // namespace branddesk
