// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/inboxview.h"

#include "core/mail/mimedecoder.h"
#include "core/services/session.h"
#include "ui/mail/inboxmodel.h"
#include "ui/mail/mailfetchjob.h"
#include "ui/mail/mailpasswordprompt.h"
#include "ui/reports/reportentrydialog.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace branddesk {

InboxView::InboxView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InboxModel(this))
    , m_table(new QTableView(this))
    , m_header(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_attachments(new QListWidget(this))
    , m_department(new QComboBox(this))
    , m_week(new QComboBox(this))
    , m_proposalNote(new QLabel(this))
    , m_fetchButton(new QPushButton(tr("Fe&tch Mail (F5)"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_acceptButton(new QPushButton(tr("Accept as Re&port (Enter)"), this))
    , m_editButton(new QPushButton(tr("Edit F&irst… (Ctrl+E)"), this))
    , m_dismissButton(new QPushButton(tr("&Not a Report (Delete)"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_reload(new LazyReload(this, [this] { reload(); }))
{
    const bool canWrite = session.currentUser().canWrite();
    m_table->setObjectName(QStringLiteral("inboxTableView"));
    recordlist::setUpTable(m_table, m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::Subject, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::Sender, QHeaderView::Interactive);
    m_table->setColumnWidth(InboxModel::Sender, 160);
    m_header->setObjectName(QStringLiteral("mailHeaderLabel"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setObjectName(QStringLiteral("mailBodyPlainTextEdit"));
    m_body->setReadOnly(true);
    m_attachments->setObjectName(QStringLiteral("mailAttachmentsListWidget"));
    m_attachments->setMaximumHeight(70);
    m_department->setObjectName(QStringLiteral("inboxDepartmentComboBox"));
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_week->setObjectName(QStringLiteral("inboxWeekComboBox"));
    m_proposalNote->setObjectName(QStringLiteral("proposalNoteLabel"));
    m_proposalNote->setWordWrap(true);
    m_fetchButton->setObjectName(QStringLiteral("fetchMailButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelFetchButton"));
    m_acceptButton->setObjectName(QStringLiteral("acceptMailButton"));
    m_editButton->setObjectName(QStringLiteral("editMailButton"));
    m_dismissButton->setObjectName(QStringLiteral("dismissMailButton"));
    m_progress->setObjectName(QStringLiteral("fetchProgressBar"));
    m_status->setObjectName(QStringLiteral("inboxStatusLabel"));
    m_status->setWordWrap(true);
    m_cancelButton->hide();
    m_progress->hide();
    m_progress->setMaximumWidth(200);

    auto* top = new QHBoxLayout;
    top->addWidget(m_fetchButton);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addWidget(m_status, 1);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_body, 1);
    detailLayout->addWidget(new QLabel(tr("Attachments:"), detail));
    detailLayout->addWidget(m_attachments);
    auto* form = new QFormLayout;
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Week:"), m_week);
    detailLayout->addLayout(form);
    detailLayout->addWidget(m_proposalNote);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_dismissButton);
    detailLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 420});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    if (Result<QList<Department>> departments = session.departments().activeDepartments(); departments)
        departmentpicker::fill(m_department, *departments);

    connect(m_fetchButton, &QPushButton::clicked, this, &InboxView::fetchNow);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job != nullptr)
            m_job->cancel();
    });
    connect(m_acceptButton, &QPushButton::clicked, this, &InboxView::acceptSelected);
    connect(m_editButton, &QPushButton::clicked, this, &InboxView::editSelected);
    connect(m_dismissButton, &QPushButton::clicked, this, &InboxView::dismissSelected);
    auto* fetchKey = new QShortcut(QKeySequence::Refresh, this, this, &InboxView::fetchNow);
    fetchKey->setContext(Qt::WidgetWithChildrenShortcut);
    for (const QKeySequence& enter : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* accept = new QShortcut(enter, m_table, this, &InboxView::acceptSelected);
        accept->setContext(Qt::WidgetShortcut);
    }
    auto* edit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, this, &InboxView::editSelected);
    edit->setContext(Qt::WidgetWithChildrenShortcut);
    auto* dismiss = new QShortcut(QKeySequence::Delete, m_table, this, &InboxView::dismissSelected);
    dismiss->setContext(Qt::WidgetShortcut);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InboxView::showSelected);
    connect(m_department, &QComboBox::currentIndexChanged, this, &InboxView::updateProposalNote);
    connect(m_week, &QComboBox::currentIndexChanged, this, &InboxView::updateProposalNote);

    if (!canWrite) {
        // A leader reads the inbox; fetching and deciding are the clerk's.
        for (QWidget* w : {static_cast<QWidget*>(m_fetchButton), static_cast<QWidget*>(m_acceptButton),
                           static_cast<QWidget*>(m_editButton), static_cast<QWidget*>(m_dismissButton),
                           static_cast<QWidget*>(m_department), static_cast<QWidget*>(m_week)})
            w->setEnabled(false);
    }
    connect(&session.inbox(), &InboxService::changed, m_reload, &LazyReload::request);
    connect(&session.reports(), &ReportService::changed, m_reload, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, m_reload, &LazyReload::request);
    connect(m_timer, &QTimer::timeout, this, [this] { startFetch(false); });
    connect(&session.mailSettings(), &MailSettingsService::changed, this, &InboxView::applyTimer);
    applyTimer();
}

