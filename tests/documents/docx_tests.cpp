// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Word files (.docx) read back part by part: the package is well-formed OOXML, the page is GB/T 9704's,
// tables are Word tables, and any text survives the XML.
#include "core/documents/documentexport.h"
#include "core/documents/docxexport.h"
#include "core/documents/docxxml.h"
#include "core/import/zipmemory.h"
#include "tests/documents/samples.h"
#include "tests/support/stringmakers.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <utility>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The parts of a written .docx by name.
QHash<QString, QByteArray> unpacked(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ZipMemory zip(bytes, 100, 64 * 1024 * 1024);
    REQUIRE(zip.isOpen());
    QHash<QString, QByteArray> parts;
    for (const QString& name : zip.partNames()) {
        Result<QByteArray> part = zip.part(name.toUtf8().constData());
        REQUIRE(part);
        parts.insert(name, *part);
    }
    return parts;
}

QString written(const QTemporaryDir& folder, const QList<PrintDocument>& documents, const QString& name)
{
    const QString path = folder.filePath(name);
    const Result<PrintOutcome> result = DocxExport::write(path, documents);
    INFO((result ? std::string() : describe(result.error())));
    REQUIRE(result);
    REQUIRE(*result == PrintOutcome::Done);
    return path;
}

/// Every element `name` of `xml` with its attributes.
QList<QXmlStreamAttributes> elements(const QByteArray& xml, const QString& name)
{
    QList<QXmlStreamAttributes> found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == name)
            found.append(reader.attributes());
    }
    return found;
}

/// The text of the w:t elements of `xml`, one string per paragraph (w:p), tabs and breaks left out.
QStringList paragraphTexts(const QByteArray& xml)
{
    QStringList paragraphs;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("w:t"))
            current += reader.readElementText();
        else if (reader.isEndElement() && reader.qualifiedName() == QLatin1String("w:p"))
            paragraphs.append(std::exchange(current, QString()));
    }
    REQUIRE_FALSE(reader.hasError());
    return paragraphs;
}

/// Resolves a relationship's target against the folder of its source part.
QString resolved(const QString& relationshipPart, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    // "word/_rels/document.xml.rels" relates from "word/document.xml": targets are relative to "word/".
    QString folder = relationshipPart.left(relationshipPart.lastIndexOf(QLatin1String("_rels/")));
    return QDir::cleanPath(folder + target);
}

} // namespace

TEST_CASE("a Word file is a well-formed package: parts parse, relationships resolve, content types are declared")
{
    QTemporaryDir folder;
    const QString path = written(folder,
                                 {Samples::officialSummary(30), Samples::inspectionSheet(QStringLiteral("市财政局")),
                                  Samples::ledger(40, QPageLayout::Landscape)},
                                 QStringLiteral("package.docx"));
    const QHash<QString, QByteArray> parts = unpacked(path);
    REQUIRE(parts.contains(QStringLiteral("[Content_Types].xml")));
    REQUIRE(parts.contains(QStringLiteral("_rels/.rels")));
    REQUIRE(parts.contains(QStringLiteral("word/document.xml")));
    for (const char* part : {"word/styles.xml", "word/settings.xml", "word/fontTable.xml",
                             "word/_rels/document.xml.rels", "docProps/core.xml"})
        CHECK(parts.contains(QString::fromLatin1(part)));

    for (auto it = parts.begin(); it != parts.end(); ++it) {
        QXmlStreamReader reader(it.value());
        while (!reader.atEnd())
            reader.readNext();
        INFO(it.key().toStdString() << ": " << reader.errorString().toStdString());
        CHECK_FALSE(reader.hasError());
    }

    // Content types: every part has one, by its name or its extension, and every named part exists.
    const QByteArray& types = parts.value(QStringLiteral("[Content_Types].xml"));
    QSet<QString> extensions;
    for (const QXmlStreamAttributes& entry : elements(types, QStringLiteral("Default")))
        extensions.insert(entry.value(QStringLiteral("Extension")).toString());
    QHash<QString, QString> overrides;
    for (const QXmlStreamAttributes& entry : elements(types, QStringLiteral("Override")))
        overrides.insert(entry.value(QStringLiteral("PartName")).toString().mid(1),
                         entry.value(QStringLiteral("ContentType")).toString());
    for (const QString& name : parts.keys()) {
        if (name == QLatin1String("[Content_Types].xml"))
            continue;
        INFO(name.toStdString());
        CHECK((overrides.contains(name) || extensions.contains(name.section(QLatin1Char('.'), -1))));
    }
    for (const QString& name : overrides.keys())
        CHECK(parts.contains(name));
    CHECK(overrides.value(QStringLiteral("word/document.xml")) ==
          QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));

    // Relationships: every target is a part of the package; every footer the body names is related.
    QSet<QString> documentIds;
    int relationshipCount = 0;
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        if (!it.key().endsWith(QLatin1String(".rels")))
            continue;
        for (const QXmlStreamAttributes& relationship : elements(it.value(), QStringLiteral("Relationship"))) {
            ++relationshipCount;
            const QString target = resolved(it.key(), relationship.value(QStringLiteral("Target")).toString());
            INFO(it.key().toStdString() << " -> " << target.toStdString());
            CHECK(parts.contains(target));
            if (it.key() == QLatin1String("word/_rels/document.xml.rels"))
                documentIds.insert(relationship.value(QStringLiteral("Id")).toString());
        }
    }
    CHECK(relationshipCount >= 8);
    const QByteArray& document = parts.value(QStringLiteral("word/document.xml"));
    const QList<QXmlStreamAttributes> footers = elements(document, QStringLiteral("w:footerReference"));
    CHECK(footers.size() == 6); // three sections, each with an odd and an even footer
    for (const QXmlStreamAttributes& footer : footers)
        CHECK(documentIds.contains(footer.value(QStringLiteral("r:id")).toString()));
}

