// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentblocks.h"

#include <QList>
#include <QString>

#include <functional>

namespace branddesk {

/// The widths of a table's columns across a given width, shared by the PDF layouter and the Word writer.
///
/// The declared widths are the design; a column whose text would have to break there (a department's name that
/// leaves "局" on a line of its own, a header "名次" set as "名/次") is widened to its text's natural width,
/// taking the room from columns that have more than their text needs, in proportion to what each can spare.
/// Where the spare room is not enough for all, the columns that need least are made whole first.
class ColumnFit {
public:
    /// The width of `text` on one line (the widest line where "\n" breaks it), in the caller's units.
    using Measure = std::function<qreal(const QString& text, bool header, bool bold)>;

    /// The width of each column of `table`; they add up to `width`. `padding` is the room a cell takes on
    /// each side of its text.
    static QList<qreal> widths(const DocumentTable& table, qreal width, qreal padding, const Measure& measure);
};

} // namespace branddesk
