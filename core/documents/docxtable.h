// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/documentblocks.h"
#include "core/documents/pagestyle.h"

namespace branddesk {

class DocxXml;

/// A DocumentTable as a real Word table (w:tbl) across the text block: columns in the table's width ratios,
/// every cell ruled, cells spanning columns (w:gridSpan) and header cells spanning rows (w:vMerge), the header
/// rows marked to repeat on every page (w:tblHeader), and no row split across pages (w:cantSplit).
class DocxTable {
public:
    /// Writes `table` in `style`, `width` points wide on a text block `pageHeight` points high, its body rows
    /// at least `rowHeight` points high (room to write). A row that would not fit on a page is allowed to split
    /// (Word would cut it off at the foot of the page otherwise).
    static void write(DocxXml& xml, const DocumentTable& table, const PageStyle& style, qreal width, qreal pageHeight,
                      qreal rowHeight = 0);
};

} // namespace branddesk
