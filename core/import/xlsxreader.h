// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/import/tablerow.h"

#include <QByteArray>

namespace branddesk {

/// Reads the first worksheet of an Excel or WPS .xlsx file (a zip of XML parts), from memory, with limits
/// against zip bombs: the number of parts, each part's unpacked size (counted while unpacking, whatever the
/// zip claims) and the number of rows and columns.
class XlsxReader {
public:
    static constexpr qint64 kMaxPartBytes = 32 * 1024 * 1024;
    static constexpr int kMaxParts = 2000;

    /// The non-empty rows of the first sheet; `line` is the spreadsheet's row number.
    static Result<Table> read(const QByteArray& bytes);
};

} // namespace branddesk
