// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The supervision hotline in the real windows: a morning's calls logged from the keyboard (Ctrl+Enter saves and
// clears, the due date shown as the kind is picked), the ledger with its filters and overdue rows red, the loop's
// steps on the selected ticket, phones masked for a leader and in the export, the leader's read-only form, overdue
// tickets in "behind today" and on the dashboard's card, and the model under Qt's tester.
#include "core/demo/demodata.h"
#include "core/export/csvexport.h"
#include "core/services/session.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/campaign/behindlistmodel.h"
#include "ui/campaign/behindview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/hotline/hotlineview.h"
#include "ui/hotline/ticketentrydialog.h"
#include "ui/hotline/ticketimportdialog.h"
#include "ui/hotline/ticketlistmodel.h"
#include "ui/translations.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/tableexport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The 2026 campaign on Monday 2026-11-02 at 09:00 with 市财政局 and 市民政局; a clerk signed in.
struct HotlineDesk {
    TempDatabase temp;
    Department finance;
    Department civil;

    HotlineDesk()
    {
        temp.signInAs(Role::Administrator);
        REQUIRE(temp.session().campaigns().ensureCurrent(2026));
        temp.signInAs(Role::Clerk);
        temp.clock().set(QDateTime(QDate(2026, 1, 5), QTime(9, 0)));
        const Result<Department> f = temp.departments().add(aDepartment("市财政局"));
        REQUIRE(f);
        finance = *f;
        const Result<Department> c = temp.departments().add(aDepartment("市民政局"));
        REQUIRE(c);
        civil = *c;
        temp.clock().set(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    }

    Ticket ticket(const Department& department, TicketKind kind, const char* phone = "13812345678")
    {
        Ticket t;
        t.departmentId = department.id;
        t.kind = kind;
        t.callerName = utf8("王先生");
        t.callerPhone = QString::fromLatin1(phone);
        t.content = utf8("反映办事窗口排队时间过长。");
        const Result<Ticket> saved = temp.session().hotline().saveTicket(t);
        REQUIRE(saved);
        return *saved;
    }
};

} // namespace

TEST_CASE("a clerk logs two calls in a row from the keyboard, seeing each due date as the kind is picked")
{
    HotlineDesk desk;
    TicketEntryDialog dialog(desk.temp.session());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    auto* department = child<QComboBox>(&dialog, "departmentComboBox");
    CHECK(department->hasFocus());
    typeText(department, utf8("财政"));
    auto* kind = child<QComboBox>(&dialog, "kindComboBox");
    kind->setCurrentIndex(kind->findData(int(TicketKind::Inquiry)));
    CHECK(child<QLabel>(&dialog, "dueLabel")->text().contains(QStringLiteral("2026-11-05")));
    kind->setCurrentIndex(kind->findData(int(TicketKind::Complaint)));
    CHECK(child<QLabel>(&dialog, "dueLabel")->text().contains(QStringLiteral("2026-11-23")));
    typeText(child<QLineEdit>(&dialog, "callerPhoneLineEdit"), QStringLiteral("13812345678"));
    auto* content = child<QPlainTextEdit>(&dialog, "contentPlainTextEdit");
    typeText(content, utf8("反映窗口排队时间过长。"));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.savedCount() == 1);
    CHECK(dialog.lastSaved().number == QStringLiteral("2026-000001"));
    CHECK(content->toPlainText().isEmpty());
    CHECK(department->currentText().isEmpty());

    // The same caller again: the earlier call is proposed as the one this repeats.
    typeText(department, utf8("财政"));
    auto* phone = child<QLineEdit>(&dialog, "callerPhoneLineEdit");
    typeText(phone, QStringLiteral("13812345678"));
    emit phone->editingFinished();
    auto* repeat = child<QComboBox>(&dialog, "repeatComboBox");
    REQUIRE(repeat->count() == 2);
    repeat->setCurrentIndex(1);
    typeText(content, utf8("再次反映排队问题。"));
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(dialog.savedCount() == 2);
    CHECK(dialog.lastSaved().repeatOfNumber == QStringLiteral("2026-000001"));
    dialog.reject();
}

