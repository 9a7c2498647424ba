// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditentry.h"
#include "core/error.h"
#include "core/storage/auditrepository.h"

#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QVariant>

class QTimer;

namespace branddesk {

class Database;

/// Hears what other connections commit to the same database — other PCs on the server, another BrandDesk
/// window on the same file — and says which records changed, from the audit log (every write is audited):
///
/// - on a server, the audit log's NOTIFY (AuditRepository::append) wakes it within moments of the commit;
/// - on a file, it asks SQLite's data_version, which changes when another connection commits, once a second.
///
/// Either way it then reads the audit entries after the last one it saw, so that nothing is missed while a
/// server connection was lost: a renewed connection listens again and catches up first. Its own connection's
/// changes are never announced (the services announce those themselves). Lives on the thread of the database's
/// connection (the GUI thread) and runs no statement while paused (a server known to be down).
class ChangeListener : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kChannel = "branddesk_changes";
    static constexpr int kFilePollMs = 1000;    ///< data_version polls on a file
    static constexpr int kServerCheckMs = 5000; ///< checks that a server connection still listens
    static constexpr int kCoalesceMs = 150;     ///< notifications within this time are read together

    explicit ChangeListener(Database& database, QObject* parent = nullptr);
    ~ChangeListener() override;

    /// Starts from the newest entry committed now (what is already there is not news).
    Result<void> start();
    void stop();
    bool isRunning() const;
    /// While paused (the server does not answer), nothing is asked; when resumed it listens again and catches up.
    void setPaused(bool paused);
    /// Reads what others committed since the last look, now (tests; after a known outage).
    void catchUp();
    qint64 lastSeenAuditId() const { return m_lastSeen; }

signals:
    /// Entries other connections committed, oldest first (their field values are not read).
    void changed(const QList<branddesk::AuditEntry>& entries);
    /// A look failed (the database could not be read); the next one tries again.
    void failed(const branddesk::Error& error);

private:
    void tick();
    void notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    bool ensureListening();
    bool fileChanged();

    Database& m_database;
    AuditRepository m_entries;
    QTimer* m_timer;
    QTimer* m_coalesce;
    qint64 m_lastSeen = 0;
    qint64 m_dataVersion = -1;
    bool m_paused = false;
    QSqlDriver* m_driver = nullptr; ///< the server connection's driver this listens on
};

} // namespace branddesk
