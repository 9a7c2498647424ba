// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportentrydialog.h"

#include "ui_reportentrydialog.h"

#include "ui/reports/searchhighlighter.h"

#include "core/audit/reportsnapshots.h"
#include "core/reports/reportcompliance.h"
#include "core/services/session.h"
#include "core/text/dates.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/mergeoffer.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"
#include "ui/widgets/recordwatch.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QShortcut>

namespace branddesk {
namespace {

QString kilobytes(qint64 bytes)
{
    return QCoreApplication::translate("ReportEntryDialog", "%1 KB").arg((bytes + 1023) / 1024);
}

} // namespace

ReportEntryDialog::ReportEntryDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportEntryDialog>())
    , m_session(session)
{
    setUp();
    m_report.week = ReportWeek::containing(session.clock().today());
    fillWeeks(m_report.week);
    clearForNext();
}

ReportEntryDialog::ReportEntryDialog(Session& session, const WeeklyReport& report, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportEntryDialog>())
    , m_session(session)
    , m_report(report)
{
    setUp();
    fillWeeks(report.week);
    load(report);
    if (!session.currentUser().canWrite()) {
        // A leader reads the report and may keep a copy of its attachments; nothing here offers a change.
        setWindowTitle(tr("Weekly report (read only)"));
        readonlyform::apply(this, {m_ui->closePushButton, m_ui->saveAttachmentPushButton});
    }
    // Another PC's save or deletion of this report is said at the top, with Reload.
    RecordWatch::attach(
        session, this, ReportAuditEntities::kWeeklyReport, report.id,
        [this] {
            Result<WeeklyReport> stored = m_session.reports().find(m_report.id);
            if (!stored) {
                MessageBox::error(this, tr("Weekly reports"), stored.error());
                return;
            }
            m_report = *stored;
            fillWeeks(stored->week);
            load(*stored);
        },
        [this] { return hasUnsavedInput(); });
}

ReportEntryDialog::~ReportEntryDialog() = default;

void ReportEntryDialog::setUp()
{
    m_ui->setupUi(this);
    if (Result<std::optional<Campaign>> current = m_session.campaigns().current(); current && *current)
        m_campaign = **current;
    for (ReportChannel channel : allReportChannels())
        m_ui->channelComboBox->addItem(reportChannelName(channel), int(channel));
    fillDepartments();

    auto* saveNext = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto* saveNextKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    auto* saveClose = new QShortcut(QKeySequence::Save, this);
    connect(saveNext, &QShortcut::activated, this, &ReportEntryDialog::saveAndNext);
    connect(saveNextKeypad, &QShortcut::activated, this, &ReportEntryDialog::saveAndNext);
    connect(saveClose, &QShortcut::activated, this, &ReportEntryDialog::saveAndClose);
    connect(m_ui->saveNextPushButton, &QPushButton::clicked, this, &ReportEntryDialog::saveAndNext);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &ReportEntryDialog::saveAndClose);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &ReportEntryDialog::reject);
    connect(m_ui->nowPushButton, &QPushButton::clicked, this,
            [this] { m_ui->receivedDateTimeEdit->setDateTime(m_session.clock().nowLocal()); });
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, &ReportEntryDialog::updateWeekNote);
    connect(m_ui->departmentComboBox, &QComboBox::editTextChanged, this, &ReportEntryDialog::updateWeekNote);
    connect(m_ui->weekComboBox, &QComboBox::currentIndexChanged, this, &ReportEntryDialog::updateWeekNote);
    connect(m_ui->receivedDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &ReportEntryDialog::updateWeekNote);
    connect(m_ui->addAttachmentPushButton, &QPushButton::clicked, this, &ReportEntryDialog::addAttachment);
    connect(m_ui->saveAttachmentPushButton, &QPushButton::clicked, this, &ReportEntryDialog::saveAttachmentAs);
    connect(m_ui->removeAttachmentPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->attachmentsListWidget->currentRow();
        if (row >= 0 && row < m_attachments.size()) {
            m_attachments.removeAt(row);
            showAttachments();
        }
    });
    connect(m_ui->attachmentsListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->removeAttachmentPushButton->setEnabled(row >= 0);
        m_ui->saveAttachmentPushButton->setEnabled(row >= 0);
    });
}

