// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/server/connectionwatch.h"

#include "core/storage/database.h"

#include <QThread>
#include <QTimer>

namespace branddesk {

ConnectionWatch::ConnectionWatch(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_server(database.server())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionWatch::probeNow);
}

ConnectionWatch::~ConnectionWatch()
{
    m_timer->stop();
    if (m_worker)
        m_worker->wait(); // a probe gives up within the connect timeout
}

void ConnectionWatch::start()
{
    m_timer->start(kIntervalMs);
}

void ConnectionWatch::probeNow()
{
    if (m_worker && m_worker->isRunning())
        return;
    auto answered = std::make_shared<Result<void>>();
    m_worker.reset(QThread::create([answered, server = m_server] { *answered = Database::probeServer(server); }));
    connect(m_worker.get(), &QThread::finished, this, [this, answered] {
        probed(answered->has_value(), answered->has_value() ? QString() : answered->error().message);
    });
    m_worker->start();
}

void ConnectionWatch::probed(bool answered, const QString& reason)
{
    if (answered && !m_connected) {
        // The session's connection may be a dead socket from before: renewed now, while nothing is in progress.
        m_database.ping();
    }
    const bool changed = answered != m_connected;
    m_connected = answered;
    if (changed)
        emit connectionChanged(answered, reason);
    m_timer->start(answered ? kIntervalMs : kRetryIntervalMs);
}

} // namespace branddesk
