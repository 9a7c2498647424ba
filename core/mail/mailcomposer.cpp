// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GMime's headers first: GIO names a struct member `signals`, which Qt defines as a keyword macro. This file is
// compiled on its own (no unity batch) for the same reason.
#include <gmime/gmime.h>

#include "core/mail/mailcomposer.h"

#include <mutex>

namespace branddesk {
namespace {

void initialiseGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace

QByteArray MailComposer::compose(const OutgoingMail& mail)
{
    initialiseGMime();
    GMimeMessage* message = g_mime_message_new(TRUE);
    const QByteArray fromName = mail.fromName.trimmed().toUtf8();
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_FROM, fromName.isEmpty() ? nullptr : fromName.constData(),
                               mail.fromAddress.trimmed().toUtf8().constData());
    const QByteArray toName = mail.toName.trimmed().toUtf8();
    for (const QString& address : mail.to)
        g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_TO, toName.isEmpty() ? nullptr : toName.constData(),
                                   address.toUtf8().constData());
    g_mime_message_set_subject(message, mail.subject.toUtf8().constData(), "utf-8");

    const QDateTime local = mail.date.toLocalTime();
    GTimeZone* zone = g_time_zone_new_offset(local.offsetFromUtc());
    GDateTime* date = g_date_time_new(zone, local.date().year(), local.date().month(), local.date().day(),
                                      local.time().hour(), local.time().minute(), local.time().second());
    g_mime_message_set_date(message, date);
    g_date_time_unref(date);
    g_time_zone_unref(zone);

    const QString domain = mail.fromAddress.section(QLatin1Char('@'), 1);
    char* id = g_mime_utils_generate_message_id(domain.isEmpty() ? "branddesk.invalid" : domain.toUtf8().constData());
    g_mime_message_set_message_id(message, id);
    g_free(id);

    GMimeTextPart* part = g_mime_text_part_new_with_subtype("plain");
    QString body = mail.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    g_mime_text_part_set_text(part, body.toUtf8().constData());
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_BASE64);
    g_mime_message_set_mime_part(message, GMIME_OBJECT(part));
    g_object_unref(part);

    GMimeFormatOptions* options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char* text = g_mime_object_to_string(GMIME_OBJECT(message), options);
    QByteArray result(text);
    g_free(text);
    g_mime_format_options_free(options);
    g_object_unref(message);
    return result;
}

} // namespace branddesk
