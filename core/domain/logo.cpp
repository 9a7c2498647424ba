// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/logo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace branddesk {
namespace {

bool looksLikeSvg(const QByteArray& data)
{
    const QByteArray head = data.left(4096).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<svg") || head.contains("<svg");
}

QByteArray encodePng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage scaledToFit(const QImage& image, int side)
{
    if (image.width() <= side && image.height() <= side)
        return image;
    return image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

Result<QImage> renderSvg(const QByteArray& data)
{
    QSvgRenderer renderer(data);
    if (!renderer.isValid())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("Logo", "The SVG file could not be read; it may be damaged."));
    QSize size = renderer.defaultSize();
    if (size.isEmpty())
        size = QSize(Logo::kLogoMaxSide, Logo::kLogoMaxSide);
    size.scale(Logo::kLogoMaxSide, Logo::kLogoMaxSide, Qt::KeepAspectRatio);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

Result<QImage> decodeRaster(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (format != "png" && format != "jpeg" && format != "jpg")
        return fail(
            Error::Code::Validation,
            QCoreApplication::translate(
                "Logo", "This file is not a PNG, JPEG or SVG image. Please choose a logo in one of these formats."));
    const QSize size = reader.size();
    if (size.width() > Logo::kMaxSourceSide || size.height() > Logo::kMaxSourceSide)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate(
                        "Logo", "The image is %1 × %2 pixels; logos may be at most %3 pixels on each side.")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(Logo::kMaxSourceSide));
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("Logo", "The image could not be decoded; the file may be damaged."),
                    reader.errorString());
    return image;
}

} // namespace

Result<Logo> Logo::fromFile(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("Logo", "The file %1 does not exist.").arg(path));
    if (info.size() > kMaxFileBytes)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("Logo", "The logo file is %1 MB; the limit is 5 MB.")
                        .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Generic,
                    QCoreApplication::translate("Logo", "The file %1 could not be opened.").arg(path),
                    file.errorString());
    return fromData(file.read(kMaxFileBytes + 1));
}

Result<Logo> Logo::fromData(const QByteArray& data)
{
    if (data.isEmpty())
        return fail(Error::Code::Validation, QCoreApplication::translate("Logo", "The logo file is empty."));
    if (data.size() > kMaxFileBytes)
        return fail(Error::Code::Validation, QCoreApplication::translate("Logo", "The logo file is larger than 5 MB."));
    if (looksLikeSvg(data)) {
        Result<QImage> image = renderSvg(data);
        if (!image)
            return fail(image.error());
        return fromImage(*image, QStringLiteral("svg"));
    }
    Result<QImage> image = decodeRaster(data);
    if (!image)
        return fail(image.error());
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    const QString format = QString::fromLatin1(QImageReader::imageFormat(&buffer)).toLower();
    return fromImage(*image, format == QLatin1String("jpg") ? QStringLiteral("jpeg") : format);
}

Result<Logo> Logo::fromImage(const QImage& image, const QString& sourceFormat)
{
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return fail(Error::Code::Validation, QCoreApplication::translate("Logo", "The image is empty."));
    const QImage full = scaledToFit(image.convertToFormat(QImage::Format_ARGB32), kLogoMaxSide);
    Logo logo;
    logo.png = encodePng(full);
    logo.thumbnailPng = encodePng(scaledToFit(full, kLogoThumbnailSide));
    logo.size = full.size();
    logo.sourceFormat = sourceFormat;
    return logo;
}

QImage Logo::image() const
{
    return QImage::fromData(png, "PNG");
}

QImage Logo::thumbnail() const
{
    return QImage::fromData(thumbnailPng, "PNG");
}

} // namespace branddesk
