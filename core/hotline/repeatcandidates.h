// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/ticket.h"

#include <QList>

namespace branddesk {

/// Earlier tickets a new one may repeat: the same caller's phone, or the same department and a similar content
/// (at least half the content's character pairs shared, Dice's coefficient). The repeat is counted as a repeat,
/// not as new work, once the clerk links it.
class RepeatCandidates {
public:
    /// How alike two texts are, 0 to 100: Dice's coefficient on their character pairs (spaces and punctuation
    /// ignored), as a percentage.
    static int similarity(const QString& a, const QString& b);
    /// The candidates among `earlier` for `draft` (never `draft` itself), best first, at most `limit`, from the
    /// `days` before the draft was received.
    static QList<Ticket> find(const Ticket& draft, const QList<Ticket>& earlier, int days = 90, int limit = 5);
};

} // namespace branddesk
