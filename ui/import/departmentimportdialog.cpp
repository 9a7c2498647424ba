// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/departmentimportdialog.h"

#include "core/services/session.h"
#include "ui/backup/backupwithprogress.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include "ui_departmentimportdialog.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace branddesk {

DepartmentImportDialog::DepartmentImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DepartmentImportDialog>())
    , m_session(session)
    , m_import(session.database(), session.departments())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("departmentImportDialog"));
    m_importButton = m_ui->dialogButtonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);

    connect(m_ui->chooseFilePushButton, &QPushButton::clicked, this, &DepartmentImportDialog::chooseFile);
    // The Import button is an AcceptRole button: the box's accepted() does the import, which closes on success.
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &DepartmentImportDialog::importRows);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DepartmentImportDialog::~DepartmentImportDialog() = default;

bool DepartmentImportDialog::chooseFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import departments"), tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    load(path);
    return true;
}

void DepartmentImportDialog::load(const QString& path)
{
    m_preview.reset();
    m_ui->fileLabel->setText(path);
    const Result<Table> table = DepartmentImport::readFile(path);
    Result<DepartmentImportPreview> preview = table ? m_import.preview(*table) : fail(table.error());
    if (!preview)
        m_ui->summaryLabel->setText(preview.error().message);
    else
        m_preview = std::move(*preview);
    showPreview();
}

void DepartmentImportDialog::showPreview()
{
    m_ui->previewTableWidget->setRowCount(0);
    m_importButton->setEnabled(false);
    if (!m_preview)
        return;
    const QStringList actions = {tr("new"), tr("update"), tr("unchanged"), tr("error")};
    m_ui->previewTableWidget->setRowCount(int(m_preview->rows.size()));
    for (int r = 0; r < m_preview->rows.size(); ++r) {
        const ImportRow& row = m_preview->rows.at(r);
        const QStringList cells = {QString::number(row.line), actions.at(int(row.action)), row.department.name,
                                   row.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (row.action == ImportAction::Error)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_ui->previewTableWidget->setItem(r, c, item);
        }
    }
    m_ui->previewTableWidget->resizeColumnsToContents();
    const int toWrite = m_preview->count(ImportAction::New) + m_preview->count(ImportAction::Update);
    QString summary = tr("%1 new, %2 to update, %3 unchanged, %4 with errors.")
                          .arg(m_preview->count(ImportAction::New))
                          .arg(m_preview->count(ImportAction::Update))
                          .arg(m_preview->count(ImportAction::Unchanged))
                          .arg(m_preview->count(ImportAction::Error));
    if (m_preview->hasErrors())
        summary += QLatin1Char(' ') + tr("Nothing can be imported until every row is correct.");
    m_ui->summaryLabel->setText(summary);
    m_importButton->setEnabled(!m_preview->hasErrors() && toWrite > 0);
}

void DepartmentImportDialog::importRows()
{
    if (!m_preview || m_preview->hasErrors())
        return;
    // The backup before the import is a copy of the whole file: off the UI thread, and it can be cancelled.
    const Result<BackupFile> backup =
        backUpWithProgress(this, tr("Backing up the database before the import…"), m_session.database().path(),
                           m_session.clock(), BackupReason::Import);
    if (!backup && backup.error().code == Error::Code::Cancelled) {
        MessageBox::information(this, tr("Import departments"),
                                tr("The backup was cancelled, so nothing was imported."));
        return;
    }
    if (!backup) {
        MessageBox::error(this, tr("Import departments"), backup.error());
        return;
    }
    const Result<int> written = m_import.apply(*m_preview);
    if (!written) {
        MessageBox::error(this, tr("Import departments"), written.error());
        return;
    }
    accept();
}

} // namespace branddesk
