// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace branddesk {

/// A table to hand to a spreadsheet: what every list of the program exports, to XLSX or CSV.
///
/// A cell is a QVariant holding one of:
/// - nothing (an invalid or null QVariant, an empty QString, an invalid QDate/QDateTime, NaN) — an empty cell;
/// - QString — text, written as text even when it looks like a number or a formula ("=1+1", "-5");
/// - int, uint, qlonglong, qulonglong (and the shorter integer types) — an integer;
/// - double or float — a decimal number (round it as it should be shown before putting it here);
/// - QDate — a date; QDateTime — a date and time, written in local time to the minute.
/// Anything else is written as the text QVariant::toString() gives.
struct ExportTable {
    /// What a cell holds, read from its QVariant.
    enum class CellKind { Empty, Text, Integer, Decimal, Date, DateTime };

    QString title;            ///< names the sheet (sanitized for Excel) and the workbook's title property
    QStringList headers;      ///< column titles, the table's first row; none: the table starts with the data
    QList<QVariantList> rows; ///< the data; a row shorter than the others is padded with empty cells

    /// The kind of `cell`, as listed above.
    static CellKind kindOf(const QVariant& cell);
    /// `cell` as plain text, as the CSV file holds it: an integer's digits, a decimal with at most 15 significant
    /// digits (as Excel keeps them) and a point, a date as yyyy-MM-dd, a date-time in local time as
    /// yyyy-MM-dd HH:mm, text as it is; an empty string for an empty cell.
    static QString textOf(const QVariant& cell);
    /// The number of columns: the longest of the header row and the data rows.
    qsizetype columnCount() const;
};

/// The file formats a table exports to.
enum class ExportFormat { Xlsx, Csv };

/// The format a file name asks for by its suffix (.xlsx or .csv, any case); nothing for any other suffix.
std::optional<ExportFormat> exportFormatOf(const QString& path);

/// Writes `table` to `path` in the format its suffix names. The file at `path` is replaced only by a complete
/// file: it is written beside it under a temporary name, forced to the disk and then renamed. On any failure
/// (no such folder, a folder that cannot be written, a full disk, another suffix) the target is left as it
/// was, no temporary file is left behind, and the error says what went wrong in words a user can read.
Result<void> exportTable(const ExportTable& table, const QString& path);

} // namespace branddesk
