// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/dekad.h"
#include "core/demo/demodata.h"
#include "core/services/session.h"
#include "tests/support/tempdatabase.h"
#include "ui/translations.h"

#include <catch2/catch.hpp>

namespace branddesk::test {

/// May 2009: the demo office's first whole month of reports.
inline const DateRange kMay{QDate(2009, 5, 1), QDate(2009, 5, 31)};

/// The demo office on Monday 1 June 2009, 10:00: six weeks of the 2009 campaign behind it. The program's
/// texts are Chinese, as the office prints them.
struct DemoOffice {
    TempDatabase temp;

    DemoOffice()
    {
        static const bool chinese = installTranslations(QStringLiteral("zh_CN")); // once: translators stack
        REQUIRE(chinese);
        temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
        REQUIRE(populateDemoData(temp.session()));
    }
    Session& session() { return temp.session(); }
};

} // namespace branddesk::test
