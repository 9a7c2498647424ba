// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/departmentimportdialog.h"

#include "core/backup/backupmanager.h"
#include "core/services/session.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace branddesk {

DepartmentImportDialog::DepartmentImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_import(session.database(), session.departments())
    , m_fileLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_summary(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("departmentImportDialog"));
    setWindowTitle(tr("Import departments"));
    resize(900, 560);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_table->setObjectName(QStringLiteral("previewTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Action"), tr("Department"), tr("Reason or change")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_importButton->setEnabled(false);
    auto* choose = new QPushButton(tr("Choose &File…"), this);
    choose->setObjectName(QStringLiteral("chooseFilePushButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &DepartmentImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &DepartmentImportDialog::importRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

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
    m_fileLabel->setText(path);
    const Result<Table> table = DepartmentImport::readFile(path);
    Result<DepartmentImportPreview> preview = table ? m_import.preview(*table) : fail(table.error());
    if (!preview)
        m_summary->setText(preview.error().message);
    else
        m_preview = std::move(*preview);
    showPreview();
}

void DepartmentImportDialog::showPreview()
{
    m_table->setRowCount(0);
    m_importButton->setEnabled(false);
    if (!m_preview)
        return;
    const QStringList actions = {tr("new"), tr("update"), tr("unchanged"), tr("error")};
    m_table->setRowCount(int(m_preview->rows.size()));
    for (int r = 0; r < m_preview->rows.size(); ++r) {
        const ImportRow& row = m_preview->rows.at(r);
        const QStringList cells = {QString::number(row.line), actions.at(int(row.action)), row.department.name,
                                   row.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (row.action == ImportAction::Error)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    const int toWrite = m_preview->count(ImportAction::New) + m_preview->count(ImportAction::Update);
    QString summary = tr("%1 new, %2 to update, %3 unchanged, %4 with errors.")
                          .arg(m_preview->count(ImportAction::New))
                          .arg(m_preview->count(ImportAction::Update))
                          .arg(m_preview->count(ImportAction::Unchanged))
                          .arg(m_preview->count(ImportAction::Error));
    if (m_preview->hasErrors())
        summary += QLatin1Char(' ') + tr("Nothing can be imported until every row is correct.");
    m_summary->setText(summary);
    m_importButton->setEnabled(!m_preview->hasErrors() && toWrite > 0);
}

void DepartmentImportDialog::importRows()
{
    if (!m_preview || m_preview->hasErrors())
        return;
    const Result<BackupFile> backup =
        BackupManager(m_session.database().path(), m_session.clock()).backUp(BackupReason::Import);
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
