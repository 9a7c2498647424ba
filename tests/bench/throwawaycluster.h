// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/serversettings.h"

#include <QString>

namespace branddesk::bench {

/// A PostgreSQL server of the bench's own, started by tests/support/pgcluster.sh (a fresh cluster on a free
/// loopback port, as the test suite's) with durable commits on (BRANDDESK_PG_DURABLE=1: fsync and synchronous
/// commit, like the SQLite file's synchronous=FULL). Stopped, and its data deleted, when the object goes.
class ThrowawayCluster {
public:
    /// Starts the cluster; `stateDir` keeps its connection note. error() says why when it did not start.
    explicit ThrowawayCluster(const QString& stateDir);
    ~ThrowawayCluster();
    ThrowawayCluster(const ThrowawayCluster&) = delete;
    ThrowawayCluster& operator=(const ThrowawayCluster&) = delete;

    /// The server's maintenance database and login ("postgres"), for withDatabase().
    const ServerSettings& settings() const { return m_settings; }
    QString error() const { return m_error; }
    /// What pgcluster.sh said when it started the server (its version and start time).
    QString startedNote() const { return m_note; }

private:
    QString m_stateDir;
    ServerSettings m_settings;
    QString m_error;
    QString m_note;
    bool m_started = false;
};

} // namespace branddesk::bench