InboxView::~InboxView() = default;

void InboxView::applyTimer()
{
    m_timer->stop();
    if (!m_session.currentUser().canWrite())
        return;
    Result<MailSettings> settings = m_session.mailSettings().load();
    if (settings && settings->incoming.isConfigured() && settings->fetchEveryMinutes > 0)
        m_timer->start(settings->fetchEveryMinutes * 60 * 1000);
}

void InboxView::reload()
{
    const qint64 selected = selectedMessageId();
    Result<QList<InboxItem>> items = m_session.inbox().pending();
    if (!items) {
        m_status->setText(items.error().message);
        return;
    }
    const qsizetype count = items->size();
    m_model->setItems(std::move(*items));
    const int row = m_model->rowOf(selected);
    if (m_model->rowCount() > 0)
        m_table->selectRow(row >= 0 ? row : 0);
    if (m_job == nullptr)
        m_status->setText(count == 0 ? tr("No mail is waiting.") : tr("%n mail(s) waiting.", nullptr, int(count)));
    showSelected();
}

qint64 InboxView::selectedMessageId() const
{
    const InboxItem* item = m_model->itemAt(m_table->currentIndex().row());
    return item != nullptr ? item->message.id : 0;
}

qint64 InboxView::chosenDepartmentId() const
{
    return departmentpicker::selectedId(m_department);
}

ReportWeek InboxView::chosenWeek() const
{
    const QDate monday = m_week->currentData().toDate();
    return monday.isValid() ? ReportWeek::containing(monday) : ReportWeek();
}

