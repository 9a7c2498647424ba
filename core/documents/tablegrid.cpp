// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/tablegrid.h"

#include <algorithm>

namespace branddesk {

QList<DocumentColumn> TableGrid::columns(const DocumentTable& table)
{
    if (!table.columns.isEmpty())
        return table.columns;
    qsizetype count = 1;
    for (const QList<DocumentRow>* rows : {&table.headerRows, &table.rows}) {
        for (const DocumentRow& row : *rows)
            count = std::max(count, row.cells.size());
    }
    return QList<DocumentColumn>(count, DocumentColumn());
}

QList<TableGrid::Place> TableGrid::place(const QList<DocumentRow>& rows, int columnCount, bool spanRows)
{
    const int rowCount = static_cast<int>(rows.size());
    QList<Place> placed;
    QList<QList<bool>> taken(rowCount, QList<bool>(columnCount, false));
    auto take = [&](int row, int column, int rowSpan, int columnSpan, const DocumentCell* source) {
        for (int r = row; r < row + rowSpan; ++r) {
            for (int c = column; c < column + columnSpan; ++c)
                taken[r][c] = true;
        }
        placed.append(Place{row, column, rowSpan, columnSpan, source});
    };
    for (int r = 0; r < rowCount; ++r) {
        int c = 0;
        for (const DocumentCell& cell : rows.at(r).cells) {
            while (c < columnCount && taken[r][c])
                ++c;
            if (c >= columnCount)
                break;
            int columnSpan = 1;
            while (columnSpan < std::max(cell.columnSpan, 1) && c + columnSpan < columnCount &&
                   !taken[r][c + columnSpan])
                ++columnSpan;
            take(r, c, spanRows ? std::clamp(cell.rowSpan, 1, rowCount - r) : 1, columnSpan, &cell);
            c += columnSpan;
        }
        for (int column = 0; column < columnCount; ++column) {
            if (!taken[r][column])
                take(r, column, 1, 1, nullptr);
        }
    }
    return placed;
}

} // namespace branddesk
