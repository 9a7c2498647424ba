// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditentry.h"
#include "core/error.h"
#include "core/storage/changelistener.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace branddesk {

class Database;

/// Makes every open view follow what other PCs (or another window on the same file) save: each change another
/// connection commits is announced through the changed() signal of the service that owns the record — the very
/// signal the views already follow for this PC's own saves — and, record by record, through recordChanged(), so
/// that an open form can say its record was changed elsewhere. Announcements arrive within about a second of the
/// other PC's commit (ChangeListener), and never for a write that was rolled back.
class LiveUpdates : public QObject {
    Q_OBJECT
public:
    explicit LiveUpdates(Database& database, QObject* parent = nullptr);

    /// Changes to records whose audit entity is `entity`, or starts with `entity` followed by '-', run
    /// `announce` (once per batch of changes, however many records of it changed).
    void route(const QString& entity, std::function<void()> announce);

    /// Starts listening (the GUI does; the command line does not need to).
    Result<void> start();
    void stop();
    bool isRunning() const { return m_listener.isRunning(); }
    /// While the server does not answer nothing is asked; once it is back, what was missed is announced.
    void setServerReachable(bool reachable) { m_listener.setPaused(!reachable); }
    /// Reads and announces what others committed since the last look, now.
    void catchUp() { m_listener.catchUp(); }

signals:
    /// Record `recordId` of `entity` was inserted, changed or deleted by `userName` on another connection.
    void recordChanged(const QString& entity, qint64 recordId, const QString& userName, branddesk::AuditAction action);
    /// A batch of others' changes was announced: how many records, and by whom (for a status line).
    void changesArrived(int count, const QStringList& userNames);

private:
    void dispatch(const QList<AuditEntry>& entries);

    ChangeListener m_listener;
    std::vector<std::pair<QString, std::function<void()>>> m_routes;
};

} // namespace branddesk
