// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/decodedmail.h"

#include <QByteArray>
#include <QString>

namespace branddesk {

/// Decodes a raw mail (RFC 5322 + MIME) with GMime 3: headers and bodies in UTF-8, GB2312/GBK/GB18030 (every GB
/// label is read as GB18030, the superset the senders' programs really write) and Big5; RFC 2047 subjects and file
/// names, RFC 2231 file names with continuations, raw 8-bit names (UTF-8, else GB18030); an HTML-only mail turned
/// into text; attachments kept. Safe to call from any thread.
class MimeDecoder {
public:
    static Result<DecodedMail> decode(const QByteArray& raw);

    /// `bytes` in `charset` as text; GB labels as GB18030; unknown or empty labels as UTF-8, else GB18030.
    static QString decodeText(const QByteArray& bytes, const QByteArray& charset);
    /// The text of an HTML document: tags dropped, block ends as line breaks, entities resolved.
    static QString htmlToText(const QString& html);
};

} // namespace branddesk
