// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders (催报) in the real windows: the preview of every message, sending to a real SMTP server
// (tests/support/smtpsink.py) with the call list then showing "reminded 10:00" and the department's log, a wrong
// password refused with a clear message and nothing logged, a leader who sees the log but cannot send, and the
// dialog rendered for the documentation.
#include "core/documents/pdfexport.h"
#include "core/mail/remindernotice.h"
#include "tests/mail/remindertesting.h"
#include "tests/support/smtpsink.h"
#include "tests/ui/uidriver.h"
#include "ui/mail/reminderdialog.h"
#include "ui/mail/reminderlogview.h"
#include "ui/reports/calllistmodel.h"
#include "ui/reports/complianceview.h"
#include "ui/translations.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <optional>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

ReminderDialog::PasswordPrompt answering(const QString& password)
{
    return [password](QWidget*, const MailSettings&) { return std::optional<QString>(password); };
}

/// The call list's "Reminder" cell of `departmentId` in `view`; nothing when the department is not listed.
std::optional<QString> findRemindedCell(ComplianceView& view, qint64 departmentId)
{
    const CallListModel* model = view.callList();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CallListModel::RemindedColumn);
        if (index.data(DepartmentIdRole).toLongLong() == departmentId)
            return index.data().toString();
    }
    return std::nullopt;
}

/// The call list's "Reminder" cell of `departmentId` in `view`, once the view's background reading has delivered
/// it (waiting at most 20 s for `expected`, when given).
QString remindedCell(ComplianceView& view, qint64 departmentId, const std::optional<QString>& expected = {})
{
    const bool delivered = QTest::qWaitFor(
        [&] {
            const std::optional<QString> cell = findRemindedCell(view, departmentId);
            return !view.isLoading() && cell && (!expected || *cell == *expected);
        },
        20000);
    INFO("the call list delivered in time: " << delivered);
    const std::optional<QString> cell = findRemindedCell(view, departmentId);
    if (!cell)
        FAIL("department not in the call list");
    return cell.value_or(QString());
}

} // namespace

TEST_CASE("the reminder dialog previews each message, sends them over SMTP and the call list shows who was reminded")
{
    SmtpSink sink;
    ReminderOffice office;
    ReminderDialog dialog(office.temp.session(), office.campaign.id, sink.settings(),
                          answering(QString::fromUtf8(SmtpSink::kPassword)));
    dialog.show();
    auto* list = child<QListWidget>(&dialog, "departmentsListWidget");
    REQUIRE(list->count() == 3);
    CHECK(list->currentRow() == 0);
    const ReminderDraft& first = dialog.drafts().at(0);
    CHECK(child<QLabel>(&dialog, "subjectLabel")->text() == first.subject);
    CHECK(child<QLabel>(&dialog, "toLabel")->text() == utf8("张晓东 <brand@czmail.gov.cn>"));
    CHECK(child<QPlainTextEdit>(&dialog, "bodyPlainTextEdit")->toPlainText() == first.body());
    list->setCurrentRow(2); // 市档案局: no address, a printed notice
    CHECK(child<QLabel>(&dialog, "toLabel")->text().contains(QStringLiteral("print")));
    CHECK(child<QPushButton>(&dialog, "printButton")->isEnabled());
    auto* send = child<QPushButton>(&dialog, "sendButton");
    CHECK(send->isEnabled());
    CHECK(send->text().contains(QLatin1Char('2')));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.send();
    CHECK(MessageBox::lastText().contains(QLatin1Char('2')));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(sink.received().size() == 2);
    CHECK(dialog.lastBatch().sentCount() == 2);

    ComplianceView view(office.temp.session());
    view.show();
    QApplication::processEvents();
    CHECK(remindedCell(view, office.finance.id, QStringLiteral("reminded 10:00")) == QStringLiteral("reminded 10:00"));
    CHECK(remindedCell(view, office.archives.id).isEmpty());
    auto* calls = child<QTableView>(&view, "callListTableView");
    calls->setCurrentIndex(calls->model()->index(0, 0));
    const QString log = child<QPlainTextEdit>(&view, "reminderLogPlainTextEdit")->toPlainText();
    CHECK(log.contains(first.subject));
    CHECK(log.contains(QStringLiteral("brand@czmail.gov.cn")));
    CHECK(log.contains(TempDatabase::userName(Role::Clerk)));
}

