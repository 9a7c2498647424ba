// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `branddesk_iconrender ICON.svg OUTDIR SIZE…`: renders the program's icon to OUTDIR/SIZE/branddesk.png for the
// hicolor icon theme (a build step of the package; packaging/CPackConfig.cmake).
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

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
    }
    return 0;
}
