// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/mimedecoder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

// GLib (under GMime) names struct members `signals`, which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <iconv.h>

#include <memory>
#include <mutex>

namespace branddesk {
namespace {

/// Every label of the GB family, and the names programs write for them, read as GB18030.
bool isGbLabel(const QByteArray& label)
{
    static const QList<QByteArray> gb{"gb2312",     "gbk",    "x-gbk",    "cp936",    "ms936",   "windows-936",
                                      "gb_2312-80", "euc-cn", "x-euc-cn", "csgb2312", "gb18030", "chinese"};
    return gb.contains(label);
}

/// The raw message with its GB charset labels (in encoded words, charset parameters and RFC 2231 values) renamed
/// GB18030, so that GMime decodes headers and file names with the superset. Only for decoding: the raw message
/// is kept as it came.
QByteArray withGbLabelsAsGb18030(const QByteArray& raw)
{
    static const QRegularExpression labels(
        QStringLiteral(
            "(=\\?|charset\\s*=\\s*\"?|\\*=)(gb2312|gbk|x-gbk|cp936|gb_2312-80|euc-cn|x-euc-cn)(?=[?\"';\\s])"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromLatin1(raw);
    text.replace(labels, QStringLiteral("\\1GB18030"));
    return text.toLatin1();
}

QString fromGmime(const char* text)
{
    return text == nullptr ? QString() : QString::fromUtf8(text);
}

QDateTime fromGDateTime(GDateTime* moment)
{
    if (moment == nullptr)
        return {};
    return QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(moment), Qt::UTC);
}

QByteArray contentOf(GMimePart* part)
{
    GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
    if (wrapper == nullptr)
        return {};
    GMimeStream* memory = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(wrapper, memory);
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory));
    QByteArray data(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
    g_object_unref(memory);
    return data;
}

struct Walk {
    QString plain;
    QString html;
    QList<MailAttachment> attachments;
};

void visit(GMimeObject*, GMimeObject* object, gpointer data)
{
    auto* walk = static_cast<Walk*>(data);
    if (!GMIME_IS_PART(object))
        return;
    GMimePart* part = GMIME_PART(object);
    GMimeContentType* type = g_mime_object_get_content_type(object);
    char* mimeType = type != nullptr ? g_mime_content_type_get_mime_type(type) : nullptr;
    const QString mime = mimeType != nullptr ? QString::fromUtf8(mimeType).toLower() : QStringLiteral("text/plain");
    g_free(mimeType);
    const QString name = fromGmime(g_mime_part_get_filename(part));
    const bool attachment = g_mime_part_is_attachment(part) || !name.isEmpty();
    const QByteArray content = contentOf(part);
    if (!attachment && mime == QLatin1String("text/plain") && walk->plain.isEmpty()) {
        walk->plain = MimeDecoder::decodeText(content, g_mime_object_get_content_type_parameter(object, "charset"));
        return;
    }
    if (!attachment && mime == QLatin1String("text/html") && walk->html.isEmpty()) {
        walk->html = MimeDecoder::decodeText(content, g_mime_object_get_content_type_parameter(object, "charset"));
        return;
    }
    if (attachment || !mime.startsWith(QLatin1String("text/"))) {
        MailAttachment a;
        a.name = name.isEmpty()
                     ? QCoreApplication::translate("MimeDecoder", "attachment %1").arg(walk->attachments.size() + 1)
                     : name;
        a.mimeType = mime;
        a.data = content;
        walk->attachments.append(std::move(a));
    }
}

QString normalisedText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression blankRuns(QStringLiteral("\n{3,}"));
    text.replace(blankRuns, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace

QString MimeDecoder::decodeText(const QByteArray& bytes, const QByteArray& charset)
{
    QByteArray label = charset.trimmed().toLower();
    if (label.startsWith('"')) { // a label of one quote is both the opening and the closing one
        label.remove(0, 1);
        if (label.endsWith('"'))
            label.chop(1);
    }
    if (label.isEmpty() || label == "utf-8" || label == "utf8" || label == "us-ascii" || label == "ascii") {
        QStringDecoder utf8(QStringConverter::Utf8);
        QString text = utf8(bytes);
        if (!utf8.hasError())
            return text;
        label = "gb18030"; // raw 8-bit text from a Chinese mail program
    }
    if (isGbLabel(label))
        label = "GB18030";
    else if (label == "big5" || label == "x-big5" || label == "cn-big5")
        label = "BIG5-HKSCS";
    iconv_t cd = iconv_open("UTF-8", label.constData());
    // NOLINTNEXTLINE(performance-no-int-to-ptr): (iconv_t)-1 is iconv_open's documented failure value
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        QStringDecoder utf8(QStringConverter::Utf8);
        return utf8(bytes);
    }
    QByteArray out;
    out.resize(bytes.size() * 4 + 16);
    QByteArray in = bytes;
    char* inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char* outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != size_t(-1))
            break;
        if (errno == E2BIG)
            break;
        // A byte the charset does not know: skip it, keep the rest.
        ++inPtr;
        --inLeft;
    }
    iconv_close(cd);
    out.truncate(out.size() - qsizetype(outLeft));
    return QString::fromUtf8(out);
}

