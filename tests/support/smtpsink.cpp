// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/smtpsink.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

namespace branddesk::test {

SmtpSink::SmtpSink()
{
    REQUIRE(m_folder.isValid());
    m_process.setProgram(QStringLiteral("/usr/bin/python3"));
    m_process.setArguments(
        {QStringLiteral(BRANDDESK_SMTPSINK), m_folder.path(), QString::fromUtf8(kUser), QString::fromUtf8(kPassword)});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(m_folder.filePath(QStringLiteral("smtpsink.log")));
    m_process.start();
    REQUIRE(m_process.waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n') && m_process.waitForReadyRead(15000))
        line += m_process.readAllStandardOutput();
    INFO(line.toStdString() << m_process.readAllStandardError().toStdString() << " exit " << m_process.exitCode());
    REQUIRE(line.startsWith("PORT "));
    m_port = line.mid(5).trimmed().toInt();
    REQUIRE(m_port > 0);
}

SmtpSink::~SmtpSink()
{
    m_process.closeWriteChannel(); // the server stops when its standard input closes
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

MailSettings SmtpSink::settings() const
{
    MailSettings settings;
    settings.outgoing = {QStringLiteral("127.0.0.1"), m_port, MailSecurity::None, QString::fromUtf8(kUser)};
    settings.fromAddress = QString::fromUtf8(kUser);
    settings.fromName = QString::fromUtf8("常州市市级机关作风建设领导小组办公室");
    settings.sendWithIncomingPassword = false;
    return settings;
}

QList<QJsonObject> SmtpSink::received() const
{
    QList<QJsonObject> result;
    const QStringList names = QDir(m_folder.path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(m_folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return result;
}

QByteArray SmtpSink::raw(int index) const
{
    QFile file(m_folder.filePath(QStringLiteral("%1.eml").arg(index + 1, 4, 10, QLatin1Char('0'))));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int closedPort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(probe >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    const bool bound = ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
                       ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(probe);
    REQUIRE(bound);
    return ntohs(address.sin_port);
}

} // namespace branddesk::test
