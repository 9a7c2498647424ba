// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// branddesk_bench: the figures of tests/bench/README.md on a generated provincial-scale database. Prints a
// table of medians; asserts nothing. Not a ctest test: run it by hand (see the README).
#include "core/clock.h"
#include "core/demo/demodata.h"
#include "core/demo/demoreports.h"
#include "core/demo/largedataset.h"
#include "core/documents/pdfexport.h"
#include "core/services/compliancetotals.h"
#include "core/services/figurescollector.h"
#include "core/services/inspectionsheet.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "tests/bench/benchfigures.h"
#include "tests/bench/documenthtml.h"
#include "tests/bench/serverbench.h"
#include "tests/bench/stallrun.h"
#include "tests/bench/startrun.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

namespace branddesk {
namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const QString& message)
{
    QTextStream(stderr) << "branddesk_bench: " << message << Qt::endl;
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

using bench::ms;
using bench::percentile;

/// Milliseconds of each of `runs` calls of `work`.
QList<double> timeRuns(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

/// The bench process's own maximum resident size so far, in MB (a high-water mark: it never falls).
double selfPeakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// Wall time (ms) and maximum resident size (MB) of one run of a program, measured by /usr/bin/time.
struct ChildRun {
    double ms = 0;
    double peakMb = 0;
    bool ok = false;
    bool timedOut = false; ///< stopped (with its whole process group) after the time limit
};
ChildRun runChild(const QString& program, const QStringList& arguments, const QString& scratch, int limitSeconds = 0)
{
    if (limitSeconds > 0) {
        ChildRun run = runChild(
            QStringLiteral("/usr/bin/timeout"),
            QStringList{QStringLiteral("--kill-after=5"), QString::number(limitSeconds), program} + arguments, scratch);
        run.timedOut = !run.ok && run.ms >= limitSeconds * 1000.0;
        return run;
    }
    const QString stats = QDir(scratch).filePath(QStringLiteral("time.txt"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"),
                  QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), stats, program} +
                      arguments);
    process.waitForFinished(-1);
    ChildRun run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    QFile file(stats);
    if (file.open(QIODevice::ReadOnly))
        run.peakMb = file.readAll().trimmed().toDouble() / 1024.0;
    return run;
}

struct Row {
    QString what;
    QString figure;
    QString compared;
    QString target;
    double peakMb = 0;
};

/// How long one LibreOffice conversion may take before it is stopped.
constexpr int kSofficeLimitSeconds = 300;

/// The milliseconds of the last sign-in (the password's hashing, deliberately slow).
double signInMs = 0;

std::unique_ptr<Session> openSession(const QString& path, const Clock& clock)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database)
        die(database.error().fullText());
    auto session = std::make_unique<Session>(std::move(*database), clock);
    for (const DemoAccount& account : demoAccounts())
        if (account.role == Role::Clerk) {
            QElapsedTimer timer;
            timer.start();
            if (Result<User> user =
                    session->accounts().signIn(QString::fromUtf8(account.name), QString::fromUtf8(account.password));
                !user)
                die(user.error().fullText());
            signInMs = double(timer.nsecsElapsed()) / 1e6;
        }
    return session;
}

/// Launch of `program args` until its first window titled to match `title` is mapped: the median over `runs`
/// by the time-to-window tool. Negative when the tool failed or no such window appeared.
double windowMappedMs(const QString& tool, int runs, const QString& title, const QString& program,
                      const QStringList& args)
{
    QProcess process;
    process.start(tool, QStringList{QStringLiteral("-n"), QString::number(runs), title, program} + args);
    process.waitForFinished(-1);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression medianLine(QStringLiteral("median: (\\d+) ms"));
    if (const QRegularExpressionMatch found = medianLine.match(output); found.hasMatch())
        return found.captured(1).toDouble();
    QTextStream(stderr) << "time-to-window: " << output.simplified() << Qt::endl;
    return -1;
}