void ReportEntryDialog::fillDepartments()
{
    QComboBox* combo = m_ui->departmentComboBox;
    Result<QList<Department>> departments = m_session.departments().activeDepartments();
    if (!departments) {
        MessageBox::error(this, tr("Weekly reports"), departments.error());
        return;
    }
    departmentpicker::fill(combo, *departments);
}

void ReportEntryDialog::fillWeeks(const ReportWeek& include)
{
    const ReportWeek current = ReportWeek::containing(m_session.clock().today());
    ReportWeek first = current;
    if (m_campaign && m_campaign->span().start.isValid())
        first = std::min(first, ReportWeek::containing(m_campaign->span().start));
    else
        first = ReportWeek::containing(current.monday().addDays(-7 * 52));
    if (include.isValid())
        first = std::min(first, include);
    QComboBox* combo = m_ui->weekComboBox;
    combo->clear();
    for (ReportWeek week = current; week >= first; week = week.previous())
        combo->addItem(week.label(), week.monday());
}

void ReportEntryDialog::load(const WeeklyReport& report)
{
    setWindowTitle(tr("Weekly report"));
    m_ui->saveNextPushButton->hide();
    m_ui->savePushButton->setText(tr("&Save (Ctrl+S)"));
    const int department = m_ui->departmentComboBox->findData(report.departmentId);
    if (department < 0) { // a deactivated department: still shown for its old reports
        Result<Department> found = m_session.departments().find(report.departmentId);
        m_ui->departmentComboBox->addItem(found ? found->name : QString::number(report.departmentId),
                                          report.departmentId);
        m_ui->departmentComboBox->setCurrentIndex(m_ui->departmentComboBox->count() - 1);
    } else {
        m_ui->departmentComboBox->setCurrentIndex(department);
    }
    m_ui->weekComboBox->setCurrentIndex(m_ui->weekComboBox->findData(report.week.monday()));
    m_ui->receivedDateTimeEdit->setDateTime(report.receivedAt.toLocalTime());
    m_ui->channelComboBox->setCurrentIndex(m_ui->channelComboBox->findData(int(report.channel)));
    m_ui->titleLineEdit->setText(report.title);
    m_ui->contentPlainTextEdit->setPlainText(report.content);
    m_ui->enterprisesCheckBox->setChecked(report.tags.testFlag(ReportTag::ServesEnterprises));
    m_ui->grassrootsCheckBox->setChecked(report.tags.testFlag(ReportTag::ServesGrassroots));
    m_ui->publicCheckBox->setChecked(report.tags.testFlag(ReportTag::ServesPublic));
    m_ui->highlightCheckBox->setChecked(report.highlight);
    m_attachments = report.attachments;
    showAttachments();
    const QString entered = tr("Entered by %1 on %2")
                                .arg(report.enteredBy.isEmpty() ? tr("unknown") : report.enteredBy,
                                     dates::shown(report.enteredAt.toLocalTime()));
    m_ui->enteredLabel->setText(report.isBackFilled() ? entered + tr(" (back-filled)") : entered);
    m_ui->contentPlainTextEdit->setFocus();
    updateWeekNote();
}

void ReportEntryDialog::clearForNext()
{
    setWindowTitle(tr("Log weekly reports"));
    m_ui->departmentComboBox->setCurrentIndex(-1);
    m_ui->departmentComboBox->setEditText(QString());
    if (m_ui->weekComboBox->currentIndex() < 0)
        m_ui->weekComboBox->setCurrentIndex(m_ui->weekComboBox->findData(m_report.week.monday()));
    m_ui->receivedDateTimeEdit->setDateTime(m_session.clock().nowLocal());
    m_ui->titleLineEdit->clear();
    m_ui->contentPlainTextEdit->clear();
    m_ui->enterprisesCheckBox->setChecked(false);
    m_ui->grassrootsCheckBox->setChecked(false);
    m_ui->publicCheckBox->setChecked(false);
    m_ui->highlightCheckBox->setChecked(false);
    m_attachments.clear();
    showAttachments();
    m_ui->enteredLabel->clear();
    m_ui->departmentComboBox->setFocus();
    updateWeekNote();
}

