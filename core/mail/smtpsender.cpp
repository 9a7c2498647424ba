// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/smtpsender.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace branddesk {
namespace {

struct Upload {
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t chunk = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, chunk);
    upload->offset += qsizetype(chunk);
    return chunk;
}

int stopRequested(void* userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* stop = static_cast<const std::atomic_bool*>(userData);
    return stop && stop->load() ? 1 : 0;
}

} // namespace

SmtpSender::SmtpSender(const MailServer& server, const QString& password)
    : m_server(server)
    , m_password(password.toUtf8())
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
}

SmtpSender::~SmtpSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL*>(m_curl));
}

bool SmtpSender::stopsBatch(const Error& error)
{
    return error.code == Error::Code::Unreachable || error.code == Error::Code::Forbidden ||
           error.code == Error::Code::Cancelled;
}

Result<void> SmtpSender::send(const QString& from, const QString& to, const QByteArray& message,
                              const std::atomic_bool* stop)
{
    CURL* curl = static_cast<CURL*>(m_curl);
    if (!curl)
        return fail(Error::Code::Generic,
                    QCoreApplication::translate("SmtpSender", "The mail library could not be started."));
    const QString where = QStringLiteral("%1:%2").arg(m_server.host.trimmed()).arg(m_server.port);
    const QByteArray url =
        (m_server.security == MailSecurity::Tls ? QStringLiteral("smtps://") : QStringLiteral("smtp://")).toUtf8() +
        where.toUtf8();
    const QByteArray user = m_server.user.trimmed().toUtf8();
    const QByteArray envelopeFrom = '<' + from.toUtf8() + '>';
    const QByteArray envelopeTo = '<' + to.toUtf8() + '>';
    curl_slist* recipients = curl_slist_append(nullptr, envelopeTo.constData());
    Upload upload{&message, 0};
    char curlError[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     long(m_server.security == MailSecurity::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, envelopeFrom.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, stopRequested);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, stop);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curlError);

    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_slist_free_all(recipients);
    if (code == CURLE_OK)
        return {};

    const QString detail = QStringLiteral("curl %1: %2 (SMTP reply %3)")
                               .arg(int(code))
                               .arg(QString::fromUtf8(curlError[0] ? curlError : curl_easy_strerror(code)))
                               .arg(reply);
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        return fail(Error::Code::Cancelled, QCoreApplication::translate("SmtpSender", "Sending was cancelled."),
                    detail);
    case CURLE_LOGIN_DENIED:
        return fail(
            Error::Code::Forbidden,
            QCoreApplication::translate(
                "SmtpSender", "The mail server %1 refused the user name or password. Check them in the mail settings.")
                .arg(where),
            detail);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return fail(Error::Code::Unreachable,
                    QCoreApplication::translate(
                        "SmtpSender",
                        "The mail server %1 cannot be reached. Check the network and the server's name and port in "
                        "the mail settings.")
                        .arg(where),
                    detail);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CACERT_BADFILE:
        return fail(Error::Code::Unreachable,
                    QCoreApplication::translate(
                        "SmtpSender",
                        "No secure connection to the mail server %1 could be made (TLS). Check the security setting "
                        "and the server's certificate.")
                        .arg(where),
                    detail);
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        if (reply >= 400)
            return fail(Error::Code::Validation,
                        QCoreApplication::translate("SmtpSender", "The mail server refused the address %1 (reply %2).")
                            .arg(to)
                            .arg(reply),
                        detail);
        return fail(
            Error::Code::Unreachable,
            QCoreApplication::translate("SmtpSender", "The connection to the mail server %1 broke off.").arg(where),
            detail);
    default:
        if (reply == 535 || reply == 534 || reply == 530)
            return fail(Error::Code::Forbidden,
                        QCoreApplication::translate(
                            "SmtpSender",
                            "The mail server %1 refused the user name or password. Check them in the mail settings.")
                            .arg(where),
                        detail);
        return fail(Error::Code::Generic,
                    QCoreApplication::translate("SmtpSender", "The message to %1 could not be sent.").arg(to), detail);
    }
}

} // namespace branddesk
