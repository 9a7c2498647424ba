// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportweek.h"
#include "ui/mail/reminderdialog.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ComplianceView;
}

namespace branddesk {

class BackgroundReader;
class LazyReload;
class ReportCompliance;

class CallListModel;
class ComplianceModel;
class FilterProxyModel;
class ReminderLogView;
class Session;

/// Who reports on time: this week's count and call list, rates overall and per category, and the grid of
/// departments × weeks in colours. A double-click on a cell shows that week's reports of the department. From the
/// call list, "Send reminders" e-mails the departments that have not reported (a leader sees the reminders sent,
/// beside the call list and in the selected department's log, but does not send).
class ComplianceView : public QWidget {
    Q_OBJECT
public:
    explicit ComplianceView(Session& session, QWidget* parent = nullptr);
    ~ComplianceView() override;

    ComplianceModel* model() const { return m_model; }
    CallListModel* callList() const { return m_callList; }
    /// Whether the weeks asked for are still being read (in the background; the grid shows the previous ones).
    bool isLoading() const;
    /// How "Send reminders" reaches the mail settings and the SMTP password (see ReminderDialog::MailAccess).
    void setMailAccess(ReminderDialog::MailAccess access) { m_mailAccess = std::move(access); }

public slots:
    /// Reads the data again now, in the background (isLoading()). Changes made while the view is hidden wait
    /// until it is shown: a view nobody looks at costs nothing (at start, and on a large database).
    void reload();
    /// "Send reminders" (催报, Ctrl+M): the preview of this week's reminders, then sending them.
    void sendReminders();

signals:
    void reportsRequested(qint64 departmentId, const branddesk::ReportWeek& week);

private:
    void showCompliance(const ReportCompliance& compliance);

    std::unique_ptr<Ui::ComplianceView> m_ui;
    Session& m_session;
    ComplianceModel* m_model;
    FilterProxyModel* m_proxy;
    CallListModel* m_callList;
    FilterProxyModel* m_callProxy;
    ReminderLogView* m_reminderLog; ///< the reminders of the department selected in the call list or the grid
    QAction* m_sendReminders;
    qint64 m_campaignId = 0;
    ReminderDialog::MailAccess m_mailAccess;
    LazyReload* m_lazy; ///< loads the view when first shown, and again when shown after a change
    BackgroundReader* m_reader;
};

} // namespace branddesk
