// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/pagestyle.h"

#include <QByteArray>
#include <QString>

namespace branddesk {

class DocxXml;

/// The faces of a Chinese official document, named as the offices' PCs have them.
enum class DocxFace {
    Xiaobiaosong, ///< 方正小标宋简体: the issuer and the title of an official document
    FangSong,     ///< 仿宋_GB2312: body text
    Hei,          ///< 黑体: first-level headings, headings of forms
    Kai,          ///< 楷体_GB2312: second-level headings
};

/// The Word document's styles, settings and font table, and the run properties of a text style.
///
/// Every face is named as in a Chinese office (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312) in w:rFonts (east Asian
/// text; digits and Latin letters in Times New Roman, or Arial beside Hei), and the
/// font table names for each an alternative and a Windows/Linux fallback chain (FangSong, SimSun, SimHei, KaiTi,
/// Noto Serif CJK SC, Noto Sans CJK SC) with the GB 2312 character set and its family, so WPS and Word on a
/// Windows PC use the office's fonts and a PC without them substitutes a Chinese face of the same kind.
class DocxStyles {
public:
    /// The face name as w:rFonts gives it.
    static QString faceName(DocxFace face);
    /// The face a text style prints in: Hei for the sans; for the serif, 小标宋 where `display` (issuer, title),
    /// 楷体 for a bold second-level heading (`kai`), else 仿宋.
    static DocxFace faceOf(const TextStyle& style, bool display = false, bool kai = false);

    /// Roughly how wide `text` prints in `style`, in points: a Chinese character one em, others about half.
    static qreal estimatedWidth(const QString& text, const TextStyle& style);

    /// w:rPr of a run in `style` and `face` (fonts, bold, colour, size); `underline` for the blanks of fields.
    static void runProperties(DocxXml& xml, const TextStyle& style, DocxFace face, bool underline = false);

    /// word/styles.xml: the defaults (仿宋 3号) and the paragraph styles Normal, Title, Heading 1, Heading 2,
    /// Footer, and the table style, so the navigation pane of Word shows the headings.
    static QByteArray stylesPart();
    /// word/settings.xml; `evenAndOddFooters` for page numbers on the outer side.
    static QByteArray settingsPart(bool evenAndOddFooters);
    /// word/fontTable.xml with the faces and their fallbacks.
    static QByteArray fontTablePart();
};

} // namespace branddesk
