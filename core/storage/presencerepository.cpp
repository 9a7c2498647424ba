// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/presencerepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace branddesk {
namespace {

constexpr const char* kPrefix = "BrandDesk|";
constexpr int kLabelLimit = 63; // PostgreSQL's NAMEDATALEN - 1
// backend_start and client_addr are NULL for another login's connections unless the login may read all statistics.
constexpr const char* kConnected =
    "SELECT application_name, to_char(backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS'), "
    "CAST(client_addr AS text), pid = pg_backend_pid() "
    "FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'BrandDesk|%' "
    "ORDER BY backend_start";

} // namespace

QString PresenceRepository::label(qint64 userId, const QString& pc, const QString& entity, qint64 id)
{
    QString host = pc;
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
    QString editing = entity.isEmpty() ? QString() : QStringLiteral("|e=%1:%2").arg(entity).arg(id);
    editing.replace(QRegularExpression(QStringLiteral("[^ -~]")), QStringLiteral("-"));
    const QString head = QLatin1String(kPrefix) + QStringLiteral("u=%1|pc=").arg(userId);
    const qsizetype room = kLabelLimit - head.size() - editing.size();
    return head + host.left(std::max<qsizetype>(room, 1)) + editing;
}

bool PresenceRepository::parseLabel(const QString& label, PresenceRow& row)
{
    if (!label.startsWith(QLatin1String(kPrefix)))
        return false;
    bool hasUser = false;
    for (const QString& part : label.mid(qsizetype(qstrlen(kPrefix))).split(QLatin1Char('|'))) {
        if (part.startsWith(QLatin1String("u=")))
            row.userId = part.mid(2).toLongLong(&hasUser);
        else if (part.startsWith(QLatin1String("pc=")))
            row.pc = part.mid(3);
        else if (part.startsWith(QLatin1String("e="))) {
            const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
            if (colon > 2) {
                row.editingEntity = part.mid(2, colon - 2);
                row.editingId = part.mid(colon + 1).toLongLong();
            }
        }
    }
    return hasUser;
}

Result<QList<PresenceRow>> PresenceRepository::connected() const
{
    if (!m_database.isServer())
        return QList<PresenceRow>();
    Result<QSqlQuery> q =
        sql::run(m_database.connection(), kConnected, {},
                 QCoreApplication::translate("PresenceRepository", "the list of connected users could not be read"));
    if (!q)
        return fail(q.error());
    QList<PresenceRow> rows;
    while (q->next()) {
        PresenceRow row;
        if (!parseLabel(q->value(0).toString(), row))
            continue;
        row.since = QDateTime::fromString(q->value(1).toString(), Qt::ISODate);
        row.since.setTimeZone(QTimeZone::utc());
        row.address = q->value(2).toString();
        row.thisConnection = q->value(3).toBool();
        rows.append(row);
    }
    return rows;
}

} // namespace branddesk
