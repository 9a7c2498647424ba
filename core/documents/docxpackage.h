// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace branddesk {

/// An Open Packaging Conventions package (the zip a .docx is): parts with their content types, the
/// relationships between them, and [Content_Types].xml, written with libminizip.
///
///     DocxPackage package;
///     package.addPart("word/document.xml", DocxPackage::kDocumentType, documentXml);
///     package.relate({}, DocxPackage::kOfficeDocument, "word/document.xml");
///     package.write(path);
class DocxPackage {
public:
    static constexpr const char* kOfficeDocument =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static constexpr const char* kCoreProperties =
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    /// Adds a part ("word/document.xml": no leading slash) of `contentType`.
    void addPart(const QString& name, const QString& contentType, const QByteArray& content);
    /// A relationship of `type` from the part `source` (empty: the package) to `target`, a part name relative to
    /// the source's folder. Returns its id ("rId1", …), unique per source.
    QString relate(const QString& source, const QString& type, const QString& target);

    /// Writes the package as a zip to `path` (a new or truncated file); [Content_Types].xml first, then the
    /// relationship parts, then the parts in the order added.
    Result<void> write(const QString& path) const;

    /// The part names written, in order, with [Content_Types].xml and the relationship parts.
    QList<QString> partNames() const;

private:
    struct Part {
        QString name;
        QString contentType;
        QByteArray content;
    };
    struct Relationship {
        QString source;
        QString id;
        QString type;
        QString target;
    };

    QByteArray contentTypes() const;
    QList<Part> relationshipParts() const;

    QList<Part> m_parts;
    QList<Relationship> m_relationships;
};

} // namespace branddesk
