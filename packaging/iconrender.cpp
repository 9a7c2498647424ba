// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk_iconrender ICON.svg OUTDIR SIZE…`: renders the program's icon to OUTDIR/SIZE/branddesk.png for the
// hicolor icon theme, and OUTDIR/branddesk.ico (every size up to 256, PNG-compressed as Windows Vista and later
// read them) for the Windows installer (a build step of the packages; packaging/CPackConfig.cmake).
#include <QBuffer>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

namespace {

/// An .ico file holding `images` (PNG data each, at most 256 px): the ICONDIR header, one ICONDIRENTRY per
/// image, then the images, all little-endian.
bool writeIco(const QString& path, const QList<QPair<int, QByteArray>>& images)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint16(0) << quint16(1) << quint16(images.size());
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto& [size, png] : images) {
        const quint8 side = size >= 256 ? 0 : quint8(size); // 0 means 256
        out << side << side << quint8(0) << quint8(0) << quint16(1) << quint16(32) << quint32(png.size()) << offset;
        offset += quint32(png.size());
    }
    for (const auto& image : images)
        out.writeRawData(image.second.constData(), int(image.second.size()));
    return out.status() == QDataStream::Ok && file.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: branddesk_iconrender ICON.svg OUTDIR SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "cannot read " << arguments.at(1) << Qt::endl;
        return 1;
    }
    QList<QPair<int, QByteArray>> icoImages;
    for (qsizetype i = 3; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        const QString folder = arguments.at(2) + QLatin1Char('/') + arguments.at(i);
        if (!ok || size <= 0 || !QDir().mkpath(folder)) {
            err << "cannot make " << folder << Qt::endl;
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        if (!image.save(folder + QStringLiteral("/branddesk.png"))) {
            err << "cannot write " << folder << "/branddesk.png" << Qt::endl;
            return 1;
        }
        if (size <= 256) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            icoImages.append({size, png});
        }
    }
    if (!writeIco(arguments.at(2) + QStringLiteral("/branddesk.ico"), icoImages)) {
        err << "cannot write " << arguments.at(2) << "/branddesk.ico" << Qt::endl;
        return 1;
    }
    return 0;
}
