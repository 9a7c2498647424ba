// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPaintDevice;

namespace branddesk {

/// A piece of text broken into lines of a given width on a fixed line pitch, measured for one paint device.
/// Line i occupies the band [i × pitch, (i + 1) × pitch) of the box, its glyphs centred in the band.
class TextBox {
public:
    struct Options {
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal firstLineIndent = 0; ///< device pixels
        qreal pitch = 0;           ///< device pixels from line to line; 0: the font's line spacing
        QList<QTextLayout::FormatRange> formats;
        /// Text that must break is broken into lines of even length, so that no line holds a lone character
        /// (a cell's "市安全生产监督管理/局" becomes "市安全生产/监督管理局"). Not for text with "\n".
        bool balanced = false;
    };

    TextBox() = default;
    /// Lays `text` out in lines at most `width` device pixels wide ("\n" breaks a line).
    static TextBox make(const QString& text, const QFont& font, const QPaintDevice* device, qreal width,
                        const Options& options);

    int lineCount() const { return m_layout ? m_layout->lineCount() : 0; }
    qreal pitch() const { return m_pitch; }
    qreal height() const { return lineCount() * m_pitch; }
    /// The width of the widest line's text.
    qreal naturalWidth() const;
    /// The x just after the text of line `line`, from the box's left.
    qreal lineEnd(int line) const;
    /// The layout, shared with the marks that draw its lines.
    const std::shared_ptr<const QTextLayout>& layout() const { return m_layout; }

private:
    std::shared_ptr<const QTextLayout> m_layout;
    qreal m_pitch = 0;
};

} // namespace branddesk
