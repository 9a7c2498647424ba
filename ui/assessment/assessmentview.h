// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AssessmentView;
}

class QAction;

namespace branddesk {

class AssessmentTableModel;
class BackgroundReader;
class Session;
struct AssessmentTable;

/// The annual work-style assessment (年度考核): the year's table — each part's points, bonus, deduction, veto,
/// total, rank in category and grade — and beside it how the selected department's figures were formed, with the
/// items entered by hand. Until the year is finalised the table is a preview "if the year ended today". Clerks enter
/// items; administrators finalise and reopen; leaders read. Export, print (通报) and history.
class AssessmentView : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentView(Session& session, QWidget* parent = nullptr);
    ~AssessmentView() override;

    AssessmentTableModel* model() const { return m_model; }
    /// Whether the table is being computed in the background (the view shows the previous one meanwhile).
    bool isLoading() const;

public slots:
    /// Computes the table again, in the background (isLoading()); a newer reload supersedes one still running.
    void reload();
    void newItem();
    void openItem();
    void removeItem();
    void finalise();
    void reopen();
    void printReport();

private:
    /// Shows the table computed (on the UI thread, when the reader delivers).
    void showTable(const Result<AssessmentTable>& table);
    void setUpActions();
    void showSelected();
    void updateActions();
    qint64 selectedDepartment() const;
    qint64 selectedItem() const;

    std::unique_ptr<Ui::AssessmentView> m_ui;
    Session& m_session;
    AssessmentTableModel* m_model;
    BackgroundReader* m_reader;
    bool m_finalised = false;
    QAction* m_newItem = nullptr;
    QAction* m_openItem = nullptr;
    QAction* m_removeItem = nullptr;
    QAction* m_finalise = nullptr;
    QAction* m_reopen = nullptr;
};

} // namespace branddesk
