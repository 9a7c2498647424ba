// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <zip.h>

#include <utility>

namespace branddesk::test {

/// A minimal .xlsx: a workbook whose first sheet holds `sheetRows`, zipped with minizip (a test that uses it links
/// PkgConfig::MINIZIP). Cells are inline strings, except those of `numericColumns` below the first row, which are
/// written as numbers (as Excel stores dates: serial day counts).
inline QByteArray anXlsx(const QList<QStringList>& sheetRows, const QSet<int>& numericColumns = {})
{
    QString sheet = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                   "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (qsizetype r = 0; r < sheetRows.size(); ++r) {
        sheet += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (qsizetype c = 0; c < sheetRows.at(r).size(); ++c) {
            const QString ref = QStringLiteral("%1%2").arg(QChar(char16_t(u'A' + c))).arg(r + 1);
            const QString text = sheetRows.at(r).at(c).toHtmlEscaped();
            if (r > 0 && numericColumns.contains(int(c)))
                sheet += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, text);
            else
                sheet += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, text);
        }
        sheet += QStringLiteral("</row>");
    }
    sheet += QStringLiteral("</sheetData></worksheet>");
    const QList<std::pair<const char*, QByteArray>> parts = {
        {"xl/workbook.xml", QByteArrayLiteral("<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" "
                                              "r:id=\"rId1\"/></sheets></workbook>")},
        {"xl/_rels/workbook.xml.rels",
         QByteArrayLiteral(
             "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")},
        {"xl/worksheets/sheet1.xml", sheet.toUtf8()},
    };
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("book.xlsx")).toLocal8Bit();
    zipFile zip = zipOpen(path.constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip != nullptr);
    for (const auto& [name, content] : parts) {
        REQUIRE(zipOpenNewFileInZip(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6) == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, content.constData(), unsigned(content.size())) == ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
    QFile file(QString::fromLocal8Bit(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace branddesk::test
