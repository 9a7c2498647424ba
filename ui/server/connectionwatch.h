// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/serversettings.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;
class QTimer;

namespace branddesk {

class Database;

/// Watches the server of an open server database from a worker thread (a probe on a connection of its own
/// every few seconds, so that a server that does not answer never freezes the window), says when the
/// connection is lost and when it is back, and then renews the session's own connection at once, before the
/// user's next action needs it.
class ConnectionWatch : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 15000;     ///< between probes while the server answers
    static constexpr int kRetryIntervalMs = 5000; ///< between probes while it does not

    ConnectionWatch(Database& database, QObject* parent = nullptr);
    ~ConnectionWatch() override;

    void start();
    bool isConnected() const { return m_connected; }

    /// Probes now (the first probe otherwise comes after kIntervalMs).
    void probeNow();

signals:
    /// The server stopped answering (`reason` says how), or answers again (`reason` empty).
    void connectionChanged(bool connected, const QString& reason);

private:
    void probed(bool answered, const QString& reason);

    Database& m_database;
    ServerSettings m_server;
    QTimer* m_timer;
    std::unique_ptr<QThread> m_worker;
    bool m_connected = true;
};

} // namespace branddesk
