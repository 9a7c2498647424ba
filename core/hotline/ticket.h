// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// How a call or letter reached the office.
enum class TicketChannel { Hotline, City12345, Letter, Web, InPerson, Appraisal };
QList<TicketChannel> allTicketChannels();
QString ticketChannelCode(TicketChannel channel); ///< "hotline", "12345", "letter", "web", "in-person", "appraisal"
std::optional<TicketChannel> ticketChannelFromCode(const QString& code);
QString ticketChannelName(TicketChannel channel);

/// What the caller wants: 咨询 / 求助 / 投诉 / 举报 / 建议 / 表扬 / 其他.
enum class TicketKind { Inquiry, Help, Complaint, Report, Suggestion, Praise, Other };
QList<TicketKind> allTicketKinds();
QString ticketKindCode(TicketKind kind); ///< "inquiry", "help", "complaint", "report", "suggestion", "praise", "other"
std::optional<TicketKind> ticketKindFromCode(const QString& code);
QString ticketKindName(TicketKind kind);

/// The caller's verdict at the follow-up call (回访).
enum class Satisfaction { None, Satisfied, BasicallySatisfied, Dissatisfied };
QString satisfactionCode(Satisfaction satisfaction); ///< "", "satisfied", "basically", "dissatisfied"
Satisfaction satisfactionFromCode(const QString& code);
QString satisfactionName(Satisfaction satisfaction);

/// Where a ticket stands in the closed loop 受理 → 交办 → 签收 → 办理 → 答复 → 回访 → 办结; derived from its dates.
enum class TicketStatus { Received, Assigned, SignedFor, Answered, Closed };
QList<TicketStatus> allTicketStatuses();
QString ticketStatusName(TicketStatus status);

/// A return (退单) or reassignment (改派): the ticket left `fromDepartment` on `date` for `reason`.
struct TicketTransfer {
    QDate date;
    qint64 fromDepartmentId = 0;
    QString fromDepartmentName;
    QString reason;
    bool operator==(const TicketTransfer&) const = default;
};

/// A hotline or social-appraisal ticket (工单).
struct Ticket {
    qint64 id = 0;        ///< 0 until stored
    QString number;       ///< "2026-000123", assigned on the first save
    QDateTime receivedAt; ///< UTC
    TicketChannel channel = TicketChannel::Hotline;
    QString callerName;
    QString callerPhone;
    bool confidential = false; ///< the phone is masked for everyone but on the ticket itself
    TicketKind kind = TicketKind::Inquiry;
    qint64 departmentId = 0; ///< 0: not assigned yet
    QString departmentName;  ///< read with the ticket
    qint64 brandId = 0;      ///< 0: no brand named
    QString brandName;       ///< read with the ticket
    QString content;
    QDate assignedOn;   ///< 交办
    QDate dueDate;      ///< from the kind's limit in working days
    QDateTime signedAt; ///< 签收, UTC
    QDate extendedTo;   ///< the one extension's new date
    QString extensionReason;
    QList<TicketTransfer> transfers; ///< returns and reassignments, oldest first
    QString answer;                  ///< 答复
    QDate answeredOn;
    int followUpAttempts = 0; ///< calls made to reach the caller
    bool reached = false;
    bool solved = false;
    Satisfaction satisfaction = Satisfaction::None;
    QString followUpNote;
    QDate followedUpOn;
    QDate closedOn;         ///< 办结
    qint64 repeatOfId = 0;  ///< an earlier ticket about the same matter
    QString repeatOfNumber; ///< read with the ticket
    QString recordedBy;
    QDateTime recordedAt; ///< UTC
    QDateTime updatedAt;  ///< UTC
    int version = 0;

    TicketStatus status() const;
    /// The date the answer is owed: the extension's if there is one, else the due date.
    QDate effectiveDue() const { return extendedTo.isValid() ? extendedTo : dueDate; }
    bool isRepeat() const { return repeatOfId != 0; }
    /// Assigned, not answered, and its effective due date passed before `today`.
    bool isOverdue(const QDate& today) const;
    /// Calendar days past the effective due date on `today` (0 unless overdue).
    int daysOverdue(const QDate& today) const;
    /// The local date it was received.
    QDate receivedOn() const { return receivedAt.toLocalTime().date(); }
};

/// Limits on a ticket's texts, in characters.
struct TicketLimits {
    static constexpr int kName = 40;
    static constexpr int kPhone = 30;
    static constexpr int kText = 5000;
    static constexpr int kReason = 500;
};

} // namespace branddesk