void InboxView::showSelected()
{
    const InboxItem* item = m_model->itemAt(m_table->currentIndex().row());
    const bool canWrite = m_session.currentUser().canWrite();
    for (QPushButton* b : {m_acceptButton, m_editButton, m_dismissButton})
        b->setEnabled(canWrite && item != nullptr);
    m_attachments->clear();
    if (item == nullptr) {
        m_header->clear();
        m_body->clear();
        m_proposalNote->clear();
        return;
    }
    const MailMessage& m = item->message;
    m_header->setText(tr("From: %1 <%2>\nSubject: %3\nArrived: %4")
                          .arg(m.senderName, m.senderAddress, m.subject,
                               QLocale().toString(m.arrivedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_body->setPlainText(m.body);
    if (m.attachments > 0)
        if (Result<MailMessage> full = m_session.inbox().message(m.id); full)
            if (Result<DecodedMail> decoded = MimeDecoder::decode(full->raw); decoded)
                for (const MailAttachment& a : decoded->attachments)
                    m_attachments->addItem(tr("%1 (%2 KB)").arg(a.name).arg((a.data.size() + 1023) / 1024));

    const QSignalBlocker blockDepartment(m_department);
    const QSignalBlocker blockWeek(m_week);
    const int department = m_department->findData(item->proposal.departmentId);
    m_department->setCurrentIndex(department);
    if (department < 0)
        m_department->setEditText(QString());
    m_week->clear();
    const ReportWeek proposed = item->proposal.week;
    for (ReportWeek w = proposed.previous().previous().previous().previous(); w <= proposed.next().next(); w = w.next())
        m_week->addItem(w.label(), w.monday());
    m_week->setCurrentIndex(m_week->findData(proposed.monday()));
    updateProposalNote();
}

void InboxView::updateProposalNote()
{
    const qint64 id = selectedMessageId();
    if (id == 0)
        return;
    const qint64 department = chosenDepartmentId();
    if (department == 0) {
        m_proposalNote->setText(tr("No department matches this mail: choose one (its address is then remembered)."));
        return;
    }
    Result<InboxItem> item = m_session.inbox().item(id, department, chosenWeek());
    if (!item) {
        m_proposalNote->setText(item.error().message);
        return;
    }
    QString how;
    const InboxItem* listed = m_model->itemAt(m_table->currentIndex().row());
    if (listed != nullptr && listed->proposal.departmentId == department)
        how = listed->proposal.match == MailMatchKind::Address ? tr("found by the sender's address")
                                                               : tr("found by the name in the mail");
    else
        how = tr("chosen by you");
    m_proposalNote->setText(
        tr("Would be logged as %1's report for %2: %3 (department %4).")
            .arg(item->departmentName, item->proposal.week.label(), InboxModel::timelinessName(item->timeliness), how));
}

void InboxView::selectNextAfter(int row)
{
    if (m_model->rowCount() == 0)
        return;
    m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    m_table->setFocus();
}

void InboxView::acceptSelected()
{
    const qint64 id = selectedMessageId();
    if (id == 0 || !m_session.currentUser().canWrite())
        return;
    const qint64 department = chosenDepartmentId();
    if (department == 0) {
        MessageBox::warning(this, tr("Report inbox"), tr("Choose the department this mail reports for first."));
        m_department->setFocus();
        return;
    }
    const int row = m_table->currentIndex().row();
    Result<WeeklyReport> saved = m_session.inbox().accept(id, department, chosenWeek());
    if (!saved) {
        MessageBox::error(this, tr("The mail was not accepted"), saved.error());
        return;
    }
    m_reload->request();
    m_status->setText(tr("Logged as the report of %1 for %2.").arg(m_department->currentText(), saved->week.label()));
    selectNextAfter(row);
}

void InboxView::editSelected()
{
    const qint64 id = selectedMessageId();
    if (id == 0 || !m_session.currentUser().canWrite())
        return;
    const int row = m_table->currentIndex().row();
    Result<WeeklyReport> draft = m_session.inbox().draftReport(id, chosenDepartmentId(), chosenWeek());
    if (!draft) {
        MessageBox::error(this, tr("Report inbox"), draft.error());
        return;
    }
    ReportEntryDialog form(m_session, *draft, this);
    form.exec();
    if (form.savedCount() == 0)
        return;
    if (Result<void> linked = m_session.inbox().linkSaved(id, form.lastSaved()); !linked)
        MessageBox::error(this, tr("Report inbox"), linked.error());
    m_reload->request();
    selectNextAfter(row);
}

void InboxView::dismissSelected()
{
    const qint64 id = selectedMessageId();
    if (id == 0 || !m_session.currentUser().canWrite())
        return;
    const int row = m_table->currentIndex().row();
    if (MessageBox::question(this, tr("Report inbox"),
                             tr("Mark this mail as not a report? It leaves the list and is kept."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    if (Result<void> done = m_session.inbox().dismiss(id); !done) {
        MessageBox::error(this, tr("Report inbox"), done.error());
        return;
    }
    m_reload->request();
    selectNextAfter(row);
}

void InboxView::fetchNow()
{
    startFetch(true);
}

void InboxView::startFetch(bool interactive)
{
    if (m_job != nullptr || !m_session.currentUser().canWrite())
        return;
    Result<MailSettings> settings = m_session.mailSettings().load();
    if (!settings) {
        m_status->setText(settings.error().message);
        return;
    }
    if (!settings->incoming.isConfigured()) {
        const QString text = tr("The office mailbox is not set up yet: enter its server, port and user in File › "
                                "Mail Settings.");
        m_status->setText(text);
        if (interactive)
            MessageBox::information(this, tr("Report inbox"), text);
        return;
    }
    std::optional<QString> password;
    if (interactive)
        password = MailPasswordPrompt::passwordFor(this, settings->incoming, m_session.mailPasswords());
    else
        password = m_session.mailPasswords().password(settings->incoming);
    if (!password) {
        if (!interactive)
            m_status->setText(tr("Mail is fetched on its own once you have fetched it by hand (F5) and given "
                                 "the password."));
        return;
    }
    Result<QHash<quint64, quint64>> highest = m_session.inbox().highestUids(MailFetcher::mailboxOf(*settings));
    if (!highest) {
        m_status->setText(highest.error().message);
        return;
    }
    m_job = new MailFetchJob(*settings, *password, *highest, this);
    connect(m_job, &MailFetchJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(tr("Fetching mail: %1 of %2…").arg(done).arg(total));
    });
    connect(m_job, &MailFetchJob::finished, this, [this, interactive] { fetchFinished(interactive); });
    m_fetchButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_status->setText(tr("Connecting to %1…").arg(settings->incoming.host));
    m_job->start();
}

void InboxView::fetchFinished(bool interactive)
{
    const Result<MailBatch> result = m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_cancelButton->hide();
    m_fetchButton->setEnabled(m_session.currentUser().canWrite());
    if (!result) {
        if (result.error().code == Error::Code::Forbidden)
            if (Result<MailSettings> settings = m_session.mailSettings().load(); settings)
                m_session.mailPasswords().forget(settings->incoming);
        if (result.error().code == Error::Code::Cancelled) {
            m_status->setText(tr("Fetching was cancelled; no mail of it was kept."));
            return;
        }
        m_status->setText(result.error().message);
        if (interactive)
            MessageBox::error(this, tr("Mail was not fetched"), result.error());
        return;
    }
    Result<int> stored = m_session.inbox().store(*result);
    if (!stored) {
        m_status->setText(stored.error().message);
        if (interactive)
            MessageBox::error(this, tr("Mail was not fetched"), stored.error());
        return;
    }
    m_reload->request();
    m_status->setText(*stored == 0 ? tr("No new mail.") : tr("%n new mail(s) fetched.", nullptr, *stored));
}

} // namespace branddesk
