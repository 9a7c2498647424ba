// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activityfilter.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EnterpriseView;
}

namespace branddesk {

class ActivitiesTab;
class ActivityListModel;
class ConcentratedWeeksTab;
class EnterprisesTab;
class ProblemLedgerTab;
class ProblemListModel;
class Session;

/// Enterprise service (服务企业年) in four tabs: the activity log (ActivitiesTab), the problem ledger
/// (ProblemLedgerTab), the remembered enterprises (EnterprisesTab), and each enterprise-facing department's quarters
/// of concentrated weeks (ConcentratedWeeksTab). The view fills the tabs' filter choices and reloads them all after
/// a change. Every list exports (Ctrl+E). A leader only views.
class EnterpriseView : public QWidget {
    Q_OBJECT
public:
    explicit EnterpriseView(Session& session, QWidget* parent = nullptr);
    ~EnterpriseView() override;

    ActivityListModel* activityModel() const;
    ProblemListModel* problemModel() const;
    /// The filters the activity and problem tabs apply now.
    ActivityFilter activityFilter() const;
    ProblemFilter problemFilter() const;

public slots:
    void reload();

private:
    void fillFilterChoices();

    std::unique_ptr<Ui::EnterpriseView> m_ui;
    Session& m_session;
    ActivitiesTab* m_activitiesTab;
    ProblemLedgerTab* m_problemsTab;
    EnterprisesTab* m_enterprisesTab;
    ConcentratedWeeksTab* m_quartersTab;
};

} // namespace branddesk
