// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace branddesk {

class Database;

/// One BrandDesk connection to the database as the server lists it (pg_stat_activity), from the label each
/// program gives itself (Database::setSessionLabel): who, on which PC, since when, editing what.
struct PresenceRow {
    qint64 userId = 0;
    QString pc;
    QString editingEntity; ///< empty when no form is open
    qint64 editingId = 0;
    QDateTime since; ///< when the connection was made (UTC); invalid where the server does not say
    QString address; ///< the PC's network address, where the server says
    bool thisConnection = false;
};

/// Reads who is connected to a server database. A file has no such list: it answers with this connection only.
class PresenceRepository {
public:
    explicit PresenceRepository(Database& database)
        : m_database(database)
    {}

    /// The label for `userId` on `pc`, editing `entity` `id` (or nothing): printable ASCII that fits the
    /// server's 63 bytes, the PC's name shortened if need be.
    static QString label(qint64 userId, const QString& pc, const QString& entity = {}, qint64 id = 0);
    /// Reads a label back; false for a connection that is not a BrandDesk program's.
    static bool parseLabel(const QString& label, PresenceRow& row);

    /// Every BrandDesk connection to this database, this one included.
    Result<QList<PresenceRow>> connected() const;

private:
    Database& m_database;
};

} // namespace branddesk
