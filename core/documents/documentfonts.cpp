// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/documentfonts.h"

#include "core/documents/pagestyle.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QSet>

#include <algorithm>

namespace branddesk {
namespace {

// Characters every print font must have: the campaign's vocabulary and the punctuation of documents.
QString probe()
{
    return QStringLiteral("督查通报截止日期服务品牌〔〕—：，。（）");
}

bool hasGlyphs(const QRawFont& font, const QString& text)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    return glyphs.size() == text.size() && !glyphs.contains(0);
}

QString firstClean(const QStringList& candidates, const QStringList& installed)
{
    for (const QString& candidate : candidates) {
        if (installed.contains(candidate) && DocumentFonts::extractsCleanly(candidate))
            return candidate;
    }
    return {};
}

// Any other installed Chinese family that extracts cleanly; Noto CJK is skipped by name as well.
QString anyClean(const QStringList& installed)
{
    for (const QString& family : QFontDatabase::families(QFontDatabase::SimplifiedChinese)) {
        if (installed.contains(family) && !family.startsWith(QLatin1String("Noto")) &&
            DocumentFonts::extractsCleanly(family))
            return family;
    }
    return {};
}

} // namespace

QStringList DocumentFonts::serifCandidates()
{
    // GB/T 9704 sets the body in 仿宋. Where no FangSong is installed, a Kai face is the nearest: like FangSong
    // it is drawn with an even, calligraphic stroke and proportional digits, where a Song/Ming face has thick and
    // thin strokes and, in AR PL UMing, full-width digits. Song/Ming last.
    return {QStringLiteral("FangSong"),        QStringLiteral("仿宋"),           QStringLiteral("FangSong_GB2312"),
            QStringLiteral("仿宋_GB2312"),     QStringLiteral("KaiTi"),          QStringLiteral("楷体"),
            QStringLiteral("KaiTi_GB2312"),    QStringLiteral("楷体_GB2312"),    QStringLiteral("AR PL UKai CN"),
            QStringLiteral("AR PL KaitiM GB"), QStringLiteral("SimSun"),         QStringLiteral("宋体"),
            QStringLiteral("AR PL UMing CN"),  QStringLiteral("AR PL UMing TW"), QStringLiteral("AR PL UMing HK")};
}

const DocumentFonts& DocumentFonts::installed()
{
    static const DocumentFonts fonts = choose();
    return fonts;
}

DocumentFonts DocumentFonts::choose()
{
    const QStringList installed = QFontDatabase::families();
    DocumentFonts fonts;
    fonts.m_serif = firstClean(serifCandidates(), installed);
    if (fonts.m_serif.isEmpty())
        fonts.m_serif = anyClean(installed);
    fonts.m_sans =
        firstClean({QStringLiteral("Microsoft YaHei"), QStringLiteral("微软雅黑"), QStringLiteral("SimHei"),
                    QStringLiteral("黑体"), QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei")},
                   installed);
    if (fonts.m_sans.isEmpty())
        fonts.m_sans = fonts.m_serif;
    if (fonts.m_serif.isEmpty())
        fonts.m_serif = fonts.m_sans;
    const auto firstInstalled = [&installed](const QStringList& candidates) {
        for (const QString& candidate : candidates)
            if (installed.contains(candidate))
                return candidate;
        return QString();
    };
    fonts.m_latinSerif = firstInstalled(
        {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif")});
    fonts.m_latinSans =
        firstInstalled({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    // Nothing clean installed: print in the platform's default font rather than not at all.
    if (fonts.m_serif.isEmpty())
        fonts.m_serif = fonts.m_sans = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    return fonts;
}

bool DocumentFonts::extractsCleanly(const QString& family)
{
    if (!QFontDatabase::families().contains(family))
        return false;
    QFont font(family);
    font.setPixelSize(64);
    // The family's own glyphs: asking for a writing system would let Qt fall back to another family.
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Any);
    if (!raw.isValid() || !hasGlyphs(raw, probe()))
        return false;

    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs.append(QChar(c));
    QString below;
    for (char16_t c = 0x2E80; c <= 0x4DFF; ++c)
        below.append(QChar(c));
    const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
    QSet<quint32> used(ideographGlyphs.begin(), ideographGlyphs.end());
    used.remove(0);
    const QList<quint32> belowGlyphs = raw.glyphIndexesForString(below);
    return std::none_of(belowGlyphs.begin(), belowGlyphs.end(),
                        [&used](quint32 glyph) { return glyph != 0 && used.contains(glyph); });
}

const QString& DocumentFonts::latinFamily(Typeface typeface) const
{
    return typeface == Typeface::Sans ? m_latinSans : m_latinSerif;
}

QFont DocumentFonts::font(const TextStyle& style) const
{
    const bool sans = style.typeface == Typeface::Sans;
    QFont font;
    font.setFamilies({sans ? m_sans : m_serif, sans ? m_serif : m_sans});
    font.setPointSizeF(style.pointSize);
    font.setBold(style.bold);
    // Metrics as designed, not snapped to a screen's pixels: the page is laid out at the printer's resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace branddesk
