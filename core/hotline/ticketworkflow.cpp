// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/ticketworkflow.h"

#include <QCoreApplication>
#include <QLocale>

namespace branddesk {
namespace {

std::unexpected<Error> refuse(const QString& message)
{
    return fail(Error::Code::Validation, message);
}

bool isOpenAtDepartment(const Ticket& t)
{
    return t.status() == TicketStatus::Assigned || t.status() == TicketStatus::SignedFor;
}

} // namespace

Result<void> TicketWorkflow::assign(Ticket& ticket, qint64 departmentId, const QDate& date) const
{
    if (departmentId == 0)
        return refuse(QCoreApplication::translate("TicketWorkflow", "Choose the department the ticket goes to."));
    if (!date.isValid())
        return refuse(QCoreApplication::translate("TicketWorkflow", "Enter the date of the assignment."));
    if (ticket.receivedAt.isValid() && date < ticket.receivedOn())
        return refuse(
            QCoreApplication::translate("TicketWorkflow", "A ticket cannot be assigned before it was received."));
    if (ticket.answeredOn.isValid() || ticket.closedOn.isValid())
        return refuse(QCoreApplication::translate("TicketWorkflow",
                                                  "The ticket is already answered; it cannot be assigned again."));
    ticket.departmentId = departmentId;
    ticket.assignedOn = date;
    ticket.dueDate = m_rules.dueDate(ticket.kind, date);
    ticket.signedAt = QDateTime();
    ticket.extendedTo = QDate();
    ticket.extensionReason.clear();
    return {};
}

Result<void> TicketWorkflow::signFor(Ticket& ticket, const QDateTime& moment) const
{
    if (ticket.status() != TicketStatus::Assigned)
        return refuse(QCoreApplication::translate("TicketWorkflow",
                                                  "Only a ticket assigned and not yet signed for can be signed for."));
    if (moment.toLocalTime().date() < ticket.assignedOn)
        return refuse(
            QCoreApplication::translate("TicketWorkflow", "A ticket cannot be signed for before it was assigned."));
    ticket.signedAt = moment.toUTC();
    return {};
}

Result<void> TicketWorkflow::extend(Ticket& ticket, const QDate& askedOn, const QDate& newDue,
                                    const QString& reason) const
{
    if (!isOpenAtDepartment(ticket))
        return refuse(QCoreApplication::translate("TicketWorkflow",
                                                  "Only a ticket a department is still working on can be extended."));
    if (ticket.extendedTo.isValid())
        return refuse(QCoreApplication::translate(
            "TicketWorkflow", "The ticket was already extended once; it cannot be extended again."));
    if (!ticket.dueDate.isValid())
        return refuse(
            QCoreApplication::translate("TicketWorkflow", "This kind of ticket has no time limit to extend."));
    if (askedOn > ticket.dueDate)
        return refuse(
            QCoreApplication::translate("TicketWorkflow", "An extension must be asked for by the due date (%1).")
                .arg(QLocale().toString(ticket.dueDate, QLocale::ShortFormat)));
    if (!newDue.isValid() || newDue <= ticket.dueDate)
        return refuse(QCoreApplication::translate("TicketWorkflow", "The new date must come after the due date."));
    if (reason.trimmed().isEmpty())
        return refuse(QCoreApplication::translate("TicketWorkflow", "Give the reason for the extension."));
    ticket.extendedTo = newDue;
    ticket.extensionReason = reason.trimmed();
    return {};
}

Result<void> TicketWorkflow::transfer(Ticket& ticket, const QDate& date, qint64 toDepartmentId,
                                      const QString& reason) const
{
    if (!isOpenAtDepartment(ticket))
        return refuse(QCoreApplication::translate(
            "TicketWorkflow", "Only a ticket a department holds and has not answered can be returned or reassigned."));
    if (reason.trimmed().isEmpty())
        return refuse(QCoreApplication::translate("TicketWorkflow", "Give the reason for the return or reassignment."));
    if (toDepartmentId == ticket.departmentId)
        return refuse(
            QCoreApplication::translate("TicketWorkflow", "Choose another department to reassign the ticket to."));
    if (date < ticket.assignedOn)
        return refuse(
            QCoreApplication::translate("TicketWorkflow", "A ticket cannot be returned before it was assigned."));
    ticket.transfers.append({date, ticket.departmentId, ticket.departmentName, reason.trimmed()});
    ticket.departmentName.clear();
    if (toDepartmentId == 0) {
        ticket.departmentId = 0;
        ticket.assignedOn = QDate();
        ticket.dueDate = QDate();
        ticket.signedAt = QDateTime();
        ticket.extendedTo = QDate();
        ticket.extensionReason.clear();
        return {};
    }
    return assign(ticket, toDepartmentId, date);
}

Result<void> TicketWorkflow::answer(Ticket& ticket, const QDate& date, const QString& text) const
{
    if (ticket.status() != TicketStatus::SignedFor)
        return refuse(
            QCoreApplication::translate("TicketWorkflow", "A ticket is answered after its department signed for it."));
    if (!date.isValid() || date < ticket.assignedOn)
        return refuse(QCoreApplication::translate("TicketWorkflow", "The answer cannot come before the assignment."));
    if (text.trimmed().isEmpty())
        return refuse(QCoreApplication::translate("TicketWorkflow", "Enter the department's answer."));
    ticket.answeredOn = date;
    ticket.answer = text.trimmed();
    return {};
}

Result<void> TicketWorkflow::followUp(Ticket& ticket, const QDate& date, bool reached, bool solved,
                                      Satisfaction satisfaction, const QString& note) const
{
    if (ticket.status() != TicketStatus::Answered)
        return refuse(QCoreApplication::translate("TicketWorkflow",
                                                  "A follow-up call is made once the department has answered."));
    if (!date.isValid() || date < ticket.answeredOn)
        return refuse(QCoreApplication::translate("TicketWorkflow", "The follow-up cannot come before the answer."));
    if (reached && satisfaction == Satisfaction::None)
        return refuse(QCoreApplication::translate("TicketWorkflow", "Record whether the caller is satisfied."));
    ticket.followUpAttempts += 1;
    ticket.followedUpOn = date;
    ticket.followUpNote = note.trimmed();
    ticket.reached = reached;
    ticket.solved = reached && solved;
    ticket.satisfaction = reached ? satisfaction : Satisfaction::None;
    if (reached || ticket.followUpAttempts >= m_rules.followUpAttempts)
        ticket.closedOn = date;
    return {};
}

Result<void> TicketWorkflow::closePraise(Ticket& ticket, const QDate& date) const
{
    if (ticket.kind != TicketKind::Praise)
        return refuse(QCoreApplication::translate("TicketWorkflow",
                                                  "Only a praise is closed without an answer and a follow-up."));
    if (ticket.closedOn.isValid())
        return refuse(QCoreApplication::translate("TicketWorkflow", "The ticket is already closed."));
    ticket.closedOn = date;
    return {};
}

} // namespace branddesk