TEST_CASE("Ctrl+M in the compliance view opens the preview and sends through the office's mail settings")
{
    SmtpSink sink;
    ReminderOffice office;
    ComplianceView view(office.temp.session());
    view.setMailAccess({[&sink] { return Result<MailSettings>(sink.settings()); },
                        answering(QString::fromUtf8(SmtpSink::kPassword)),
                        {}});
    view.show();
    QApplication::processEvents();
    auto* action = child<QAction>(&view, "sendRemindersAction");
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_M));
    const bool opened = withModal<ReminderDialog>([action] { action->trigger(); },
                                                  [](ReminderDialog* dialog) {
                                                      CHECK(dialog->drafts().size() == 3);
                                                      MessageBox::setNextAnswer(QMessageBox::Ok);
                                                      QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
                                                  });
    CHECK(opened);
    CHECK(sink.received().size() == 2);
    QApplication::processEvents();
    CHECK(remindedCell(view, office.publicity.id, QStringLiteral("reminded 10:00")) ==
          QStringLiteral("reminded 10:00"));
}

TEST_CASE("a wrong SMTP password is refused with a clear message, forgotten, and nothing is logged")
{
    SmtpSink sink;
    ReminderOffice office;
    ReminderDialog dialog(office.temp.session(), office.campaign.id, sink.settings(), answering(QStringLiteral("x")));
    bool forgotten = false;
    dialog.setPasswordRefused([&forgotten](const MailSettings&) { forgotten = true; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.send();
    CHECK(MessageBox::lastText().contains(QStringLiteral("password")));
    CHECK(forgotten);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(sink.received().isEmpty());
    CHECK(office.reminders().remindedInWeek(office.drafts().at(0).week)->isEmpty());
}

TEST_CASE("a leader sees the reminders sent but is not offered sending")
{
    ReminderOffice office;
    const ReminderDraft draft = office.drafts().at(0);
    ReminderDelivery delivery;
    delivery.sentAt = office.temp.clock().nowUtc();
    delivery.sentTo = draft.recipients;
    REQUIRE(office.reminders().logSent(draft, delivery));
    office.temp.signInAs(Role::Leader);

    ComplianceView view(office.temp.session());
    view.show();
    QApplication::processEvents();
    CHECK_FALSE(child<QAction>(&view, "sendRemindersAction")->isEnabled());
    CHECK(remindedCell(view, office.finance.id, QStringLiteral("reminded 10:00")) == QStringLiteral("reminded 10:00"));
    auto* calls = child<QTableView>(&view, "callListTableView");
    calls->setCurrentIndex(calls->model()->index(0, 0));
    CHECK(child<QPlainTextEdit>(&view, "reminderLogPlainTextEdit")->toPlainText().contains(draft.subject));

    ReminderDialog dialog(office.temp.session(), office.campaign.id, MailSettings(), answering(QString()));
    CHECK_FALSE(child<QPushButton>(&dialog, "sendButton")->isEnabled());
}

TEST_CASE("render the reminder preview for the documentation", "[.docs]")
{
    const QString folder = qEnvironmentVariable("BRANDDESK_SCREENSHOT_DIR", QStringLiteral("."));
    REQUIRE(QDir().mkpath(folder));
    installTranslations(qEnvironmentVariable("BRANDDESK_LANG", QStringLiteral("zh_CN")));
    ReminderOffice office;
    MailSettings settings;
    settings.fromAddress = QStringLiteral("zfb@czmail.gov.cn");
    settings.fromName = utf8("常州市市级机关作风建设领导小组办公室");
    ReminderDialog dialog(office.temp.session(), office.campaign.id, settings, answering(QString()));
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(folder + QStringLiteral("/reminder-preview.png")));
    const QList<ReminderDraft> onPaper = {dialog.drafts().at(2)};
    CHECK(PdfExport::write(folder + QStringLiteral("/reminder-notice.pdf"),
                           ReminderNotice::build(onPaper, settings.fromName, office.temp.clock().today())));

    const ReminderDraft draft = office.drafts().at(0);
    ReminderDelivery delivery;
    delivery.sentAt = office.temp.clock().nowUtc();
    delivery.sentTo = draft.recipients;
    REQUIRE(office.reminders().logSent(draft, delivery));
    ComplianceView view(office.temp.session());
    view.resize(1280, 700);
    view.show();
    remindedCell(view, office.finance.id);
    auto* calls = child<QTableView>(&view, "callListTableView");
    calls->setCurrentIndex(calls->model()->index(0, 0));
    QApplication::processEvents();
    CHECK(view.grab().save(folder + QStringLiteral("/reminder-calllist.png")));
}
