// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/changelistener.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimer>

namespace branddesk {
namespace {

constexpr const char* kDataVersion = "PRAGMA data_version";
constexpr int kBatch = 2000; ///< entries read per statement while catching up

} // namespace

ChangeListener::ChangeListener(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_entries(database)
    , m_timer(new QTimer(this))
    , m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &ChangeListener::catchUp);
    connect(m_timer, &QTimer::timeout, this, &ChangeListener::tick);
}

ChangeListener::~ChangeListener()
{
    stop();
}

Result<void> ChangeListener::start()
{
    Result<qint64> latest = m_entries.latestId();
    if (!latest)
        return fail(latest.error());
    m_lastSeen = *latest;
    m_dataVersion = -1;
    if (!m_database.isServer())
        fileChanged(); // the first reading is the baseline
    else
        ensureListening();
    m_timer->start(m_database.isServer() ? kServerCheckMs : kFilePollMs);
    return {};
}

void ChangeListener::stop()
{
    m_timer->stop();
    m_coalesce->stop();
    if (m_driver != nullptr) {
        disconnect(m_driver, nullptr, this, nullptr);
        if (m_database.isConnectionOpen())
            m_driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
        m_driver = nullptr;
    }
}

bool ChangeListener::isRunning() const
{
    return m_timer->isActive();
}

void ChangeListener::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && isRunning()) {
        tick();    // listen again at once if the connection was renewed
        catchUp(); // and read what was said while nobody listened (notifications are dropped while paused)
    }
}

void ChangeListener::tick()
{
    if (m_paused || !m_database.isConnectionOpen())
        return;
    if (m_database.isServer()) {
        // A renewed connection has forgotten its subscription, and missed what was said meanwhile.
        if (!m_driver || !m_driver->subscribedToNotifications().contains(QString::fromLatin1(kChannel))) {
            if (ensureListening())
                catchUp();
        }
        return;
    }
    if (fileChanged())
        catchUp();
}

bool ChangeListener::ensureListening()
{
    QSqlDriver* driver = m_database.connection().driver();
    if (driver == nullptr)
        return false;
    if (driver != m_driver) {
        if (m_driver != nullptr)
            disconnect(m_driver, nullptr, this, nullptr);
        m_driver = driver;
        connect(driver, &QSqlDriver::notification, this, &ChangeListener::notified);
    }
    const QString channel = QString::fromLatin1(kChannel);
    return driver->subscribedToNotifications().contains(channel) || driver->subscribeToNotification(channel);
}

void ChangeListener::notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    Q_UNUSED(payload) // the audit log says the same, and also what came while nobody listened
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource || m_paused)
        return;
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

bool ChangeListener::fileChanged()
{
    Result<QSqlQuery> q = sql::run(m_database.connection(), kDataVersion, {},
                                   QCoreApplication::translate("ChangeListener", "the changes could not be read"));
    if (!q || !q->next())
        return false;
    const qint64 version = q->value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

void ChangeListener::catchUp()
{
    // Inside a transaction the connection sees its own uncommitted entries: wait for the commit.
    if (m_paused || m_database.inTransaction() || !m_database.isConnectionOpen())
        return;
    QList<AuditEntry> news;
    for (;;) {
        Result<QList<AuditEntry>> batch = m_entries.since(m_lastSeen, kBatch);
        if (!batch) {
            emit failed(batch.error());
            return;
        }
        for (const AuditEntry& entry : *batch) {
            m_lastSeen = entry.id;
            if (!m_database.takeOwnAuditEntry(entry.id))
                news.append(entry);
        }
        if (batch->size() < kBatch)
            break;
    }
    if (!news.isEmpty())
        emit changed(news);
}

} // namespace branddesk
