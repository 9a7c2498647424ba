// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"

#include <QUndoCommand>

namespace branddesk {

class DepartmentService;

/// Undo of "add department": removes it again (only while it has no records); redo adds it back.
/// The change itself was made by the dialog, so the first redo() does nothing.
class AddDepartmentCommand : public QUndoCommand {
public:
    AddDepartmentCommand(DepartmentService& service, const Department& added);
    void undo() override;
    void redo() override;

private:
    DepartmentService& m_service;
    Department m_department;
    bool m_firstRedo = true;
};

/// Deletes a department that has no records; undo adds it back (with a new id).
class RemoveDepartmentCommand : public QUndoCommand {
public:
    RemoveDepartmentCommand(DepartmentService& service, const Department& department);
    void undo() override;
    void redo() override;

private:
    DepartmentService& m_service;
    Department m_department;
};

/// Undo of an edit (including activate/deactivate): puts the fields back as they were.
class EditDepartmentCommand : public QUndoCommand {
public:
    /// `before` and `after` as loaded and as saved; `after.version` is the stored version now.
    EditDepartmentCommand(DepartmentService& service, const Department& before, const Department& after,
                          const QString& text);
    void undo() override;
    void redo() override;

private:
    void apply(Department target);

    DepartmentService& m_service;
    Department m_before;
    Department m_after;
    int m_storedVersion;
    bool m_firstRedo = true;
};

} // namespace branddesk
