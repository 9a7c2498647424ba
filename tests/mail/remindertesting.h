// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/remindermailer.h"
#include "tests/reports/reporttesting.h"

#include <catch2/catch.hpp>

namespace branddesk::test {

/// The report office of the reports' tests (the 2009 campaign, 市财政局 and 市委宣传部, Friday 2009-05-15 10:00,
/// a clerk signed in) with a third department, 市档案局, that has no e-mail address.
struct ReminderOffice : ReportOffice {
    Department archives;

    ReminderOffice()
    {
        const QDateTime start = temp.clock().nowUtc();
        temp.clock().set(local(2009, 4, 1));
        Department a = aDepartment("市档案局");
        a.email.clear();
        a.sortOrder = 3;
        const Result<Department> added = temp.departments().add(a);
        REQUIRE(added);
        archives = *added;
        temp.clock().set(start);
    }

    ReminderService& reminders() { return temp.session().reminders(); }

    QList<ReminderDraft> drafts()
    {
        const Result<QList<ReminderDraft>> made = reminders().drafts(campaign.id, utf8("市级机关作风办"));
        INFO((made ? std::string() : made.error().message.toStdString()));
        REQUIRE(made);
        return *made;
    }
};

} // namespace branddesk::test
