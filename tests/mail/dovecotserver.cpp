// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/mail/dovecotserver.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

namespace branddesk::test {

DovecotServer::DovecotServer()
{
    REQUIRE(m_dir.isValid());
    REQUIRE(run({QStringLiteral("start"), m_dir.filePath(QStringLiteral("state"))}));
    QFile connection(m_dir.filePath(QStringLiteral("state/connection")));
    REQUIRE(connection.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = connection.readAll().trimmed().split(' ');
    REQUIRE(fields.size() == 3);
    m_port = fields.at(0).toInt();
    m_user = QString::fromUtf8(fields.at(1));
    m_password = QString::fromUtf8(fields.at(2));
}

DovecotServer::~DovecotServer()
{
    run({QStringLiteral("stop"), m_dir.filePath(QStringLiteral("state"))});
}

bool DovecotServer::run(const QStringList& arguments) const
{
    QProcess script;
    script.start(QStringLiteral("bash"), QStringList{QStringLiteral(BRANDDESK_DOVECOT_SCRIPT)} + arguments);
    if (!script.waitForFinished(30000)) {
        script.kill();
        return false;
    }
    if (script.exitCode() != 0)
        WARN(script.readAllStandardError().toStdString());
    return script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
}

void DovecotServer::deliver(const QByteArray& raw)
{
    const QString file = m_dir.filePath(QStringLiteral("message-%1.eml").arg(++m_delivered));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(raw);
    out.close();
    REQUIRE(run({QStringLiteral("deliver"), m_dir.filePath(QStringLiteral("state")), file}));
}

MailSettings DovecotServer::settings() const
{
    MailSettings s;
    s.incoming = {QStringLiteral("127.0.0.1"), m_port, MailSecurity::None, m_user};
    s.folder = QStringLiteral("INBOX");
    return s;
}

} // namespace branddesk::test
