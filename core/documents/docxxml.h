// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace branddesk {

/// Writes one XML part of a Word document (WordprocessingML) into memory: elements by their prefixed names
/// ("w:p"), attributes, and text that is always well-formed XML. QXmlStreamWriter escapes < & > " '; text() and
/// attributes also drop the characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF).
///
///     DocxXml xml;
///     xml.start("w:document", {{"xmlns:w", DocxXml::kWordNamespace}});
///     xml.start("w:p").start("w:r").element("w:t", {{"xml:space", "preserve"}}, text).end().end();
///     QByteArray part = xml.finish();
class DocxXml {
public:
    using Attributes = std::initializer_list<std::pair<const char*, QString>>;

    static constexpr qreal kPointsPerMm = 72.0 / 25.4;
    static constexpr const char* kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static constexpr const char* kRelationshipsNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    DocxXml();

    /// Opens an element; close it with end().
    DocxXml& start(const char* name, Attributes list = {});
    DocxXml& end();
    /// An element without content, or with `content` as its only text.
    DocxXml& element(const char* name, Attributes list = {});
    DocxXml& element(const char* name, Attributes list, const QString& content);
    /// An element with one attribute, w:val (the commonest shape in WordprocessingML).
    DocxXml& value(const char* name, const QString& value);
    DocxXml& value(const char* name, qint64 value);
    DocxXml& text(const QString& content);
    /// The content of a run (w:r) showing `text`: w:t pieces, w:br for each line feed, w:tab for each tab.
    DocxXml& runText(const QString& text);
    /// Closes the open elements and returns the part (UTF-8 with the XML declaration).
    QByteArray finish();

    /// `text` without the characters XML 1.0 does not allow; tab, line feed and carriage return are kept.
    static QString sanitized(const QString& text);

    /// Units of WordprocessingML: twentieths of a point (twips) and half points, from millimetres and points.
    static qint64 twipsFromMm(qreal millimetres);
    static qint64 twipsFromPt(qreal points);
    static qint64 halfPoints(qreal points);

private:
    void attributes(Attributes list);

    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

} // namespace branddesk
