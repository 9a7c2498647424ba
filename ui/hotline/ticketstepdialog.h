// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/ticket.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TicketStepDialog;
}

namespace branddesk {

class Session;

/// Asks for what a step of the loop needs and takes it through HotlineService on OK: the extension's new date
/// and reason, the department a ticket is reassigned to (or "back to the office") and why, the department's
/// answer, or the follow-up call's result. A refusal is shown and the dialog stays open.
class TicketStepDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { Extend, Transfer, Answer, FollowUp };

    TicketStepDialog(Session& session, Step step, const Ticket& ticket, QWidget* parent = nullptr);
    ~TicketStepDialog() override;

    /// The ticket as stored after the step.
    const Ticket& result() const { return m_result; }
    void accept() override;

private:
    std::unique_ptr<Ui::TicketStepDialog> m_ui;
    Session& m_session;
    Step m_step;
    Ticket m_ticket;
    Ticket m_result;
};

} // namespace branddesk
