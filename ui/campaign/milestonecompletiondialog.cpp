// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/milestonecompletiondialog.h"

#include "ui_milestonecompletiondialog.h"

#include "core/services/milestoneservice.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace branddesk {

MilestoneCompletionDialog::MilestoneCompletionDialog(MilestoneService& service, const Milestone& milestone,
                                                     const Department& department,
                                                     const std::optional<MilestoneCompletion>& existing,
                                                     const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MilestoneCompletionDialog>())
    , m_service(service)
    , m_existing(existing.has_value())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const QString due = milestone.due.isValid() ? tr("due %1 (%2)")
                                                      .arg(QLocale().toString(milestone.due, QLocale::LongFormat),
                                                           dekad::display(milestone.due))
                                                : tr("no deadline");
    m_ui->headingLabel->setText(tr("<b>%1</b><br>%2<br><span style=\"color:#555\">%3 — %4</span>")
                                    .arg(department.name.toHtmlEscaped(), milestone.name.toHtmlEscaped(),
                                         applicabilityName(milestone.appliesTo), due));
    if (existing) {
        m_completion = *existing;
        setWindowTitle(tr("Milestone record — %1").arg(department.displayShortName()));
    } else {
        m_completion.milestoneId = milestone.id;
        m_completion.departmentId = department.id;
        m_completion.doneDate = today;
        setWindowTitle(tr("Record milestone as done — %1").arg(department.displayShortName()));
    }
    m_ui->doneDateEdit->setMaximumDate(today);
    m_ui->doneDateEdit->setDate(m_completion.doneDate);
    m_ui->evidencePlainTextEdit->setPlainText(m_completion.evidence);
    m_ui->withdrawPushButton->setVisible(m_existing);
    auto showDekad = [this](const QDate& day) { m_ui->dekadLabel->setText(dekad::display(day, true)); };
    showDekad(m_completion.doneDate);
    showAttachment();

    connect(m_ui->doneDateEdit, &QDateEdit::dateChanged, this, showDekad);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MilestoneCompletionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MilestoneCompletionDialog::reject);
    connect(m_ui->withdrawPushButton, &QPushButton::clicked, this, &MilestoneCompletionDialog::withdraw);
    connect(m_ui->chooseAttachmentPushButton, &QPushButton::clicked, this,
            &MilestoneCompletionDialog::chooseAttachment);
    connect(m_ui->removeAttachmentPushButton, &QPushButton::clicked, this, [this] {
        m_completion.attachment.clear();
        m_completion.attachmentName.clear();
        showAttachment();
    });
    m_ui->evidencePlainTextEdit->setFocus();
}

MilestoneCompletionDialog::~MilestoneCompletionDialog() = default;

void MilestoneCompletionDialog::showAttachment()
{
    const bool has = !m_completion.attachmentName.isEmpty();
    m_ui->attachmentLabel->setText(
        has ? tr("%1 (%2 KB)").arg(m_completion.attachmentName).arg((m_completion.attachment.size() + 1023) / 1024)
            : tr("None"));
    m_ui->removeAttachmentPushButton->setEnabled(has);
}

void MilestoneCompletionDialog::chooseAttachment()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Attach a file"), tr("All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > MilestoneService::kMaxAttachmentBytes) {
        MessageBox::warning(this, tr("Attachment"), tr("The file is larger than 20 MB."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Attachment"), tr("The file %1 could not be read.").arg(path));
        return;
    }
    m_completion.attachment = file.readAll();
    m_completion.attachmentName = QFileInfo(path).fileName();
    showAttachment();
}

void MilestoneCompletionDialog::accept()
{
    MilestoneCompletion edited = m_completion;
    edited.doneDate = m_ui->doneDateEdit->date();
    edited.evidence = m_ui->evidencePlainTextEdit->toPlainText();
    Result<MilestoneCompletion> saved = m_service.record(edited);
    if (!saved) {
        MessageBox::error(this, tr("The record was not saved"), saved.error());
        return;
    }
    m_completion = *saved;
    QDialog::accept();
}

void MilestoneCompletionDialog::withdraw()
{
    if (MessageBox::question(this, tr("Withdraw record"),
                             tr("Withdraw this completion record? The milestone will count as not done."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> cleared = m_service.clear(m_completion.milestoneId, m_completion.departmentId); !cleared) {
        MessageBox::error(this, tr("Withdraw record"), cleared.error());
        return;
    }
    QDialog::accept();
}

} // namespace branddesk
