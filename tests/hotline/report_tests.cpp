// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/pdfexport.h"
#include "core/hotline/hotlinereport.h"
#include "core/import/zipmemory.h"
#include "tests/hotline/hotlineoffice.h"
#include "tests/support/poppler.h"
#include "ui/translations.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// November 2026 at two departments: 市财政局 answers two tickets on time (one caller satisfied, one basically),
/// lets an inquiry go overdue, and is praised; 市民政局 answers a complaint late and the caller is dissatisfied.
void fileNovember(HotlineOffice& office)
{
    HotlineService& hotline = office.service();
    office.setToday(QDate(2026, 11, 2));
    Ticket a = office.record(office.draft(TicketKind::Help));
    a = HotlineOffice::done(hotline.signFor(a));
    Ticket b = office.draft(TicketKind::Inquiry);
    b.content = utf8("咨询惠企资金申报时间。");
    b = office.record(b);
    b = HotlineOffice::done(hotline.signFor(b));
    Ticket c = office.draft(TicketKind::Complaint);
    c.departmentId = office.civil.id;
    c.content = utf8("低保复核材料多次被退回。");
    c = office.record(c);
    c = HotlineOffice::done(hotline.signFor(c));
    Ticket praise = office.draft(TicketKind::Praise);
    praise.content = utf8("表扬财政局窗口工作人员耐心细致。");
    office.record(praise);

    office.setToday(QDate(2026, 11, 4));
    b = HotlineOffice::done(hotline.answer(b, utf8("已电话告知申报时间。")));
    b = HotlineOffice::done(hotline.followUp(b, true, true, Satisfaction::Satisfied, QString()));
    a = HotlineOffice::done(hotline.answer(a, utf8("已协调解决。")));
    a = HotlineOffice::done(hotline.followUp(a, true, true, Satisfaction::BasicallySatisfied, QString()));

    office.setToday(QDate(2026, 11, 20));
    Ticket late = office.draft(TicketKind::Inquiry);
    late.content = utf8("咨询政府采购供应商登记。");
    office.record(late); // due 25 November, never answered

    office.setToday(QDate(2026, 11, 24));
    c = HotlineOffice::done(hotline.answer(c, utf8("已复核并答复。")));
    c = HotlineOffice::done(hotline.followUp(c, true, false, Satisfaction::Dissatisfied, utf8("认为处理太慢")));
    office.setToday(QDate(2026, 12, 1));
}

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
    return process.exitCode();
}

} // namespace

TEST_CASE("the month's figures rank the departments and name the overdue and the dissatisfied")
{
    HotlineOffice office;
    fileNovember(office);
    const Result<HotlineReportData> data = office.service().monthlyReport(QDate(2026, 11, 15));
    REQUIRE(data);
    CHECK(data->overall.received == 5);
    CHECK(data->overall.onTime == Share{2, 4});
    CHECK(data->overall.satisfied == Share{1, 3});
    CHECK(data->overdue.size() == 1);
    CHECK(data->praise.size() == 1);
    const QList<HotlineFiguresRow> ranked = hotlinereport::ranked(data->departments);
    REQUIRE(ranked.size() == 2);
    CHECK(ranked.at(0).name == utf8("市财政局"));
    CHECK(ranked.at(0).figures.onTime == Share{2, 3});
    CHECK(ranked.at(1).figures.onTime == Share{0, 1});
}

TEST_CASE("the monthly hotline report's text is exactly the golden text, copied out of the PDF")
{
    REQUIRE(Poppler::available());
    static const bool chinese = installTranslations(QStringLiteral("zh_CN"));
    REQUIRE(chinese);
    HotlineOffice office;
    fileNovember(office);
    const Result<HotlineReportData> data = office.service().monthlyReport(QDate(2026, 11, 1));
    REQUIRE(data);
    HotlineReportOptions options;
    options.issuer = utf8("常州市市级机关作风建设领导小组办公室");
    options.documentNumber = utf8("常机作办〔2026〕30号");
    options.date = QDate(2026, 12, 1);
    const QString path = office.temp.filePath(QStringLiteral("hotline.pdf"));
    REQUIRE(PdfExport::write(path, hotlinereport::build(*data, options)));
    const QString text = Poppler::text(path);
    CHECK(Poppler::radicals(text).isEmpty());
    const QString expected = golden(QStringLiteral("hotline-2026-11.txt"), text);
    CHECK(Poppler::squeezed(text).toStdString() == Poppler::squeezed(expected).toStdString());
    CHECK(text.contains(utf8("市财政局")));
}

TEST_CASE("branddesk hotline report writes the month's report without a display")
{
    HotlineOffice office;
    fileNovember(office);
    const QStringList database = office.temp.commandLineArguments();
    office.temp.close();
    const QString pdf = office.temp.filePath(QStringLiteral("热线通报.pdf"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                                              QStringLiteral("hotline"), QStringLiteral("report"),
                                              QStringLiteral("--month"), QStringLiteral("2026-11"),
                                              QStringLiteral("--out"), pdf}) == 0);
    CHECK(QFileInfo(pdf).size() > 1000);
    // The same report as Word, for the office to edit before issuing it.
    const QString docx = office.temp.filePath(QStringLiteral("热线通报.docx"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                                              QStringLiteral("hotline"), QStringLiteral("report"),
                                              QStringLiteral("--month"), QStringLiteral("2026-11"),
                                              QStringLiteral("--out"), docx}) == 0);
    QFile word(docx);
    REQUIRE(word.open(QIODevice::ReadOnly));
    const QByteArray bytes = word.readAll();
    ZipMemory zip(bytes, 100, 64 * 1024 * 1024);
    REQUIRE(zip.isOpen());
    Result<QByteArray> body = zip.part("word/document.xml");
    REQUIRE(body.has_value());
    CHECK(QString::fromUtf8(*body).contains(QStringLiteral("热线")));
    const QString nothing = office.temp.filePath(QStringLiteral("nothing.pdf"));
    CHECK(runBranddesk(database + QStringList{QStringLiteral("hotline"), QStringLiteral("report"),
                                              QStringLiteral("--month"), QStringLiteral("2026-13"),
                                              QStringLiteral("--out"), nothing}) == 2);
    CHECK(runBranddesk(database + QStringList{QStringLiteral("hotline"), QStringLiteral("minutes"),
                                              QStringLiteral("--out"), nothing}) == 2);
    CHECK_FALSE(QFileInfo::exists(nothing));
}