TEST_CASE("the ledger filters tickets, shows the overdue red and takes the loop's steps")
{
    HotlineDesk desk;
    const Ticket inquiry = desk.ticket(desk.finance, TicketKind::Inquiry);
    desk.ticket(desk.civil, TicketKind::Complaint);
    desk.temp.clock().set(QDateTime(QDate(2026, 11, 9), QTime(9, 0)));
    HotlineView view(desk.temp.session());
    view.show();
    TicketListModel* model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 2);
    const int overdueRow = model->rowOf(inquiry.id);
    CHECK(model->index(overdueRow, TicketListModel::StatusColumn).data().toString().contains(QStringLiteral("4")));
    CHECK(model->index(overdueRow, TicketListModel::NumberColumn).data(Qt::ForegroundRole).isValid());
    child<QCheckBox>(&view, "overdueOnlyCheckBox")->setChecked(true);
    REQUIRE(model->rowCount() == 1);
    child<QCheckBox>(&view, "overdueOnlyCheckBox")->setChecked(false);

    auto* table = child<QTableView>(&view, "ticketsTableView");
    table->setCurrentIndex(table->model()->index(0, 0));
    const qint64 selected = table->currentIndex().data(IdRole).toLongLong();
    auto* signFor = child<QAction>(&view, "signForAction");
    CHECK(signFor->isEnabled());
    CHECK_FALSE(child<QAction>(&view, "answerAction")->isEnabled());
    signFor->trigger();
    const Result<Ticket> signedFor = desk.temp.session().hotline().findTicket(selected);
    REQUIRE(signedFor);
    CHECK(signedFor->status() == TicketStatus::SignedFor);
    CHECK(child<QAction>(&view, "answerAction")->isEnabled());
}

TEST_CASE("a leader sees phones masked in the list, the form and the export, and cannot change a ticket")
{
    HotlineDesk desk;
    const Ticket saved = desk.ticket(desk.finance, TicketKind::Help);
    desk.temp.signInAs(Role::Leader);
    HotlineView view(desk.temp.session());
    view.show();
    CHECK_FALSE(child<QAction>(&view, "newTicketAction")->isEnabled());
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, TicketListModel::PhoneColumn).data().toString() == QStringLiteral("138****5678"));
    const ExportTable exported = tableexport::fromView(child<QTableView>(&view, "ticketsTableView"), QString());
    const QByteArray csv = CsvExport::toBytes(exported);
    CHECK(csv.contains("138****5678"));
    CHECK_FALSE(csv.contains("13812345678"));

    TicketEntryDialog dialog(desk.temp.session(), saved);
    CHECK(dialog.isReadOnly());
    CHECK(child<QLineEdit>(&dialog, "callerPhoneLineEdit")->isReadOnly());
    CHECK(child<QLineEdit>(&dialog, "callerPhoneLineEdit")->text() == QStringLiteral("138****5678"));
    CHECK(child<QPlainTextEdit>(&dialog, "contentPlainTextEdit")->isReadOnly());
    CHECK_FALSE(child<QComboBox>(&dialog, "kindComboBox")->isEnabled());
}

TEST_CASE("a confidential ticket's phone is masked in the clerk's list but shown on the ticket itself")
{
    HotlineDesk desk;
    Ticket t;
    t.departmentId = desk.finance.id;
    t.callerPhone = QStringLiteral("13900001111");
    t.confidential = true;
    t.content = utf8("举报窗口人员吃拿卡要。");
    t.kind = TicketKind::Report;
    const Result<Ticket> saved = desk.temp.session().hotline().saveTicket(t);
    REQUIRE(saved);
    HotlineView view(desk.temp.session());
    view.show();
    CHECK(view.model()->index(0, TicketListModel::PhoneColumn).data().toString() == QStringLiteral("139****1111"));
    TicketEntryDialog dialog(desk.temp.session(), *saved);
    CHECK(child<QLineEdit>(&dialog, "callerPhoneLineEdit")->text() == QStringLiteral("13900001111"));
}

