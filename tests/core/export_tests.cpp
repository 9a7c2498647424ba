// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/csvexport.h"
#include "core/export/exporttable.h"
#include "core/export/stagedfile.h"
#include "core/export/xlsxexport.h"
#include "tests/support/filehash.h"
#include "tests/support/stringmakers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace branddesk;
using namespace branddesk::test;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

/// The text of a CSV file after its byte-order mark, failing the test when the mark is missing.
QString csvText(const QByteArray& bytes)
{
    REQUIRE(bytes.startsWith(kBom));
    return QString::fromUtf8(bytes.mid(kBom.size()));
}

ExportTable sampleTable()
{
    ExportTable table;
    table.title = QStringLiteral("部门名单");
    table.headers = {QStringLiteral("部门"), QStringLiteral("数量"), QStringLiteral("得分"), QStringLiteral("截止日期"),
                     QStringLiteral("备注")};
    table.rows = {
        {QStringLiteral("常州市发展和改革委员会"), 42, 85.5, QDate(2009, 5, 20), QStringLiteral("=1+1")},
        {QStringLiteral("市财政局"), -5, 0.25, QVariant(), QStringLiteral("服务企业")},
    };
    return table;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The folder's file names, hidden ones included: a left-over temporary file shows here.
QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// The first sheet of an .xlsx file as openpyxl (an independent reader) sees it.
QJsonObject readWithOpenpyxl(const QString& path)
{
    static const char* const script = R"py(
import datetime, json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.active
cells = []
for row in sheet.iter_rows():
    values = []
    for cell in row:
        value = cell.value
        if isinstance(value, (datetime.datetime, datetime.date)):
            value = value.isoformat()
        values.append({"type": cell.data_type, "value": value, "format": cell.number_format,
                       "bold": bool(cell.font.b), "fill": cell.fill.fgColor.rgb if cell.fill.fill_type else None})
    cells.append(values)
widths = {key: dimension.width for key, dimension in sheet.column_dimensions.items()}
print(json.dumps({"sheet": sheet.title, "sheets": len(book.worksheets), "title": book.properties.title,
                  "freeze": sheet.freeze_panes, "filter": sheet.auto_filter.ref, "cells": cells,
                  "widths": widths}, ensure_ascii=False))
)py";
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    REQUIRE(python.waitForFinished(60000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QJsonObject cellAt(const QJsonObject& sheet, int row, int column)
{
    const QJsonArray rows = sheet.value(QLatin1String("cells")).toArray();
    REQUIRE(row < rows.size());
    const QJsonArray cells = rows.at(row).toArray();
    REQUIRE(column < cells.size());
    return cells.at(column).toObject();
}

QString cellType(const QJsonObject& sheet, int row, int column)
{
    return cellAt(sheet, row, column).value(QLatin1String("type")).toString();
}

QJsonValue cellValue(const QJsonObject& sheet, int row, int column)
{
    return cellAt(sheet, row, column).value(QLatin1String("value"));
}

} // namespace

TEST_CASE("a CSV export is UTF-8 with a byte-order mark, CRLF after every row, and RFC 4180 quoting")
{
    ExportTable table;
    table.headers = {QStringLiteral("部门"), QStringLiteral("数量"), QStringLiteral("备注")};
    table.rows = {
        {QStringLiteral("市财政局"), 3, QStringLiteral("a,b")},
        {QStringLiteral("say \"hi\""), 12, QStringLiteral("第一行\n第二行")},
        {QStringLiteral("只有一格")}, // a short row is padded to the header's width
    };
    const QByteArray bytes = CsvExport::toBytes(table);
    const QString expected = QStringLiteral("部门,数量,备注\r\n"
                                            "市财政局,3,\"a,b\"\r\n"
                                            "\"say \"\"hi\"\"\",12,\"第一行\n第二行\"\r\n"
                                            "只有一格,,\r\n");
    CHECK(csvText(bytes) == expected);
    CHECK(bytes == kBom + expected.toUtf8());
}

TEST_CASE("CSV text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers")
{
    ExportTable table;
    table.rows = {
        {QStringLiteral("=1+1"), QStringLiteral("+86 519"), QStringLiteral("-5"), QStringLiteral("@SUM(A1)")},
        {QStringLiteral("\tcmd"), QStringLiteral("\r=1"), QStringLiteral("a=b"), QStringLiteral("'quoted")},
        {-5, 2.5, qlonglong(-1234567890123), QStringLiteral("=HYPERLINK(\"x\",\"y\")")},
    };
    CHECK(csvText(CsvExport::toBytes(table)) ==
          QStringLiteral("'=1+1,'+86 519,'-5,'@SUM(A1)\r\n"
                         "'\tcmd,\"'\r=1\",a=b,'quoted\r\n"
                         "-5,2.5,-1234567890123,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n"));
}

TEST_CASE("CSV writes dates as yyyy-MM-dd, date-times in local time as yyyy-MM-dd HH:mm, decimals with a point")
{
    ExportTable table;
    table.rows = {{QDate(2009, 5, 20), QDateTime(QDate(2009, 5, 15), QTime(2, 0, 30), QTimeZone::utc()), 0.1 + 0.2,
                   1.0 / 3, QVariant(), QDate(), QString()}};
    // The tests run in UTC+8: 02:00 UTC is 10:00 in Changzhou.
    CHECK(csvText(CsvExport::toBytes(table)) ==
          QStringLiteral("2009-05-20,2009-05-15 10:00,0.3,0.333333333333333,,,\r\n"));
}

TEST_CASE("a cell's kind follows its QVariant type")
{
    using Kind = ExportTable::CellKind;
    CHECK(ExportTable::kindOf(QVariant()) == Kind::Empty);
    CHECK(ExportTable::kindOf(QString()) == Kind::Empty);
    CHECK(ExportTable::kindOf(QStringLiteral("42")) == Kind::Text);
    CHECK(ExportTable::kindOf(42) == Kind::Integer);
    CHECK(ExportTable::kindOf(qint64(-42)) == Kind::Integer);
    CHECK(ExportTable::kindOf(42u) == Kind::Integer);
    CHECK(ExportTable::kindOf(4.2) == Kind::Decimal);
    CHECK(ExportTable::kindOf(std::nan("")) == Kind::Empty);
    CHECK(ExportTable::kindOf(QDate(2009, 5, 20)) == Kind::Date);
    CHECK(ExportTable::kindOf(QDateTime(QDate(2009, 5, 20), QTime(8, 0))) == Kind::DateTime);
    CHECK(ExportTable::kindOf(QDate()) == Kind::Empty);
}

TEST_CASE("an XLSX export reads back cell by cell in an independent reader: text, numbers, dates, empty cells")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("部门名单.xlsx"));
    REQUIRE(exportTable(sampleTable(), path));
    CHECK(entries(folder.path()) == QStringList{QStringLiteral("部门名单.xlsx")});

    const QJsonObject sheet = readWithOpenpyxl(path);
    CHECK(sheet.value(QLatin1String("sheet")).toString() == QStringLiteral("部门名单"));
    CHECK(sheet.value(QLatin1String("sheets")).toInt() == 1);
    CHECK(sheet.value(QLatin1String("title")).toString() == QStringLiteral("部门名单"));
    CHECK(sheet.value(QLatin1String("cells")).toArray().size() == 3);

    CHECK(cellValue(sheet, 0, 0).toString() == QStringLiteral("部门"));
    CHECK(cellValue(sheet, 0, 4).toString() == QStringLiteral("备注"));

    CHECK(cellType(sheet, 1, 0) == QStringLiteral("s"));
    CHECK(cellValue(sheet, 1, 0).toString() == QStringLiteral("常州市发展和改革委员会"));
    CHECK(cellType(sheet, 1, 1) == QStringLiteral("n"));
    CHECK(cellValue(sheet, 1, 1).toDouble() == 42);
    CHECK(cellType(sheet, 1, 2) == QStringLiteral("n"));
    CHECK(cellValue(sheet, 1, 2).toDouble() == 85.5);
    CHECK(cellType(sheet, 1, 3) == QStringLiteral("d"));
    CHECK(cellValue(sheet, 1, 3).toString() == QStringLiteral("2009-05-20T00:00:00"));
    CHECK(cellAt(sheet, 1, 3).value(QLatin1String("format")).toString() == QStringLiteral("yyyy-mm-dd"));
    // Text that looks like a formula is the text, not a formula.
    CHECK(cellType(sheet, 1, 4) == QStringLiteral("s"));
    CHECK(cellValue(sheet, 1, 4).toString() == QStringLiteral("=1+1"));

    CHECK(cellValue(sheet, 2, 1).toDouble() == -5);
    CHECK(cellValue(sheet, 2, 2).toDouble() == 0.25);
    CHECK(cellValue(sheet, 2, 3).isNull());
    CHECK(cellValue(sheet, 2, 4).toString() == QStringLiteral("服务企业"));
}

