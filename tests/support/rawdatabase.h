// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/rawsqlite.h"
#include "tests/support/testserver.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace branddesk::test {

class TempDatabase;

/// The tests' own SQL on a TempDatabase's database, whichever backend it is on: a RawSqlite on the file, a
/// RawServer on the server database. For looking at what was stored, or breaking it as an outsider would, in
/// tests that run on both backends. Fails the current test when a statement fails.
class RawDatabase {
public:
    explicit RawDatabase(const TempDatabase& temp, RawSqlite::Mode mode = RawSqlite::Mode::ReadWrite);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    bool onServer() const { return m_server != nullptr; }
    void exec(const QString& statement);
    QVariant scalar(const QString& statement);
    /// The names of the database's tables, sorted.
    QStringList tables();
    /// Drops a trigger, as someone with the database's own tool would: "DROP TRIGGER name" on SQLite,
    /// "DROP TRIGGER name ON table" on PostgreSQL.
    void dropTrigger(const QString& name, const QString& table);

private:
    std::unique_ptr<RawSqlite> m_file;
    std::unique_ptr<RawServer> m_server;
};

} // namespace branddesk::test
