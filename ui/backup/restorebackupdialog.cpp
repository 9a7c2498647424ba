// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/restorebackupdialog.h"

#include "core/text/dates.h"
#include "ui/widgets/filedialog.h"

#include "ui_restorebackupdialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace branddesk {

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupFile>& backups, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreBackupDialog>())
    , m_backups(backups)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("restoreBackupDialog"));
    m_restoreButton = m_ui->dialogButtonBox->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restorePushButton"));
    m_restoreButton->setDefault(true);

    QTableWidget* table = m_ui->backupsTableWidget;
    table->setRowCount(int(m_backups.size()));
    int chosen = m_backups.isEmpty() ? -1 : 0;
    bool chosenBeforeToday = false;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupFile& backup = m_backups.at(row);
        const QStringList cells = {dates::shown(backup.takenAt), BackupFile::reasonName(backup.reason),
                                   QLocale().formattedDataSize(QFileInfo(backup.path).size())};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(backup.path);
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
        // A damaged file's copy is kept for the record, never offered first.
        if (!chosenBeforeToday && backup.reason != BackupReason::Damaged && backup.takenAt.date() < today) {
            chosen = row;
            chosenBeforeToday = true;
        }
    }
    table->resizeColumnsToContents();
    if (chosen >= 0)
        table->selectRow(chosen);
    if (m_backups.isEmpty())
        m_ui->introLabel->setText(tr("This database has no backups yet. Choose a backup kept elsewhere with "
                                     "“Other file…”."));

    connect(table, &QTableWidget::itemSelectionChanged, this, &RestoreBackupDialog::updateButtons);
    connect(table, &QTableWidget::itemDoubleClicked, this, &RestoreBackupDialog::restoreSelected);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::restoreSelected);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->otherFilePushButton, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOtherFile);
    updateButtons();
    table->setFocus();
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

void RestoreBackupDialog::updateButtons()
{
    m_restoreButton->setEnabled(!m_ui->backupsTableWidget->selectedItems().isEmpty());
}

void RestoreBackupDialog::restoreSelected()
{
    const QList<QTableWidgetItem*> selected = m_ui->backupsTableWidget->selectedItems();
    if (selected.isEmpty())
        return;
    m_chosenPath = m_backups.at(selected.first()->row()).path;
    accept();
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Restore from backup"), tr("BrandDesk backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    m_chosenPath = path;
    accept();
}

} // namespace branddesk
