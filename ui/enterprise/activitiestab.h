// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activityfilter.h"
#include "ui/enterprise/enterprisetabs.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ActivitiesTab;
}

namespace branddesk {

class ActivityListModel;
class FilterProxyModel;
class Session;

/// The enterprise service's activity log: the visits, deliveries and concentrated weeks, filtered by department,
/// kind, dates and enterprise; new activities by quick entry (Ctrl+N), a problem raised on a visit (Ctrl+R),
/// export (Ctrl+E) and each activity's history. A leader only views.
class ActivitiesTab : public QWidget {
    Q_OBJECT
public:
    explicit ActivitiesTab(Session& session, QWidget* parent = nullptr);
    ~ActivitiesTab() override;

    ActivityListModel* model() const { return m_activities; }
    /// The filter the tab applies now.
    ActivityFilter filter() const;
    /// The departments and enterprises the filter offers.
    void setChoices(const enterprisetabs::Choices& departments, const enterprisetabs::Choices& enterprises);

public slots:
    void reload();
    /// The quick-entry form for new activities.
    void newActivity();
    /// A new problem raised on the selected visit: its department, enterprise and day filled in, linked to it.
    void raiseProblem();
    void openSelected();
    void deleteSelected();

signals:
    /// A problem was raised on a visit and saved (the view then shows the ledger).
    void problemRaised();

private:
    void setUpActions();

    std::unique_ptr<Ui::ActivitiesTab> m_ui;
    Session& m_session;
    ActivityListModel* m_activities;
    FilterProxyModel* m_proxy;
};

} // namespace branddesk
