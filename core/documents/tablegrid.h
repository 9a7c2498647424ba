// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentblocks.h"

#include <QList>

namespace branddesk {

/// Where the cells of a DocumentTable's rows stand on its grid of columns, HTML's way: a cell takes the next
/// column not yet covered by a cell spanning rows from above; spans are cut at the table's edges; places no cell
/// was given for are empty cells. Rows are spanned only among header rows (`spanRows`).
class TableGrid {
public:
    struct Place {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        const DocumentCell* source = nullptr; ///< null for a place no cell was given for
    };

    /// The columns of `table`: its declared ones, else as many equal columns as its widest row has cells.
    static QList<DocumentColumn> columns(const DocumentTable& table);
    /// The places of the cells of `rows` on a grid of `columnCount` columns, row by row: a row's given cells
    /// left to right, then its empty places.
    static QList<Place> place(const QList<DocumentRow>& rows, int columnCount, bool spanRows);
};

} // namespace branddesk
