// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/departmentimport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class DepartmentImportDialog;
}

namespace branddesk {

class Session;

/// Imports departments from a CSV or XLSX file: shows each row as new / update / unchanged / error with the
/// reason, and writes nothing until the clerk confirms; then all rows or none, after a backup.
class DepartmentImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit DepartmentImportDialog(Session& session, QWidget* parent = nullptr);
    ~DepartmentImportDialog() override;

    /// Asks for a file and previews it; false when none was chosen.
    bool chooseFile();
    /// Reads and previews `path`.
    void load(const QString& path);
    /// Backs up, then writes the previewed rows; closes the dialog when it worked.
    void importRows();

private:
    void showPreview();

    std::unique_ptr<Ui::DepartmentImportDialog> m_ui;
    Session& m_session;
    DepartmentImport m_import;
    std::optional<DepartmentImportPreview> m_preview;
    QPushButton* m_importButton;
};

} // namespace branddesk
