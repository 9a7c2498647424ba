// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/serveradmin.h"

#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace branddesk::serveradmin {
namespace {

constexpr const char* kExists = "SELECT 1 FROM pg_database WHERE datname = :name";
// CREATE DATABASE takes no bound values: the name is checked to be a plain name first, so it needs no quoting.
constexpr const char* kCreate =
    "CREATE DATABASE %1 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0";

} // namespace

Result<bool> createDatabase(const ServerSettings& server)
{
    if (!ServerSettings::isPlainName(server.database))
        return fail(Error::Code::Validation,
                    QCoreApplication::translate(
                        "ServerAdmin",
                        "\"%1\" cannot be a database name: use lower-case letters, digits and _ (e.g. branddesk).")
                        .arg(server.database));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::Code::Storage,
                    QCoreApplication::translate(
                        "ServerAdmin", "The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    const QString name = QStringLiteral("branddesk-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<bool> outcome = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const ServerSettings maintenance = server.withDatabase(QStringLiteral("postgres"));
        db.setHostName(maintenance.host);
        db.setPort(maintenance.port);
        db.setDatabaseName(maintenance.database);
        db.setUserName(maintenance.user);
        db.setPassword(maintenance.password);
        db.setConnectOptions(maintenance.connectOptions());
        if (!db.open()) {
            outcome = fail(Error::Code::Unreachable,
                           QCoreApplication::translate(
                               "ServerAdmin",
                               "The server %1 could not be reached as \"%2\" (its maintenance database \"postgres\").")
                               .arg(maintenance.displayName(), maintenance.user),
                           db.lastError().text());
        } else {
            Result<QSqlQuery> exists =
                sql::run(db, kExists, {{":name", server.database}},
                         QCoreApplication::translate("ServerAdmin", "the server's databases could not be listed"));
            if (!exists) {
                outcome = fail(exists.error());
            } else if (!exists->next()) {
                QSqlQuery create(db);
                if (create.exec(QString::fromLatin1(kCreate).arg(server.database)))
                    outcome = true;
                else if (create.lastError().text().contains(QLatin1String("C.UTF-8")))
                    outcome = fail(Error::Code::Storage,
                                   QCoreApplication::translate(
                                       "ServerAdmin",
                                       "The server has no locale C.UTF-8, which BrandDesk needs for Chinese search. On "
                                       "the server, create the database by hand with a UTF-8 locale that knows Chinese "
                                       "(e.g. LC_CTYPE 'zh_CN.UTF-8') and LC_COLLATE 'C', then run server init again."),
                                   create.lastError().text());
                else
                    outcome = fail(sql::storageError(
                        create.lastError(),
                        QCoreApplication::translate("ServerAdmin", "the database %1 could not be created")
                            .arg(server.database)));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace branddesk::serveradmin
