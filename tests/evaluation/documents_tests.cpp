// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pdfexport.h"
#include "core/evaluation/evaluationdocuments.h"
#include "tests/evaluation/evaluationtesting.h"
#include "tests/support/poppler.h"

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The office with both brands entered and scored by both experts (see evaluationservice_tests.cpp).
struct ScoredOffice : EvaluationOffice {
    ScoredOffice()
    {
        enter(financeBrand, {40, 8, 2, 5});
        enter(publicityBrand, {30, 20, 0, 0});
        REQUIRE(evaluation().saveScores(wang.id, wang.version, sheet(financeBrand, 180) + sheet(publicityBrand, 180)));
        REQUIRE(evaluation().saveScores(li.id, li.version, sheet(financeBrand, 195) + sheet(publicityBrand, 195)));
    }

    QString write(const PrintDocument& document, const char* name)
    {
        const QString path = temp.filePath(QString::fromLatin1(name));
        const Result<PrintOutcome> written = PdfExport::write(path, document);
        INFO((written ? std::string() : written.error().message.toStdString()));
        REQUIRE(written);
        const QString keep = qEnvironmentVariable("BRANDDESK_KEEP_PDF");
        if (!keep.isEmpty())
            QFile::copy(path, keep + QLatin1Char('/') + QString::fromLatin1(name));
        return path;
    }
};

} // namespace

TEST_CASE("the printed results table ranks the brands and gives back the Chinese with every figure explained",
          "[evaluation][documents]")
{
    ScoredOffice office;
    REQUIRE(Poppler::available());
    const Result<QList<BrandResult>> results = office.evaluation().results(office.round.id);
    REQUIRE(results);
    const PrintDocument document =
        EvaluationDocuments::results(office.round.name, *office.evaluation().rules(office.round.id), *results,
                                     QStringLiteral("市级机关作风办"), QDate(2009, 8, 20));
    const QString text = Poppler::squeezed(Poppler::text(office.write(document, "evaluation-results.pdf")));
    CHECK(Poppler::radicals(text).isEmpty());
    CHECK(text.contains(QStringLiteral("2009年典型推介")));
    CHECK(text.contains(QStringLiteral("红色宣传")));
    CHECK(text.contains(QStringLiteral("阳光财政")));
    CHECK(text.contains(QStringLiteral("89.85")));
    CHECK(text.contains(QStringLiteral("89.84")));
    CHECK(text.indexOf(QStringLiteral("红色宣传")) < text.indexOf(QStringLiteral("阳光财政")));
    CHECK(text.contains(QStringLiteral("市级机关作风办")));
}

TEST_CASE("blank expert sheets give each expert a page listing the brands and marking their own department",
          "[evaluation][documents]")
{
    ScoredOffice office;
    REQUIRE(Poppler::available());
    const PrintDocument document = EvaluationDocuments::expertSheets(
        office.round.name, *office.evaluation().rules(office.round.id), *office.evaluation().entries(office.round.id),
        *office.evaluation().experts(office.round.id));
    const QString path = office.write(document, "expert-sheets.pdf");
    CHECK(Poppler::pageCount(path) == 2);
    const QString first = Poppler::squeezed(Poppler::text(path, 1, 1));
    CHECK(first.contains(QStringLiteral("王教授")));
    CHECK(first.contains(QStringLiteral("阳光财政")));
    CHECK(first.contains(QStringLiteral("红色宣传")));
    CHECK(first.contains(Poppler::squeezed(brandStandardName(BrandStandard::Name))));
    const QString second = Poppler::squeezed(Poppler::text(path, 2, 2));
    CHECK(second.contains(QStringLiteral("李处长")));
    CHECK(second.contains(Poppler::squeezed(QStringLiteral("Recused"))));
}

TEST_CASE("the blank questionnaire lists every brand with the four answers", "[evaluation][documents]")
{
    ScoredOffice office;
    REQUIRE(Poppler::available());
    const PrintDocument document =
        EvaluationDocuments::questionnaire(office.round.name, *office.evaluation().entries(office.round.id));
    const QString text = Poppler::squeezed(Poppler::text(office.write(document, "questionnaire.pdf")));
    for (const char* word : {"阳光财政", "红色宣传", "满意", "基本满意", "不满意", "不了解"})
        CHECK(text.contains(QString::fromUtf8(word)));
}

TEST_CASE("all scores export as one row per expert and brand, the conflicted total marked", "[evaluation][documents]")
{
    ScoredOffice office;
    const ExportTable table = EvaluationDocuments::allScores(
        office.round.name, *office.evaluation().rules(office.round.id), *office.evaluation().entries(office.round.id),
        *office.evaluation().experts(office.round.id), *office.evaluation().scores(office.round.id));
    REQUIRE(table.rows.size() == 4);
    CHECK(table.headers.size() == 4 + 5 + 2);
    CHECK(table.rows.at(0).at(0).toString() == QStringLiteral("王教授"));
    CHECK(table.rows.at(0).at(9).toLongLong() == 90);
    CHECK(table.rows.at(2).at(9).toDouble() == 97.5);
    CHECK(table.rows.at(2).at(10).toString() == QStringLiteral("own department: not counted"));
    const QString path = office.temp.filePath(QStringLiteral("scores.xlsx"));
    REQUIRE(exportTable(table, path));
}
