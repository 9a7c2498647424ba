// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/documenthtml.h"

namespace branddesk::bench {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString rowHtml(const DocumentRow& row, const char* cellTag)
{
    QString html = QStringLiteral("<tr>");
    for (const DocumentCell& cell : row.cells)
        html += QStringLiteral("<%1 colspan=\"%2\" rowspan=\"%3\">%4%5%6</%1>")
                    .arg(QLatin1String(cellTag))
                    .arg(cell.columnSpan)
                    .arg(cell.rowSpan)
                    .arg(row.bold ? QStringLiteral("<b>") : QString(), escaped(cell.text),
                         row.bold ? QStringLiteral("</b>") : QString());
    return html + QStringLiteral("</tr>\n");
}

QString blockHtml(const DocumentBlock& block)
{
    if (const auto* title = std::get_if<TitleBlock>(&block))
        return QStringLiteral("<h1>%1</h1>\n").arg(escaped(title->text));
    if (const auto* heading = std::get_if<HeadingBlock>(&block))
        return QStringLiteral("<h%1>%2</h%1>\n").arg(std::clamp(heading->level + 1, 2, 6)).arg(escaped(heading->text));
    if (const auto* paragraph = std::get_if<ParagraphBlock>(&block))
        return QStringLiteral("<p>%1%2</p>\n")
            .arg(paragraph->lead.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(escaped(paragraph->lead)),
                 escaped(paragraph->text));
    if (const auto* table = std::get_if<DocumentTable>(&block)) {
        QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" width=\"100%\">\n<thead>\n");
        for (const DocumentRow& row : table->headerRows)
            html += rowHtml(row, "th");
        html += QStringLiteral("</thead>\n<tbody>\n");
        for (const DocumentRow& row : table->rows)
            html += rowHtml(row, "td");
        return html + QStringLiteral("</tbody>\n</table>\n");
    }
    if (const auto* field = std::get_if<RuledFieldBlock>(&block)) {
        QString html = QStringLiteral("<p>%1</p>\n").arg(escaped(field->label));
        for (int line = 0; line < field->lines; ++line)
            html += QStringLiteral("<hr>\n");
        return html;
    }
    if (const auto* fields = std::get_if<FieldRowBlock>(&block))
        return QStringLiteral("<p>%1</p>\n").arg(escaped(fields->labels.join(QStringLiteral("　　　　　　"))));
    if (std::holds_alternative<PageBreakBlock>(block))
        return QStringLiteral("<p style=\"page-break-before: always\"></p>\n");
    if (const auto* closing = std::get_if<ClosingBlock>(&block))
        return QStringLiteral("<p align=\"right\">%1</p>\n").arg(escaped(closing->lines.join(QLatin1Char('\n'))));
    return {}; // spacing
}

} // namespace

QString documentsAsHtml(const QList<PrintDocument>& documents)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>bench</title>"
                                  "<style>body { font-family: 'AR PL UMing CN'; } td, th { padding: 2px; }</style>"
                                  "</head><body>\n");
    for (qsizetype index = 0; index < documents.size(); ++index) {
        if (index > 0)
            html += QStringLiteral("<p style=\"page-break-before: always\"></p>\n");
        for (const DocumentBlock& block : documents.at(index).blocks())
            html += blockHtml(block);
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace branddesk::bench