qint64 ReportEntryDialog::selectedDepartmentId() const
{
    return departmentpicker::selectedId(m_ui->departmentComboBox);
}

WeeklyReport ReportEntryDialog::collect() const
{
    WeeklyReport report = m_report;
    report.departmentId = selectedDepartmentId();
    report.week = ReportWeek::containing(m_ui->weekComboBox->currentData().toDate());
    report.receivedAt = m_ui->receivedDateTimeEdit->dateTime().toUTC();
    report.channel = ReportChannel(m_ui->channelComboBox->currentData().toInt());
    report.title = m_ui->titleLineEdit->text();
    report.content = m_ui->contentPlainTextEdit->toPlainText();
    ReportTags tags;
    tags.setFlag(ReportTag::ServesEnterprises, m_ui->enterprisesCheckBox->isChecked());
    tags.setFlag(ReportTag::ServesGrassroots, m_ui->grassrootsCheckBox->isChecked());
    tags.setFlag(ReportTag::ServesPublic, m_ui->publicCheckBox->isChecked());
    report.tags = tags;
    report.highlight = m_ui->highlightCheckBox->isChecked();
    report.attachments = m_attachments;
    return report;
}

bool ReportEntryDialog::save()
{
    if (selectedDepartmentId() == 0 && !m_ui->departmentComboBox->currentText().trimmed().isEmpty()) {
        MessageBox::warning(this, tr("The report was not saved"),
                            tr("No single department matches “%1”. Type more of its name, or pick it from the list.")
                                .arg(m_ui->departmentComboBox->currentText().trimmed()));
        m_ui->departmentComboBox->setFocus();
        return false;
    }
    Result<WeeklyReport> saved = m_session.reports().save(collect());
    if (!saved && m_report.id != 0 && saved.error().code == Error::Code::Conflict)
        saved = saveMerged(saved.error());
    if (!saved && saved.error().code == Error::Code::Cancelled)
        return false;
    if (!saved) {
        MessageBox::error(this, tr("The report was not saved"), saved.error());
        return false;
    }
    m_lastSaved = *saved;
    ++m_savedCount;
    if (m_report.id != 0)
        m_report = *saved;
    QString status;
    if (m_campaign)
        status = reportStatusName(
            isOnTime(saved->week, saved->receivedAt, m_campaign->reportWeekday, m_campaign->reportDueTime)
                ? ReportStatus::OnTime
                : ReportStatus::Late);
    m_ui->savedLabel->setText(
        tr("<span style=\"color:#1b7e1b\">✔ Saved (%1 in this form): %2 — %3 %4</span>")
            .arg(m_savedCount)
            .arg(m_ui->departmentComboBox->currentText().toHtmlEscaped(), saved->week.label().toHtmlEscaped(), status));
    return true;
}

Result<WeeklyReport> ReportEntryDialog::saveMerged(const Error& refusal)
{
    Result<WeeklyReport> theirs = m_session.reports().find(m_report.id);
    if (!theirs)
        return fail(refusal);
    const MergeResult<WeeklyReport> merge = mergeReports(m_report, collect(), *theirs);
    if (Result<void> agreed = mergeoffer::confirm(this, refusal, ReportAuditEntities::kWeeklyReport, merge); !agreed)
        return fail(agreed.error());
    m_report = *theirs;
    fillWeeks(merge.merged.week);
    load(merge.merged);
    return m_session.reports().save(merge.merged);
}

bool ReportEntryDialog::saveAndNext()
{
    if (m_report.id != 0)
        return saveAndClose();
    if (!save())
        return false;
    clearForNext();
    return true;
}

bool ReportEntryDialog::saveAndClose()
{
    if (!save())
        return false;
    accept();
    return true;
}

void ReportEntryDialog::markSearchTerms(const QStringList& terms)
{
    new SearchHighlighter(terms, m_ui->contentPlainTextEdit->document());
}

