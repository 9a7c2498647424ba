// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/docxpackage.h"

#include "core/documents/docxxml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <zip.h>

namespace branddesk {
namespace {

constexpr const char* kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kRelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";

/// The relationship part of `source`: "_rels/.rels" for the package, "word/_rels/document.xml.rels" for a part.
QString relationshipPartName(const QString& source)
{
    const qsizetype slash = source.lastIndexOf(QLatin1Char('/'));
    return source.left(slash + 1) + QLatin1String("_rels/") + source.mid(slash + 1) + QLatin1String(".rels");
}

/// A file name as the C library opens it: UTF-8 on Windows, the locale's file-name encoding elsewhere.
QByteArray zipFileName(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

} // namespace

void DocxPackage::addPart(const QString& name, const QString& contentType, const QByteArray& content)
{
    m_parts.append(Part{name, contentType, content});
}

QString DocxPackage::relate(const QString& source, const QString& type, const QString& target)
{
    int count = 0;
    for (const Relationship& relationship : m_relationships)
        count += relationship.source == source ? 1 : 0;
    QString id = QStringLiteral("rId%1").arg(count + 1);
    m_relationships.append(Relationship{source, id, type, target});
    return id;
}

QByteArray DocxPackage::contentTypes() const
{
    DocxXml xml;
    xml.start("Types", {{"xmlns", QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types")}});
    xml.element("Default",
                {{"Extension", QStringLiteral("rels")}, {"ContentType", QString::fromLatin1(kRelationshipsType)}});
    xml.element("Default", {{"Extension", QStringLiteral("xml")}, {"ContentType", QStringLiteral("application/xml")}});
    for (const Part& part : m_parts)
        xml.element("Override", {{"PartName", QLatin1Char('/') + part.name}, {"ContentType", part.contentType}});
    xml.end();
    return xml.finish();
}

QList<DocxPackage::Part> DocxPackage::relationshipParts() const
{
    QList<QString> sources;
    for (const Relationship& relationship : m_relationships) {
        if (!sources.contains(relationship.source))
            sources.append(relationship.source);
    }
    QList<Part> parts;
    for (const QString& source : sources) {
        DocxXml xml;
        xml.start("Relationships", {{"xmlns", QString::fromLatin1(kPackageRelationships)}});
        for (const Relationship& relationship : m_relationships) {
            if (relationship.source == source)
                xml.element("Relationship",
                            {{"Id", relationship.id}, {"Type", relationship.type}, {"Target", relationship.target}});
        }
        xml.end();
        parts.append(Part{relationshipPartName(source), QString::fromLatin1(kRelationshipsType), xml.finish()});
    }
    return parts;
}

QList<QString> DocxPackage::partNames() const
{
    QList<QString> names = {QStringLiteral("[Content_Types].xml")};
    for (const Part& part : relationshipParts())
        names.append(part.name);
    for (const Part& part : m_parts)
        names.append(part.name);
    return names;
}

Result<void> DocxPackage::write(const QString& path) const
{
    const auto failed = [&path](const QString& detail) {
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("DocxExport", "The Word file %1 could not be written.")
                        .arg(QDir::toNativeSeparators(path)),
                    detail);
    };
    const QByteArray fileName = zipFileName(path);
    zipFile zip = zipOpen64(fileName.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return failed(QStringLiteral("zipOpen64 failed"));

    QList<Part> parts = {Part{QStringLiteral("[Content_Types].xml"), QString(), contentTypes()}};
    parts += relationshipParts();
    parts += m_parts;
    // A fixed date (the zip format's earliest, 1980-01-01) makes the same document give the same bytes.
    zip_fileinfo info{};
    info.tmz_date.tm_year = 1980;
    info.tmz_date.tm_mday = 1;
    for (const Part& part : parts) {
        const QByteArray name = part.name.toUtf8();
        int status = zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                           Z_DEFAULT_COMPRESSION, part.content.size() > 0xFFFFFFFFLL ? 1 : 0);
        if (status == ZIP_OK && !part.content.isEmpty())
            status = zipWriteInFileInZip(zip, part.content.constData(), unsigned(part.content.size()));
        const int closed = zipCloseFileInZip(zip);
        if (status != ZIP_OK || closed != ZIP_OK) {
            zipClose(zip, nullptr);
            return failed(
                QStringLiteral("writing %1 failed (%2)").arg(part.name).arg(status != ZIP_OK ? status : closed));
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        return failed(QStringLiteral("zipClose failed"));
    return {};
}

} // namespace branddesk
