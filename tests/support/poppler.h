// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace branddesk::test {

/// Reads generated PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts), as a user copying text would.
class Poppler {
public:
    /// True when pdftotext, pdfinfo and pdffonts can be run.
    static bool available();
    /// `pdftotext -layout` of pages first..last (1-based; 0: all).
    static QString text(const QString& pdf, int first = 0, int last = 0);
    static int pageCount(const QString& pdf);
    /// The document's XMP metadata (`pdfinfo -meta`): its properties, the fonts it states among them.
    static QString metadata(const QString& pdf);
    /// The size of every page, in points, rounded.
    static QList<QSize> pageSizes(const QString& pdf);
    /// The fonts of the PDF: each row's name and whether it is embedded.
    struct Font {
        QString name;
        bool embedded = false;
    };
    static QList<Font> fonts(const QString& pdf);

    /// `text` without any white space: pdftotext spaces and breaks lines as the layout suggests.
    static QString squeezed(const QString& text);
    /// The characters of `text` in the Kangxi radicals and CJK radicals supplement (U+2E80–U+2FDF).
    static QString radicals(const QString& text);

private:
    static QString run(const QString& program, const QStringList& arguments);
};

} // namespace branddesk::test
