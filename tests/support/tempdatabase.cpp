// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tempdatabase.h"

#include "core/storage/database.h"

namespace branddesk::test {

QDateTime TempDatabase::startTime()
{
    return QDateTime(QDate(2009, 5, 15), QTime(10, 0));
}

TempDatabase::TempDatabase()
    : m_clock(startTime())
{
    if (!m_dir.isValid())
        FAIL("cannot create a temporary folder: " << m_dir.errorString().toStdString());
    m_path = m_dir.filePath(QStringLiteral("branddesk.sqlite"));
    reopen();
}

TempDatabase::~TempDatabase()
{
    close();
}

Session& TempDatabase::session()
{
    REQUIRE(m_session != nullptr);
    return *m_session;
}

std::unique_ptr<Session> TempDatabase::openAnotherSession()
{
    Result<std::unique_ptr<Database>> database = Database::open(m_path);
    REQUIRE(database);
    return std::make_unique<Session>(std::move(*database), m_clock, QStringLiteral("第二位办事员"));
}

void TempDatabase::close()
{
    m_session.reset();
}

void TempDatabase::reopen()
{
    close();
    Result<std::unique_ptr<Database>> database = Database::open(m_path);
    REQUIRE(database);
    m_session = std::make_unique<Session>(std::move(*database), m_clock, QStringLiteral("办事员"));
}

} // namespace branddesk::test
