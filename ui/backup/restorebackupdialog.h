// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupfile.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

class QPushButton;

namespace Ui {
class RestoreBackupDialog;
}

namespace branddesk {

/// Lists the database's backups, newest first, with the newest one from before `today` chosen — yesterday's
/// data, what a clerk most often wants back — so a restore is the Restore button away. "Other file…" picks a
/// backup kept elsewhere. Accepted with chosenPath() set; the caller asks once more and restores.
class RestoreBackupDialog : public QDialog {
    Q_OBJECT
public:
    RestoreBackupDialog(const QList<BackupFile>& backups, const QDate& today, QWidget* parent = nullptr);
    ~RestoreBackupDialog() override;

    QString chosenPath() const { return m_chosenPath; }

private:
    void chooseOtherFile();
    void restoreSelected();
    void updateButtons();

    std::unique_ptr<Ui::RestoreBackupDialog> m_ui;
    QList<BackupFile> m_backups;
    QPushButton* m_restoreButton = nullptr;
    QString m_chosenPath;
};

} // namespace branddesk
