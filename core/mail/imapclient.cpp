// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/imapclient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

namespace branddesk {
namespace {

size_t collect(char* data, size_t size, size_t count, void* target)
{
    const size_t bytes = size * count;
    static_cast<QByteArray*>(target)->append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

int progress(void* stop, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* flag = static_cast<const std::atomic_bool*>(stop);
    return flag != nullptr && flag->load() ? 1 : 0;
}

/// A mailbox name as IMAP and a URL path need it: quoted for a command, percent-encoded for the URL.
QByteArray quoted(const QString& folder)
{
    QByteArray q = folder.toUtf8();
    q.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + q + '"';
}

} // namespace

ImapClient::ImapClient(const MailServer& server, const QString& password, const QString& folder)
    : m_server(server)
    , m_password(password)
    , m_folder(folder.trimmed().isEmpty() ? QStringLiteral("INBOX") : folder.trimmed())
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
}

ImapClient::~ImapClient()
{
    if (m_curl != nullptr)
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
}

QString ImapClient::baseUrl() const
{
    const QString scheme = m_server.security == MailSecurity::Tls ? QStringLiteral("imaps") : QStringLiteral("imap");
    QString host = m_server.host.trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(m_server.port) + QLatin1Char('/');
}

Result<QByteArray> ImapClient::perform(const QString& path, const QByteArray& customRequest)
{
    auto* curl = static_cast<CURL*>(m_curl);
    if (curl == nullptr)
        return fail(Error::Code::Generic,
                    QCoreApplication::translate("ImapClient", "The mail library could not be started."));
    QByteArray body;
    const QByteArray url = (baseUrl() + path).toUtf8();
    const QByteArray user = m_server.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     long(m_server.security == MailSecurity::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, customRequest.isEmpty() ? nullptr : customRequest.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic_bool*>(m_stop));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    const CURLcode code = curl_easy_perform(curl);
    if (code == CURLE_OK)
        return body;
    const QString detail = QString::fromUtf8(curl_easy_strerror(code));
    const QString where = m_server.host + QLatin1Char(':') + QString::number(m_server.port);
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return fail(Error::Code::Cancelled, QCoreApplication::translate("ImapClient", "Fetching mail was stopped."),
                    detail);
    case CURLE_LOGIN_DENIED:
        return fail(Error::Code::Forbidden,
                    QCoreApplication::translate(
                        "ImapClient", "The mail server %1 refused the user name or password. Check them and try again.")
                        .arg(where),
                    detail);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        return fail(Error::Code::Unreachable,
                    QCoreApplication::translate(
                        "ImapClient", "The mail server %1 cannot be reached. Check the network and the mail settings.")
                        .arg(where),
                    detail);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_USE_SSL_FAILED:
        return fail(Error::Code::Unreachable,
                    QCoreApplication::translate(
                        "ImapClient", "No secure connection to the mail server %1: check its encryption setting.")
                        .arg(where),
                    detail);
    default:
        break;
    }
    return fail(Error::Code::Generic,
                QCoreApplication::translate("ImapClient", "The mail server %1 answered with an error.").arg(where),
                detail);
}

Result<quint64> ImapClient::uidValidity()
{
    Result<QByteArray> answer = perform(QString(), "EXAMINE " + quoted(m_folder));
    if (!answer)
        return fail(answer.error());
    static const QRegularExpression uidValidity(QStringLiteral("\\[UIDVALIDITY (\\d+)\\]"));
    const QRegularExpressionMatch m = uidValidity.match(QString::fromLatin1(*answer));
    if (!m.hasMatch())
        return fail(Error::Code::Generic,
                    QCoreApplication::translate("ImapClient", "The mail folder %1 cannot be read.").arg(m_folder),
                    QString::fromLatin1(answer->left(500)));
    return m.captured(1).toULongLong();
}

Result<QList<quint64>> ImapClient::uidsFrom(quint64 firstUid)
{
    const QString path = QString::fromLatin1(QUrl::toPercentEncoding(m_folder));
    Result<QByteArray> answer =
        perform(path, "UID SEARCH UID " + QByteArray::number(std::max<quint64>(firstUid, 1)) + ":*");
    if (!answer)
        return fail(answer.error());
    QList<quint64> uids;
    for (const QByteArray& line : answer->split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.startsWith("* SEARCH"))
            continue;
        for (const QByteArray& word : trimmed.mid(8).simplified().split(' ')) {
            bool ok = false;
            const quint64 uid = word.toULongLong(&ok);
            // "n:*" always names the highest UID, even below n.
            if (ok && uid >= firstUid)
                uids.append(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

Result<QByteArray> ImapClient::fetch(quint64 uid)
{
    const QString path =
        QString::fromLatin1(QUrl::toPercentEncoding(m_folder)) + QStringLiteral("/;UID=") + QString::number(uid);
    return perform(path, QByteArray());
}

} // namespace branddesk
