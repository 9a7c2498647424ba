// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/export/exporttable.h"

#include <QString>

namespace branddesk {

/// Writes a table as an Excel workbook (.xlsx, with libxlsxwriter) of one sheet: a bold header row on a light
/// fill, frozen, with an autofilter over the table; columns as wide as their content (a CJK character counts
/// twice); integers and decimals as numbers, dates and date-times as real Excel dates (yyyy-mm-dd,
/// yyyy-mm-dd hh:mm), text always as text — "=1+1" stays the three characters, never a formula.
/// Dates before 1900, which Excel cannot hold, and integers of more than 15 digits, which it would round,
/// are written as text; text beyond Excel's 32,767 characters a cell is cut there.
class XlsxExport {
public:
    static constexpr int kMaxCellCharacters = 32767;
    static constexpr int kMaxColumnWidth = 60;

    /// Writes the workbook to `path` through a StagedFile: the target is replaced only by a complete file.
    static Result<void> write(const ExportTable& table, const QString& path);

    /// A sheet name Excel accepts made from `title`: []:*?/\ replaced by "_", no apostrophe at either end, at most
    /// 31 characters, "Sheet1" when nothing is left, and not Excel's reserved "History".
    static QString sheetName(const QString& title);
    /// The width `text` needs in Excel's column-width units: a character each, two for a wide (CJK) one, the
    /// longest line of several.
    static int displayWidth(const QString& text);
};

} // namespace branddesk
