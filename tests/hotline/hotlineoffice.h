// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/hotlineservice.h"
#include "core/services/session.h"
#include "tests/hotline/hotlinetesting.h"
#include "tests/support/tempdatabase.h"

namespace branddesk::test {

/// The 2026 campaign with two departments, 市财政局 and 市民政局; a clerk is signed in and the clock stands at
/// 09:30 on `today` (Monday 2 November 2026 by default).
struct HotlineOffice {
    TempDatabase temp;
    Department finance;
    Department civil;

    explicit HotlineOffice(const QDate& today = QDate(2026, 11, 2))
    {
        temp.signInAs(Role::Administrator);
        REQUIRE(temp.session().campaigns().ensureCurrent(2026));
        temp.signInAs(Role::Clerk);
        temp.clock().set(localMoment(2026, 1, 5));
        const Result<Department> f = temp.departments().add(aDepartment("市财政局"));
        REQUIRE(f);
        finance = *f;
        const Result<Department> c = temp.departments().add(aDepartment("市民政局"));
        REQUIRE(c);
        civil = *c;
        setToday(today);
    }

    void setToday(const QDate& day, int hour = 9)
    {
        temp.clock().set(localMoment(day.year(), day.month(), day.day(), hour));
    }
    HotlineService& service() { return temp.session().hotline(); }

    /// A complaint for 市财政局 received now.
    Ticket record(Ticket ticket)
    {
        const Result<Ticket> saved = service().saveTicket(std::move(ticket));
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved);
        return *saved;
    }

    Ticket draft(TicketKind kind = TicketKind::Complaint)
    {
        Ticket t = aTicket(QDateTime(), kind);
        t.departmentId = finance.id;
        return t;
    }

    static Ticket done(const Result<Ticket>& step)
    {
        INFO((step ? std::string() : step.error().message.toStdString()));
        REQUIRE(step);
        return *step;
    }
};

} // namespace branddesk::test