TEST_CASE("the Word file keeps the official page: A4, GB/T 9704 margins, the offices' faces, landscape ledgers")
{
    QTemporaryDir folder;
    const QString path = written(folder, {Samples::officialSummary(30), Samples::ledger(40, QPageLayout::Landscape)},
                                 QStringLiteral("page.docx"));
    const QHash<QString, QByteArray> parts = unpacked(path);
    const QByteArray& document = parts.value(QStringLiteral("word/document.xml"));

    const QList<QXmlStreamAttributes> sizes = elements(document, QStringLiteral("w:pgSz"));
    REQUIRE(sizes.size() == 2);
    CHECK(sizes.at(0).value(QStringLiteral("w:w")) == QLatin1String("11906"));
    CHECK(sizes.at(0).value(QStringLiteral("w:h")) == QLatin1String("16838"));
    CHECK(sizes.at(1).value(QStringLiteral("w:w")) == QLatin1String("16838"));
    CHECK(sizes.at(1).value(QStringLiteral("w:orient")) == QLatin1String("landscape"));
    const QXmlStreamAttributes margins = elements(document, QStringLiteral("w:pgMar")).first();
    CHECK(margins.value(QStringLiteral("w:top")) == QString::number(DocxXml::twipsFromMm(37)));
    CHECK(margins.value(QStringLiteral("w:bottom")) == QString::number(DocxXml::twipsFromMm(35)));
    CHECK(margins.value(QStringLiteral("w:left")) == QString::number(DocxXml::twipsFromMm(28)));
    CHECK(margins.value(QStringLiteral("w:right")) == QString::number(DocxXml::twipsFromMm(26)));

    // The faces as offices name them, and 3号 (16 pt) body text.
    QSet<QString> faces;
    for (const QXmlStreamAttributes& fonts : elements(document, QStringLiteral("w:rFonts")))
        faces.insert(fonts.value(QStringLiteral("w:eastAsia")).toString());
    CHECK(faces.contains(QStringLiteral("方正小标宋简体")));
    CHECK(faces.contains(QStringLiteral("仿宋_GB2312")));
    CHECK(faces.contains(QStringLiteral("黑体")));
    bool bodySize = false;
    for (const QXmlStreamAttributes& size : elements(document, QStringLiteral("w:sz")))
        bodySize = bodySize || size.value(QStringLiteral("w:val")) == QLatin1String("32");
    CHECK(bodySize);
    QSet<QString> fallbacks;
    for (const QXmlStreamAttributes& font :
         elements(parts.value(QStringLiteral("word/fontTable.xml")), QStringLiteral("w:font")))
        fallbacks.insert(font.value(QStringLiteral("w:name")).toString());
    for (const char* family : {"FangSong", "SimSun", "Noto Serif CJK SC"})
        CHECK(fallbacks.contains(QString::fromLatin1(family)));

    // The red rule of the header, page numbers on the outer side, tables with repeated headers and whole rows.
    bool redRule = false;
    for (const QXmlStreamAttributes& border : elements(document, QStringLiteral("w:bottom")))
        redRule = redRule || border.value(QStringLiteral("w:color")) == QLatin1String("E60012");
    CHECK(redRule);
    CHECK(parts.value(QStringLiteral("word/settings.xml")).contains("w:evenAndOddHeaders"));
    CHECK(elements(document, QStringLiteral("w:tbl")).size() == 2);
    CHECK(document.lastIndexOf("</w:p>") > document.lastIndexOf("</w:tbl>")); // the ledger's table is not last
    CHECK(elements(document, QStringLiteral("w:tblHeader")).size() == 3);     // two header rows + one
    CHECK(elements(document, QStringLiteral("w:cantSplit")).size() == 2 + 30 + 1 + 40);
    CHECK(elements(document, QStringLiteral("w:vMerge")).size() == 2 * 3); // 序号, 部门, 阶段任务 span two rows
    const QStringList texts = paragraphTexts(document);
    CHECK(texts.contains(Samples::issuer()));
    CHECK(texts.contains(Samples::documentNumber()));
    QString footer;
    for (const QString& text : paragraphTexts(parts.value(QStringLiteral("word/footer1.xml"))))
        footer += text;
    CHECK(footer == QStringLiteral("— 1 —"));
}

