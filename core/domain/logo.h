// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace branddesk {

/// A brand's logo (品牌标识) as BrandDesk keeps it: re-encoded as PNG, with a thumbnail.
/// Whatever the user picked (PNG, JPEG or SVG) is decoded once, checked, and never stored as given,
/// so a hostile file cannot reach the database or a later reader.
struct Logo {
    QByteArray png;          ///< at most kLogoMaxSide pixels on the longer side
    QByteArray thumbnailPng; ///< at most kLogoThumbnailSide pixels on the longer side
    QSize size;              ///< of `png`
    QString sourceFormat;    ///< "png", "jpeg" or "svg": what the user picked

    static constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;
    static constexpr int kMaxSourceSide = 10000;
    static constexpr int kLogoMaxSide = 1024;
    static constexpr int kLogoThumbnailSide = 128;

    /// Reads, checks and re-encodes an image file. Refuses anything over 5 MB, not PNG/JPEG/SVG,
    /// or that does not decode, with a message naming the reason.
    static Result<Logo> fromFile(const QString& path);
    /// The same for bytes already in memory.
    static Result<Logo> fromData(const QByteArray& data);
    /// Wraps a rendered image (demo data, tests).
    static Result<Logo> fromImage(const QImage& image, const QString& sourceFormat);

    QImage image() const;
    QImage thumbnail() const;
};

} // namespace branddesk
