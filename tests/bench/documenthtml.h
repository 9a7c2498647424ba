// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"

#include <QList>
#include <QString>

namespace branddesk::bench {

/// The same content as `documents` as one HTML file (titles, headings, paragraphs, tables with their header
/// rows, ruled fields, page breaks between documents), for LibreOffice to convert to PDF in the comparison.
QString documentsAsHtml(const QList<PrintDocument>& documents);

} // namespace branddesk::bench
