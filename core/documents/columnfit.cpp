// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/columnfit.h"

#include "core/documents/tablegrid.h"

#include <algorithm>
#include <numeric>

namespace branddesk {
namespace {

/// The widest text of each column among the cells that span only it.
void natural(const QList<DocumentRow>& rows, bool header, int columnCount, const ColumnFit::Measure& measure,
             QList<qreal>& wanted)
{
    for (const TableGrid::Place& place : TableGrid::place(rows, columnCount, header)) {
        if (place.columnSpan != 1 || !place.source || place.source->text.isEmpty())
            continue;
        const qreal text = measure(place.source->text, header, rows.at(place.row).bold);
        wanted[place.column] = std::max(wanted.at(place.column), text);
    }
}

} // namespace

QList<qreal> ColumnFit::widths(const DocumentTable& table, qreal width, qreal padding, const Measure& measure)
{
    const QList<DocumentColumn> columns = TableGrid::columns(table);
    const int count = static_cast<int>(columns.size());
    QList<qreal> result;
    if (count == 0)
        return result;
    const qreal total = std::accumulate(columns.begin(), columns.end(), 0.0, [](qreal sum, const DocumentColumn& c) {
        return sum + std::max(c.width, 0.0);
    });
    for (const DocumentColumn& column : columns)
        result.append(total > 0 ? width * std::max(column.width, 0.0) / total : width / count);
    if (!measure)
        return result;

    QList<qreal> wanted(count, 0);
    natural(table.headerRows, true, count, measure, wanted);
    natural(table.rows, false, count, measure, wanted);
    // A little more than the text itself, so that rounding never breaks a line that was measured to fit.
    for (qreal& want : wanted)
        want = want > 0 ? want * 1.01 + 2 * padding : 0;

    // The spare room goes to the columns that need least first: a narrow "名次" is made whole before a long
    // name takes what is left.
    qreal spare = 0;
    for (int i = 0; i < count; ++i)
        spare += std::max(0.0, result.at(i) - std::max(wanted.at(i), 2 * padding));
    QList<int> needy;
    for (int i = 0; i < count; ++i)
        if (wanted.at(i) > result.at(i))
            needy.append(i);
    std::stable_sort(needy.begin(), needy.end(),
                     [&](int a, int b) { return wanted.at(a) - result.at(a) < wanted.at(b) - result.at(b); });
    qreal given = 0;
    QList<qreal> grown = result;
    for (int i : needy) {
        const qreal share = std::min(wanted.at(i) - result.at(i), spare - given);
        grown[i] += share;
        given += share;
    }
    if (given <= 0)
        return result;
    for (int i = 0; i < count; ++i) {
        const qreal surplus = std::max(0.0, result.at(i) - std::max(wanted.at(i), 2 * padding));
        grown[i] -= given * surplus / spare;
    }
    return grown;
    return result;
}

} // namespace branddesk
