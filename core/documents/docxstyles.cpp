// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/docxstyles.h"

#include "core/documents/docxxml.h"

#include <tuple>

namespace branddesk {
namespace {

/// A face of the font table: its name, the alternative Word looks for when it is missing, its family.
struct FontEntry {
    const char16_t* name;
    const char16_t* alternative;
    const char* family; ///< roman (serif) or swiss (sans)
    const char* panose;
};

// The family tells a word processor without the face what to substitute: roman (serif) for the Song, FangSong
// and Kai faces, swiss (sans) for Hei.
constexpr FontEntry kFonts[] = {
    {u"方正小标宋简体", u"SimSun", "roman", "02010600010101010101"},
    {u"仿宋_GB2312", u"FangSong", "roman", "02010609030101010101"},
    {u"黑体", u"SimHei", "swiss", "02010609060101010101"},
    {u"楷体_GB2312", u"KaiTi", "roman", "02010609030101010101"},
    {u"FangSong", u"SimSun", "roman", "02010609060101010101"},
    {u"KaiTi", u"SimSun", "roman", "02010609060101010101"},
    {u"SimHei", u"Noto Sans CJK SC", "swiss", "02010609060101010101"},
    {u"SimSun", u"Noto Serif CJK SC", "roman", "02010600030101010101"},
    {u"Noto Serif CJK SC", u"AR PL UMing CN", "roman", "02020400000000000000"},
    {u"Noto Sans CJK SC", u"WenQuanYi Micro Hei", "swiss", "020B0500000000000000"},
};

QString utf16(const char16_t* text)
{
    return QString::fromUtf16(text);
}

void paragraphStyle(DocxXml& xml, const char* id, const char* name, DocxFace face, qreal points, bool bold,
                    int outlineLevel)
{
    xml.start("w:style", {{"w:type", QStringLiteral("paragraph")}, {"w:styleId", QString::fromLatin1(id)}});
    xml.value("w:name", QString::fromLatin1(name));
    xml.value("w:basedOn", QStringLiteral("Normal"));
    xml.value("w:next", QStringLiteral("Normal"));
    xml.element("w:qFormat");
    xml.start("w:pPr");
    if (outlineLevel >= 0) {
        xml.element("w:keepNext");
        xml.value("w:outlineLvl", outlineLevel);
    }
    xml.end();
    TextStyle style;
    style.pointSize = points;
    style.bold = bold;
    DocxStyles::runProperties(xml, style, face);
    xml.end();
}

} // namespace

QString DocxStyles::faceName(DocxFace face)
{
    switch (face) {
    case DocxFace::Xiaobiaosong:
        return utf16(kFonts[0].name);
    case DocxFace::FangSong:
        return utf16(kFonts[1].name);
    case DocxFace::Hei:
        return utf16(kFonts[2].name);
    case DocxFace::Kai:
        return utf16(kFonts[3].name);
    }
    return utf16(kFonts[1].name);
}

DocxFace DocxStyles::faceOf(const TextStyle& style, bool display, bool kai)
{
    if (style.typeface == Typeface::Sans)
        return DocxFace::Hei;
    if (display)
        return DocxFace::Xiaobiaosong;
    return kai ? DocxFace::Kai : DocxFace::FangSong;
}

qreal DocxStyles::estimatedWidth(const QString& text, const TextStyle& style)
{
    qreal ems = 0;
    for (const QChar c : text)
        ems += c.unicode() >= 0x2E80 ? 1.0 : 0.55;
    return ems * style.pointSize;
}

void DocxStyles::runProperties(DocxXml& xml, const TextStyle& style, DocxFace face, bool underline)
{
    // Chinese in the office's face; digits and Latin letters in Times New Roman (Arial beside Hei), as official
    // documents set them, and as LibreOffice can match by metrics (Liberation) where the faces are missing.
    const QString name = faceName(face);
    const QString latin = face == DocxFace::Hei ? QStringLiteral("Arial") : QStringLiteral("Times New Roman");
    xml.start("w:rPr");
    xml.element("w:rFonts", {{"w:ascii", latin}, {"w:hAnsi", latin}, {"w:eastAsia", name}, {"w:cs", latin}});
    if (style.bold) {
        xml.element("w:b");
        xml.element("w:bCs");
    }
    if (style.color.isValid() && style.color != QColor(Qt::black))
        xml.value("w:color", style.color.name().mid(1).toUpper());
    xml.value("w:sz", DocxXml::halfPoints(style.pointSize));
    xml.value("w:szCs", DocxXml::halfPoints(style.pointSize));
    if (underline)
        xml.value("w:u", QStringLiteral("single"));
    xml.end();
}

QByteArray DocxStyles::stylesPart()
{
    DocxXml xml;
    xml.start("w:styles", {{"xmlns:w", QString::fromLatin1(DocxXml::kWordNamespace)}});
    xml.start("w:docDefaults");
    xml.start("w:rPrDefault");
    TextStyle body;
    body.pointSize = 16;
    runProperties(xml, body, DocxFace::FangSong);
    xml.end();
    xml.start("w:pPrDefault").start("w:pPr");
    xml.element("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")}});
    xml.end().end();
    xml.end(); // docDefaults

    xml.start("w:style", {{"w:type", QStringLiteral("paragraph")},
                          {"w:default", QStringLiteral("1")},
                          {"w:styleId", QStringLiteral("Normal")}});
    xml.value("w:name", QStringLiteral("Normal"));
    xml.element("w:qFormat");
    xml.start("w:pPr").element("w:widowControl").end();
    xml.end();
    paragraphStyle(xml, "Title", "Title", DocxFace::Xiaobiaosong, 22, false, 0);
    paragraphStyle(xml, "Heading1", "heading 1", DocxFace::Hei, 16, false, 0);
    paragraphStyle(xml, "Heading2", "heading 2", DocxFace::Kai, 16, false, 1);
    paragraphStyle(xml, "Footer", "footer", DocxFace::FangSong, 14, false, -1);

    xml.start("w:style", {{"w:type", QStringLiteral("table")},
                          {"w:default", QStringLiteral("1")},
                          {"w:styleId", QStringLiteral("TableNormal")}});
    xml.value("w:name", QStringLiteral("Normal Table"));
    xml.start("w:tblPr").start("w:tblCellMar");
    xml.element("w:left", {{"w:w", QStringLiteral("108")}, {"w:type", QStringLiteral("dxa")}});
    xml.element("w:right", {{"w:w", QStringLiteral("108")}, {"w:type", QStringLiteral("dxa")}});
    xml.end().end();
    xml.end();
    xml.end(); // styles
    return xml.finish();
}

