// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/textbox.h"

#include <QFontMetricsF>
#include <QTextOption>

#include <algorithm>

namespace branddesk {

TextBox TextBox::make(const QString& text, const QFont& font, const QPaintDevice* device, qreal width,
                      const Options& options)
{
    QString lines = text;
    lines.replace(QLatin1String("\r\n"), QStringLiteral("\n"));
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);

    auto layout = std::make_shared<QTextLayout>(lines, font, device);
    QTextOption option(options.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(options.formats);
    layout->setCacheEnabled(true);

    const QFontMetricsF metrics(font, device);
    TextBox box;
    box.m_pitch = options.pitch > 0 ? options.pitch : metrics.lineSpacing();
    layout->beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = i == 0 ? options.firstLineIndent : 0;
        line.setLineWidth(std::max(width - indent, metrics.averageCharWidth()));
        const qreal glyphHeight = line.ascent() + line.descent();
        line.setPosition(QPointF(indent, i * box.m_pitch + (box.m_pitch - glyphHeight) / 2));
    }
    layout->endLayout();
    box.m_layout = std::move(layout);
    return box;
}

qreal TextBox::naturalWidth() const
{
    qreal widest = 0;
    for (int i = 0; i < lineCount(); ++i)
        widest = std::max(widest, lineEnd(i));
    return widest;
}

qreal TextBox::lineEnd(int line) const
{
    // cursorToX() counts the line's alignment in.
    const QTextLine textLine = m_layout->lineAt(line);
    return textLine.cursorToX(textLine.textStart() + textLine.textLength());
}

} // namespace branddesk
