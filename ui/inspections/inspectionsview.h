// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class InspectionsView;
}

namespace branddesk {

class FilterProxyModel;
class InspectionListModel;
class Session;

/// The inspections (督查) recorded, newest first, with items not met and the rectification demands' light;
/// filtered by department, category and "only with overdue rectifications", searched by any text shown;
/// new (Ctrl+N), open (Enter), delete, export (Ctrl+E) and the audit history (Ctrl+H) of an inspection.
/// A leader only views.
class InspectionsView : public QWidget {
    Q_OBJECT
public:
    explicit InspectionsView(Session& session, QWidget* parent = nullptr);
    ~InspectionsView() override;

    InspectionListModel* model() const { return m_model; }
    /// How many rows the filters leave.
    int shownCount() const;

public slots:
    void reload();
    /// Opens the form for a new inspection (of the department filtered on, if any).
    void newInspection();
    /// Opens the selected inspection.
    void openSelected();
    void deleteSelected();

private:
    void fillDepartments();
    void applyFilters();
    qint64 selectedId() const;
    qint64 filterDepartmentId() const;
    void updateResultLabel();

    std::unique_ptr<Ui::InspectionsView> m_ui;
    Session& m_session;
    InspectionListModel* m_model;
    FilterProxyModel* m_proxy;
};

} // namespace branddesk
