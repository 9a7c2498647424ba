// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activityfilter.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EnterpriseView;
}

class QComboBox;

namespace branddesk {

class ActivityListModel;
class FilterProxyModel;
class ProblemListModel;
class Session;

/// Enterprise service (服务企业年) in four tabs: the activity log (filters: department, kind, dates, enterprise;
/// new activities by quick entry, Ctrl+N), the problem ledger (filters: department, status, overdue,
/// enterprise; overdue rows red; a problem opens with its progress timeline), the remembered enterprises (each
/// opens its page), and each enterprise-facing department's quarters of concentrated weeks. Every list exports
/// (Ctrl+E). A leader only views.
class EnterpriseView : public QWidget {
    Q_OBJECT
public:
    explicit EnterpriseView(Session& session, QWidget* parent = nullptr);
    ~EnterpriseView() override;

    ActivityListModel* activityModel() const { return m_activities; }
    ProblemListModel* problemModel() const { return m_problems; }
    /// The filters the activity and problem tabs apply now.
    ActivityFilter activityFilter() const;
    ProblemFilter problemFilter() const;

public slots:
    void reload();
    /// The quick-entry form for new activities.
    void newActivity();
    /// A blank problem in its dialog.
    void newProblem();
    /// A new problem raised on the selected visit: its department, enterprise and day filled in, linked to it.
    void raiseProblemFromActivity();
    void openSelectedActivity();
    void openSelectedProblem();
    /// The page of the enterprise selected in the enterprises tab.
    void openSelectedEnterprise();
    void deleteSelectedActivity();
    /// The ledger as the problem tab shows it (filters and order), A4 landscape, in the print preview.
    void printLedger();

private:
    void setUpActions();
    void fillFilterChoices();
    void reloadActivities();
    void reloadProblems();
    void reloadEnterprises();
    void reloadQuarters();
    static qint64 comboId(const QComboBox* combo);
    /// The problems the ledger tab shows, in its order.
    QList<Problem> shownProblems() const;

    std::unique_ptr<Ui::EnterpriseView> m_ui;
    Session& m_session;
    ActivityListModel* m_activities;
    ProblemListModel* m_problems;
    FilterProxyModel* m_activityProxy;
    FilterProxyModel* m_problemProxy;
};

} // namespace branddesk
