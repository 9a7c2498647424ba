// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the XML escaping of the .docx writer (DocxXml). The bytes are taken as UTF-16 text (so control
// characters, lone surrogates and U+FFFE/U+FFFF all occur) and written as an attribute value, as element text
// and as run text (w:t, w:br, w:tab), the way every exported document writes its words. The part must be
// well-formed XML that QXmlStreamReader reads back to exactly the sanitized text: nothing lost, nothing added.
#include "core/documents/docxxml.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>

namespace {

using namespace branddesk;

/// The characters of the current element up to its end tag, with w:br as a line feed and w:tab as a tab.
QString runsOf(QXmlStreamReader& reader)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (reader.qualifiedName() == QLatin1String("w:br"))
                text += QLatin1Char('\n');
            else if (reader.qualifiedName() == QLatin1String("w:tab"))
                text += QLatin1Char('\t');
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        default:
            break;
        }
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        text[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));

    DocxXml xml;
    xml.start("w:document", {{"xmlns:w", QString::fromLatin1(DocxXml::kWordNamespace)}});
    xml.start("w:p", {{"w:val", text}});
    xml.element("w:t", {{"xml:space", QStringLiteral("preserve")}}, text);
    xml.start("w:r").runText(text).end();
    xml.end();
    const QByteArray part = xml.finish();

    const QString clean = DocxXml::sanitized(text);
    QString lines = text;
    lines.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString run = DocxXml::sanitized(lines);

    QXmlStreamReader reader(part);
    QString attribute;
    QString element;
    QString runs;
    int seen = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.qualifiedName() == QLatin1String("w:p")) {
            attribute = reader.attributes().value(QLatin1String("w:val")).toString();
            ++seen;
        } else if (reader.qualifiedName() == QLatin1String("w:t")) {
            element = runsOf(reader);
            ++seen;
        } else if (reader.qualifiedName() == QLatin1String("w:r")) {
            runs = runsOf(reader);
            ++seen;
        }
    }
    FUZZ_CHECK(!reader.hasError());
    FUZZ_CHECK(seen == 3);
    FUZZ_CHECK(attribute == clean);
    FUZZ_CHECK(element == clean);
    FUZZ_CHECK(runs == run);
    return 0;
}
