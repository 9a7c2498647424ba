// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/ticketfilter.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HotlineView;
}

class QAction;

namespace branddesk {

class FilterProxyModel;
class Session;
class TicketListModel;

/// The hotline ledger (品牌监督热线、社会评议): every ticket filtered by department, status, kind, month and
/// overdue, the month's figures above, and the steps of the loop on the selected ticket — sign for, extend,
/// return or reassign, answer, follow up, close a praise. A leader reads it all, with phones masked, and
/// changes nothing; the export is the list as shown, masked alike.
class HotlineView : public QWidget {
    Q_OBJECT
public:
    explicit HotlineView(Session& session, QWidget* parent = nullptr);
    ~HotlineView() override;

    TicketListModel* model() const { return m_model; }

public slots:
    void reload();
    /// Opens the quick-entry form for new tickets.
    void newTickets();
    void openSelected();
    void printReport();
    /// Asks for a file exported from a city's 12345 system and imports it through the preview dialog.
    void importTickets();

private:
    enum class Action { SignFor, Extend, Transfer, Answer, FollowUp, ClosePraise };

    void setUpActions();
    void fillFilterChoices();
    TicketFilter filter() const;
    void showFigures();
    void updateActions();
    void takeStep(Action action);
    /// The selected ticket (id 0 when none).
    qint64 selectedId() const;
    void select(qint64 id);

    std::unique_ptr<Ui::HotlineView> m_ui;
    Session& m_session;
    TicketListModel* m_model;
    FilterProxyModel* m_proxy;
    QList<std::pair<Action, QAction*>> m_steps;
};

} // namespace branddesk
