// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/reminderdialog.h"

#include "ui_reminderdialog.h"

#include "core/mail/remindernotice.h"
#include "core/services/session.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/messagebox.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace branddesk {
namespace {

QList<ReminderDraft> withAddress(const QList<ReminderDraft>& drafts, bool address)
{
    QList<ReminderDraft> result;
    for (const ReminderDraft& draft : drafts)
        if (draft.recipients.isEmpty() != address)
            result.append(draft);
    return result;
}

} // namespace

ReminderDialog::ReminderDialog(Session& session, qint64 campaignId, const MailSettings& settings,
                               PasswordPrompt password, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReminderDialog>())
    , m_session(session)
    , m_campaignId(campaignId)
    , m_settings(settings)
    , m_password(std::move(password))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reminderDialog"));
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_ui->sendButton->isEnabled())
                send();
        });
    }
    m_ui->printButton->setText(tr("&Print notices…"));
    m_ui->printButton->setShortcut(QKeySequence::Print);
    m_ui->printButton->setToolTip(tr("The 催报通知单 of the departments without an e-mail address, one page each, "
                                     "to fax or hand over (Ctrl+P)"));
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ReminderDialog::send);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReminderDialog::printNotices);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->departmentsListWidget, &QListWidget::currentRowChanged, this, &ReminderDialog::showDraft);

    const QString signature = m_settings.fromName.trimmed();
    Result<QList<ReminderDraft>> drafts = session.reminders().drafts(campaignId, signature);
    if (!drafts)
        m_ui->headlineLabel->setText(drafts.error().message);
    else
        m_drafts = *drafts;
    for (const ReminderDraft& draft : m_drafts) {
        auto* item = new QListWidgetItem(draft.recipients.isEmpty()
                                             ? tr("%1 — no e-mail: printed notice").arg(draft.departmentName)
                                             : draft.departmentName,
                                         m_ui->departmentsListWidget);
        if (draft.recipients.isEmpty())
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    m_ui->fromLabel->setText(m_settings.fromAddress.trimmed().isEmpty()
                                 ? tr("(not set up: see the mail settings)")
                                 : tr("%1 <%2>").arg(m_settings.fromName.trimmed(), m_settings.fromAddress.trimmed()));
    updateHeadline();
    if (!m_drafts.isEmpty())
        m_ui->departmentsListWidget->setCurrentRow(0);
    m_ui->departmentsListWidget->setFocus();
}

ReminderDialog::~ReminderDialog() = default;

void ReminderDialog::updateHeadline()
{
    const int byMail = int(withAddress(m_drafts, true).size());
    const int onPaper = int(m_drafts.size()) - byMail;
    const bool canSend = m_session.currentUser().canWrite();
    m_ui->sendButton->setText(tr("&Send %n reminder(s)", nullptr, byMail));
    m_ui->sendButton->setEnabled(canSend && byMail > 0);
    m_ui->sendButton->setToolTip(canSend ? tr("Send every reminder listed that has an address (Ctrl+Enter)")
                                         : tr("Only a clerk or an administrator sends reminders."));
    m_ui->printButton->setEnabled(onPaper > 0);
    if (m_drafts.isEmpty()) {
        m_ui->headlineLabel->setText(tr("Every department has sent this week's report: nobody to remind."));
        return;
    }
    m_ui->headlineLabel->setText(
        tr("%1: <b>%2</b> departments have not sent their report yet. %3 will be reminded by e-mail; %4 have no "
           "e-mail address and get a printed notice. Check each message on the right before sending.")
            .arg(m_drafts.first().week.label())
            .arg(m_drafts.size())
            .arg(byMail)
            .arg(onPaper));
}

void ReminderDialog::showDraft(int row)
{
    if (row < 0 || row >= m_drafts.size()) {
        m_ui->toLabel->clear();
        m_ui->subjectLabel->clear();
        m_ui->bodyPlainTextEdit->clear();
        return;
    }
    const ReminderDraft& draft = m_drafts.at(row);
    QStringList to;
    for (const QString& address : draft.recipients)
        to.append(draft.contactPerson.isEmpty() ? address : tr("%1 <%2>").arg(draft.contactPerson, address));
    m_ui->toLabel->setText(to.isEmpty() ? tr("No e-mail address: print the notice (Ctrl+P) and fax or hand it over.")
                                        : to.join(QStringLiteral(", ")));
    m_ui->subjectLabel->setText(draft.subject);
    m_ui->bodyPlainTextEdit->setPlainText(draft.body());
}

