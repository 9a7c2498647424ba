// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AssessmentView;
}

class QAction;

namespace branddesk {

class AssessmentTableModel;
class Session;

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

public slots:
    void reload();
    void newItem();
    void openItem();
    void removeItem();
    void finalise();
    void reopen();
    void printReport();

private:
    void setUpActions();
    void showSelected();
    void updateActions();
    qint64 selectedDepartment() const;
    qint64 selectedItem() const;

    std::unique_ptr<Ui::AssessmentView> m_ui;
    Session& m_session;
    AssessmentTableModel* m_model;
    bool m_finalised = false;
    QAction* m_newItem = nullptr;
    QAction* m_openItem = nullptr;
    QAction* m_removeItem = nullptr;
    QAction* m_finalise = nullptr;
    QAction* m_reopen = nullptr;
};

} // namespace branddesk
