// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace branddesk {

/// One row of an imported table, with where it came from: the line of a CSV file where the record starts,
/// or the row number of a spreadsheet, so messages can name it.
struct TableRow {
    int line = 0;
    QStringList cells;
};

using Table = QList<TableRow>;

/// Limits against hostile or mistaken files: what an office's department list never exceeds.
struct ImportLimits {
    static constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024;
    static constexpr int kMaxRows = 5000;
    static constexpr int kMaxColumns = 100;
    static constexpr int kMaxCellCharacters = 5000;
};

} // namespace branddesk