TEST_CASE("an XLSX export has a bold, filled, frozen header row with an autofilter and columns fitted to content")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("table.xlsx"));
    ExportTable table = sampleTable();
    table.rows.append({QStringLiteral("x"), 1, 1.0, QDateTime(QDate(2009, 5, 15), QTime(10, 30)), QString()});
    REQUIRE(exportTable(table, path));
    const QJsonObject sheet = readWithOpenpyxl(path);

    CHECK(sheet.value(QLatin1String("freeze")).toString() == QStringLiteral("A2"));
    CHECK(sheet.value(QLatin1String("filter")).toString() == QStringLiteral("A1:E4"));
    for (int column = 0; column < 5; ++column) {
        CAPTURE(column);
        CHECK(cellAt(sheet, 0, column).value(QLatin1String("bold")).toBool());
        CHECK(!cellAt(sheet, 0, column).value(QLatin1String("fill")).isNull());
        CHECK_FALSE(cellAt(sheet, 1, column).value(QLatin1String("bold")).toBool());
    }
    CHECK(cellValue(sheet, 3, 3).toString() == QStringLiteral("2009-05-15T10:30:00"));
    CHECK(cellAt(sheet, 3, 3).value(QLatin1String("format")).toString() == QStringLiteral("yyyy-mm-dd hh:mm"));

    // Eleven CJK characters count as 22 units: the department column is the widest, wider than the date one.
    const QJsonObject widths = sheet.value(QLatin1String("widths")).toObject();
    const double department = widths.value(QLatin1String("A")).toDouble();
    const double date = widths.value(QLatin1String("D")).toDouble();
    CHECK(department >= 24);
    CHECK(date >= 12);
    CHECK(date < department);
}

