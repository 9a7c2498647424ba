// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MilestonesView;
}

namespace branddesk {

class FilterProxyModel;
class MilestoneMatrixModel;
class Session;

/// 阶段任务: every department against every milestone of the current campaign, with lights; filter by
/// category and phase, sort by lateness, and a department's own list below. Double-click (or Enter) on a
/// cell records the milestone as done.
class MilestonesView : public QWidget {
    Q_OBJECT
public:
    explicit MilestonesView(Session& session, QWidget* parent = nullptr);
    ~MilestonesView() override;

    MilestoneMatrixModel* model() const { return m_model; }

public slots:
    void reload();
    /// Opens the completion dialog for a cell of the matrix (a proxy index).
    void editCell(const QModelIndex& index);

private:
    void applyPhaseFilter();
    void showDepartment(qint64 departmentId);
    void updateSummary();

    std::unique_ptr<Ui::MilestonesView> m_ui;
    Session& m_session;
    MilestoneMatrixModel* m_model;
    FilterProxyModel* m_proxy;
    qint64 m_shownDepartmentId = 0;
};

} // namespace branddesk
