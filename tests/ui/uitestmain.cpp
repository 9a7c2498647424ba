// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The runner of the widget tests: Catch2's session inside a QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // catch_discover_tests runs this program at build time with no display: without offscreen it would
    // abort and the build would silently register zero tests.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) // unset or empty: Qt would pick xcb
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", "CST-8");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BrandDesk UI tests"));
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
