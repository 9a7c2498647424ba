// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/import/tablerow.h"

#include <QByteArray>
#include <QString>

namespace branddesk {

/// Reads CSV as Excel and WPS write it: UTF-8 with or without a byte-order mark, or GB18030 (what Chinese
/// Excel and WPS write by default), told apart by whether the bytes are valid UTF-8; fields separated by
/// commas (or tabs), quoted with '"' where they hold separators, quotes or line breaks.
class CsvReader {
public:
    /// The text of `bytes`; `encoding` receives "UTF-8" or "GB18030".
    static Result<QString> decode(const QByteArray& bytes, QString* encoding = nullptr);
    /// The non-empty rows of `bytes`; a malformed file (an unterminated quote, too many rows) fails naming its line.
    static Result<Table> read(const QByteArray& bytes);
};

} // namespace branddesk