void ReminderDialog::printNotices()
{
    const QList<ReminderDraft> onPaper = withAddress(m_drafts, false);
    if (onPaper.isEmpty())
        return;
    const QString issuer = onPaper.first().signature;
    PrintPreview::show(this, ReminderNotice::build(onPaper, issuer, m_session.clock().today()));
}

void ReminderDialog::send()
{
    const QString title = tr("Send reminders");
    if (Result<void> allowed = m_session.reminders().maySend(); !allowed) {
        MessageBox::error(this, title, allowed.error());
        return;
    }
    if (const QString problem = ReminderMailer::settingsProblem(m_settings); !problem.isEmpty()) {
        MessageBox::warning(this, title, problem);
        return;
    }
    const QList<ReminderDraft> byMail = withAddress(m_drafts, true);
    if (byMail.isEmpty())
        return;
    const std::optional<QString> password = m_password ? m_password(this, m_settings) : std::optional<QString>();
    if (!password)
        return;

    // The worker sends and touches nothing else; this thread shows the progress and logs what went.
    std::atomic_bool stop = false;
    std::atomic_int done = 0;
    ReminderBatch batch;
    const ReminderMailer mailer(m_settings, *password, m_session.clock());
    std::unique_ptr<QThread> worker(
        QThread::create([&] { batch = mailer.send(byMail, &stop, [&done](int count) { done.store(count); }); }));
    QProgressDialog progress(tr("Sending reminders…"), tr("Cancel"), 0, int(byMail.size()), this);
    progress.setObjectName(QStringLiteral("reminderProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    connect(&progress, &QProgressDialog::canceled, this, [&stop] { stop.store(true); });
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        progress.setValue(done.load());
        progress.setLabelText(tr("Sending reminders… %1 of %2").arg(done.load()).arg(byMail.size()));
    });
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    poll.start(100);
    worker->start();
    if (!worker->isFinished())
        loop.exec();
    worker->wait();
    poll.stop();
    progress.close();
    m_batch = batch;

    QStringList logFailures;
    for (const ReminderDelivery& delivery : batch.deliveries) {
        if (delivery.sentTo.isEmpty())
            continue;
        if (Result<Reminder> logged = m_session.reminders().logSent(byMail.at(delivery.draftIndex), delivery); !logged)
            logFailures.append(logged.error().message);
    }
    const QString report = reportOf(batch);
    if (batch.stoppedBy && batch.stoppedBy->code == Error::Code::Forbidden && m_passwordRefused)
        m_passwordRefused(m_settings);
    if (batch.stoppedBy && batch.stoppedBy->code != Error::Code::Cancelled) {
        Error error = *batch.stoppedBy;
        if (!report.isEmpty())
            error.message += QStringLiteral("\n\n") + report;
        MessageBox::error(this, title, error);
    } else if (!logFailures.isEmpty()) {
        MessageBox::warning(
            this, title,
            report + QStringLiteral("\n\n") +
                tr("These reminders went out but could not be logged: %1").arg(logFailures.join(QStringLiteral("; "))));
    } else {
        bool anyFailed = false;
        for (const ReminderDelivery& delivery : batch.deliveries)
            anyFailed = anyFailed || !delivery.failedAddresses.isEmpty();
        if (anyFailed)
            MessageBox::warning(this, title, report);
        else
            MessageBox::information(this, title, report);
    }
    if (batch.sentCount() > 0)
        accept();
}

QString ReminderDialog::reportOf(const ReminderBatch& batch) const
{
    const QList<ReminderDraft> byMail = withAddress(m_drafts, true);
    QStringList lines;
    const int sent = batch.sentCount();
    if (sent > 0)
        lines.append(tr("%n reminder(s) sent and logged.", nullptr, sent));
    else
        lines.append(tr("No reminder was sent."));
    for (const ReminderDelivery& delivery : batch.deliveries)
        for (qsizetype i = 0; i < delivery.failedAddresses.size(); ++i)
            lines.append(tr("Not sent to %1 (%2): %3")
                             .arg(byMail.at(delivery.draftIndex).departmentName, delivery.failedAddresses.at(i),
                                  delivery.failures.value(i)));
    if (batch.stoppedBy && batch.stoppedBy->code == Error::Code::Cancelled)
        lines.append(tr("Sending was cancelled; the reminders not yet sent were not sent."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace branddesk
