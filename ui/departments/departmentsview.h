// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QUndoStack;

namespace Ui {
class DepartmentsView;
}

namespace branddesk {

class DepartmentTableModel;
class FilterProxyModel;
class Session;

/// The department register (部门): filter, sort, add, edit, deactivate, delete (only without data).
class DepartmentsView : public QWidget {
    Q_OBJECT
public:
    DepartmentsView(Session& session, QUndoStack& undoStack, QWidget* parent = nullptr);
    ~DepartmentsView() override;

    /// The id of the selected department, or 0.
    qint64 selectedId() const;
    /// Selects a department by id (scrolling to it); false if it is filtered out or unknown.
    bool select(qint64 id);
    QList<QAction*> editActions() const;

public slots:
    void addDepartment();
    void editSelected();
    void toggleActiveSelected();
    void deleteSelected();

signals:
    /// The user asked to create a brand for this department.
    void newBrandRequested(qint64 departmentId);

private:
    void updateActions();
    void updateSummary();

    std::unique_ptr<Ui::DepartmentsView> m_ui;
    Session& m_session;
    QUndoStack& m_undoStack;
    DepartmentTableModel* m_model;
    FilterProxyModel* m_proxy;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_toggleActiveAction;
    QAction* m_deleteAction;
    QAction* m_newBrandAction;
};

} // namespace branddesk
