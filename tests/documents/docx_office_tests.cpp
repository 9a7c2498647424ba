// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Word files read by an independent word processor: LibreOffice converts each document BrandDesk prints,
// written as .docx, to PDF; its text is the text of BrandDesk's own PDF (the golden file for the summary), its
// pages A4 in the document's orientation, and the summary's first page has the red header.
#include "core/documents/docxexport.h"
#include "core/documents/pdfexport.h"
#include "core/enterprise/problemledgersheet.h"
#include "core/evaluation/evaluationdocuments.h"
#include "core/services/campaignservice.h"
#include "core/services/enterpriseservice.h"
#include "core/services/evaluationservice.h"
#include "core/services/figurescollector.h"
#include "core/services/inspectionsheet.h"
#include "core/summary/supervisionsummary.h"
#include "tests/summary/summarytesting.h"
#include "tests/support/libreoffice.h"
#include "tests/support/poppler.h"
#include "tests/support/stringmakers.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// With BRANDDESK_DOCX_DUMP=<folder>, keeps the texts compared (and the Word files and LibreOffice's PDFs), to
/// diff and look at them after a failure.
void dump(const QString& name, const QString& text)
{
    const QString folder = qEnvironmentVariable("BRANDDESK_DOCX_DUMP");
    if (folder.isEmpty())
        return;
    QFile file(folder + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
}

/// Writes `documents` as .docx into `folder` and has LibreOffice convert it to PDF; returns the PDF.
QString convertedByLibreOffice(const TempDatabase& temp, const QList<PrintDocument>& documents, const QString& name)
{
    REQUIRE(Poppler::available());
    REQUIRE(LibreOffice::available());
    const QString docx = temp.filePath(name + QStringLiteral(".docx"));
    const Result<PrintOutcome> written = DocxExport::write(docx, documents);
    INFO((written ? std::string() : describe(written.error())));
    REQUIRE(written);
    QString error;
    const QString pdf = LibreOffice::toPdf(docx, temp.filePath(QString()), &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(pdf.isEmpty());
    if (const QString folder = qEnvironmentVariable("BRANDDESK_DOCX_DUMP"); !folder.isEmpty()) {
        for (const QString& file : {docx, pdf}) {
            const QString copy = folder + QLatin1Char('/') + QFileInfo(file).fileName();
            QFile::remove(copy);
            QFile::copy(file, copy);
        }
    }
    return pdf;
}

/// The characters of the header rows of each table of `documents`, sorted: pdftotext interleaves the lines of
/// header cells, so a repeated header is recognised by its characters, not their order.
QStringList tableHeaders(const QList<PrintDocument>& documents)
{
    QStringList headers;
    for (const PrintDocument& document : documents) {
        for (const DocumentBlock& block : document.blocks()) {
            const auto* table = std::get_if<DocumentTable>(&block);
            if (!table || table->headerRows.isEmpty())
                continue;
            QString characters;
            for (const DocumentRow& row : table->headerRows) {
                for (const DocumentCell& cell : row.cells)
                    characters += Poppler::squeezed(cell.text);
            }
            std::sort(characters.begin(), characters.end());
            if (!headers.contains(characters))
                headers.append(characters);
        }
    }
    return headers;
}

/// `text` (pdftotext -layout) without white space, without the page numbers of `style`'s footers, and without
/// the table headers repeated at the top of a page: where pages break and how lines wrap is the word processor's
/// business, the characters and their order are not.
QString comparable(const QString& text, const PageStyle& style, const QStringList& headers = {})
{
    QString footer = QRegularExpression::escape(Poppler::squeezed(style.footerLabel(999001, 999002)));
    footer.replace(QStringLiteral("999001"), QStringLiteral("\\d+"))
        .replace(QStringLiteral("999002"), QStringLiteral("\\d+"));
    const QRegularExpression footerLine(QStringLiteral("^") + footer + QStringLiteral("$"));
    QString result;
    for (const QString& page : text.split(QLatin1Char('\f'))) {
        QString kept;
        for (const QString& line : page.split(QLatin1Char('\n'))) {
            const QString squeezed = Poppler::squeezed(line);
            if (!footerLine.match(squeezed).hasMatch())
                kept += squeezed;
        }
        for (const QString& header : headers) {
            QString start = kept.left(header.size());
            std::sort(start.begin(), start.end());
            if (start == header) {
                kept.remove(0, header.size());
                break;
            }
        }
        result += kept;
    }
    return result;
}

/// `pdftotext -raw`: the text in the order it was drawn, cell after cell, whatever the columns' wrapping.
QString drawnText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// BrandDesk's own PDF of `documents`, as pdftotext gives it back in drawing order.
QString brandDeskText(const TempDatabase& temp, const QList<PrintDocument>& documents, const QString& name)
{
    const QString pdf = temp.filePath(name + QStringLiteral("-branddesk.pdf"));
    REQUIRE(PdfExport::write(pdf, documents));
    if (const QString folder = qEnvironmentVariable("BRANDDESK_DOCX_DUMP"); !folder.isEmpty()) {
        QFile::remove(folder + QLatin1Char('/') + QFileInfo(pdf).fileName());
        QFile::copy(pdf, folder + QLatin1Char('/') + QFileInfo(pdf).fileName());
    }
    return drawnText(pdf);
}

void checkPages(const QString& pdf, QPageLayout::Orientation orientation)
{
    const QList<QSize> sizes = Poppler::pageSizes(pdf);
    REQUIRE_FALSE(sizes.isEmpty());
    const QSize a4 = orientation == QPageLayout::Landscape ? QSize(842, 595) : QSize(595, 842);
    for (const QSize& size : sizes)
        CHECK(size == a4);
}

/// Writes `documents` both ways, as BrandDesk's PDF and as LibreOffice's PDF of the Word file, and compares their
/// texts in drawing order: with many wrapped cells side by side (the ledger), pdftotext -layout interleaves their
/// lines by where each word processor happened to put them.
void checkAgainstBrandDesk(const TempDatabase& temp, const QList<PrintDocument>& documents, const QString& name)
{
    const QStringList headers = tableHeaders(documents);
    const QString expected = comparable(brandDeskText(temp, documents, name), documents.first().style(), headers);
    const QString pdf = convertedByLibreOffice(temp, documents, name);
    const QString actual = comparable(drawnText(pdf), documents.first().style(), headers);
    dump(name + QStringLiteral("-branddesk.txt"), expected);
    dump(name + QStringLiteral("-libreoffice.txt"), actual);
    CHECK(Poppler::radicals(actual).isEmpty());
    CHECK(actual.toStdString() == expected.toStdString());
    checkPages(pdf, documents.first().style().orientation);
}

QString golden(const QString& name)
{
    QFile file(QStringLiteral(BRANDDESK_GOLDEN_DIR "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("LibreOffice reads the supervision summary's Word file back as the golden text, A4, red header on top",
          "[libreoffice]")
{
    DemoOffice office;
    const Result<CampaignFigures> figures = collectCampaignFigures(office.session(), kMay);
    REQUIRE(figures);
    SummaryOptions options;
    options.issuer = QStringLiteral("常州市市级机关作风建设领导小组办公室");
    options.documentNumber = QStringLiteral("常机作办〔2009〕12号");
    options.nextSteps = QStringLiteral("进一步落实“一周一报”制度。\n6月上旬开展第二轮专项督查。");
    options.date = QDate(2009, 6, 1);
    const PrintDocument summary = buildSupervisionSummary(*figures, options);
    const QString pdf = convertedByLibreOffice(office.temp, {summary}, QStringLiteral("summary"));

    const QString text = Poppler::text(pdf);
    dump(QStringLiteral("summary-libreoffice.txt"), text);
    CHECK(Poppler::radicals(text).isEmpty());
    const QString expected = golden(QStringLiteral("summary-2009-05.txt"));
    const QStringList headers = tableHeaders({summary});
    CHECK(comparable(text, summary.style(), headers).toStdString() ==
          comparable(expected, summary.style(), headers).toStdString());
    CHECK(Poppler::squeezed(text).contains(QStringLiteral("—1—")));
    checkPages(pdf, QPageLayout::Portrait);

    // The red issuer and rule: reddish pixels in the upper part of the first page, none in the lower half.
    QProcess render;
    const QString prefix = office.temp.filePath(QStringLiteral("summary-page"));
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"),
                                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                              QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    REQUIRE(render.waitForFinished(60000));
    const QImage page(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(page.isNull());
    const auto redPixels = [&page](int top, int bottom) {
        int count = 0;
        for (int y = top; y < bottom; ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                count += c.red() > 150 && c.green() < 110 && c.blue() < 110 ? 1 : 0;
            }
        }
        return count;
    };
    CHECK(redPixels(0, page.height() * 45 / 100) > 20);
    CHECK(redPixels(page.height() / 2, page.height()) == 0);
}

TEST_CASE("LibreOffice reads the inspection sheets' Word file as BrandDesk's PDF, each department on a new page",
          "[libreoffice]")
{
    DemoOffice office;
    const Result<QList<InspectionSheetData>> sheets = collectInspectionSheets(office.session(), {}, kMay);
    REQUIRE(sheets);
    REQUIRE(sheets->size() >= 3);
    QList<PrintDocument> documents;
    for (int i = 0; i < 3; ++i)
        documents.append(buildInspectionSheet(sheets->at(i)));
    checkAgainstBrandDesk(office.temp, documents, QStringLiteral("sheets"));

    // Every sheet starts a page with its title; a sheet running onto a second page continues without it.
    const QString title = Poppler::squeezed(std::get<TitleBlock>(documents.first().blocks().first()).text);
    int starts = 0;
    for (const QString& page :
         Poppler::text(office.temp.filePath(QStringLiteral("sheets.pdf"))).split(QLatin1Char('\f')))
        starts += Poppler::squeezed(page).startsWith(title) ? 1 : 0;
    CHECK(starts == 3);
}

TEST_CASE("LibreOffice reads the problem ledger's Word file as BrandDesk's PDF, on A4 landscape", "[libreoffice]")
{
    DemoOffice office;
    const Result<QList<Problem>> problems = office.session().enterprise().problems();
    REQUIRE(problems);
    REQUIRE_FALSE(problems->isEmpty());
    const PrintDocument ledger = problemledgersheet::build(*problems, office.session().clock().today());
    checkAgainstBrandDesk(office.temp, {ledger}, QStringLiteral("ledger"));
}

TEST_CASE("LibreOffice reads the evaluation's results, blank expert sheets and questionnaire as BrandDesk's PDFs",
          "[libreoffice]")
{
    DemoOffice office; // its evaluation round is scored, ranked and selected
    Session& session = office.session();
    const Result<std::optional<Campaign>> campaign = session.campaigns().current();
    REQUIRE(campaign);
    REQUIRE(*campaign);
    const Result<QList<EvaluationRound>> rounds = session.evaluation().rounds((*campaign)->id);
    REQUIRE(rounds);
    REQUIRE_FALSE(rounds->isEmpty());
    const EvaluationRound& round = rounds->first();
    const Result<ScoringRules> rules = session.evaluation().rules(round.id);
    const Result<QList<EvaluationEntry>> entries = session.evaluation().entries(round.id);
    const Result<QList<EvaluationExpert>> experts = session.evaluation().experts(round.id);
    const Result<QList<BrandResult>> results = session.evaluation().results(round.id);
    REQUIRE((rules && entries && experts && results));
    REQUIRE_FALSE(entries->isEmpty());

    // One office for the three documents (a SECTION each would build the demo office three times).
    checkAgainstBrandDesk(
        office.temp,
        {EvaluationDocuments::results(round.name, *rules, *results,
                                      QStringLiteral("常州市市级机关作风建设领导小组办公室"), QDate(2009, 6, 1))},
        QStringLiteral("results"));
    checkAgainstBrandDesk(office.temp, {EvaluationDocuments::expertSheets(round.name, *rules, *entries, *experts)},
                          QStringLiteral("expert-sheets")); // A4 landscape
    checkAgainstBrandDesk(office.temp, {EvaluationDocuments::questionnaire(round.name, *entries)},
                          QStringLiteral("questionnaire"));
}