bool ReportEntryDialog::hasUnsavedInput() const
{
    if (m_report.id != 0) {
        const WeeklyReport now = collect();
        return now.title.trimmed() != m_report.title || now.content.trimmed() != m_report.content ||
               now.tags != m_report.tags || now.highlight != m_report.highlight || now.channel != m_report.channel ||
               now.week != m_report.week || now.departmentId != m_report.departmentId ||
               now.attachments.size() != m_report.attachments.size() ||
               now.receivedAt.toSecsSinceEpoch() / 60 != m_report.receivedAt.toSecsSinceEpoch() / 60;
    }
    return !m_ui->titleLineEdit->text().trimmed().isEmpty() ||
           !m_ui->contentPlainTextEdit->toPlainText().trimmed().isEmpty() || !m_attachments.isEmpty();
}

void ReportEntryDialog::reject()
{
    if (hasUnsavedInput() &&
        MessageBox::question(this, tr("Unsaved report"), tr("Discard the report you have not saved?"),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    if (m_savedCount > 0)
        QDialog::accept();
    else
        QDialog::reject();
}

void ReportEntryDialog::updateWeekNote()
{
    const ReportWeek week = ReportWeek::containing(m_ui->weekComboBox->currentData().toDate());
    if (!week.isValid()) {
        m_ui->weekNoteLabel->clear();
        return;
    }
    QStringList notes;
    if (m_campaign) {
        const QDateTime due = week.dueMoment(m_campaign->reportWeekday, m_campaign->reportDueTime);
        const bool onTime = isOnTime(week, m_ui->receivedDateTimeEdit->dateTime().toUTC(), m_campaign->reportWeekday,
                                     m_campaign->reportDueTime);
        notes.append(tr("Due %1; received as entered it is <b>%2</b>.")
                         .arg(dates::shown(due), reportStatusName(onTime ? ReportStatus::OnTime : ReportStatus::Late)));
    }
    if (week.sunday() < m_session.clock().today() && m_report.id == 0)
        notes.append(tr("The week is over: the report is recorded as back-filled."));
    if (const qint64 department = selectedDepartmentId(); department != 0) {
        Result<QList<ReportListItem>> same = m_session.reports().sameWeek(department, week);
        if (same) {
            const qsizetype others = std::count_if(
                same->begin(), same->end(), [this](const ReportListItem& item) { return item.id != m_report.id; });
            if (others > 0 && (m_report.id == 0 || same->constFirst().id != m_report.id))
                notes.append(tr("<span style=\"color:#a05a00\">%n report(s) of this department for this week "
                                "arrived already: this one is a supplement.</span>",
                                nullptr, int(others)));
        }
    }
    m_ui->weekNoteLabel->setText(notes.join(QLatin1String("<br>")));
}

void ReportEntryDialog::showAttachments()
{
    m_ui->attachmentsListWidget->clear();
    for (const ReportAttachment& a : std::as_const(m_attachments))
        m_ui->attachmentsListWidget->addItem(tr("%1 (%2)").arg(a.name, kilobytes(a.id != 0 ? a.size : a.data.size())));
    m_ui->removeAttachmentPushButton->setEnabled(false);
    m_ui->saveAttachmentPushButton->setEnabled(false);
}

void ReportEntryDialog::addAttachment()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Attach a file"), tr("All files (*)"));
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.size() > ReportLimits::kAttachment) {
        MessageBox::warning(this, tr("Attachment"), tr("The file %1 is larger than 20 MB.").arg(info.fileName()));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Attachment"), tr("The file %1 could not be read.").arg(path));
        return;
    }
    m_attachments.append({0, info.fileName(), info.size(), file.readAll()});
    showAttachments();
}

void ReportEntryDialog::saveAttachmentAs()
{
    const int row = m_ui->attachmentsListWidget->currentRow();
    if (row < 0 || row >= m_attachments.size())
        return;
    ReportAttachment attachment = m_attachments.at(row);
    if (attachment.data.isEmpty() && attachment.id != 0) {
        Result<ReportAttachment> stored = m_session.reports().attachment(attachment.id);
        if (!stored) {
            MessageBox::error(this, tr("Attachment"), stored.error());
            return;
        }
        attachment = *stored;
    }
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save the attachment"), attachment.name, tr("All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment.data) != attachment.data.size() || !file.commit())
        MessageBox::warning(this, tr("Attachment"),
                            tr("The file %1 could not be written: %2").arg(path, file.errorString()));
}

} // namespace branddesk