TEST_CASE("a sheet name is made acceptable to Excel")
{
    CHECK(XlsxExport::sheetName(QStringLiteral("部门名单")) == QStringLiteral("部门名单"));
    CHECK(XlsxExport::sheetName(QStringLiteral("a[b]c:d*e?f/g\\h")) == QStringLiteral("a_b_c_d_e_f_g_h"));
    CHECK(XlsxExport::sheetName(QStringLiteral("'quoted'")) == QStringLiteral("quoted"));
    CHECK(XlsxExport::sheetName(QString()) == QStringLiteral("Sheet1"));
    CHECK(XlsxExport::sheetName(QStringLiteral("history")) == QStringLiteral("history_"));
    const QString longTitle =
        QStringLiteral("二〇〇九年度市级机关服务品牌建设督查情况通报附件一各部门周报报送情况统计表");
    CHECK(XlsxExport::sheetName(longTitle) == longTitle.left(31));
}

TEST_CASE("a CJK character takes two units of column width, the longest line counts")
{
    CHECK(XlsxExport::displayWidth(QStringLiteral("abc")) == 3);
    CHECK(XlsxExport::displayWidth(QStringLiteral("市财政局")) == 8);
    CHECK(XlsxExport::displayWidth(QStringLiteral("ＡＢ，。")) == 8);
    CHECK(XlsxExport::displayWidth(QStringLiteral("短\n长一些的行")) == 10);
}

TEST_CASE("the export format follows the file suffix, and another suffix is refused without writing a file")
{
    QTemporaryDir folder;
    REQUIRE(exportTable(sampleTable(), folder.filePath(QStringLiteral("a.CSV"))));
    CHECK(readFile(folder.filePath(QStringLiteral("a.CSV"))).startsWith(kBom));
    REQUIRE(exportTable(sampleTable(), folder.filePath(QStringLiteral("a.xlsx"))));
    CHECK(readFile(folder.filePath(QStringLiteral("a.xlsx"))).startsWith("PK"));

    const Result<void> refused = exportTable(sampleTable(), folder.filePath(QStringLiteral("a.txt")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral(".xlsx")));
    CHECK(entries(folder.path()) == QStringList{QStringLiteral("a.CSV"), QStringLiteral("a.xlsx")});
}

TEST_CASE("an export replaces an existing file whole, and a new one can be read by others")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("list.csv"));
    writeFile(path, QByteArrayLiteral("old content that is longer than the new one, much longer, really"));
    ExportTable table;
    table.rows = {{1}};
    REQUIRE(exportTable(table, path));
    CHECK(readFile(path) == kBom + QByteArrayLiteral("1\r\n"));
    CHECK(entries(folder.path()) == QStringList{QStringLiteral("list.csv")});

    const QString fresh = folder.filePath(QStringLiteral("fresh.xlsx"));
    REQUIRE(exportTable(table, fresh));
    CHECK(QFileInfo(fresh).permissions().testFlag(QFileDevice::ReadOther));
}

