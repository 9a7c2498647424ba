// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/logo.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

int longerSide(const QSize& size)
{
    return std::max(size.width(), size.height());
}

/// Checks what every accepted logo must be: PNG bytes that decode to `size`, and a thumbnail within 128 px.
void checkStoredForm(const Logo& logo)
{
    CHECK(logo.png.startsWith(kPngSignature));
    CHECK(logo.thumbnailPng.startsWith(kPngSignature));
    CHECK(logo.image().size() == logo.size);
    CHECK(longerSide(logo.size) <= Logo::kLogoMaxSide);
    const QImage thumbnail = logo.thumbnail();
    REQUIRE_FALSE(thumbnail.isNull());
    CHECK(longerSide(thumbnail.size()) <= Logo::kLogoThumbnailSide);
}

} // namespace

TEST_CASE("a PNG logo is accepted at its own size, with a thumbnail of at most 128 pixels")
{
    const Result<Logo> logo = Logo::fromData(encoded(anImage(QSize(200, 100)), "PNG"));
    REQUIRE(logo);
    CHECK(logo->sourceFormat == QStringLiteral("png"));
    CHECK(logo->size == QSize(200, 100));
    checkStoredForm(*logo);
    CHECK(logo->thumbnail().size() == QSize(128, 64));
    // The picture itself survives: the disc's colour is where it was drawn.
    CHECK(logo->image().pixelColor(50, 50) == QColor(0xc0, 0x1f, 0x2f));
}

TEST_CASE("a JPEG logo is accepted and stored as PNG")
{
    const Result<Logo> logo = Logo::fromData(encoded(anImage(QSize(300, 300)), "JPEG"));
    REQUIRE(logo);
    CHECK(logo->sourceFormat == QStringLiteral("jpeg"));
    CHECK(logo->size == QSize(300, 300));
    checkStoredForm(*logo);
}

TEST_CASE("an SVG logo is drawn at the largest logo size")
{
    const bool withDeclaration = GENERATE(false, true);
    CAPTURE(withDeclaration);
    const Result<Logo> logo = Logo::fromData(anSvg(64, 32, withDeclaration));
    REQUIRE(logo);
    CHECK(logo->sourceFormat == QStringLiteral("svg"));
    CHECK(logo->size == QSize(Logo::kLogoMaxSide, Logo::kLogoMaxSide / 2));
    checkStoredForm(*logo);
}

TEST_CASE("a small logo is not blown up")
{
    const Result<Logo> logo = Logo::fromData(encoded(anImage(QSize(50, 40)), "PNG"));
    REQUIRE(logo);
    CHECK(logo->size == QSize(50, 40));
    CHECK(logo->thumbnail().size() == QSize(50, 40));
}

TEST_CASE("a wide 3000 x 100 image is scaled so that its longer side is 1024 pixels")
{
    const Result<Logo> logo = Logo::fromData(encoded(anImage(QSize(3000, 100)), "PNG"));
    REQUIRE(logo);
    CHECK(logo->size.width() == 1024);
    CHECK(logo->size.height() == 34); // 100 × 1024 / 3000, keeping the aspect ratio
    checkStoredForm(*logo);
    CHECK(logo->thumbnail().width() == 128);
}

TEST_CASE("bytes that are not an image are refused as invalid")
{
    SECTION("random bytes")
    {
        QRandomGenerator random(20090515);
        QByteArray garbage(4096, '\0');
        random.fillRange(reinterpret_cast<quint32*>(garbage.data()), garbage.size() / 4);
        const Result<Logo> logo = Logo::fromData(garbage);
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::Validation);
        CHECK_FALSE(logo.error().message.isEmpty());
    }
    SECTION("text")
    {
        const Result<Logo> logo = Logo::fromData(QStringLiteral("阳光财政的标识").toUtf8());
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::Validation);
    }
    SECTION("nothing")
    {
        const Result<Logo> logo = Logo::fromData(QByteArray());
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::Validation);
    }
    SECTION("a BMP, which is an image but not one of the accepted formats")
    {
        const Result<Logo> logo = Logo::fromData(encoded(anImage(QSize(20, 20)), "BMP"));
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::Validation);
    }
    SECTION("a damaged PNG")
    {
        const QByteArray png = encoded(anImage(QSize(200, 100)), "PNG");
        const Result<Logo> logo = Logo::fromData(png.left(png.size() / 2));
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::Validation);
    }
    SECTION("a broken SVG")
    {
        const Result<Logo> logo = Logo::fromData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=");
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::Validation);
    }
}

TEST_CASE("a logo file over 5 MB is refused even when it is a valid image")
{
    QByteArray png = encoded(anImage(QSize(200, 100)), "PNG");
    SECTION("5 MB exactly is accepted")
    {
        png.append(QByteArray(Logo::kMaxFileBytes - png.size(), '\0'));
        REQUIRE(png.size() == Logo::kMaxFileBytes);
        CHECK(Logo::fromData(png));
    }
    SECTION("one byte more is refused")
    {
        png.append(QByteArray(Logo::kMaxFileBytes + 1 - png.size(), '\0'));
        const Result<Logo> logo = Logo::fromData(png);
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::Validation);
        CHECK(logo.error().message.contains(QStringLiteral("5 MB")));
    }
    SECTION("read from a file")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("标识.png"));
        png.append(QByteArray(Logo::kMaxFileBytes + 1 - png.size(), '\0'));
        writeFile(path, png);
        const Result<Logo> logo = Logo::fromFile(path);
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::Validation);
    }
}

TEST_CASE("an image wider than 10000 pixels is refused before it is decoded")
{
    QImage line(Logo::kMaxSourceSide + 1, 1, QImage::Format_Mono);
    line.fill(0);
    const Result<Logo> logo = Logo::fromData(encoded(line, "PNG"));
    REQUIRE_FALSE(logo);
    CHECK(logo.error().code == Error::Code::Validation);
}

TEST_CASE("a logo is read from a file, and a missing file is reported as not found")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("an existing file")
    {
        const QString path = dir.filePath(QStringLiteral("阳光财政.jpg"));
        writeFile(path, encoded(anImage(QSize(120, 80)), "JPEG"));
        const Result<Logo> logo = Logo::fromFile(path);
        REQUIRE(logo);
        CHECK(logo->sourceFormat == QStringLiteral("jpeg"));
        CHECK(logo->size == QSize(120, 80));
    }
    SECTION("a missing file")
    {
        const Result<Logo> logo = Logo::fromFile(dir.filePath(QStringLiteral("不存在.png")));
        REQUIRE_FALSE(logo);
        CHECK(logo.error().code == Error::Code::NotFound);
    }
}
