// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class MilestonesView;
}

namespace branddesk {

class BackgroundReader;
class FilterProxyModel;
class MilestoneBoard;
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
    /// Whether the board is being read in the background (the matrix shows the previous one meanwhile).
    bool isLoading() const;

public slots:
    /// Reads the board again, in the background (isLoading()); a newer reload supersedes one still running.
    void reload();
    /// Opens the completion dialog for a cell of the matrix (a proxy index).
    void editCell(const QModelIndex& index);

private:
    /// Shows `board` (on the UI thread, when the reader delivers).
    void showBoard(const MilestoneBoard& board);
    void applyPhaseFilter();
    void showDepartment(qint64 departmentId);
    void updateSummary();

    std::unique_ptr<Ui::MilestonesView> m_ui;
    Session& m_session;
    MilestoneMatrixModel* m_model;
    FilterProxyModel* m_proxy;
    BackgroundReader* m_reader;
    qint64 m_shownDepartmentId = 0;
};

} // namespace branddesk