TEST_CASE("an export to a folder that is missing or cannot be written fails clearly and leaves no file behind")
{
    QTemporaryDir folder;
    const QString format = GENERATE(QStringLiteral("csv"), QStringLiteral("xlsx"));
    CAPTURE(format);

    SECTION("a missing folder")
    {
        const Result<void> result =
            exportTable(sampleTable(), folder.filePath(QStringLiteral("missing/list.") + format));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == Error::Code::Storage);
        CHECK(result.error().message.contains(QStringLiteral("does not exist")));
        CHECK(entries(folder.path()).isEmpty());
    }
    SECTION("a file where the folder should be")
    {
        writeFile(folder.filePath(QStringLiteral("notes")), "x");
        REQUIRE_FALSE(exportTable(sampleTable(), folder.filePath(QStringLiteral("notes/list.") + format)));
        CHECK(entries(folder.path()) == QStringList{QStringLiteral("notes")});
    }
    SECTION("a folder where the file should be")
    {
        REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("list.") + format));
        const Result<void> result = exportTable(sampleTable(), folder.filePath(QStringLiteral("list.") + format));
        REQUIRE_FALSE(result);
        CHECK(result.error().message.contains(QStringLiteral("is a folder")));
        CHECK(entries(folder.path()) == QStringList{QStringLiteral("list.") + format});
    }
    SECTION("a folder without write permission")
    {
        // Root writes anywhere on a disk; /proc refuses new files even to root.
        const bool root = ::geteuid() == 0;
        const QString target =
            root ? QStringLiteral("/proc/list.") + format : folder.filePath(QStringLiteral("ro/list.") + format);
        if (!root) {
            REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("ro")));
            REQUIRE(QFile::setPermissions(folder.filePath(QStringLiteral("ro")), QFile::ReadOwner | QFile::ExeOwner));
        }
        const Result<void> result = exportTable(sampleTable(), target);
        REQUIRE_FALSE(result);
        CHECK(result.error().code == Error::Code::Storage);
        CHECK(result.error().message.contains(QStringLiteral("cannot be written")));
        CHECK_FALSE(QFileInfo::exists(target));
        if (!root) {
            CHECK(entries(folder.filePath(QStringLiteral("ro"))).isEmpty());
            QFile::setPermissions(folder.filePath(QStringLiteral("ro")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }
}

TEST_CASE("a table too wide for Excel is refused and an existing file stays as it was")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("wide.xlsx"));
    writeFile(path, "the previous export");
    ExportTable table;
    table.rows = {QVariantList(20000, QVariant(1))};
    const Result<void> result = exportTable(table, path);
    REQUIRE_FALSE(result);
    CHECK(result.error().message.contains(QStringLiteral("CSV")));
    CHECK(readFile(path) == "the previous export");
    CHECK(entries(folder.path()) == QStringList{QStringLiteral("wide.xlsx")});
}

TEST_CASE("a staged file that cannot take the target's place is removed and the target kept")
{
    QTemporaryDir folder;
    const QString target = folder.filePath(QStringLiteral("list.csv"));
    Result<StagedFile> staged = StagedFile::create(target);
    REQUIRE(staged);
    const QString temporary = staged->path();
    CHECK(QFileInfo(temporary).absolutePath() == QFileInfo(target).absolutePath());
    writeFile(temporary, "complete");
    // Something puts a folder with content at the target before the rename.
    REQUIRE(QDir(folder.path()).mkpath(QStringLiteral("list.csv/inside")));
    const Result<void> committed = staged->commit();
    REQUIRE_FALSE(committed);
    CHECK(committed.error().code == Error::Code::Storage);
    CHECK_FALSE(QFileInfo::exists(temporary));
    CHECK(QFileInfo(target).isDir());
}

TEST_CASE("a staged file given up removes its temporary file")
{
    QTemporaryDir folder;
    QString temporary;
    {
        Result<StagedFile> staged = StagedFile::create(folder.filePath(QStringLiteral("list.xlsx")));
        REQUIRE(staged);
        temporary = staged->path();
        writeFile(temporary, "half");
        CHECK(QFileInfo::exists(temporary));
    }
    CHECK_FALSE(QFileInfo::exists(temporary));
    CHECK(entries(folder.path()).isEmpty());
}
