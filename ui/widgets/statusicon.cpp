// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/statusicon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace branddesk {

QIcon lightIcon(Light light)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(light);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QColor colour;
    switch (light) {
    case Light::None:
        return {};
    case Light::Green:
        colour = QColor(0x1e, 0x8a, 0x5a);
        break;
    case Light::Yellow:
        colour = QColor(0xe0, 0xa8, 0x00);
        break;
    case Light::Red:
        colour = QColor(0xc0, 0x1f, 0x2f);
        break;
    case Light::Grey:
        colour = QColor(0xa0, 0xa0, 0xa0);
        break;
    }
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour.darker(130));
        painter.setBrush(colour);
        const qreal margin = size / 6.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace branddesk
