// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace branddesk {

/// Where a title too long for one line breaks (GB/T 9704: a title that runs on keeps its words whole and its
/// lines even). Shared by the PDF layouter and the Word writer, each with its own measure.
///
/// A title breaks only where line breaking allows, never inside a piece the caller keeps together (a date, a
/// period) nor inside a quotation (“…”, 《…》) that fits on a line; of the ways to set it in the fewest lines,
/// the one whose longest line is shortest, so the lines come out of even length.
class TitleLines {
public:
    using Measure = std::function<qreal(const QString& text)>;

    /// The lines of `text` no wider than `width` where it can be done.
    static QStringList split(const QString& text, const QStringList& keepTogether, qreal width, const Measure& measure);
};

} // namespace branddesk
