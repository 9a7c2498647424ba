// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace branddesk {

struct TextStyle;

/// The two font families printed documents use: a serif (Song/Ming or FangSong) for body text and a sans
/// (Hei) for headings.
///
/// A family is only used when Qt's PDF output of it gives back the characters printed. Qt 6.4 writes the
/// ToUnicode map of an embedded font by asking, for each glyph, which code point maps to it, lowest first;
/// fonts such as Noto CJK map Kangxi radicals (U+2F00–U+2FDF) to the same glyphs as the ideographs, so "止"
/// is copied out of the PDF as "⽌". extractsCleanly() checks a family for exactly that.
enum class Typeface;

class DocumentFonts {
public:
    /// The families chosen once from the installed fonts (thread-safe; needs a QGuiApplication).
    static const DocumentFonts& installed();
    /// Chooses afresh from the installed fonts. Serif: the first of serifCandidates() that is installed and
    /// extracts cleanly, else another clean Chinese font. Sans: Microsoft YaHei / SimHei (Windows), else
    /// WenQuanYi Micro Hei (fonts-wqy-microhei), else the serif.
    static DocumentFonts choose();
    /// The body faces in order of preference: FangSong (Windows), then the Kai faces as the nearest to it
    /// (KaiTi on Windows, AR PL UKai from Debian's fonts-arphic-ukai), then Song/Ming (SimSun, AR PL UMing).
    static QStringList serifCandidates();

    /// True when the family exists, has Chinese glyphs, and no code point below the CJK Unified Ideographs
    /// (radicals, symbols, Extension A) shares a glyph with an ideograph.
    static bool extractsCleanly(const QString& family);

    const QString& serifFamily() const { return m_serif; }
    const QString& sansFamily() const { return m_sans; }
    /// The face of digits and Latin letters beside a typeface, as official documents set them (Times New Roman
    /// beside Song/FangSong, Arial beside Hei, or their metric twins Liberation Serif and Sans): the Chinese
    /// faces' own Latin glyphs are monospaced and stretch "89.5%". Empty when none is installed.
    const QString& latinFamily(Typeface typeface) const;
    /// The font of a text style: its family first, the other family as the fallback for missing glyphs.
    QFont font(const TextStyle& style) const;

private:
    QString m_serif;
    QString m_sans;
    QString m_latinSerif;
    QString m_latinSans;
};

} // namespace branddesk
