// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activityfilter.h"
#include "ui/enterprise/enterprisetabs.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ProblemLedgerTab;
}

namespace branddesk {

class FilterProxyModel;
class ProblemListModel;
class Session;

/// The enterprise service's problem ledger (问题台账): filtered by department, status, overdue and enterprise,
/// overdue rows red; a problem opens with its progress timeline; new problems, export (Ctrl+E), the ledger printed
/// as shown (Ctrl+Alt+P) and each problem's history. A leader only views.
class ProblemLedgerTab : public QWidget {
    Q_OBJECT
public:
    explicit ProblemLedgerTab(Session& session, QWidget* parent = nullptr);
    ~ProblemLedgerTab() override;

    ProblemListModel* model() const { return m_problems; }
    /// The filter the tab applies now.
    ProblemFilter filter() const;
    /// The departments and enterprises the filter offers.
    void setChoices(const enterprisetabs::Choices& departments, const enterprisetabs::Choices& enterprises);

public slots:
    void reload();
    /// A blank problem in its dialog.
    void newProblem();
    void openSelected();
    /// The ledger as the tab shows it (filters and order), A4 landscape, in the print preview.
    void printLedger();

signals:
    /// A problem could not be read (someone deleted it): the whole area should read again.
    void staleFound();

private:
    void setUpActions();
    /// The problems the ledger shows, in its order.
    QList<Problem> shownProblems() const;

    std::unique_ptr<Ui::ProblemLedgerTab> m_ui;
    Session& m_session;
    ProblemListModel* m_problems;
    FilterProxyModel* m_proxy;
};

} // namespace branddesk
