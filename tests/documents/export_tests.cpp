// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting is all or nothing: a failed or cancelled export leaves no file behind and keeps an old one.
#include "core/documents/docxexport.h"
#include "core/documents/pdfexport.h"
#include "tests/documents/samples.h"
#include "tests/support/poppler.h"
#include "tests/support/stringmakers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <thread>
#include <unistd.h>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QList<PrintDocument> batch(int count)
{
    QList<PrintDocument> sheets;
    for (int i = 0; i < count; ++i)
        sheets.append(Samples::inspectionSheet(QStringLiteral("第%1号部门").arg(i + 1)));
    return sheets;
}

QStringList folderEntries(const QTemporaryDir& folder)
{
    return QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("an export into a folder that cannot hold files fails with an error and leaves no file")
{
    QTemporaryDir folder;
    const QString notAFolder = folder.filePath(QStringLiteral("notes.txt"));
    writeFile(notAFolder, "a file, not a folder");

    const QStringList paths{QString(notAFolder + QStringLiteral("/summary.pdf")),
                            folder.filePath(QStringLiteral("gone/summary.pdf")),
                            QStringLiteral("/proc/branddesk-summary.pdf")};
    for (const QString& path : paths) {
        INFO(path.toStdString());
        const Result<PrintOutcome> written = PdfExport::write(path, Samples::officialSummary());
        REQUIRE_FALSE(written);
        CHECK(written.error().code == Error::Code::Storage);
        CHECK(written.error().message.contains(QStringLiteral("summary.pdf")));
        CHECK_FALSE(QFile::exists(path));
    }
    CHECK(folderEntries(folder) == QStringList{QStringLiteral("notes.txt")});
}

TEST_CASE("an export into a read-only folder fails and leaves the folder as it was")
{
    if (::geteuid() == 0) {
        WARN("running as root, which may write anywhere: nothing to check");
        return;
    }
    QTemporaryDir folder;
    REQUIRE(QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const Result<PrintOutcome> written = PdfExport::write(folder.filePath(QStringLiteral("a.pdf")), batch(2));
    QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Error::Code::Storage);
    CHECK(folderEntries(folder).isEmpty());
}

TEST_CASE("a cancelled batch leaves no file at the target and no temporary file")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sheets.pdf"));
    QList<int> told;
    const Result<PrintOutcome> written = PdfExport::write(path, batch(12), [&told](int done, int total) {
        told.append(done);
        CHECK(total == 12);
        return done < 5;
    });
    REQUIRE(written);
    CHECK(*written == PrintOutcome::Cancelled);
    CHECK(told == QList<int>{1, 2, 3, 4, 5});
    CHECK(folderEntries(folder).isEmpty());
}

TEST_CASE("a cancelled export keeps the file it would have replaced, a finished one replaces it")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sheets.pdf"));
    writeFile(path, "the old export");
    const Result<PrintOutcome> cancelled = PdfExport::write(path, batch(3), [](int, int) { return false; });
    REQUIRE(cancelled);
    CHECK(*cancelled == PrintOutcome::Cancelled);
    CHECK(readFile(path) == QByteArray("the old export"));
    CHECK(folderEntries(folder) == QStringList{QStringLiteral("sheets.pdf")});

    QList<int> told;
    const Result<PrintOutcome> written = PdfExport::write(path, batch(3), [&told](int done, int) {
        told.append(done);
        return true;
    });
    REQUIRE(written);
    CHECK(*written == PrintOutcome::Done);
    CHECK(told == QList<int>{1, 2, 3});
    CHECK(readFile(path).startsWith("%PDF-"));
    CHECK(folderEntries(folder) == QStringList{QStringLiteral("sheets.pdf")});
    CHECK(QFile::permissions(path).testFlag(QFileDevice::ReadOther));
}

TEST_CASE("exporting nothing is refused")
{
    QTemporaryDir folder;
    const Result<PrintOutcome> written =
        PdfExport::write(folder.filePath(QStringLiteral("x.pdf")), QList<PrintDocument>{});
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Error::Code::Validation);
    CHECK(folderEntries(folder).isEmpty());
}

TEST_CASE("a batch exports from a worker thread as from the main one")
{
    REQUIRE(Poppler::available());
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("worker.pdf"));
    const QList<PrintDocument> sheets = batch(6);
    std::optional<Result<PrintOutcome>> written;
    std::thread worker([&] { written = PdfExport::write(path, sheets); });
    worker.join();
    REQUIRE(written.has_value());
    REQUIRE(*written);
    CHECK(**written == PrintOutcome::Done);
    CHECK(Poppler::pageCount(path) >= 6);
    const QString text = Poppler::text(path);
    CHECK(text.contains(Samples::inspectionSheetTitle(QStringLiteral("第6号部门"))));
    CHECK(Poppler::radicals(text).isEmpty());
}

TEST_CASE("sample documents for a look at the pages", "[.preview]")
{
    // Run with BRANDDESK_DOCS_PREVIEW=<folder> to keep the PDFs, e.g. to render them with pdftoppm.
    const QString target = qEnvironmentVariable("BRANDDESK_DOCS_PREVIEW");
    REQUIRE_FALSE(target.isEmpty());
    QDir().mkpath(target);
    CHECK(PdfExport::write(QDir(target).filePath(QStringLiteral("official.pdf")), Samples::officialSummary(30)));
    CHECK(PdfExport::write(QDir(target).filePath(QStringLiteral("sheet.pdf")),
                           Samples::inspectionSheet(QStringLiteral("市财政局"))));
    PrintDocument longRow(PageStyle::sheet());
    DocumentTable table;
    table.columns = {{1}, {4}};
    table.addHeaderRow({QStringLiteral("项目"), QStringLiteral("内容")});
    table.addRow({QStringLiteral("典型做法"), QStringLiteral("服务品牌建设").repeated(500)});
    table.addRow({QStringLiteral("下一行"), QStringLiteral("表格在长行之后继续")});
    longRow.addTitle(QStringLiteral("长行")).addTable(table);
    CHECK(PdfExport::write(QDir(target).filePath(QStringLiteral("longrow.pdf")), longRow));
    CHECK(PdfExport::write(QDir(target).filePath(QStringLiteral("ledger.pdf")),
                           Samples::ledger(80, QPageLayout::Landscape)));
    // The same documents as Word files, to convert with LibreOffice and look at beside the PDFs.
    CHECK(DocxExport::write(QDir(target).filePath(QStringLiteral("official.docx")), Samples::officialSummary(30)));
    CHECK(DocxExport::write(QDir(target).filePath(QStringLiteral("sheet.docx")),
                            Samples::inspectionSheet(QStringLiteral("市财政局"))));
    CHECK(DocxExport::write(QDir(target).filePath(QStringLiteral("longrow.docx")), longRow));
    CHECK(DocxExport::write(QDir(target).filePath(QStringLiteral("ledger.docx")),
                            Samples::ledger(80, QPageLayout::Landscape)));
}
