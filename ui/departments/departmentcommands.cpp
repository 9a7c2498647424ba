// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/departments/departmentcommands.h"

#include "core/services/departmentservice.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>

namespace branddesk {
AddDepartmentCommand::AddDepartmentCommand(DepartmentService& service, const Department& added)
    : QUndoCommand(QCoreApplication::translate("DepartmentCommands", "Add department %1").arg(added.name))
    , m_service(service)
    , m_department(added)
{}

void AddDepartmentCommand::undo()
{
    if (Result<void> removed = m_service.remove(m_department.id); !removed) {
        MessageBox::error(nullptr, QCoreApplication::translate("DepartmentCommands", "Cannot undo"), removed.error());
        setObsolete(true);
    }
}

void AddDepartmentCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    Result<Department> added = m_service.add(m_department);
    if (!added) {
        MessageBox::error(nullptr, QCoreApplication::translate("DepartmentCommands", "Cannot redo"), added.error());
        setObsolete(true);
        return;
    }
    m_department = *added;
}

RemoveDepartmentCommand::RemoveDepartmentCommand(DepartmentService& service, const Department& department)
    : QUndoCommand(QCoreApplication::translate("DepartmentCommands", "Delete department %1").arg(department.name))
    , m_service(service)
    , m_department(department)
{}

void RemoveDepartmentCommand::redo()
{
    if (Result<void> removed = m_service.remove(m_department.id); !removed) {
        MessageBox::error(nullptr, QCoreApplication::translate("DepartmentCommands", "Delete department"),
                          removed.error());
        setObsolete(true);
    }
}

void RemoveDepartmentCommand::undo()
{
    Result<Department> added = m_service.add(m_department);
    if (!added) {
        MessageBox::error(nullptr, QCoreApplication::translate("DepartmentCommands", "Cannot undo"), added.error());
        setObsolete(true);
        return;
    }
    m_department = *added;
}

EditDepartmentCommand::EditDepartmentCommand(DepartmentService& service, const Department& before,
                                             const Department& after, const QString& text)
    : QUndoCommand(text)
    , m_service(service)
    , m_before(before)
    , m_after(after)
    , m_storedVersion(after.version)
{}

void EditDepartmentCommand::apply(Department target)
{
    target.version = m_storedVersion;
    Result<Department> stored = m_service.update(target);
    if (!stored) {
        MessageBox::error(nullptr, QCoreApplication::translate("DepartmentCommands", "Cannot undo"), stored.error());
        setObsolete(true);
        return;
    }
    m_storedVersion = stored->version;
}

void EditDepartmentCommand::undo()
{
    apply(m_before);
}

void EditDepartmentCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after);
}

} // namespace branddesk
