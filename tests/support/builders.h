// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/domain/department.h"
#include "core/domain/logo.h"
#include "tests/support/stringmakers.h"

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

// Data builders: valid domain objects with realistic Chinese content, to be changed in the one field a test
// is about.

namespace branddesk::test {

/// Text written in the test's source (UTF-8) as a QString; the build forbids implicit conversion.
inline QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

/// A valid administrative department named `name`, with leaders, contact person, phone and e-mail.
Department aDepartment(const QString& name);
Department aDepartment(const char* name = "市财政局");

/// A brand of department `departmentId` that has only its name: 2 of the 14 checklist items met.
Brand aBrand(qint64 departmentId, const QString& name);
Brand aBrand(qint64 departmentId, const char* name = "阳光财政");

/// A brand with all twelve fields filled and a logo: 100% complete.
Brand aCompleteBrand(qint64 departmentId, const QString& name);
Brand aCompleteBrand(qint64 departmentId, const char* name = "阳光财政");

/// A drawn image (a coloured disc on white, with a bar) of `size`, opaque.
QImage anImage(const QSize& size = QSize(200, 100), const QColor& colour = QColor(0xc0, 0x1f, 0x2f));
/// `image` encoded as `format` ("PNG", "JPEG" …).
QByteArray encoded(const QImage& image, const char* format);
/// A small SVG logo, `width` × `height` user units, optionally with an XML declaration.
QByteArray anSvg(int width = 64, int height = 32, bool withXmlDeclaration = false);
/// A logo made from anImage(size, colour); fails the current test if it cannot be made.
Logo aLogo(const QSize& size = QSize(200, 100), const QColor& colour = QColor(0xc0, 0x1f, 0x2f));

} // namespace branddesk::test
