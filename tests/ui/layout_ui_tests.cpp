// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window fits a 1280 px screen: no label sets its minimum width, and large font is reversible.
#include "core/demo/demodata.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

int minimumWidth(MainWindow& window)
{
    QApplication::processEvents();
    return window.minimumSizeHint().width();
}

void checkWindowFits(TempDatabase& temp)
{
    MainWindow window(temp.session());
    window.resize(1280, 800);
    window.show();
    for (const QString& name : MainWindow::viewNames()) {
        window.showView(name);
        INFO("area " << name.toStdString());
        CHECK(minimumWidth(window) <= 1280);
    }

    // The report list's longest notice (a search with more than 10,000 reports) wraps; it does not widen the window.
    window.showView(QStringLiteral("reports"));
    auto* notice = child<QLabel>(&window, "resultLabel");
    notice->setText(
        QCoreApplication::translate("branddesk::ReportsView",
                                    "More than %1 reports; the newest %2 shown — narrow the search to see older ones")
            .arg(QLocale().toString(10000), QLocale().toString(2000)));
    CHECK(minimumWidth(window) <= 1280);

    // Large font for a projector, and back: the window fits before, during and after.
    window.showView(QStringLiteral("dashboard"));
    auto* dashboard = child<DashboardView>(&window, "dashboardView");
    auto* large = child<QAction>(dashboard, "largeFontAction");
    const int before = minimumWidth(window);
    CHECK(before <= 1280);
    large->setChecked(true);
    REQUIRE(dashboard->largeFont());
    CHECK(minimumWidth(window) <= 1280);
    CHECK(window.width() <= 1280);
    large->setChecked(false);
    CHECK(minimumWidth(window) == before);
    CHECK(window.width() == 1280);
}

} // namespace

TEST_CASE("the main window stays within 1280 px in every area, with long notices and after large font")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    SECTION("English (the source texts)")
    {
        checkWindowFits(temp);
    }
    SECTION("Chinese")
    {
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/branddesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        checkWindowFits(temp);
        QCoreApplication::removeTranslator(&translator);
    }
}
