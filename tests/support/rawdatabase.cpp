// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/rawdatabase.h"

#include "tests/support/tempdatabase.h"

namespace branddesk::test {

RawDatabase::RawDatabase(const TempDatabase& temp, RawSqlite::Mode mode)
{
    if (temp.onServer())
        m_server = std::make_unique<RawServer>(temp.serverSettings());
    else
        m_file = std::make_unique<RawSqlite>(temp.path(), mode);
}

RawDatabase::~RawDatabase() = default;

void RawDatabase::exec(const QString& statement)
{
    if (m_server)
        m_server->exec(statement);
    else
        m_file->exec(statement);
}

QVariant RawDatabase::scalar(const QString& statement)
{
    return m_server ? m_server->scalar(statement) : m_file->scalar(statement);
}

QStringList RawDatabase::tables()
{
    return m_server ? m_server->tables() : m_file->tables();
}

void RawDatabase::dropTrigger(const QString& name, const QString& table)
{
    if (m_server)
        m_server->exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table));
    else
        m_file->exec(QStringLiteral("DROP TRIGGER %1").arg(name));
}

} // namespace branddesk::test
