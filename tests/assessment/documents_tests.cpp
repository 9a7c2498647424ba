// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessmentdocuments.h"
#include "core/documents/pdfexport.h"
#include "core/services/session.h"
#include "tests/assessment/assessmenttesting.h"
#include "tests/support/poppler.h"
#include "tests/support/tempdatabase.h"
#include "ui/translations.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QString golden(const QString& name, const QString& actual)
{
    const QString path = QStringLiteral(BRANDDESK_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIsSet("BRANDDESK_UPDATE_GOLDEN")) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
    }
    QFile file(path);
    INFO("golden file " << path.toStdString() << " (BRANDDESK_UPDATE_GOLDEN=1 rewrites it)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

int runBranddesk(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(BRANDDESK_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    INFO(process.readAllStandardError().toStdString());
    return process.exitCode();
}

AssessmentTable handTable()
{
    AssessmentTable table =
        AssessmentCalculator(handSchemeParsed()).compute(2026, QDate(2026, 12, 31), sixDepartments());
    table.finalised = true;
    return table;
}

} // namespace

TEST_CASE("the printed assessment table's text is exactly the golden text, copied out of the PDF")
{
    REQUIRE(Poppler::available());
    static const bool chinese = installTranslations(QStringLiteral("zh_CN"));
    REQUIRE(chinese);
    AssessmentReportOptions options;
    options.issuer = utf8("常州市市级机关作风建设领导小组办公室");
    options.documentNumber = utf8("常机作办〔2027〕1号");
    options.date = QDate(2027, 1, 15);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("assessment.pdf"));
    const PrintDocument document = assessmentdocuments::report(handTable(), options);
    CHECK(document.style().orientation == QPageLayout::Landscape);
    REQUIRE(PdfExport::write(path, document));
    const QString text = Poppler::text(path);
    CHECK(Poppler::radicals(text).isEmpty());
    const QString expected = golden(QStringLiteral("assessment-2026.txt"), text);
    CHECK(Poppler::squeezed(text).toStdString() == Poppler::squeezed(expected).toStdString());
    CHECK(text.contains(utf8("团市委")));
    CHECK(text.contains(utf8("87.13")));
}

TEST_CASE("the exported table holds every department's parts, total, rank and grade")
{
    const AssessmentTable table = handTable();
    const ExportTable sheet = assessmentdocuments::exportTable(table);
    CHECK(sheet.headers.size() == 2 + 4 + 7);
    REQUIRE(sheet.rows.size() == 6);
    const QVariantList& d = sheet.rows.at(2); // 市委宣传部, third of 党群
    CHECK(d.at(0).toString() == utf8("市委宣传部"));
    CHECK(d.at(3).isNull()); // enterprise service: not scored
    CHECK(d.at(9).toDouble() == 87.13);
    CHECK(d.at(10).toInt() == 3);
    CHECK(d.at(11).toString() == utf8("良好"));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("a.csv"));
    REQUIRE(exportTable(sheet, csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(utf8("市总工会")));
}

TEST_CASE("branddesk assessment writes the table and the report without a display")
{
    TempDatabase temp;
    temp.signInAs(Role::Administrator);
    REQUIRE(temp.session().campaigns().ensureCurrent(2026));
    REQUIRE(temp.departments().add(aDepartment("市财政局")));
    const QStringList database = temp.commandLineArguments();
    temp.close();
    const QString xlsx = temp.filePath(QStringLiteral("考核.xlsx"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                                              QStringLiteral("assessment"), QStringLiteral("table"),
                                              QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"),
                                              xlsx}) == 0);
    CHECK(QFileInfo(xlsx).size() > 1000);
    const QString pdf = temp.filePath(QStringLiteral("考核.pdf"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                                              QStringLiteral("assessment"), QStringLiteral("report"),
                                              QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"),
                                              pdf}) == 0);
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(Poppler::text(pdf).contains(utf8("市财政局")));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("assessment"), QStringLiteral("table"),
                                              QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--out"),
                                              xlsx}) != 0);
}