/// Like for like: sqlitebrowser from launch to its window mapped (it reads the file's structure before it shows the
/// window), measured by time-to-window on its own Xvfb; BrandDesk from launch to the main window painted with the
/// department list on an Xvfb of the bench's own, read from its start trace. The sign-in is left out (--screenshot
/// opens without it); its password hashing has its own row.
QList<Row> likeForLikeStart(const QString& program, const QString& path, const QString& timeToWindow, int runs,
                            const QString& scratch, double& browserWindow)
{
    QList<Row> rows;
    const QString browser = QStandardPaths::findExecutable(QStringLiteral("sqlitebrowser"));
    if (browser.isEmpty() || !QFileInfo(timeToWindow).isExecutable())
        die(QStringLiteral("the start is compared with sqlitebrowser: install sqlitebrowser, xvfb and "
                           "python3-xlib, and name the time-to-window tool (--time-to-window)"));
    browserWindow = windowMappedMs(timeToWindow, runs, QStringLiteral("DB Browser"), browser, {path});
    if (browserWindow <= 0)
        die(QStringLiteral("time-to-window saw no sqlitebrowser window"));
    const bench::XvfbDisplay display;
    if (display.name().isEmpty())
        die(QStringLiteral("Xvfb could not be started"));
    const bench::StartRun start = bench::measureStart(program, path, display.name(), runs, scratch);
    if (!start.error.isEmpty())
        die(start.error);
    rows.append({QStringLiteral("Start to the main window painted with the departments (X, no sign-in)"),
                 ms(start.paintedMs),
                 QStringLiteral("sqlitebrowser to its window with the structure %1 → %2×")
                     .arg(ms(browserWindow))
                     .arg(start.paintedMs / browserWindow, 0, 'f', 2),
                 QStringLiteral("≤ 1.0× sqlitebrowser"), -1});
    for (const bench::StartRun::Phase& phase : start.phases)
        rows.append({QStringLiteral("  of which: %1").arg(phase.what), ms(phase.ms), QString(), QString(), -1});
    return rows;
}

/// Full-text search: a word of three characters goes to the trigram index, one of two to the two-character index.
QList<Row> searchRows(Session& session, int runs)
{
    QList<Row> rows;
    for (const QString& term : {QStringLiteral("满意率"), QStringLiteral("企业")}) {
        ReportFilter filter;
        filter.text = term;
        QString total;
        const double searchMs = median(timeRuns(runs, [&] {
            Result<ReportSearchResult> found = session.reports().search(filter);
            if (!found)
                die(found.error().fullText());
            total = (found->moreThanTotal ? QStringLiteral("more than %1") : QStringLiteral("%1")).arg(found->total);
        }));
        rows.append({QStringLiteral("Search “%1” (%2 characters)").arg(term).arg(term.size()), ms(searchMs),
                     QStringLiteral("%1 matches").arg(total), QStringLiteral("≤ 25 ms"), selfPeakMb()});
    }
    return rows;
}

} // namespace
} // namespace branddesk

