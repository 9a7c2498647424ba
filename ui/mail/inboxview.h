// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportweek.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace branddesk {

class InboxModel;
class LazyReload;
class MailFetchJob;
class Session;

/// 周报收件箱: the mails fetched from the office mailbox, each with its proposed department and week and
/// whether it would be on time, late or a supplement. Keyboard-first: Enter accepts the selected mail as a weekly
/// report, Ctrl+E opens it in the report form to adjust first, Delete marks it "not a report"; F5 fetches
/// mail. Fetching runs in a worker thread with progress and Cancel (and on a timer while the program is open),
/// never blocking a click. A leader reads the mails; nothing offers a change.
class InboxView : public QWidget {
    Q_OBJECT
public:
    explicit InboxView(Session& session, QWidget* parent = nullptr);
    ~InboxView() override;

public slots:
    /// Fetches new mail now; asks for the password at the first fetch after the program starts.
    void fetchNow();
    void acceptSelected();
    void editSelected();
    void dismissSelected();

private:
    void startFetch(bool interactive);
    void fetchFinished(bool interactive);
    void reload();
    void showSelected();
    void updateProposalNote();
    void applyTimer();
    qint64 selectedMessageId() const;
    qint64 chosenDepartmentId() const;
    ReportWeek chosenWeek() const;
    void selectNextAfter(int row);

    Session& m_session;
    InboxModel* m_model;
    QTableView* m_table;
    QLabel* m_header;
    QPlainTextEdit* m_body;
    QListWidget* m_attachments;
    QComboBox* m_department;
    QComboBox* m_week;
    QLabel* m_proposalNote;
    QPushButton* m_fetchButton;
    QPushButton* m_cancelButton;
    QPushButton* m_acceptButton;
    QPushButton* m_editButton;
    QPushButton* m_dismissButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTimer* m_timer;
    LazyReload* m_reload;
    MailFetchJob* m_job = nullptr;
};

} // namespace branddesk
