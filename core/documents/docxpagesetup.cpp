// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/docxpagesetup.h"

#include "core/documents/docxstyles.h"
#include "core/documents/docxxml.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace branddesk {
namespace {

constexpr qreal kA4WidthMm = 210;
constexpr qreal kA4HeightMm = 297;

bool landscape(const PageStyle& style)
{
    return style.orientation == QPageLayout::Landscape;
}

/// A run of footer text in the footer's style.
void footerRun(DocxXml& xml, const PageStyle& style, const QString& text)
{
    if (text.isEmpty())
        return;
    xml.start("w:r");
    DocxStyles::runProperties(xml, style.footerText, DocxStyles::faceOf(style.footerText));
    xml.element("w:t", {{"xml:space", QStringLiteral("preserve")}}, text);
    xml.end();
}

/// A field (PAGE, SECTIONPAGES) with `shown` as its last computed result.
void footerField(DocxXml& xml, const PageStyle& style, const char* instruction, const QString& shown)
{
    const auto fieldChar = [&](const char* type) {
        xml.start("w:r");
        DocxStyles::runProperties(xml, style.footerText, DocxStyles::faceOf(style.footerText));
        xml.element("w:fldChar", {{"w:fldCharType", QString::fromLatin1(type)}});
        xml.end();
    };
    fieldChar("begin");
    xml.start("w:r");
    DocxStyles::runProperties(xml, style.footerText, DocxStyles::faceOf(style.footerText));
    xml.element("w:instrText", {{"xml:space", QStringLiteral("preserve")}},
                QLatin1Char(' ') + QString::fromLatin1(instruction) + QLatin1Char(' '));
    xml.end();
    fieldChar("separate");
    footerRun(xml, style, shown);
    fieldChar("end");
}

} // namespace

qreal DocxPageSetup::textWidth(const PageStyle& style)
{
    const qreal paper = landscape(style) ? kA4HeightMm : kA4WidthMm;
    return (paper - style.marginsMm.left() - style.marginsMm.right()) * DocxXml::kPointsPerMm;
}

qreal DocxPageSetup::textHeight(const PageStyle& style)
{
    const qreal paper = landscape(style) ? kA4WidthMm : kA4HeightMm;
    return (paper - style.marginsMm.top() - style.marginsMm.bottom()) * DocxXml::kPointsPerMm;
}

bool DocxPageSetup::outerSideNumbers(const PageStyle& style)
{
    return style.footer == PageStyle::Footer::Dashes;
}

QByteArray DocxPageSetup::footerPart(const PageStyle& style, Pages pages, bool batch)
{
    // A batch counts each section's pages (SECTIONPAGES); one document counts the file's, which every word
    // processor knows (LibreOffice 7.4 reads SECTIONPAGES as a plain page count).
    const char* pageCount = batch ? "SECTIONPAGES" : "NUMPAGES";
    DocxXml xml;
    xml.start("w:ftr", {{"xmlns:w", QString::fromLatin1(DocxXml::kWordNamespace)}});
    xml.start("w:p").start("w:pPr");
    xml.value("w:pStyle", QStringLiteral("Footer"));
    xml.element("w:spacing", {{"w:line", QString::number(DocxXml::twipsFromPt(style.footerText.pitch()))},
                              {"w:lineRule", QStringLiteral("exact")}});
    const QString oneCharacter = QString::number(DocxXml::twipsFromPt(style.footerText.pointSize));
    if (!outerSideNumbers(style))
        xml.value("w:jc", QStringLiteral("center"));
    else if (pages == Pages::Even)
        xml.element("w:ind", {{"w:left", oneCharacter}}).value("w:jc", QStringLiteral("left"));
    else
        xml.element("w:ind", {{"w:right", oneCharacter}}).value("w:jc", QStringLiteral("right"));
    xml.end(); // pPr

    if (outerSideNumbers(style)) {
        // "— 1 —": the dashes stay around the number Word computes.
        const QString label = style.footerLabel(1, 1);
        const qsizetype number = label.indexOf(QLatin1Char('1'));
        footerRun(xml, style, label.left(number));
        footerField(xml, style, "PAGE", QStringLiteral("1"));
        footerRun(xml, style, label.mid(number + 1));
    } else {
        const QString format = style.footerFormat.isEmpty() ? QCoreApplication::translate("PageStyle", "Page %1 of %2")
                                                            : style.footerFormat;
        static const QRegularExpression placeholder(QStringLiteral("%([12])"));
        qsizetype from = 0;
        for (const QRegularExpressionMatch& match : placeholder.globalMatch(format)) {
            footerRun(xml, style, format.mid(from, match.capturedStart() - from));
            const bool page = match.captured(1) == QLatin1String("1");
            footerField(xml, style, page ? "PAGE" : pageCount, QStringLiteral("1"));
            from = match.capturedEnd();
        }
        footerRun(xml, style, format.mid(from));
    }
    xml.end().end(); // p, ftr
    return xml.finish();
}

void DocxPageSetup::sectionProperties(DocxXml& xml, const PageStyle& style, const QString& footerId,
                                      const QString& evenFooterId)
{
    const QString relationship = QString::fromLatin1(DocxXml::kRelationshipsNamespace);
    xml.start("w:sectPr");
    if (!evenFooterId.isEmpty())
        xml.element("w:footerReference", {{"w:type", QStringLiteral("even")}, {"r:id", evenFooterId}});
    xml.element("w:footerReference", {{"w:type", QStringLiteral("default")}, {"r:id", footerId}});
    xml.value("w:type", QStringLiteral("nextPage"));

    const qint64 width = DocxXml::twipsFromMm(landscape(style) ? kA4HeightMm : kA4WidthMm);
    const qint64 height = DocxXml::twipsFromMm(landscape(style) ? kA4WidthMm : kA4HeightMm);
    if (landscape(style))
        xml.element("w:pgSz", {{"w:w", QString::number(width)},
                               {"w:h", QString::number(height)},
                               {"w:orient", QStringLiteral("landscape")}});
    else
        xml.element("w:pgSz", {{"w:w", QString::number(width)}, {"w:h", QString::number(height)}});

    // The footer's foot: the page number's top stands footerGapMm under the text block.
    const QMarginsF& margins = style.marginsMm;
    const qreal footerMm =
        std::max<qreal>(5, margins.bottom() - style.footerGapMm - style.footerText.pitch() / DocxXml::kPointsPerMm);
    xml.element("w:pgMar", {{"w:top", QString::number(DocxXml::twipsFromMm(margins.top()))},
                            {"w:right", QString::number(DocxXml::twipsFromMm(margins.right()))},
                            {"w:bottom", QString::number(DocxXml::twipsFromMm(margins.bottom()))},
                            {"w:left", QString::number(DocxXml::twipsFromMm(margins.left()))},
                            {"w:header", QString::number(DocxXml::twipsFromMm(std::min<qreal>(15, margins.top())))},
                            {"w:footer", QString::number(DocxXml::twipsFromMm(footerMm))},
                            {"w:gutter", QStringLiteral("0")}});
    xml.element("w:pgNumType", {{"w:start", QStringLiteral("1")}});
    // The line pitch of the body for Word's grid settings, but no grid in force: every paragraph has its exact
    // line height already, and a grid in force makes LibreOffice and WPS snap taller lines to two grid lines.
    xml.element("w:docGrid", {{"w:linePitch", QString::number(DocxXml::twipsFromPt(style.body.pitch()))}});
    xml.end();
}

} // namespace branddesk
