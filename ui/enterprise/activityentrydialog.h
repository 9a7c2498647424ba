// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activity.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ActivityEntryDialog;
}

namespace branddesk {

class Session;

/// Quick entry of enterprise-service activities, like the weekly report form: department (typed), kind (with
/// 三进's target or 五送's items), date or date range, the enterprise picked from the remembered names with a
/// completer, leading official, participants, description, outcome. Ctrl+Enter saves and clears the form for
/// the next one (keeping department, kind and date); Ctrl+S saves and closes. Opened on an existing activity
/// it edits that one; a leader only views.
class ActivityEntryDialog : public QDialog {
    Q_OBJECT
public:
    /// A form for new activities (of `departmentId`, if not 0).
    ActivityEntryDialog(Session& session, qint64 departmentId, QWidget* parent = nullptr);
    /// A form on an existing activity.
    ActivityEntryDialog(Session& session, const Activity& activity, QWidget* parent = nullptr);
    ~ActivityEntryDialog() override;

    /// How many activities this form saved.
    int savedCount() const { return m_savedCount; }

public slots:
    /// Saves, then clears the what/where fields for the next activity. Returns whether it saved.
    bool saveAndNext();
    void saveAndClose();

private:
    void setUp();
    void load(const Activity& activity);
    Activity collect() const;
    bool save();
    void updateKindFields();
    void setReadOnly();

    std::unique_ptr<Ui::ActivityEntryDialog> m_ui;
    Session& m_session;
    Activity m_activity;
    int m_savedCount = 0;
};

} // namespace branddesk
