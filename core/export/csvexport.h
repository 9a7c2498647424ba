// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/export/exporttable.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace branddesk {

/// Writes a table as CSV that Excel and WPS open correctly by a double click: UTF-8 with a byte-order mark,
/// CRLF after every row, fields quoted as RFC 4180 says (those holding a comma, a quote, CR or LF, with
/// quotes doubled), cells written as ExportTable::textOf() gives them. Text that a spreadsheet would run as
/// a formula — starting with = + - @, a tab or CR — gets a leading apostrophe ("'=1+1"), so opening the file
/// never runs it; numbers are not text and stay as they are (-5).
class CsvExport {
public:
    /// The bytes of the CSV file.
    static QByteArray toBytes(const ExportTable& table);
    /// One cell as it appears in the file, escaped and quoted where needed.
    static QString field(const QVariant& cell);
    /// Writes the CSV file to `path` through a StagedFile: the target is replaced only by a complete file.
    static Result<void> write(const ExportTable& table, const QString& path);
};

} // namespace branddesk
