// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/docxexport.h"

#include "core/documents/docxbody.h"
#include "core/documents/docxpackage.h"
#include "core/documents/docxpagesetup.h"
#include "core/documents/docxstyles.h"
#include "core/documents/docxxml.h"
#include "core/export/stagedfile.h"

#include <QCoreApplication>

namespace branddesk {
namespace {

const QString kWordml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
const QString kRelationships = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString kDocumentPart = QStringLiteral("word/document.xml");

QByteArray coreProperties(const QString& title)
{
    DocxXml xml;
    xml.start("cp:coreProperties",
              {{"xmlns:cp", QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties")},
               {"xmlns:dc", QStringLiteral("http://purl.org/dc/elements/1.1/")}});
    if (!title.isEmpty())
        xml.element("dc:title", {}, title);
    xml.element("dc:creator", {}, QStringLiteral("BrandDesk"));
    // The faces the file asks for (Word substitutes its own where they are missing).
    xml.element("dc:description", {},
                QCoreApplication::translate("DocumentFonts",
                                            "Body text set in %1, headings in %2, digits and Latin letters in %3.")
                    .arg(DocxStyles::faceName(DocxFace::FangSong), DocxStyles::faceName(DocxFace::Hei),
                         QStringLiteral("Times New Roman")));
    xml.end();
    return xml.finish();
}

} // namespace

DocxPackage DocxExport::package(const QList<PrintDocument>& documents, const DocumentProgress& progress,
                                bool* cancelled)
{
    DocxPackage package;
    bool outerSide = false;
    for (const PrintDocument& document : documents)
        outerSide = outerSide || DocxPageSetup::outerSideNumbers(document.style());

    DocxXml xml;
    xml.start("w:document", {{"xmlns:w", QString::fromLatin1(DocxXml::kWordNamespace)},
                             {"xmlns:r", QString::fromLatin1(DocxXml::kRelationshipsNamespace)}});
    xml.start("w:body");
    int footerCount = 0;
    const auto addFooter = [&](const PageStyle& style, DocxPageSetup::Pages pages) {
        const QString name = QStringLiteral("footer%1.xml").arg(++footerCount);
        package.addPart(QStringLiteral("word/") + name, kWordml + QStringLiteral("footer+xml"),
                        DocxPageSetup::footerPart(style, pages, documents.size() > 1));
        return package.relate(kDocumentPart, kRelationships + QStringLiteral("footer"), name);
    };
    const QList<PrintDocument> written = documents.isEmpty() ? QList<PrintDocument>{PrintDocument()} : documents;
    for (int i = 0; i < written.size(); ++i) {
        const PrintDocument& document = written.at(i);
        DocxBody::Footers footers;
        footers.footerId = addFooter(document.style(), DocxPageSetup::Pages::All);
        // With outer-side numbers in any section, Word reads every section's even pages from its even footer.
        if (outerSide)
            footers.evenFooterId = addFooter(document.style(), DocxPageSetup::Pages::Even);
        DocxBody(xml, document).write(footers, i + 1 == written.size());
        if (progress && !documents.isEmpty() && !progress(i + 1, int(documents.size()))) {
            if (cancelled)
                *cancelled = true;
            return package;
        }
    }
    xml.end().end(); // body, document

    package.addPart(kDocumentPart, kWordml + QStringLiteral("document.main+xml"), xml.finish());
    package.relate({}, QString::fromLatin1(DocxPackage::kOfficeDocument), kDocumentPart);
    package.addPart(QStringLiteral("word/styles.xml"), kWordml + QStringLiteral("styles+xml"),
                    DocxStyles::stylesPart());
    package.relate(kDocumentPart, kRelationships + QStringLiteral("styles"), QStringLiteral("styles.xml"));
    package.addPart(QStringLiteral("word/settings.xml"), kWordml + QStringLiteral("settings+xml"),
                    DocxStyles::settingsPart(outerSide));
    package.relate(kDocumentPart, kRelationships + QStringLiteral("settings"), QStringLiteral("settings.xml"));
    package.addPart(QStringLiteral("word/fontTable.xml"), kWordml + QStringLiteral("fontTable+xml"),
                    DocxStyles::fontTablePart());
    package.relate(kDocumentPart, kRelationships + QStringLiteral("fontTable"), QStringLiteral("fontTable.xml"));
    package.addPart(QStringLiteral("docProps/core.xml"),
                    QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"),
                    coreProperties(documents.isEmpty() ? QString() : documents.first().name()));
    package.relate({}, QString::fromLatin1(DocxPackage::kCoreProperties), QStringLiteral("docProps/core.xml"));
    if (cancelled)
        *cancelled = false;
    return package;
}

Result<PrintOutcome> DocxExport::write(const QString& path, const PrintDocument& document)
{
    return write(path, QList<PrintDocument>{document});
}

Result<PrintOutcome> DocxExport::write(const QString& path, const QList<PrintDocument>& documents,
                                       const DocumentProgress& progress)
{
    if (path.isEmpty())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("DocxExport", "Say where to write the Word file."));
    if (documents.isEmpty())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("DocxExport", "There is nothing to write into the Word file."));
    bool cancelled = false;
    const DocxPackage built = package(documents, progress, &cancelled);
    if (cancelled)
        return PrintOutcome::Cancelled;
    Result<StagedFile> staged = StagedFile::create(path);
    if (!staged)
        return fail(staged.error());
    if (Result<void> zipped = built.write(staged->path()); !zipped)
        return fail(zipped.error()); // the staged file removes itself
    if (Result<void> committed = staged->commit(); !committed)
        return fail(committed.error());
    return PrintOutcome::Done;
}

} // namespace branddesk
