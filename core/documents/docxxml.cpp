// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/docxxml.h"

#include <QStringList>

#include <cmath>

namespace branddesk {

DocxXml::DocxXml()
    : m_writer(&m_bytes)
{
    m_writer.setAutoFormatting(false);
    m_writer.writeStartDocument(QStringLiteral("1.0"), true);
}

DocxXml& DocxXml::start(const char* name, Attributes list)
{
    m_writer.writeStartElement(QString::fromLatin1(name));
    attributes(list);
    return *this;
}

DocxXml& DocxXml::end()
{
    m_writer.writeEndElement();
    return *this;
}

DocxXml& DocxXml::element(const char* name, Attributes list)
{
    m_writer.writeEmptyElement(QString::fromLatin1(name));
    attributes(list);
    return *this;
}

DocxXml& DocxXml::element(const char* name, Attributes list, const QString& content)
{
    start(name, list);
    text(content);
    return end();
}

DocxXml& DocxXml::value(const char* name, const QString& value)
{
    return element(name, {{"w:val", value}});
}

DocxXml& DocxXml::value(const char* name, qint64 value)
{
    return element(name, {{"w:val", QString::number(value)}});
}

DocxXml& DocxXml::text(const QString& content)
{
    // A carriage return written as itself is read back as a line feed (XML's end-of-line handling): write it as
    // the character reference &#13;, as QXmlStreamWriter already does in attributes.
    const QStringList pieces = sanitized(content).split(QLatin1Char('\r'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            m_writer.writeEntityReference(QStringLiteral("#13"));
        m_writer.writeCharacters(pieces.at(i));
    }
    return *this;
}

DocxXml& DocxXml::runText(const QString& text)
{
    QString content = text;
    content.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    qsizetype from = 0;
    for (qsizetype i = 0; i <= content.size(); ++i) {
        const bool end = i == content.size();
        if (!end && content.at(i) != QLatin1Char('\n') && content.at(i) != QLatin1Char('\t'))
            continue;
        if (i > from)
            element("w:t", {{"xml:space", QStringLiteral("preserve")}}, content.mid(from, i - from));
        if (!end)
            element(content.at(i) == QLatin1Char('\n') ? "w:br" : "w:tab");
        from = i + 1;
    }
    return *this;
}

QByteArray DocxXml::finish()
{
    m_writer.writeEndDocument();
    return m_bytes;
}

void DocxXml::attributes(Attributes list)
{
    for (const auto& [name, value] : list)
        m_writer.writeAttribute(QString::fromLatin1(name), sanitized(value));
}

QString DocxXml::sanitized(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed =
            u == u'\t' || u == u'\n' || u == u'\r' || (u >= 0x20 && u < 0xD800) || (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            result.append(c);
    }
    return result;
}

qint64 DocxXml::twipsFromMm(qreal millimetres)
{
    return std::llround(millimetres / 25.4 * 1440.0);
}

qint64 DocxXml::twipsFromPt(qreal points)
{
    return std::llround(points * 20.0);
}

qint64 DocxXml::halfPoints(qreal points)
{
    return std::llround(points * 2.0);
}

} // namespace branddesk