QByteArray DocxStyles::settingsPart(bool evenAndOddFooters)
{
    DocxXml xml;
    xml.start("w:settings", {{"xmlns:w", QString::fromLatin1(DocxXml::kWordNamespace)}});
    // In the order of the schema's sequence: Word refuses a settings part whose elements are out of order.
    xml.element("w:zoom", {{"w:percent", QStringLiteral("100")}});
    xml.value("w:defaultTabStop", DocxXml::twipsFromPt(16) * 2);
    if (evenAndOddFooters)
        xml.element("w:evenAndOddHeaders");
    // Full-width punctuation keeps its full width, as in the PDF.
    xml.value("w:characterSpacingControl", QStringLiteral("doNotCompress"));
    xml.start("w:compat");
    // A line ended by a line break inside a justified paragraph (the lines of a quoted report) is not stretched.
    xml.element("w:doNotExpandShiftReturn");
    xml.element("w:compatSetting", {{"w:name", QStringLiteral("compatibilityMode")},
                                    {"w:uri", QStringLiteral("http://schemas.microsoft.com/office/word")},
                                    {"w:val", QStringLiteral("15")}});
    xml.end();
    xml.element("w:themeFontLang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}});
    xml.end();
    return xml.finish();
}

QByteArray DocxStyles::fontTablePart()
{
    DocxXml xml;
    xml.start("w:fonts", {{"xmlns:w", QString::fromLatin1(DocxXml::kWordNamespace)}});
    for (const FontEntry& font : kFonts) {
        xml.start("w:font", {{"w:name", utf16(font.name)}});
        xml.value("w:altName", utf16(font.alternative));
        xml.value("w:panose1", QString::fromLatin1(font.panose));
        xml.value("w:charset", QStringLiteral("86")); // GB2312
        xml.value("w:family", QString::fromLatin1(font.family));
        xml.value("w:pitch", QStringLiteral("variable"));
        xml.end();
    }
    for (const auto& [name, alternative, family] : {std::tuple{"Times New Roman", "Liberation Serif", "roman"},
                                                    std::tuple{"Arial", "Liberation Sans", "swiss"}}) {
        xml.start("w:font", {{"w:name", QString::fromLatin1(name)}});
        xml.value("w:altName", QString::fromLatin1(alternative));
        xml.value("w:charset", QStringLiteral("00"));
        xml.value("w:family", QString::fromLatin1(family));
        xml.value("w:pitch", QStringLiteral("variable"));
        xml.end();
    }
    xml.end();
    return xml.finish();
}

} // namespace branddesk
