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
    // Lays the text out `narrowing` pixels narrower than `width`, the lines moved by `shift`.
    const auto layOut = [&](qreal narrowing, qreal shift) {
        layout->beginLayout();
        for (int i = 0;; ++i) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const qreal indent = i == 0 ? options.firstLineIndent : 0;
            line.setLineWidth(std::max(width - narrowing - indent, metrics.averageCharWidth()));
            const qreal glyphHeight = line.ascent() + line.descent();
            line.setPosition(QPointF(shift + indent, i * box.m_pitch + (box.m_pitch - glyphHeight) / 2));
        }
        layout->endLayout();
        return layout->lineCount();
    };
    const int lineCount = layOut(0, 0);
    if (options.balanced && lineCount > 1 && !lines.contains(QChar::LineSeparator)) {
        // The narrowest width that keeps the number of lines: the last line is as full as the others.
        qreal fits = 0;
        qreal breaks = width - metrics.averageCharWidth();
        while (breaks - fits > 0.5) {
            const qreal middle = (fits + breaks) / 2;
            (layOut(middle, 0) == lineCount ? fits : breaks) = middle;
        }
        const Qt::Alignment horizontal = options.alignment & Qt::AlignHorizontal_Mask;
        const qreal shift = horizontal & Qt::AlignHCenter ? fits / 2 : horizontal & Qt::AlignRight ? fits : 0;
        layOut(fits, shift);
    }
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
