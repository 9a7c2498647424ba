// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>
#include <QTextCharFormat>

namespace branddesk {

/// Paints a cell's text with the search words marked, as a search result list does. Text wider than the cell is
/// shifted so that the first match shows in the middle rather than cut off at the right.
class HighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit HighlightDelegate(QObject* parent = nullptr);
    void setTerms(const QStringList& terms) { m_terms = terms; }
    const QStringList& terms() const { return m_terms; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The character ranges of `text` that match any of `terms` (case-insensitive), sorted, not overlapping.
    static QList<std::pair<qsizetype, qsizetype>> matches(const QString& text, const QStringList& terms);
    /// How a match is marked, here and in the opened report (SearchHighlighter).
    static QTextCharFormat matchFormat();

private:
    QStringList m_terms;
};

} // namespace branddesk
