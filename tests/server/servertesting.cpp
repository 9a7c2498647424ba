// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/server/servertesting.h"

#include "core/demo/demodata.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/stringmakers.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace branddesk::test {

ServerSettings requireServer()
{
    const std::optional<ServerSettings> server = testServer();
    REQUIRE(server);
    return *server;
}

QStringList dumpFile(const QString& path)
{
    QStringList tables;
    {
        RawSqlite raw(path, RawSqlite::Mode::ReadOnly);
        tables = raw.tables();
    }
    const QString name = QStringLiteral("dump-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        for (const QString& table : tables) {
            if (table.startsWith(QLatin1String("sqlite_")) || table.contains(QLatin1String("_fts")))
                continue;
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
            while (query.next()) {
                QString row = table;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant value = query.value(i);
                    row += QLatin1Char('|') + QString::fromLatin1(value.typeName() ? value.typeName() : "null") +
                           QLatin1Char(':') +
                           (value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                                    : value.toString());
                }
                rows.append(row);
            }
        }
        QSqlQuery sequence(db);
        REQUIRE(sequence.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence ORDER BY name")));
        while (sequence.next())
            rows.append(QStringLiteral("sqlite_sequence|%1|%2")
                            .arg(sequence.value(0).toString(), sequence.value(1).toString()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

void writeDemoFile(const QString& path)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    REQUIRE(database);
    FixedClock clock(TempDatabase::startTime());
    Session session(std::move(*database), clock);
    REQUIRE(populateDemoData(session));
}

} // namespace branddesk::test
