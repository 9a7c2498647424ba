// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace branddesk {

/// The text of an attached document, for the report's full-text index: a Word file (.docx: its
/// word/document.xml through ZipMemory) or a PDF (poppler-qt6). Empty for any other file or a damaged one.
class AttachmentText {
public:
    static QString of(const QString& fileName, const QByteArray& data);
    static QString ofDocx(const QByteArray& data);
    static QString ofPdf(const QByteArray& data);
};

} // namespace branddesk
