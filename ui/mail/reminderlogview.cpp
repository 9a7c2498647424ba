// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/reminderlogview.h"

#include "core/services/session.h"

#include <QLocale>

namespace branddesk {

ReminderLogView::ReminderLogView(Session& session, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reminderLogPlainTextEdit"));
    setReadOnly(true);
    setPlaceholderText(tr("Reminders sent to the selected department appear here."));
    connect(&session.reminders(), &ReminderService::changed, this, &ReminderLogView::reload);
}

void ReminderLogView::showDepartment(qint64 departmentId, const QString& departmentName)
{
    m_departmentId = departmentId;
    m_departmentName = departmentName;
    reload();
}

void ReminderLogView::reload()
{
    if (m_departmentId == 0) {
        clear();
        return;
    }
    const Result<QList<Reminder>> reminders = m_session.reminders().forDepartment(m_departmentId);
    if (!reminders) {
        setPlainText(reminders.error().message);
        return;
    }
    QStringList parts;
    parts.append(reminders->isEmpty() ? tr("%1 has not been reminded by e-mail.").arg(m_departmentName)
                                      : tr("Reminders sent to %1: %2").arg(m_departmentName).arg(reminders->size()));
    for (const Reminder& reminder : *reminders)
        parts.append(tr("%1 · %2 · by %3 · to %4\nSubject: %5\n\n%6")
                         .arg(QLocale().toString(reminder.sentAt.toLocalTime(), QLocale::ShortFormat),
                              reminder.week.shortLabel(), reminder.sentBy, reminder.recipients, reminder.subject,
                              reminder.body));
    setPlainText(parts.join(QStringLiteral("\n\n────────\n\n")));
}

} // namespace branddesk
