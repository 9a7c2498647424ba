// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QTextLayout>

#include <memory>
#include <variant>

class QPainter;

namespace branddesk {

/// A document laid out for one paint device: what goes on each page, in device pixels from the top-left
/// corner of the paper. Made by DocumentLayouter, painted by DocumentPainter.
class DocumentPages {
public:
    /// One line of a laid-out text, drawn with the line's own position offset by `origin`.
    struct Text {
        std::shared_ptr<const QTextLayout> layout;
        int line = 0;
        QPointF origin;
        QColor color;
    };
    /// A straight rule (table borders, ruled fields, the red rule of the official header).
    struct Rule {
        QLineF line;
        qreal width = 1;
        QColor color;
    };
    using Mark = std::variant<Text, Rule>;

    int count() const { return static_cast<int>(m_pages.size()); }
    /// Starts a new, empty page; marks go to the last page.
    void addPage();
    void add(const Mark& mark);
    void add(int page, const Mark& mark);
    const QList<Mark>& marks(int page) const { return m_pages.at(page); }

    /// Paints page `page` with `painter`, whose coordinates must be the page's device pixels.
    void paint(QPainter& painter, int page) const;
    /// The text of a page, line by line in the order laid out (for tests and diagnostics).
    QString text(int page) const;

private:
    QList<QList<Mark>> m_pages;
};

} // namespace branddesk