int main(int argc, char** argv)
{
    using namespace branddesk;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("TZ")) // as app/main.cpp does: the zone read once, not on every conversion
        qputenv("TZ", ":/etc/localtime");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("BrandDesk benchmarks (tests/bench/README.md)."));
    parser.addHelpOption();
    const QCommandLineOption departmentsOption(QStringLiteral("departments"), QStringLiteral("Departments."),
                                               QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years of weekly reports."),
                                         QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (the median)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("The generated database: made if missing, reused if present."),
        QStringLiteral("file"));
    const QCommandLineOption programOption(QStringLiteral("branddesk"),
                                           QStringLiteral("The branddesk program, for the cold start."),
                                           QStringLiteral("file"));
    const QCommandLineOption windowOption(
        QStringLiteral("time-to-window"),
        QStringLiteral("The time-to-window tool, for sqlitebrowser's launch to its window (default: beside the "
                       "project, ../shared/tools/time-to-window)."),
        QStringLiteral("file"), QStringLiteral(BRANDDESK_SOURCE_DIR "/../shared/tools/time-to-window"));
    const QCommandLineOption searchOption(QStringLiteral("search-only"), QStringLiteral("Only the search figures."));
    const QCommandLineOption startOption(QStringLiteral("start-only"),
                                         QStringLiteral("Only the start, like for like with sqlitebrowser."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Dashboard, search and concurrent writers on SQLite and on a PostgreSQL server of its own."));
    const QCommandLineOption savesOption(QStringLiteral("saves"), QStringLiteral("Saves per writer (--server)."),
                                         QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({departmentsOption, yearsOption, runsOption, databaseOption, programOption, windowOption,
                       searchOption, startOption, serverOption, savesOption});
    parser.process(app);
    const int departments = parser.value(departmentsOption).toInt();
    const int years = parser.value(yearsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const bool searchOnly = parser.isSet(searchOption);
    const QString path = parser.isSet(databaseOption)
                             ? parser.value(databaseOption)
                             : QStringLiteral("branddesk-bench-%1x%2.sqlite").arg(departments).arg(years);
    QString program = parser.value(programOption);
    if (program.isEmpty())
        program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/branddesk"));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        die(QStringLiteral("no temporary folder"));
    SystemClock clock;
    QList<Row> rows;

    // The database: generated once, then reused (a new seed or size needs a new file name).
    if (!QFileInfo::exists(path)) {
        out() << "Generating " << path << " (" << departments << " departments x " << years << " years)..." << Qt::endl;
        Result<std::unique_ptr<Database>> database = Database::open(path);
        if (!database)
            die(database.error().fullText());
        Session session(std::move(*database), clock);
        QElapsedTimer timer;
        timer.start();
        Result<LargeDatasetCounts> counts = generateLargeDataset(session, LargeDatasetOptions{departments, years});
        if (!counts)
            die(counts.error().fullText());
        out() << "  " << counts->reports << " reports in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    }
    out() << "Database " << path << ", " << QFileInfo(path).size() / (1024 * 1024) << " MB; median of " << runs
          << " runs" << Qt::endl;
    if (parser.isSet(startOption)) { // the start alone, for work on the start
        double browserWindow = 0;
        for (const Row& row :
             likeForLikeStart(program, path, parser.value(windowOption), runs, scratch.path(), browserWindow))
            out() << row.what << ": " << row.figure
                  << (row.compared.isEmpty() ? QString() : QStringLiteral(", ") + row.compared) << Qt::endl;
        return 0;
    }
    if (parser.isSet(serverOption)) // tests/bench/serverbench.h
        return bench::runServerBench(path, runs, std::max(1, parser.value(savesOption).toInt()), scratch.path(), out());
    QElapsedTimer opening;
    opening.start();
    std::unique_ptr<Session> session = openSession(path, clock);
    const double openMs = double(opening.nsecsElapsed()) / 1e6; // an upgrade of an older file included
    if (searchOnly) {                                           // the search figures alone, for work on search
        for (const Row& row : searchRows(*session, runs))
            out() << row.what << ": " << row.figure << ", " << row.compared << Qt::endl;
        return 0;
    }

    // Compliance and campaign figures for the whole campaign, against the raw aggregate in sqlite3.
    Result<std::optional<Campaign>> campaign = session->campaigns().current();
    if (!campaign || !*campaign)
        die(QStringLiteral("the database has no current campaign"));
    const DateRange whole = figuresPeriod(FiguresPeriod::WholeCampaign, **campaign, clock.today());
    // The first reading counts the maintained totals when they are missing or were counted under another rule (after
    // the upgrade to schema 14): timed on its own line, the runs after it are what a dashboard costs.
    const double firstFiguresMs = median(timeRuns(1, [&] {
        if (Result<CampaignFigures> figures = collectCampaignFigures(*session, whole); !figures)
            die(figures.error().fullText());
    }));
    const double figuresMs = median(timeRuns(runs, [&] {
        Result<CampaignFigures> figures = collectCampaignFigures(*session, whole);
        if (!figures)
            die(figures.error().fullText());
    }));
    const double figuresPeak = selfPeakMb();
    const QString aggregate = QStringLiteral(
        "SELECT department_id, week_start, MIN(received_at) FROM weekly_reports GROUP BY department_id, week_start;");
    QList<double> sqliteTimes;
    double sqlitePeak = 0;
    for (int i = 0; i < runs; ++i) {
        const ChildRun run = runChild(QStringLiteral("sqlite3"), {path, aggregate}, scratch.path());
        if (!run.ok)
            die(QStringLiteral("sqlite3 failed (is the Debian package sqlite3 installed?)"));
        sqliteTimes.append(run.ms);
        sqlitePeak = std::max(sqlitePeak, run.peakMb);
    }
    const double sqliteMs = median(sqliteTimes);
    rows.append({QStringLiteral("Dashboard figures, whole campaign"), ms(figuresMs),
                 QStringLiteral("sqlite3 aggregate %1 → %2×").arg(ms(sqliteMs)).arg(figuresMs / sqliteMs, 0, 'f', 2),
                 QStringLiteral("≤ 0.2× sqlite3"), figuresPeak});
    rows.append({QStringLiteral("  first reading (counts the totals when their rule changed)"), ms(firstFiguresMs),
                 QString(), QString(), -1});
    // Where the figures' time goes: each reading they are made of, on its own.
    const auto part = [&](const char* what, const std::function<bool()>& read) {
        rows.append({QStringLiteral("  of which: %1").arg(QString::fromUtf8(what)),
                     ms(median(timeRuns(runs,
                                        [&] {
                                            if (!read())
                                                die(QStringLiteral("%1 failed").arg(QString::fromUtf8(what)));
                                        }))),
                     QString(), QString(), -1});
    };
    part("compliance from the maintained totals",
         [&] { return bool(summarizeCompliance(*session, **campaign, whole)); });
    part("department overviews (register and brands)", [&] { return bool(session->departments().overviews()); });
    part("milestone board", [&] { return bool(session->milestones().board((*campaign)->id)); });
    part("typical practice (newest 200 highlights)", [&] {
        ReportFilter highlights;
        highlights.highlightOnly = true;
        highlights.fromWeek = ReportWeek::containing(whole.start);
        highlights.toWeek = ReportWeek::containing(whole.end);
        highlights.limit = 200;
        highlights.countAll = false;
        return bool(session->reports().search(highlights));
    });
    part("rectifications, problems and hotline", [&] {
        return session->inspections().openRectifications() && session->enterprise().problems() &&
               session->hotline().behindToday();
    });
    part("compliance as the whole grid (before schema 14)",
         [&] { return bool(session->reports().compliance((*campaign)->id)); });
    rows.append({QStringLiteral("Opening the file (its upgrade included, when it needs one)"), ms(openMs), QString(),
                 QString(), -1});

    rows.append(searchRows(*session, runs));

    // Batch PDF of 100 inspection sheets (collecting their data included).
    Result<QList<Department>> active = session->departments().activeDepartments();
    if (!active)
        die(active.error().fullText());
    QList<qint64> hundred;
    for (const Department& d : *active)
        if (hundred.size() < 100)
            hundred.append(d.id);
    const QString pdf = scratch.filePath(QStringLiteral("sheets.pdf"));
    QList<PrintDocument> lastDocuments;
    const double pdfMs = median(timeRuns(std::max(1, runs / 2), [&] {
        const QDate today = clock.today();
        Result<QList<InspectionSheetData>> sheets =
            collectInspectionSheets(*session, hundred, DateRange{QDate(today.year(), today.month(), 1), today});
        if (!sheets)
            die(sheets.error().fullText());
        QList<PrintDocument> documents;
        for (const InspectionSheetData& sheet : *sheets)
            documents.append(buildInspectionSheet(sheet));
        if (Result<PrintOutcome> written = PdfExport::write(pdf, documents); !written)
            die(written.error().fullText());
        lastDocuments = documents;
    }));
    const double pdfPeak = selfPeakMb();
    // LibreOffice converting the same content, written as HTML, to PDF (its own profile, warmed up once).
    QString pdfCompared = QStringLiteral("LibreOffice not installed");
    double sofficePeak = 0;
    double sofficeMs = 0;
    if (const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice")); !soffice.isEmpty()) {
        const QString html = scratch.filePath(QStringLiteral("sheets.html"));
        QFile file(html);
        if (!file.open(QIODevice::WriteOnly) || file.write(bench::documentsAsHtml(lastDocuments).toUtf8()) < 0)
            die(QStringLiteral("cannot write %1").arg(html));
        file.close();
        // As an office converts a page to PDF: the Writer HTML import and Writer's PDF export (Writer/Web's
        // own export, writer_web_pdf_Export, lays long tables out so slowly that it never finished in 300 s).
        const QStringList arguments = {
            QStringLiteral("-env:UserInstallation=file://%1").arg(scratch.filePath(QStringLiteral("lo-profile"))),
            QStringLiteral("--headless"),
            QStringLiteral("--infilter=HTML (StarWriter)"),
            QStringLiteral("--convert-to"),
            QStringLiteral("pdf:writer_pdf_Export"),
            QStringLiteral("--outdir"),
            scratch.filePath(QStringLiteral("lo")),
            html};
        // The first start makes the profile: done on a one-line page, so it is not counted.
        const QString tiny = scratch.filePath(QStringLiteral("tiny.html"));
        QFile tinyFile(tiny);
        if (!tinyFile.open(QIODevice::WriteOnly) || tinyFile.write("<html><body><p>warm-up</p></body></html>") < 0)
            die(QStringLiteral("cannot write %1").arg(tiny));
        tinyFile.close();
        QStringList warmUp = arguments;
        warmUp.last() = tiny;
        runChild(soffice, warmUp, scratch.path(), kSofficeLimitSeconds);
        // A comparison is between two finished runs: a conversion stopped at the limit ends the bench.
        QList<double> times;
        for (int i = 0; i < std::max(1, runs / 2); ++i) {
            const ChildRun run = runChild(soffice, arguments, scratch.path(), kSofficeLimitSeconds);
            if (run.timedOut)
                die(QStringLiteral("LibreOffice did not finish converting %1 in %2 s: no ratio against an unfinished "
                                   "run")
                        .arg(html)
                        .arg(kSofficeLimitSeconds));
            if (!run.ok || !QFileInfo::exists(scratch.filePath(QStringLiteral("lo/sheets.pdf"))))
                die(QStringLiteral("soffice failed to convert %1").arg(html));
            times.append(run.ms);
            sofficePeak = std::max(sofficePeak, run.peakMb);
        }
        sofficeMs = median(times);
        pdfCompared = QStringLiteral("LibreOffice %1 → %2×").arg(ms(sofficeMs)).arg(pdfMs / sofficeMs, 0, 'f', 2);
    }
    rows.append({QStringLiteral("Batch PDF, %1 inspection sheets").arg(hundred.size()), ms(pdfMs), pdfCompared,
                 QStringLiteral("≤ 0.25× LibreOffice"), pdfPeak});

    // One durable save (a transaction committed to disk), on a copy so the generated file stays as it was.
    session.reset();
    const QString copy = scratch.filePath(QStringLiteral("save.sqlite"));
    if (!QFile::copy(path, copy))
        die(QStringLiteral("cannot copy the database"));
    session = openSession(copy, clock);
    DemoReports inventor(session->database(), 7);
    QList<double> saves;
    for (int i = 0; i < 1000; ++i) {
        WeeklyReport report = inventor.inventReport(active->at(i % active->size()));
        report.week = ReportWeek::containing(clock.today());
        report.receivedAt = clock.nowUtc();
        QElapsedTimer timer;
        timer.start();
        Result<WeeklyReport> saved = session->reports().save(report);
        saves.append(double(timer.nsecsElapsed()) / 1e6);
        if (!saved)
            die(saved.error().fullText());
    }
    rows.append({QStringLiteral("Durable save of one report (1,000 saves)"),
                 QStringLiteral("median %1, p99 %2").arg(ms(median(saves)), ms(percentile(saves, 99))), QString(),
                 QStringLiteral("< 5 ms"), selfPeakMb()});
    session.reset();

    // Cold starts offscreen, without signing in (--screenshot), to the painted main window: on the area a start
    // shows (the departments), and on the dashboard with the whole campaign's figures.
    if (QFileInfo(program).isExecutable()) {
        const auto coldStart = [&](const QStringList& view, double& peak) {
            QList<double> starts;
            for (int i = 0; i < runs; ++i) {
                const ChildRun run =
                    runChild(program,
                             QStringList{QStringLiteral("--database"), path, QStringLiteral("--screenshot"),
                                         scratch.filePath(QStringLiteral("start.png"))} +
                                 view,
                             scratch.path());
                if (!run.ok)
                    die(QStringLiteral("%1 failed").arg(program));
                starts.append(run.ms);
                peak = std::max(peak, run.peakMb);
            }
            return median(starts);
        };
        double startPeak = 0;
        const double toDashboard = coldStart({QStringLiteral("--view"), QStringLiteral("dashboard")}, startPeak);
        double browserWindow = 0;
        rows.append(likeForLikeStart(program, path, parser.value(windowOption), runs, scratch.path(), browserWindow));
        rows.append({QStringLiteral("Sign-in: the password's deliberate hashing (Argon2id), on its own"), ms(signInMs),
                     QString(), QString(), -1});
        rows.append({QStringLiteral("Cold start to the painted dashboard (offscreen, no sign-in, all figures)"),
                     ms(toDashboard),
                     QStringLiteral("%1× sqlitebrowser's window").arg(toDashboard / browserWindow, 0, 'f', 2),
                     QString(), startPeak});
    }
    // The stall meter: a scripted user in the real window (branddesk_stalls, beside this program).
    const QString stalls = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("branddesk_stalls"));
    const bench::StallRun stallRun = bench::runStallMeter(stalls, path, scratch.path());
    if (!stallRun.error.isEmpty())
        die(stallRun.error);
    const bench::StallRun::Step worstStall = stallRun.worst();
    rows.append({QStringLiteral("Longest stall of the window, scripted user (steps below)"), ms(worstStall.worstMs),
                 worstStall.what, QStringLiteral("≤ 100 ms"), stallRun.peakMb});
    rows.append({QStringLiteral("sqlite3 aggregate (for the ratio)"), ms(sqliteMs), QString(), QString(), sqlitePeak});
    if (sofficeMs > 0)
        rows.append({QStringLiteral("LibreOffice conversion (for the ratio)"), ms(sofficeMs), QString(), QString(),
                     sofficePeak});

    out() << Qt::endl << "| What | Figure | Compared | Target | Peak RSS |" << Qt::endl;
    out() << "|---|---|---|---|---|" << Qt::endl;
    for (const Row& row : std::as_const(rows))
        out() << "| " << row.what << " | " << row.figure << " | " << row.compared << " | " << row.target << " | "
              << (row.peakMb < 0 ? QStringLiteral("—") : QStringLiteral("%1 MB").arg(row.peakMb, 0, 'f', 0)) << " |"
              << Qt::endl;
    out() << Qt::endl
          << "Peak RSS: the bench process's high-water mark after that step (cumulative), or the child process's "
             "own (cold start, sqlite3). Target: < 200 MB."
          << Qt::endl;
    out() << Qt::endl << "| Step of the scripted user | Longest time away from the event loop |" << Qt::endl;
    out() << "|---|---|" << Qt::endl;
    for (const bench::StallRun::Step& step : stallRun.steps)
        out() << "| " << step.what << " | " << ms(step.worstMs) << " |" << Qt::endl;
    return 0;
}
