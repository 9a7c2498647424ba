// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/problem.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProblemDialog;
}

namespace branddesk {

class Session;

/// One problem of the ledger: department, enterprise (picked from the remembered names), the day raised and the
/// deadline, the problem, its one responsible leader, team and plan, the status (with the day solved or the
/// reason it cannot be), and the timeline of dated progress notes. Saving refuses a problem without leader,
/// team or plan. A leader only views.
class ProblemDialog : public QDialog {
    Q_OBJECT
public:
    ProblemDialog(Session& session, const Problem& problem, QWidget* parent = nullptr);
    ~ProblemDialog() override;

    /// The problem as saved (after accept()).
    const Problem& problem() const { return m_problem; }

public slots:
    void accept() override;
    /// Adds the note typed below the timeline.
    void addNote();

private:
    void load(const Problem& problem);
    void showNotes();
    void updateStatusFields();
    Problem collect() const;

    std::unique_ptr<Ui::ProblemDialog> m_ui;
    Session& m_session;
    Problem m_problem;
    QList<ProgressNote> m_notes;
    bool m_readOnly = false;
};

/// Opens problem `id` in a ProblemDialog; returns false when it could not be read (the error was shown).
bool openProblem(Session& session, qint64 id, QWidget* parent);

} // namespace branddesk