TEST_CASE("each inspection sheet of a batch starts a page, and its signature fields are blanks to type into")
{
    QTemporaryDir folder;
    const QList<PrintDocument> sheets = {Samples::inspectionSheet(QStringLiteral("市财政局")),
                                         Samples::inspectionSheet(QStringLiteral("市规划局")),
                                         Samples::inspectionSheet(QStringLiteral("市公安局"))};
    const QHash<QString, QByteArray> parts = unpacked(written(folder, sheets, QStringLiteral("sheets.docx")));
    const QByteArray& document = parts.value(QStringLiteral("word/document.xml"));
    // Three sections, each starting on a new page and numbering its own pages.
    const QList<QXmlStreamAttributes> sections = elements(document, QStringLiteral("w:type"));
    CHECK(sections.size() == 3);
    for (const QXmlStreamAttributes& type : sections)
        CHECK(type.value(QStringLiteral("w:val")) == QLatin1String("nextPage"));
    CHECK(elements(document, QStringLiteral("w:pgNumType")).size() == 3);
    // Underlined blanks: a run underlined holding a tab, in every field.
    QXmlStreamReader reader(document);
    int blanks = 0;
    bool underlined = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("w:r"))
            underlined = false;
        else if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("w:u"))
            underlined = true;
        else if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("w:tab") && underlined)
            ++blanks;
    }
    CHECK(blanks >= 3 * 3);
}

TEST_CASE("awkward text survives the XML: markup characters escaped, characters XML cannot hold dropped")
{
    const QString awkward = QStringLiteral("<a href=\"x\">&amp; 'quoted' & <b>") + QChar(0x01) + QChar(0x0B) +
                            QStringLiteral("tail") + QChar(0x1F) + QChar(0xFFFE) + QChar(0xD800) +
                            QStringLiteral("🙂 ]]> 仿宋");
    const QString clean = QStringLiteral("<a href=\"x\">&amp; 'quoted' & <b>tail🙂 ]]> 仿宋");
    CHECK(DocxXml::sanitized(awkward) == clean);

    PrintDocument document(PageStyle::official());
    document.setOfficialHeader(awkward, awkward);
    document.addTitle(awkward).addParagraph(awkward, awkward).addClosing({awkward, awkward});
    DocumentTable table;
    table.addHeaderRow({awkward, QStringLiteral("x")});
    table.addRow({awkward, awkward});
    document.addTable(table).addRuledField(awkward, 2).addFieldRow({awkward, awkward});
    QTemporaryDir folder;
    const QHash<QString, QByteArray> parts = unpacked(written(folder, {document}, QStringLiteral("awkward.docx")));
    const QByteArray& xml = parts.value(QStringLiteral("word/document.xml"));
    const QStringList texts = paragraphTexts(xml);
    CHECK(texts.count(clean) >= 8);
    CHECK(texts.contains(clean + clean)); // the lead and the text of the paragraph
    QXmlStreamReader properties(parts.value(QStringLiteral("docProps/core.xml")));
    QString title;
    while (!properties.atEnd()) {
        if (properties.readNext() == QXmlStreamReader::StartElement &&
            properties.qualifiedName() == QLatin1String("dc:title"))
            title = properties.readElementText();
    }
    CHECK(title == clean);
}

TEST_CASE("a Word file is written all or nothing, and the format follows the name")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("batch.DOCX"));
    const QList<PrintDocument> sheets = {Samples::inspectionSheet(QStringLiteral("市财政局")),
                                         Samples::inspectionSheet(QStringLiteral("市规划局"))};
    CHECK(DocumentExport::formatOf(path) == DocumentExport::Format::Docx);
    CHECK(DocumentExport::formatOf(QStringLiteral("a.pdf")) == DocumentExport::Format::Pdf);
    const Result<PrintOutcome> cancelled = DocumentExport::write(path, sheets, [](int done, int) { return done < 1; });
    REQUIRE(cancelled);
    CHECK(*cancelled == PrintOutcome::Cancelled);
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const Result<PrintOutcome> done = DocumentExport::write(path, sheets);
    REQUIRE(done);
    CHECK(*done == PrintOutcome::Done);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK");
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("batch.DOCX")});

    const Result<PrintOutcome> nothing =
        DocxExport::write(folder.filePath(QStringLiteral("x.docx")), QList<PrintDocument>{});
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().code == Error::Code::Validation);
    const Result<PrintOutcome> nowhere = DocxExport::write(folder.filePath(QStringLiteral("missing/x.docx")), sheets);
    CHECK_FALSE(nowhere);
}
