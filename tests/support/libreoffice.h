// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace branddesk::test {

/// LibreOffice as an independent reader of the Word files BrandDesk writes: `soffice --headless` converts a
/// .docx to PDF with a private profile of its own, so that runs at the same time do not share (and lock) one.
class LibreOffice {
public:
    /// True when soffice can be run (Debian's libreoffice-writer-nogui).
    static bool available();
    /// Converts `docx` to a PDF in `folder`; returns its path, or an empty string (with `error` telling why).
    static QString toPdf(const QString& docx, const QString& folder, QString* error = nullptr);
};

} // namespace branddesk::test
