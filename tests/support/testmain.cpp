// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The runner of every BrandDesk test program: Catch2's session inside a QGuiApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // Core draws logos with QPainter and fonts, which needs a QGuiApplication, and catch_discover_tests
    // runs this program at build time where there is no display: use the offscreen platform unless the
    // caller chose another one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) // unset or empty: Qt would pick xcb
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The office is in China (UTC+8, no daylight saving). Unless the caller chose a zone, run there, so that
    // local and UTC times differ and a mix-up between them cannot hide behind a build machine set to UTC.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", "CST-8");

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("BrandDesk tests"));
    // Anything that asks for the user's folders gets throw-away test ones, never the real data.
    QStandardPaths::setTestModeEnabled(true);

    return Catch::Session().run(argc, argv);
}
