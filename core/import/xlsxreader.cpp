// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xlsxreader.h"

#include "core/import/zipmemory.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>

namespace branddesk {
namespace {

constexpr int kLastSheetRow = 1048576; // the last row of an Excel or WPS sheet

Error unreadable(const QString& detail = {})
{
    return Error::make(Error::Code::Validation,
                       QCoreApplication::translate("XlsxReader", "The file is not a readable .xlsx workbook."), detail);
}

/// The column index (0-based) of a cell reference such as "AB12"; -1 when there is none.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
        if (column > ImportLimits::kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    int phonetic = 0; // <rPh> runs carry pronunciation hints, not text
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("si"))
                current.clear();
            else if (reader.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (reader.name() == QLatin1String("t") && phonetic == 0)
                current += reader.readElementText();
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("si"))
                strings.append(current);
            else if (reader.name() == QLatin1String("rPh"))
                --phonetic;
        }
    }
    return strings;
}

/// The part name of the first worksheet, from the workbook and its relationships.
QString firstSheetPart(ZipMemory& zip)
{
    QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    Result<QByteArray> workbook = zip.part("xl/workbook.xml");
    Result<QByteArray> relations = zip.part("xl/_rels/workbook.xml.rels");
    if (!workbook || !relations)
        return fallback;
    QString id;
    for (QXmlStreamReader reader(*workbook); !reader.atEnd() && id.isEmpty();) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("sheet"))
            id = reader.attributes().value(QLatin1String("r:id")).toString();
    }
    for (QXmlStreamReader reader(*relations); !reader.atEnd();) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("Relationship") &&
            reader.attributes().value(QLatin1String("Id")) == id) {
            const QString target = reader.attributes().value(QLatin1String("Target")).toString();
            return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    return fallback;
}

} // namespace

Result<Table> XlsxReader::read(const QByteArray& bytes)
{
    if (bytes.size() > ImportLimits::kMaxFileBytes)
        return fail(Error::Code::Validation, QCoreApplication::translate("XlsxReader", "The file is larger than %1 MB.")
                                                 .arg(ImportLimits::kMaxFileBytes / (1024 * 1024)));
    ZipMemory zip(bytes, kMaxParts, kMaxPartBytes);
    if (!zip.isOpen())
        return fail(unreadable(zip.errorDetail()));
    QStringList strings;
    if (zip.hasPart("xl/sharedStrings.xml")) {
        Result<QByteArray> shared = zip.part("xl/sharedStrings.xml");
        if (!shared)
            return fail(shared.error());
        strings = sharedStrings(*shared);
    }
    Result<QByteArray> sheet = zip.part(firstSheetPart(zip).toUtf8().constData());
    if (!sheet)
        return fail(sheet.error());

    Table table;
    TableRow row;
    QXmlStreamReader reader(*sheet);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("row")) {
            row = TableRow{reader.attributes().value(QLatin1String("r")).toInt(), {}};
            if (row.line <= 0 || row.line > kLastSheetRow) // absent, or a number no sheet has
                row.line = table.isEmpty() ? 1 : table.constLast().line + 1;
        } else if (reader.isEndElement() && reader.name() == QLatin1String("row")) {
            const bool blank = std::all_of(row.cells.begin(), row.cells.end(),
                                           [](const QString& cell) { return cell.trimmed().isEmpty(); });
            if (!blank)
                table.append(row);
            if (table.size() > ImportLimits::kMaxRows)
                return fail(Error::Code::Validation,
                            QCoreApplication::translate("XlsxReader", "The sheet has more than %1 rows.")
                                .arg(ImportLimits::kMaxRows));
        } else if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            const QString type = reader.attributes().value(QLatin1String("t")).toString();
            int column = columnOf(reader.attributes().value(QLatin1String("r")));
            if (column < 0)
                column = int(row.cells.size());
            QString value;
            while (!reader.atEnd() && !(reader.isEndElement() && reader.name() == QLatin1String("c"))) {
                reader.readNext();
                if (reader.isStartElement() &&
                    (reader.name() == QLatin1String("v") || reader.name() == QLatin1String("t")))
                    value += reader.readElementText();
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size())
                    return fail(unreadable(QStringLiteral("shared string %1 out of range").arg(value)));
                value = strings.at(index);
            }
            if (value.size() > ImportLimits::kMaxCellCharacters)
                return fail(Error::Code::Validation,
                            QCoreApplication::translate("XlsxReader", "Row %1: a cell is too long.").arg(row.line));
            while (row.cells.size() <= column)
                row.cells.append(QString());
            row.cells[column] = value.trimmed();
        }
    }
    if (reader.hasError())
        return fail(unreadable(reader.errorString()));
    return table;
}

} // namespace branddesk
