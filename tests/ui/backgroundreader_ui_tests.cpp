// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Work moved off the UI thread: the result still arrives, on the UI thread, and a newer request supersedes an
// older one (the BackgroundReader itself, and the dashboard's figures through it).
#include "core/demo/demodata.h"
#include "core/services/figurescollector.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/widgets/backgroundreader.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>

using namespace branddesk;
using namespace branddesk::test;

TEST_CASE("a background read delivers its result on the UI thread, from a connection of its own")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment(QStringLiteral("市财政局"))));
    BackgroundReader reader(temp.session());
    QThread* worker = nullptr;
    QThread* deliveredOn = nullptr;
    qsizetype found = -1;
    Session* readerSession = nullptr;
    bool signedIn = true;
    reader.request(
        [&](Session& session) -> BackgroundReader::Delivery {
            worker = QThread::currentThread(); // checked on the UI thread: Catch is not thread-safe
            readerSession = &session;
            signedIn = session.currentUser().isSignedIn();
            Result<QList<Department>> departments = session.departments().activeDepartments();
            const qsizetype count = departments ? departments->size() : -1;
            return [&, count] {
                deliveredOn = QThread::currentThread();
                found = count;
            };
        },
        [](const Error& error) { FAIL(error.fullText().toStdString()); });
    CHECK(reader.isBusy());
    CHECK(BackgroundReader::busyReaders() == 1);
    REQUIRE(QTest::qWaitFor([&] { return !reader.isBusy(); }, 10000));
    CHECK(found == 1);
    CHECK(readerSession != &temp.session());
    CHECK_FALSE(signedIn); // it can only read
    CHECK(worker != nullptr);
    CHECK(worker != QThread::currentThread());
    CHECK(deliveredOn == QThread::currentThread());
    CHECK(BackgroundReader::busyReaders() == 0);
}

TEST_CASE("a newer background read supersedes an older one: the older never delivers, waiting or running")
{
    TempDatabase temp;
    BackgroundReader reader(temp.session());
    QSemaphore started;
    QSemaphore release;
    QStringList delivered;
    std::atomic<int> ran = 0;
    const auto work = [&](const QString& name, bool hold) {
        return [&, name, hold](Session&) -> BackgroundReader::Delivery {
            ++ran;
            if (hold) {
                started.release();
                release.acquire(); // the first request is still running when the others come
            }
            return [&delivered, name] { delivered.append(name); };
        };
    };
    const auto failed = [](const Error& error) { FAIL(error.fullText().toStdString()); };
    reader.request(work(QStringLiteral("first"), true), failed);
    REQUIRE(started.tryAcquire(1, 10000));
    reader.request(work(QStringLiteral("second"), false), failed); // waits: superseded before it starts
    reader.request(work(QStringLiteral("third"), false), failed);
    CHECK(reader.isBusy());
    release.release();
    REQUIRE(QTest::qWaitFor([&] { return !reader.isBusy(); }, 10000));
    QTest::qWait(50); // nothing late arrives after
    CHECK(delivered == QStringList{QStringLiteral("third")});
    CHECK(ran == 2); // the second was never started

    // Cancelled: nothing delivers, and the reader is idle at once.
    reader.request(work(QStringLiteral("fourth"), false), failed);
    reader.cancel();
    CHECK_FALSE(reader.isBusy());
    QTest::qWait(200);
    CHECK(delivered == QStringList{QStringLiteral("third")});
}

TEST_CASE("the dashboard says it is loading, stays usable, and shows the figures of the period asked for last")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    const Result<std::optional<Campaign>> campaign = temp.session().campaigns().current();
    REQUIRE(campaign);
    REQUIRE(campaign->has_value());
    DashboardView view(temp.session());
    view.resize(1280, 800);
    view.show();
    CHECK(view.isLoading());
    CHECK(child<QLabel>(&view, "asOfLabel")->text() == QStringLiteral("Loading the figures…"));
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    CHECK(view.figures().departments > 0);

    // Three periods asked for in a row: the last one's figures are shown, and only once.
    int shown = 0;
    QObject::connect(&view, &DashboardView::figuresShown, &view, [&shown] { ++shown; });
    view.setPeriod(DashboardView::Period::ThisWeek);
    view.setPeriod(DashboardView::Period::ThisMonth);
    const DateRange may{QDate(2009, 5, 1), QDate(2009, 5, 31)};
    view.setCustomPeriod(may);
    CHECK(view.isLoading());
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    QTest::qWait(100);
    CHECK(shown == 1);
    CHECK(view.period() == may);
    const Result<CampaignFigures> expected = collectCampaignFigures(temp.session(), may);
    REQUIRE(expected);
    CHECK(view.figures().reports.onTimeRate() == expected->reports.onTimeRate());
    CHECK(view.figures().milestonesDue == expected->milestonesDue);
    CHECK_FALSE(child<QLabel>(&view, "asOfLabel")->text().contains(QStringLiteral("Loading")));
}
