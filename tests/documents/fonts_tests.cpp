// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The print fonts: chosen so that text copied out of a PDF is the text printed.
#include "core/documents/documentfonts.h"
#include "core/documents/pagestyle.h"
#include "tests/support/stringmakers.h"

#include <QFontDatabase>
#include <QFontInfo>

#include <catch2/catch.hpp>

using namespace branddesk;

namespace {

bool installed(const QString& family)
{
    return QFontDatabase::families().contains(family);
}

bool windowsFontsInstalled()
{
    for (const char* family : {"FangSong", "SimSun", "Microsoft YaHei", "SimHei"}) {
        if (installed(QString::fromLatin1(family)))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Noto CJK fails the extraction check: its Kangxi radicals share glyphs with ideographs")
{
    if (!installed(QStringLiteral("Noto Serif CJK SC"))) {
        WARN("Noto CJK is not installed: nothing to check");
        return;
    }
    CHECK_FALSE(DocumentFonts::extractsCleanly(QStringLiteral("Noto Serif CJK SC")));
    CHECK_FALSE(DocumentFonts::extractsCleanly(QStringLiteral("Noto Sans CJK SC")));
}

TEST_CASE("AR PL UMing and WenQuanYi Micro Hei pass the extraction check")
{
    REQUIRE(installed(QStringLiteral("AR PL UMing CN")));
    REQUIRE(installed(QStringLiteral("WenQuanYi Micro Hei")));
    CHECK(DocumentFonts::extractsCleanly(QStringLiteral("AR PL UMing CN")));
    CHECK(DocumentFonts::extractsCleanly(QStringLiteral("WenQuanYi Micro Hei")));
}

TEST_CASE("a family that is not installed or has no Chinese glyphs is not clean")
{
    CHECK_FALSE(DocumentFonts::extractsCleanly(QStringLiteral("No Such Font Family")));
    if (installed(QStringLiteral("DejaVu Sans")))
        CHECK_FALSE(DocumentFonts::extractsCleanly(QStringLiteral("DejaVu Sans")));
}

TEST_CASE("AR PL UKai, the nearest face to FangSong on Debian, passes the extraction check")
{
    REQUIRE(installed(QStringLiteral("AR PL UKai CN"))); // packaging/install-deps.sh: fonts-arphic-ukai
    CHECK(DocumentFonts::extractsCleanly(QStringLiteral("AR PL UKai CN")));
}

TEST_CASE("documents print in FangSong's nearest installed face, AR PL UKai on Debian, never in Noto CJK")
{
    const DocumentFonts fonts = DocumentFonts::choose();
    CHECK(DocumentFonts::extractsCleanly(fonts.serifFamily()));
    CHECK(DocumentFonts::extractsCleanly(fonts.sansFamily()));
    CHECK_FALSE(fonts.serifFamily().startsWith(QLatin1String("Noto")));
    CHECK_FALSE(fonts.sansFamily().startsWith(QLatin1String("Noto")));
    // FangSong first, then Kai before Song/Ming.
    const QStringList candidates = DocumentFonts::serifCandidates();
    CHECK(candidates.first() == QStringLiteral("FangSong"));
    CHECK(candidates.indexOf(QStringLiteral("AR PL UKai CN")) < candidates.indexOf(QStringLiteral("AR PL UMing CN")));
    CHECK(candidates.indexOf(QStringLiteral("KaiTi")) < candidates.indexOf(QStringLiteral("SimSun")));
    if (!windowsFontsInstalled()) {
        CHECK(fonts.serifFamily() == QStringLiteral("AR PL UKai CN"));
        CHECK(fonts.sansFamily() == QStringLiteral("WenQuanYi Micro Hei"));
    }
    CHECK(DocumentFonts::installed().serifFamily() == fonts.serifFamily());
}

TEST_CASE("a text style's font is its family, at its size, with the other family to fall back on")
{
    const DocumentFonts fonts = DocumentFonts::choose();
    TextStyle heading;
    heading.typeface = Typeface::Sans;
    heading.pointSize = 16;
    heading.bold = true;
    const QFont font = fonts.font(heading);
    CHECK(font.families() == QStringList{fonts.sansFamily(), fonts.serifFamily()});
    CHECK(font.pointSizeF() == 16);
    CHECK(font.bold());
    CHECK(QFontInfo(font).family() == fonts.sansFamily());
}
