// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"
#include "core/import/xlsxreader.h"
#include "core/services/departmentimport.h"
#include "tests/support/builders.h"
#include "tests/support/filehash.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/xlsxbook.h"

#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

Result<DepartmentImportPreview> previewOf(TempDatabase& temp, const QByteArray& csv)
{
    Result<Table> table = CsvReader::read(csv);
    REQUIRE(table);
    return DepartmentImport(temp.database(), temp.departments()).preview(*table);
}

} // namespace

TEST_CASE("a GB18030 CSV as Chinese Excel writes it is detected and its names round-trip exactly")
{
    TempDatabase temp;
    const QString name = QStringLiteral("常州市发展和改革委员会");
    const QString text = QStringLiteral("部门名称,简称,类别,涉企部门,主要领导,联系电话\r\n") + name +
                         QStringLiteral(",市发改委,行政部门,是,王建国,0519-85681234\r\n");
    const QString path = temp.filePath(QStringLiteral("部门.csv"));
    writeFile(path, gb18030(text));

    QString encoding;
    REQUIRE(CsvReader::decode(gb18030(text), &encoding));
    CHECK(encoding == QStringLiteral("GB18030"));
    const Result<Table> table = DepartmentImport::readFile(path);
    REQUIRE(table);
    DepartmentImport import(temp.database(), temp.departments());
    const Result<DepartmentImportPreview> preview = import.preview(*table);
    REQUIRE(preview);
    REQUIRE(preview->rows.size() == 1);
    CHECK(preview->rows.first().action == ImportAction::New);
    REQUIRE(import.apply(*preview) == 1);

    temp.reopen();
    const Result<QList<DepartmentOverview>> stored = temp.departments().overviews();
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    const Department& department = stored->first().department;
    CHECK(department.name == name);
    CHECK(department.name.toUtf8() == name.toUtf8());
    CHECK(department.shortName == QStringLiteral("市发改委"));
    CHECK(department.enterpriseFacing);
    CHECK(department.principalLeader == QStringLiteral("王建国"));
}

TEST_CASE("UTF-8 with and without a byte-order mark is read as UTF-8")
{
    const QByteArray text = QStringLiteral("名称\n市财政局\n").toUtf8();
    for (const QByteArray& bytes : QList<QByteArray>{text, QByteArray("\xEF\xBB\xBF") + text}) {
        const Result<Table> table = CsvReader::read(bytes);
        REQUIRE(table);
        REQUIRE(table->size() == 2);
        CHECK(table->at(0).cells == QStringList{QStringLiteral("名称")});
        CHECK(table->at(1).cells == QStringList{QStringLiteral("市财政局")});
        CHECK(table->at(1).line == 2);
    }
}

TEST_CASE("quoted CSV fields keep commas, quotes and line breaks, and lines are counted across them")
{
    const Result<Table> table =
        CsvReader::read(QByteArrayLiteral("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,1\n"));
    REQUIRE(table);
    REQUIRE(table->size() == 4);
    CHECK(table->at(1).cells == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")});
    CHECK(table->at(2).cells == QStringList{QStringLiteral("two\nlines"), QStringLiteral("z")});
    CHECK(table->at(2).line == 3);
    CHECK(table->at(3).line == 6);
}

TEST_CASE("a malformed row blocks the whole import and names its line")
{
    TempDatabase temp;
    REQUIRE(temp.departments().add(aDepartment("市财政局")));

    SECTION("a value that breaks a rule")
    {
        const QByteArray csv = QStringLiteral("部门名称,类别,涉企部门\n"
                                              "市教育局,行政部门,否\n"
                                              "市财政局,党群部门,是\n"
                                              "市公安局,公安部门,否\n"
                                              "市卫健委,行政部门,也许\n")
                                   .toUtf8();
        Result<DepartmentImportPreview> preview = previewOf(temp, csv);
        REQUIRE(preview);
        REQUIRE(preview->rows.size() == 4);
        CHECK(preview->rows.at(0).action == ImportAction::New);
        CHECK(preview->rows.at(1).action == ImportAction::Update);
        CHECK(preview->rows.at(2).action == ImportAction::Error);
        CHECK(preview->rows.at(3).action == ImportAction::Error);

        const Result<int> applied = DepartmentImport(temp.database(), temp.departments()).apply(*preview);

        REQUIRE_FALSE(applied);
        CHECK(applied.error().message.contains(QStringLiteral("Line 4:")));
        CHECK(applied.error().message.contains(QStringLiteral("公安部门")));
        CHECK(applied.error().message.contains(QStringLiteral("Line 5:")));
        const Result<QList<DepartmentOverview>> stored = temp.departments().overviews();
        REQUIRE(stored);
        REQUIRE(stored->size() == 1);
        CHECK(stored->first().department.category == DepartmentCategory::Administrative);
    }
    SECTION("a quote that is never closed")
    {
        const Result<Table> table = CsvReader::read(QByteArrayLiteral("name\nA\n\"B\nC\n"));
        REQUIRE_FALSE(table);
        CHECK(table.error().message.contains(QStringLiteral("Line 3")));
    }
    SECTION("the same department twice")
    {
        Result<DepartmentImportPreview> preview =
            previewOf(temp, QStringLiteral("名称\n市教育局\n市教育局\n").toUtf8());
        REQUIRE(preview);
        CHECK(preview->rows.at(1).action == ImportAction::Error);
        CHECK(preview->errorSummary().contains(QStringLiteral("Line 3:")));
        CHECK(preview->errorSummary().contains(QStringLiteral("line 2")));
    }
}

TEST_CASE("a department import is written in one transaction: all rows or none")
{
    TempDatabase temp;
    const Result<Department> finance = temp.departments().add(aDepartment("市财政局"));
    REQUIRE(finance);
    Result<DepartmentImportPreview> preview =
        previewOf(temp, QStringLiteral("名称,联系人\n市教育局,李明\n市财政局,赵强\n").toUtf8());
    REQUIRE(preview);
    REQUIRE_FALSE(preview->hasErrors());
    // Someone else changes 市财政局 between the preview and the confirmation.
    std::unique_ptr<Session> other = temp.openAnotherSession();
    Department changed = *finance;
    changed.phone = QStringLiteral("12345");
    REQUIRE(other->departments().update(changed));

    const Result<int> applied = DepartmentImport(temp.database(), temp.departments()).apply(*preview);

    REQUIRE_FALSE(applied);
    CHECK(applied.error().message.contains(QStringLiteral("line 3")));
    const Result<QList<DepartmentOverview>> stored = temp.departments().overviews();
    REQUIRE(stored);
    CHECK(stored->size() == 1); // 市教育局 of line 2 was rolled back with it
}

TEST_CASE("an xlsx sheet is read with its row numbers, and a zip that is not a workbook is refused")
{
    const QByteArray book = anXlsx({{QStringLiteral("部门名称"), QStringLiteral("联系人")},
                                    {QStringLiteral("常州市发展和改革委员会"), QStringLiteral("张三")}});

    const Result<Table> table = XlsxReader::read(book);

    REQUIRE(table);
    REQUIRE(table->size() == 2);
    CHECK(table->at(1).line == 2);
    CHECK(table->at(1).cells == QStringList{QStringLiteral("常州市发展和改革委员会"), QStringLiteral("张三")});
    CHECK_FALSE(XlsxReader::read(QByteArrayLiteral("PK\x03\x04 not really")));
    CHECK_FALSE(XlsxReader::read(book.left(book.size() / 2)));
}