QString MimeDecoder::htmlToText(const QString& html)
{
    QString text = html;
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/tr|/li|/h[1-6]|/table)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cells(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n]+"));
    text.replace(hidden, QString()).replace(comments, QString());
    text.replace(spaces, QStringLiteral(" "));
    text.replace(breaks, QStringLiteral("\n")).replace(cells, QStringLiteral("\t")).replace(tags, QString());
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString resolved;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        resolved += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        resolved += ok ? QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1) : m.captured(0);
        last = m.capturedEnd();
    }
    resolved += QStringView(text).mid(last);
    resolved.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    QStringList lines = resolved.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed();
    return normalisedText(lines.join(QLatin1Char('\n')));
}

Result<DecodedMail> MimeDecoder::decode(const QByteArray& raw)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { g_mime_init(); });

    const QByteArray prepared = withGbLabelsAsGb18030(raw);
    GMimeParserOptions* options = g_mime_parser_options_new();
    const char* fallback[] = {"UTF-8", "GB18030", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(prepared.constData(), size_t(prepared.size()));
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage* message = g_mime_parser_construct_message(parser, options);
    g_object_unref(parser);
    g_object_unref(stream);
    if (message == nullptr) {
        g_mime_parser_options_free(options);
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("MimeDecoder", "The message is not a readable e-mail."));
    }

    DecodedMail mail;
    mail.subject = fromGmime(g_mime_message_get_subject(message)).simplified();
    InternetAddressList* from = g_mime_message_get_from(message);
    for (int i = 0; from != nullptr && i < internet_address_list_length(from); ++i) {
        InternetAddress* address = internet_address_list_get_address(from, i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        mail.senderAddress =
            fromGmime(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).trimmed().toLower();
        mail.senderName = fromGmime(internet_address_get_name(address)).trimmed();
        break;
    }
    mail.sentAt = fromGDateTime(g_mime_message_get_date(message));
    // The newest Received header (the first) was written by the office's server when the mail arrived.
    const QString received = fromGmime(g_mime_object_get_header(GMIME_OBJECT(message), "Received"));
    if (const qsizetype semicolon = received.lastIndexOf(QLatin1Char(';')); semicolon >= 0) {
        GDateTime* at = g_mime_utils_header_decode_date(received.mid(semicolon + 1).trimmed().toUtf8().constData());
        mail.arrivedAt = fromGDateTime(at);
        if (at != nullptr)
            g_date_time_unref(at);
    }
    if (!mail.arrivedAt.isValid())
        mail.arrivedAt = mail.sentAt;

    Walk walk;
    g_mime_message_foreach(message, &visit, &walk);
    mail.body = !walk.plain.trimmed().isEmpty() ? normalisedText(walk.plain) : htmlToText(walk.html);
    mail.attachments = std::move(walk.attachments);
    g_object_unref(message);
    g_mime_parser_options_free(options);
    return mail;
}

} // namespace branddesk
