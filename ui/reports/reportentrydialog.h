// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/error.h"
#include "core/reports/weeklyreport.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ReportEntryDialog;
}

namespace branddesk {

class Session;

/// The weekly report form, built for a clerk logging a pile of reports from the keyboard: the department
/// by type-ahead, the week defaulting to the current one, received-at to now; Ctrl+Enter saves and clears
/// the form for the next report, Ctrl+S saves and closes. Opened on a stored report, it edits that one.
class ReportEntryDialog : public QDialog {
    Q_OBJECT
public:
    /// A form for new reports.
    ReportEntryDialog(Session& session, QWidget* parent = nullptr);
    /// A form editing `report` (loaded with its attachments).
    ReportEntryDialog(Session& session, const WeeklyReport& report, QWidget* parent = nullptr);
    ~ReportEntryDialog() override;

    /// How many reports this form has saved.
    int savedCount() const { return m_savedCount; }
    /// The last report saved.
    const WeeklyReport& lastSaved() const { return m_lastSaved; }
    /// Marks every occurrence of the search words in the content (opened from the search results).
    void markSearchTerms(const QStringList& terms);

public slots:
    /// Saves; on success a new-report form clears itself for the next one. Returns whether it saved.
    bool saveAndNext();
    /// Saves and closes.
    bool saveAndClose();
    void reject() override;

private:
    void setUp();
    void fillDepartments();
    void fillWeeks(const ReportWeek& include);
    void load(const WeeklyReport& report);
    WeeklyReport collect() const;
    bool save();
    /// After a stale save's refusal: merges with the stored version and saves it when the user agrees.
    Result<WeeklyReport> saveMerged(const Error& refusal);
    void clearForNext();
    qint64 selectedDepartmentId() const;
    void updateWeekNote();
    void showAttachments();
    void addAttachment();
    void saveAttachmentAs();
    bool hasUnsavedInput() const;

    std::unique_ptr<Ui::ReportEntryDialog> m_ui;
    Session& m_session;
    std::optional<Campaign> m_campaign;
    WeeklyReport m_report; ///< the stored report being edited, or the defaults of a new one
    QList<ReportAttachment> m_attachments;
    WeeklyReport m_lastSaved;
    int m_savedCount = 0;
};

} // namespace branddesk
