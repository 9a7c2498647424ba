// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace branddesk {

class Session;

/// A department's reminders (催报记录), newest first: when, who sent it, to whom, the subject and the text as it
/// went out. Read-only, for every role; follows the log as reminders are sent (here or on another PC).
class ReminderLogView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ReminderLogView(Session& session, QWidget* parent = nullptr);

    /// Shows `departmentId`'s reminders (0: none chosen).
    void showDepartment(qint64 departmentId, const QString& departmentName);
    qint64 departmentId() const { return m_departmentId; }

private:
    void reload();

    Session& m_session;
    qint64 m_departmentId = 0;
    QString m_departmentName;
};

} // namespace branddesk
