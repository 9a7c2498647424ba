// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/documentpages.h"

#include <QPainter>

namespace branddesk {

void DocumentPages::addPage()
{
    m_pages.append(QList<Mark>());
}

void DocumentPages::add(const Mark& mark)
{
    if (m_pages.isEmpty())
        addPage();
    m_pages.last().append(mark);
}

void DocumentPages::add(int page, const Mark& mark)
{
    m_pages[page].append(mark);
}

void DocumentPages::paint(QPainter& painter, int page) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Mark& mark : m_pages.at(page)) {
        if (const auto* text = std::get_if<Text>(&mark)) {
            painter.setPen(text->color);
            text->layout->lineAt(text->line).draw(&painter, text->origin);
        } else if (const auto* rule = std::get_if<Rule>(&mark)) {
            QPen pen(rule->color, rule->width);
            pen.setCapStyle(Qt::SquareCap);
            painter.setPen(pen);
            painter.drawLine(rule->line);
        }
    }
    painter.restore();
}

QString DocumentPages::text(int page) const
{
    QStringList lines;
    for (const Mark& mark : m_pages.at(page)) {
        if (const auto* text = std::get_if<Text>(&mark)) {
            const QTextLine line = text->layout->lineAt(text->line);
            lines.append(text->layout->text().mid(line.textStart(), line.textLength()));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace branddesk
