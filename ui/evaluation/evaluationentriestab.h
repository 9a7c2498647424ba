// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/evaluation/evaluationroundstate.h"

#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class EvaluationEntriesTab;
}

namespace branddesk {

class Session;

/// The evaluation's entries tab: the brands entered in the round with their self-declarations (自查申报); enter a
/// brand, open or view a declaration, withdraw an entry. Only an open round takes changes.
class EvaluationEntriesTab : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationEntriesTab(Session& session, QWidget* parent = nullptr);
    ~EvaluationEntriesTab() override;

    /// Shows `round`'s entries and what may be done with them.
    void showRound(const EvaluationRoundState& round);

public slots:
    void enterBrand();
    void editEntry();
    void withdrawEntry();

private:
    void updateActions();
    qint64 selectedEntryId() const;

    std::unique_ptr<Ui::EvaluationEntriesTab> m_ui;
    Session& m_session;
    QStandardItemModel* m_entries;
    EvaluationRoundState m_round;
};

} // namespace branddesk
