// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace branddesk {

class Session;

/// The line at the top of a form that says what others do with its record: that someone else has it open on
/// another PC ("演示办事员 is editing this on PC-2" — advisory, read from the server every few seconds), and that
/// someone saved or deleted it meanwhile, with Reload to take their version (asking first when this form has
/// unsaved edits). While the form is open, this PC tells the others it is editing the record. Hidden while there
/// is nothing to say. For a new record (id 0) it only hides.
class RecordWatch : public QFrame {
    Q_OBJECT
public:
    static constexpr int kPresenceIntervalMs = 5000;

    /// `reload` loads the stored record into the form; empty: no Reload button (the user closes and opens again).
    /// `hasUnsavedEdits` says whether Reload must ask first.
    RecordWatch(Session& session, QString entity, qint64 recordId, std::function<void()> reload,
                std::function<bool()> hasUnsavedEdits, QWidget* parent);
    ~RecordWatch() override;

    /// A watch at the top of `form`'s vertical main layout (every BrandDesk form has one); nothing for a new
    /// record (id 0). Returns the watch, or nullptr.
    static RecordWatch* attach(Session& session, QWidget* form, const QString& entity, qint64 recordId,
                               std::function<void()> reload = {}, std::function<bool()> hasUnsavedEdits = {});

    /// The record was saved from this form: later news is news again.
    void setRecordId(qint64 recordId);
    /// Whether another PC changed or deleted the record since the form loaded it.
    bool isStale() const { return m_stale; }

private:
    void recordChanged(const QString& entity, qint64 recordId, const QString& userName, int action);
    void reloadClicked();
    void pollPresence();
    void updateText();

    Session& m_session;
    QString m_entity;
    qint64 m_recordId;
    std::function<void()> m_reload;
    std::function<bool()> m_hasUnsavedEdits;
    QLabel* m_label;
    QPushButton* m_reloadButton;
    QTimer* m_presenceTimer;
    QString m_changedText;
    QString m_editingText;
    bool m_stale = false;
    bool m_announced = false;
};

} // namespace branddesk
