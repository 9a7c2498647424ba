// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/ticket.h"

#include <QCoreApplication>

namespace branddesk {

QList<TicketChannel> allTicketChannels()
{
    return {TicketChannel::Hotline, TicketChannel::City12345, TicketChannel::Letter,
            TicketChannel::Web,     TicketChannel::InPerson,  TicketChannel::Appraisal};
}

QString ticketChannelCode(TicketChannel channel)
{
    switch (channel) {
    case TicketChannel::City12345:
        return QStringLiteral("12345");
    case TicketChannel::Letter:
        return QStringLiteral("letter");
    case TicketChannel::Web:
        return QStringLiteral("web");
    case TicketChannel::InPerson:
        return QStringLiteral("in-person");
    case TicketChannel::Appraisal:
        return QStringLiteral("appraisal");
    case TicketChannel::Hotline:
        break;
    }
    return QStringLiteral("hotline");
}

std::optional<TicketChannel> ticketChannelFromCode(const QString& code)
{
    for (TicketChannel c : allTicketChannels())
        if (ticketChannelCode(c) == code)
            return c;
    return std::nullopt;
}

QString ticketChannelName(TicketChannel channel)
{
    switch (channel) {
    case TicketChannel::City12345:
        return QCoreApplication::translate("TicketChannel", "12345 referral");
    case TicketChannel::Letter:
        return QCoreApplication::translate("TicketChannel", "Letter");
    case TicketChannel::Web:
        return QCoreApplication::translate("TicketChannel", "Website / e-mail");
    case TicketChannel::InPerson:
        return QCoreApplication::translate("TicketChannel", "In person");
    case TicketChannel::Appraisal:
        return QCoreApplication::translate("TicketChannel", "Social appraisal meeting");
    case TicketChannel::Hotline:
        break;
    }
    return QCoreApplication::translate("TicketChannel", "Brand hotline");
}

QList<TicketKind> allTicketKinds()
{
    return {TicketKind::Inquiry,    TicketKind::Help,   TicketKind::Complaint, TicketKind::Report,
            TicketKind::Suggestion, TicketKind::Praise, TicketKind::Other};
}

QString ticketKindCode(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Help:
        return QStringLiteral("help");
    case TicketKind::Complaint:
        return QStringLiteral("complaint");
    case TicketKind::Report:
        return QStringLiteral("report");
    case TicketKind::Suggestion:
        return QStringLiteral("suggestion");
    case TicketKind::Praise:
        return QStringLiteral("praise");
    case TicketKind::Other:
        return QStringLiteral("other");
    case TicketKind::Inquiry:
        break;
    }
    return QStringLiteral("inquiry");
}

std::optional<TicketKind> ticketKindFromCode(const QString& code)
{
    for (TicketKind k : allTicketKinds())
        if (ticketKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString ticketKindName(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Help:
        return QCoreApplication::translate("TicketKind", "Request for help");
    case TicketKind::Complaint:
        return QCoreApplication::translate("TicketKind", "Complaint");
    case TicketKind::Report:
        return QCoreApplication::translate("TicketKind", "Report of misconduct");
    case TicketKind::Suggestion:
        return QCoreApplication::translate("TicketKind", "Suggestion");
    case TicketKind::Praise:
        return QCoreApplication::translate("TicketKind", "Praise");
    case TicketKind::Other:
        return QCoreApplication::translate("TicketKind", "Other");
    case TicketKind::Inquiry:
        break;
    }
    return QCoreApplication::translate("TicketKind", "Inquiry");
}

QString satisfactionCode(Satisfaction satisfaction)
{
    switch (satisfaction) {
    case Satisfaction::Satisfied:
        return QStringLiteral("satisfied");
    case Satisfaction::BasicallySatisfied:
        return QStringLiteral("basically");
    case Satisfaction::Dissatisfied:
        return QStringLiteral("dissatisfied");
    case Satisfaction::None:
        break;
    }
    return QString();
}

Satisfaction satisfactionFromCode(const QString& code)
{
    for (Satisfaction s : {Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Dissatisfied})
        if (satisfactionCode(s) == code)
            return s;
    return Satisfaction::None;
}

QString satisfactionName(Satisfaction satisfaction)
{
    switch (satisfaction) {
    case Satisfaction::Satisfied:
        return QCoreApplication::translate("Satisfaction", "Satisfied");
    case Satisfaction::BasicallySatisfied:
        return QCoreApplication::translate("Satisfaction", "Basically satisfied");
    case Satisfaction::Dissatisfied:
        return QCoreApplication::translate("Satisfaction", "Dissatisfied");
    case Satisfaction::None:
        break;
    }
    return QString();
}

QList<TicketStatus> allTicketStatuses()
{
    return {TicketStatus::Received, TicketStatus::Assigned, TicketStatus::SignedFor, TicketStatus::Answered,
            TicketStatus::Closed};
}

QString ticketStatusName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Assigned:
        return QCoreApplication::translate("TicketStatus", "Awaiting sign-for");
    case TicketStatus::SignedFor:
        return QCoreApplication::translate("TicketStatus", "In hand");
    case TicketStatus::Answered:
        return QCoreApplication::translate("TicketStatus", "Awaiting follow-up");
    case TicketStatus::Closed:
        return QCoreApplication::translate("TicketStatus", "Closed");
    case TicketStatus::Received:
        break;
    }
    return QCoreApplication::translate("TicketStatus", "Received");
}

TicketStatus Ticket::status() const
{
    if (closedOn.isValid())
        return TicketStatus::Closed;
    if (answeredOn.isValid())
        return TicketStatus::Answered;
    if (departmentId == 0 || !assignedOn.isValid())
        return TicketStatus::Received;
    return signedAt.isValid() ? TicketStatus::SignedFor : TicketStatus::Assigned;
}

bool Ticket::isOverdue(const QDate& today) const
{
    const TicketStatus s = status();
    const QDate due = effectiveDue();
    return (s == TicketStatus::Assigned || s == TicketStatus::SignedFor) && due.isValid() && due < today;
}

int Ticket::daysOverdue(const QDate& today) const
{
    return isOverdue(today) ? static_cast<int>(effectiveDue().daysTo(today)) : 0;
}

} // namespace branddesk
