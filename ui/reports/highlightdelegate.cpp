// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/highlightdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace branddesk {

HighlightDelegate::HighlightDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QList<std::pair<qsizetype, qsizetype>> HighlightDelegate::matches(const QString& text, const QStringList& terms)
{
    QList<std::pair<qsizetype, qsizetype>> found; // start, length
    for (const QString& term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            found.append({at, term.size()});
    }
    std::sort(found.begin(), found.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto& range : found) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second) {
            const qsizetype end = std::max(merged.last().first + merged.last().second, range.first + range.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

QTextCharFormat HighlightDelegate::matchFormat()
{
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xe0, 0x66));
    format.setForeground(QColor(0x20, 0x20, 0x20));
    format.setFontWeight(QFont::Bold);
    return format;
}

void HighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const auto ranges = matches(text, m_terms);
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background, selection and focus as usual, then the text with the matches marked.
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    QTextLayout layout(text, opt.font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto& [start, length] : ranges) {
        QTextLayout::FormatRange range;
        range.start = int(start);
        range.length = int(length);
        range.format = matchFormat();
        formats.append(range);
    }
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();
    // Wider than the cell: the first match in the middle, the text neither starting late nor ending early.
    qreal shift = 0;
    if (line.isValid() && line.naturalTextWidth() > textRect.width()) {
        const auto [start, length] = ranges.first();
        const qreal middle = (line.cursorToX(int(start)) + line.cursorToX(int(start + length))) / 2;
        shift = std::clamp(middle - textRect.width() / 2.0, 0.0, line.naturalTextWidth() - textRect.width());
    }

    painter->save();
    painter->setClipRect(textRect);
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(
        opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - (line.isValid() ? line.height() : 0)) / 2;
    layout.draw(painter, QPointF(textRect.left() - shift, y));
    painter->restore();
}

} // namespace branddesk