TEST_CASE("behind today lists an overdue hotline ticket")
{
    HotlineDesk desk;
    const Ticket saved = desk.ticket(desk.finance, TicketKind::Inquiry);
    desk.temp.clock().set(QDateTime(QDate(2026, 11, 9), QTime(9, 0)));
    BehindView view(desk.temp.session());
    view.show();
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000)); // read in the background
    bool found = false;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        if (view.model()->itemAt(row).kind == BehindItem::Kind::Ticket) {
            found = true;
            CHECK(view.model()->itemAt(row).itemId == saved.id);
            CHECK(view.model()->itemAt(row).daysOverdue == 4);
        }
    CHECK(found);
}

TEST_CASE("render the hotline ledger and the ticket form as clerk and as leader", "[.docs]")
{
    const QString folder = qEnvironmentVariable("BRANDDESK_SCREENSHOT_DIR", QStringLiteral("."));
    REQUIRE(QDir().mkpath(folder));
    installTranslations(qEnvironmentVariable("BRANDDESK_LANG", QStringLiteral("zh_CN")));
    TempDatabase db;
    db.clock().set(QDateTime(QDate(2026, 12, 7), QTime(10, 0)));
    REQUIRE(populateDemoData(db.session()).has_value());
    for (Role role : {Role::Clerk, Role::Leader}) {
        db.signInAs(role);
        const QString who = role == Role::Clerk ? QStringLiteral("clerk") : QStringLiteral("leader");
        HotlineView view(db.session());
        view.resize(1130, 720);
        view.show();
        QApplication::processEvents();
        CHECK(view.grab().save(folder + QStringLiteral("/hotline-%1.png").arg(who)));
        REQUIRE(view.model()->rowCount() > 0);
        TicketEntryDialog dialog(db.session(), view.model()->itemAt(0));
        dialog.show();
        QApplication::processEvents();
        CHECK(dialog.grab().save(folder + QStringLiteral("/ticket-%1.png").arg(who)));
        dialog.done(QDialog::Rejected);
    }
    db.signInAs(Role::Clerk);
    TicketEntryDialog entry(db.session());
    entry.show();
    QApplication::processEvents();
    CHECK(entry.grab().save(folder + QStringLiteral("/ticket-entry.png")));
    entry.done(QDialog::Rejected);
    const Result<QList<Department>> departments = db.departments().activeDepartments();
    REQUIRE(departments);
    REQUIRE_FALSE(departments->isEmpty());
    const QString csv = db.filePath(QStringLiteral("12345.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write((utf8("工单编号,受理时间,来电人,来电号码,诉求类型,承办单位,诉求内容\n") +
                QStringLiteral("12345-20261201-0001,2026-12-01 09:15,%1,13900001111,%2,%3,%4\n")
                    .arg(utf8("王先生"), utf8("投诉"), departments->first().name, utf8("窗口排队时间过长")) +
                utf8("12345-20261201-0002,2026/12/1 10:40,李女士,,咨询,市交通局,询问公交线路\n"))
                   .toUtf8());
    file.close();
    TicketImportDialog import(db.session());
    import.load(csv);
    import.resize(980, 560);
    import.show();
    QApplication::processEvents();
    CHECK(import.grab().save(folder + QStringLiteral("/ticket-import.png")));
    import.done(QDialog::Rejected);
}

TEST_CASE("the dashboard shows the overdue hotline tickets on a card with their list")
{
    HotlineDesk desk;
    desk.ticket(desk.finance, TicketKind::Inquiry);
    desk.temp.clock().set(QDateTime(QDate(2026, 11, 9), QTime(9, 0)));
    desk.temp.signInAs(Role::Leader);
    DashboardView view(desk.temp.session());
    view.show();
    view.reload();
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    QPushButton* card = view.cardButton(DashboardCard::TicketsOverdue);
    REQUIRE(card != nullptr);
    CHECK(child<QLabel>(card, "valueLabel")->text() == QStringLiteral("1"));
    const dashboardcards::List list = view.cardList(DashboardCard::TicketsOverdue);
    REQUIRE(list.rows.size() == 1);
    CHECK(list.rows.at(0).cells.at(0) == utf8("市财政局"));
    CHECK(list.rows.at(0).cells.at(3) == QStringLiteral("4"));
}

