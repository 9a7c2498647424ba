// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class DepartmentDialog;
}

namespace branddesk {

class DepartmentService;

/// Adds a department, or edits one. Saving goes through the service; a refused save keeps the dialog
/// open with the reason shown, so nothing typed is lost.
class DepartmentDialog : public QDialog {
    Q_OBJECT
public:
    /// `existing` empty: a new department.
    DepartmentDialog(DepartmentService& service, std::optional<Department> existing, QWidget* parent = nullptr);
    ~DepartmentDialog() override;

    /// The department as saved (valid after the dialog was accepted).
    const Department& saved() const { return m_department; }
    /// The department as it was before this dialog saved it (for undo); empty for a new one.
    const std::optional<Department>& original() const { return m_original; }

public slots:
    void accept() override;

private:
    void load(const Department& department);
    Department commit() const;

    std::unique_ptr<Ui::DepartmentDialog> m_ui;
    DepartmentService& m_service;
    std::optional<Department> m_original;
    Department m_department;
};

} // namespace branddesk
