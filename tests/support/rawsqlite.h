// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace branddesk::test {

/// A plain SQLite connection to a file, bypassing BrandDesk's Database: to look at what was stored, or to
/// make files BrandDesk did not write (another program's database, a newer schema). Fails the current test
/// when the file cannot be opened or a statement fails. The search index's tokenizer is registered, as
/// Database::open registers it.
class RawSqlite {
public:
    enum class Mode { ReadWrite, ReadOnly };

    explicit RawSqlite(const QString& path, Mode mode = Mode::ReadWrite);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    /// Runs a statement (no bound values: the tests' own SQL).
    void exec(const QString& statement);
    /// The first column of the first row of `statement`.
    QVariant scalar(const QString& statement);
    /// The names of the tables in the file, sorted.
    QStringList tables();
    /// Takes the schema back to `version`, as an older BrandDesk left it: drops every trigger, index and table
    /// that later migration steps created (their data with them) and sets user_version. Later steps only
    /// create objects, so this is exact.
    void rollBackTo(int version);
    void close();

private:
    QString m_connectionName;
};

} // namespace branddesk::test
