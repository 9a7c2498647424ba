// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/error.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class DepartmentDialog;
}

namespace branddesk {

class DepartmentService;
class Session;

/// Adds a department, or edits one. Saving goes through the service; a refused save keeps the dialog
/// open with the reason shown, so nothing typed is lost. While it is open it says when another PC has the same
/// department open or saved it (RecordWatch, with Reload); a save refused because another PC saved first offers
/// to merge when the two changed different fields.
class DepartmentDialog : public QDialog {
    Q_OBJECT
public:
    /// `existing` empty: a new department.
    DepartmentDialog(Session& session, std::optional<Department> existing, QWidget* parent = nullptr);
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
    void reloadStored();
    bool hasUnsavedEdits() const;
    /// After a stale save's refusal: merges with the stored version and saves when the user agrees. Returns
    /// the stored department, or the error to show (the refusal itself when no merge was made).
    Result<Department> offerMerge(const Department& edited, const Error& refusal);

    std::unique_ptr<Ui::DepartmentDialog> m_ui;
    DepartmentService& m_service;
    std::optional<Department> m_original;
    Department m_department;
};

} // namespace branddesk
