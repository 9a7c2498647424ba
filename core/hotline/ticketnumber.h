// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace branddesk {

/// A ticket's number: the year it was received and its sequence in that year, "2026-000123".
struct TicketNumber {
    int year = 0;
    int sequence = 0;

    bool isValid() const { return year > 0 && sequence > 0; }
    QString toString() const;
    /// Reads "2026-000123" (the sequence with at least one digit); invalid on anything else.
    static TicketNumber parse(const QString& text);
    /// The number after `highest` in `year` (the first of the year when `highest` is of another year or invalid).
    static TicketNumber next(int year, const TicketNumber& highest);
};

} // namespace branddesk