namespace {

/// A 12345 export whose titles the guess does not all know (责任科室 for the department), in GB18030 as Chinese
/// Excel writes it.
QString anExportFile(TempDatabase& temp, const char* name, const char* rows)
{
    const QString path = temp.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QStringEncoder encoder("GB18030");
    file.write(encoder.encode(utf8("工单编号,受理时间,诉求类型,责任科室,诉求内容\n") + utf8(rows)));
    return path;
}

} // namespace

TEST_CASE("a clerk maps a 12345 export's columns once, previews it and imports it; the mapping is remembered")
{
    QSettings().remove(QStringLiteral("hotlineImport"));
    HotlineDesk desk;
    HotlineView view(desk.temp.session());
    view.show();
    QAction* import = child<QAction>(&view, "importTicketsAction");
    REQUIRE(import->isEnabled());

    FileDialog::setNextFileName(anExportFile(desk.temp, "first.csv",
                                             "12345-0001,2026-11-02 07:15,投诉,市财政局,窗口排队时间过长\n"
                                             "12345-0002,2026/11/2 8:40,咨询,市交通局,询问公交线路\n"));
    bool sawMissing = false;
    bool sawError = false;
    REQUIRE(withModal<TicketImportDialog>([&] { import->trigger(); },
                                          [&](TicketImportDialog* dialog) {
                                              auto* department = child<QComboBox>(dialog, "departmentComboBox");
                                              auto* button = child<QPushButton>(dialog, "importPushButton");
                                              sawMissing =
                                                  department->currentData().toInt() == -1 && !button->isEnabled();
                                              department->setCurrentIndex(department->findData(3));
                                              auto* table = child<QTableWidget>(dialog, "previewTableWidget");
                                              REQUIRE(table->rowCount() == 2);
                                              sawError = table->item(1, 5)->text().contains(utf8("市交通局")) &&
                                                         !button->isEnabled();
                                          }));
    CHECK(sawMissing);
    CHECK(sawError);
    CHECK(desk.temp.session().hotline().tickets()->isEmpty());

    // The corrected file: same titles, so the chosen mapping comes back; one row is already stored after this.
    FileDialog::setNextFileName(
        anExportFile(desk.temp, "second.csv", "12345-0001,2026-11-02 07:15,投诉,市财政局,窗口排队时间过长\n"));
    REQUIRE(withModal<TicketImportDialog>(
        [&] { import->trigger(); },
        [&](TicketImportDialog* dialog) {
            CHECK(child<QComboBox>(dialog, "departmentComboBox")->currentData().toInt() == 3);
            child<QPushButton>(dialog, "importPushButton")->click();
        }));
    REQUIRE(desk.temp.session().hotline().tickets()->size() == 1);

    FileDialog::setNextFileName(anExportFile(desk.temp, "third.csv",
                                             "12345-0001,2026-11-02 07:15,投诉,市民政局,改派市民政局\n"
                                             "12345-0003,2026-11-02 08:05,求助,市民政局,申请临时救助\n"));
    QString summary;
    REQUIRE(withModal<TicketImportDialog>([&] { import->trigger(); },
                                          [&](TicketImportDialog* dialog) {
                                              summary = child<QLabel>(dialog, "summaryLabel")->text();
                                              child<QPushButton>(dialog, "importPushButton")->click();
                                          }));
    CHECK(summary.startsWith(QStringLiteral("1 new, 1 to update, 0 with errors")));
    const Result<QList<Ticket>> stored = desk.temp.session().hotline().tickets();
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    for (const Ticket& t : *stored)
        CHECK(t.departmentId == desk.civil.id);
    view.reload();
    CHECK(view.model()->rowCount() == 2);
}

TEST_CASE("a leader cannot import tickets")
{
    HotlineDesk desk;
    desk.temp.signInAs(Role::Leader);
    HotlineView view(desk.temp.session());
    CHECK_FALSE(child<QAction>(&view, "importTicketsAction")->isEnabled());
}
