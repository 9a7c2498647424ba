// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/reports/reportsearch.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ReportsView;
}

class QTimer;

namespace branddesk {

class BackgroundReader;
class LazyReload;

class FilterProxyModel;
class HighlightDelegate;
class ReportListModel;
class Session;

/// The report history: every weekly report, filtered by department, category, weeks, whom it serves and
/// typical practice, searched in full text with the matches marked; new (Ctrl+N), open (Enter), delete,
/// export (Ctrl+E) and the audit history (Ctrl+H) of a report.
class ReportsView : public QWidget {
    Q_OBJECT
public:
    explicit ReportsView(Session& session, QWidget* parent = nullptr);
    ~ReportsView() override;

    ReportListModel* model() const { return m_model; }
    /// Whether a search is being read in the background (the list shows the previous one meanwhile).
    bool isLoading() const;
    /// The filter the controls show now.
    ReportFilter filter() const;
    /// Shows one department's reports of one week (from the compliance grid).
    void showDepartmentWeek(qint64 departmentId, const ReportWeek& week);

public slots:
    /// Reads the data again now, in the background (isLoading()); a newer search supersedes one still running.
    /// Changes made while the view is hidden wait until it is shown: a view nobody looks at costs nothing (at
    /// start, and on a large database).
    void reload();
    /// Opens the form for new reports.
    void newReports();
    /// Opens the selected report for editing.
    void openSelected();
    void deleteSelected();

private:
    void fillFilters();
    qint64 selectedId() const;
    qint64 filterDepartmentId() const;
    /// Shows the reports found for `searched` (on the UI thread, when the reader delivers).
    void showFound(const ReportFilter& searched, const ReportSearchResult& found,
                   const std::optional<Campaign>& campaign);

    std::unique_ptr<Ui::ReportsView> m_ui;
    Session& m_session;
    ReportListModel* m_model;
    FilterProxyModel* m_proxy;
    HighlightDelegate* m_highlight;
    QTimer* m_searchDelay;
    LazyReload* m_lazy;         ///< loads the view when first shown, and again when shown after a change
    BackgroundReader* m_reader; ///< the searches, off the UI thread
};

} // namespace branddesk
