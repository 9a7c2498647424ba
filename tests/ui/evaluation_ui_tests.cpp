// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation area in the real windows: the keyboard-only score grid, the survey grid, the results with their
// explanation, locking, a leader's read-only view, and the models under Qt's model tester.
#include "core/services/session.h"
#include "tests/evaluation/evaluationtesting.h"
#include "tests/support/rawdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/evaluation/entrydialog.h"
#include "ui/evaluation/evaluationview.h"
#include "ui/evaluation/publicitydialog.h"
#include "ui/evaluation/resultsmodel.h"
#include "ui/evaluation/scoregridmodel.h"
#include "ui/evaluation/surveygridmodel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

/// The cell editor open in `table`, or nullptr.
QLineEdit* openEditor(QTableView* table)
{
    for (QLineEdit* editor : table->findChildren<QLineEdit*>(QStringLiteral("gridCellLineEdit")))
        if (editor->isVisible())
            return editor;
    return nullptr;
}

/// Types `text` into the open cell editor (or opens one by typing, as a user does) and presses Enter.
void typeCell(QTableView* table, const char* text)
{
    const QString value = QString::fromLatin1(text);
    QLineEdit* editor = openEditor(table);
    if (!editor) {
        QTest::keyClicks(table, value.left(1));
        editor = openEditor(table);
        REQUIRE(editor);
        QTest::keyClicks(editor, value.mid(1));
    } else {
        editor->selectAll();
        QTest::keyClicks(editor, value);
    }
    REQUIRE(editor->text() == value);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

/// 阳光财政 entered, selected as a typical brand and reported on television once; its entry's id.
qint64 selectedWithPublicity(EvaluationOffice& office)
{
    const EvaluationEntry entered = office.enter(office.financeBrand, {10, 2, 0, 1});
    const Result<EvaluationEntry> selected = office.evaluation().setSelected(entered.id, entered.version, true);
    REQUIRE(selected);
    PublicityRecord record;
    record.entryId = entered.id;
    record.outlet = PublicityOutlet::Television;
    record.date = QDate(2009, 5, 14);
    record.title = QStringLiteral("《阳光财政》专题报道");
    REQUIRE(office.evaluation().addPublicity(record));
    return entered.id;
}

} // namespace

TEST_CASE("an expert's paper sheet is typed into the grid with the keyboard only; Enter moves on")
{
    EvaluationOffice office;
    office.enter(office.financeBrand, {40, 8, 2, 5});
    office.enter(office.publicityBrand);
    EvaluationView view(office.temp.session());
    view.show();
    settle();
    child<QTabWidget>(&view, "evaluationTabWidget")->setCurrentIndex(2);
    auto* expert = child<QComboBox>(&view, "scoreExpertComboBox");
    REQUIRE(expert->currentText() == QStringLiteral("王教授"));
    auto* table = child<QTableView>(&view, "scoresTableView");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));

    typeCell(table, "18");
    CHECK(table->currentIndex() == table->model()->index(0, 1));
    typeCell(table, "17.5");
    CHECK(table->currentIndex() == table->model()->index(0, 2));
    const Result<QList<ExpertScore>> scores = office.evaluation().scores(office.round.id);
    REQUIRE(scores);
    REQUIRE(scores->size() == 2);
    CHECK(scores->at(0).tenths + scores->at(1).tenths == 355);
    CHECK(table->model()->index(0, 5).data().toString() == QStringLiteral("35.5"));
    CHECK(child<QLabel>(&view, "scoreProblemLabel")->text().isEmpty());
}

TEST_CASE("a value above the maximum or with two decimals is refused inline with the reason")
{
    EvaluationOffice office;
    office.enter(office.financeBrand);
    EvaluationView view(office.temp.session());
    view.show();
    settle();
    child<QTabWidget>(&view, "evaluationTabWidget")->setCurrentIndex(2);
    auto* table = child<QTableView>(&view, "scoresTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    typeCell(table, "25");
    auto* problem = child<QLabel>(&view, "scoreProblemLabel");
    CHECK(problem->text().contains(QStringLiteral("25 points is more than the maximum of 20")));
    CHECK(problem->text().contains(QStringLiteral("阳光财政")));
    CHECK(table->model()->index(0, 0).data().toString().isEmpty());
    CHECK(office.evaluation().scores(office.round.id)->isEmpty());

    CHECK_FALSE(view.scoreModel()->setData(view.scoreModel()->index(0, 1), QStringLiteral("12.25")));
    CHECK(problem->text().contains(QStringLiteral("one decimal")));
}

TEST_CASE("survey counts are typed into their grid and the social score follows")
{
    EvaluationOffice office;
    office.enter(office.financeBrand);
    EvaluationView view(office.temp.session());
    view.show();
    settle();
    QAbstractItemModelTester tester(view.surveyModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    child<QTabWidget>(&view, "evaluationTabWidget")->setCurrentIndex(3);
    auto* table = child<QTableView>(&view, "surveyTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    typeCell(table, "40");
    typeCell(table, "8");
    typeCell(table, "2");
    typeCell(table, "5");
    CHECK(table->model()->index(0, SurveyGridModel::ValidColumn).data().toInt() == 50);
    CHECK(table->model()->index(0, SurveyGridModel::ScoreColumn).data().toString() == QStringLiteral("89.60"));
    const Result<QList<EvaluationEntry>> entries = office.evaluation().entries(office.round.id);
    REQUIRE(entries);
    CHECK(entries->at(0).survey == SurveyCounts{40, 8, 2, 5});
}

TEST_CASE("the results show ranks and how the selected brand's scores were formed")
{
    EvaluationOffice office;
    office.enter(office.financeBrand, {40, 8, 2, 5});
    office.enter(office.publicityBrand, {30, 20, 0, 0});
    REQUIRE(office.evaluation().saveScores(office.wang.id, office.wang.version,
                                           EvaluationOffice::sheet(office.financeBrand, 180) +
                                               EvaluationOffice::sheet(office.publicityBrand, 180)));
    REQUIRE(office.evaluation().saveScores(office.li.id, office.li.version,
                                           EvaluationOffice::sheet(office.financeBrand, 195) +
                                               EvaluationOffice::sheet(office.publicityBrand, 195)));
    EvaluationView view(office.temp.session());
    view.show();
    settle();
    QAbstractItemModelTester tester(view.resultsModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    child<QTabWidget>(&view, "evaluationTabWidget")->setCurrentIndex(4);
    auto* table = child<QTableView>(&view, "resultsTableView");
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->index(0, ResultsModel::BrandColumn).data().toString() == QStringLiteral("红色宣传"));
    CHECK(table->model()->index(0, ResultsModel::CombinedColumn).data().toString() == QStringLiteral("89.85"));
    CHECK(table->model()->index(1, ResultsModel::CombinedColumn).data().toString() == QStringLiteral("89.84"));
    table->setCurrentIndex(table->model()->index(1, 0));
    const QString explanation = child<QPlainTextEdit>(&view, "explanationPlainTextEdit")->toPlainText();
    CHECK(explanation.contains(
        QStringLiteral("李处长: total 97.5 — excluded: from the brand's own department (市财政局)")));
    CHECK(explanation.contains(QStringLiteral("Combined score = 0.6 × 90.00 + 0.4 × 89.60 = 89.84")));

    auto* select = child<QPushButton>(&view, "toggleSelectedPushButton");
    REQUIRE(select->isEnabled());
    select->click();
    settle();
    CHECK(office.statusOf(office.financeBrand) == BrandStatus::Typical);
}

TEST_CASE("a locked round's grids are read-only, and only an administrator can unlock it")
{
    EvaluationOffice office;
    office.enter(office.financeBrand);
    REQUIRE(office.evaluation().lock(office.round.id, office.round.version));
    EvaluationView view(office.temp.session());
    view.show(); // areas load when shown
    settle();
    CHECK_FALSE(view.scoreModel()->flags(view.scoreModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(view.surveyModel()->flags(view.surveyModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(child<QPushButton>(&view, "enterBrandPushButton")->isEnabled());
    auto* lock = child<QPushButton>(&view, "lockPushButton");
    CHECK_FALSE(lock->isEnabled());

    office.temp.signInAs(Role::Administrator);
    EvaluationView adminView(office.temp.session());
    adminView.show(); // areas load when shown
    settle();
    auto* unlock = child<QPushButton>(&adminView, "lockPushButton");
    REQUIRE(unlock->isEnabled());
    unlock->click();
    settle();
    CHECK_FALSE(office.evaluation().round(office.round.id)->locked);
    CHECK(adminView.scoreModel()->flags(adminView.scoreModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
}

TEST_CASE("a round that cannot be read says why, stays saying it, and offers no edit")
{
    EvaluationOffice office;
    office.enter(office.financeBrand);
    EvaluationView view(office.temp.session());
    view.show(); // areas load when shown
    settle();
    auto* status = child<QLabel>(&view, "roundStatusLabel");
    REQUIRE(status->text() == QStringLiteral("Open for entries and scores."));

    // The scores table vanishes behind the program's back: the next load fails at its last step.
    RawDatabase(office.temp).exec(QStringLiteral("ALTER TABLE evaluation_scores RENAME TO evaluation_scores_gone"));
    view.reload();
    settle();
    CHECK(status->text().startsWith(QStringLiteral("The round could not be read: ")));
    CHECK(status->text().size() > QStringLiteral("The round could not be read: ").size());
    CHECK_FALSE(view.scoreModel()->flags(view.scoreModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(child<QPushButton>(&view, "enterBrandPushButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, "lockPushButton")->isEnabled());

    RawDatabase(office.temp).exec(QStringLiteral("ALTER TABLE evaluation_scores_gone RENAME TO evaluation_scores"));
    view.reload();
    settle();
    CHECK(status->text() == QStringLiteral("Open for entries and scores."));
}

TEST_CASE("a leader sees the evaluation but cannot change it")
{
    EvaluationOffice office;
    office.enter(office.financeBrand);
    office.temp.signInAs(Role::Leader);
    EvaluationView view(office.temp.session());
    view.show(); // areas load when shown
    settle();
    CHECK(child<QTableView>(&view, "entriesTableView")->model()->rowCount() == 1);
    CHECK_FALSE(view.scoreModel()->flags(view.scoreModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    for (const char* name : {"newRoundPushButton", "lockPushButton", "enterBrandPushButton", "withdrawPushButton",
                             "addExpertPushButton", "suggestTopPushButton"})
        CHECK_FALSE(child<QPushButton>(&view, name)->isEnabled());
}

TEST_CASE("a selected brand's publicity is listed, added from the form and deleted after asking")
{
    EvaluationOffice office;
    const qint64 entryId = selectedWithPublicity(office);

    PublicityDialog dialog(office.evaluation(), entryId, QDate(2009, 5, 15));
    dialog.show();
    auto* table = child<QTableWidget>(&dialog, "publicityTableWidget");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == QStringLiteral("《阳光财政》专题报道"));

    typeText(child<QLineEdit>(&dialog, "titleLineEdit"), QStringLiteral("阳光财政进社区"));
    child<QPushButton>(&dialog, "addPublicityPushButton")->click();
    REQUIRE(table->rowCount() == 2);
    CHECK(child<QLineEdit>(&dialog, "titleLineEdit")->text().isEmpty());

    table->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    child<QPushButton>(&dialog, "deletePublicityPushButton")->click();
    CHECK(table->rowCount() == 2);
    table->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(&dialog, "deletePublicityPushButton")->click();
    REQUIRE(table->rowCount() == 1);
    const Result<QList<PublicityRecord>> left = office.evaluation().publicity(entryId);
    REQUIRE(left);
    REQUIRE(left->size() == 1);
    CHECK(left->first().title == QStringLiteral("阳光财政进社区"));
}

TEST_CASE("the stored declaration file can be saved as a copy, byte for byte")
{
    EvaluationOffice office;
    EvaluationEntry entry = office.enter(office.financeBrand);
    static constexpr char kFile[] = "%PDF-1.4 declaration \x00\x01\x02 end"; // with NUL bytes inside
    const QByteArray bytes(kFile, sizeof(kFile) - 1);
    entry.fileName = QStringLiteral("阳光财政自查申报.pdf");
    entry.file = bytes;
    const Result<EvaluationEntry> stored = office.evaluation().saveEntry(entry, false);
    REQUIRE(stored);
    REQUIRE(stored->file == bytes);

    EntryDialog dialog(office.evaluation(), *stored, {}, QDate(2009, 5, 15));
    dialog.setReadOnly(true); // a leader may save a copy too
    auto* save = child<QPushButton>(&dialog, "saveFilePushButton");
    REQUIRE(save->isEnabled());
    const QString target = office.temp.filePath(QStringLiteral("copy.pdf"));
    FileDialog::setNextFileName(target);
    save->click();

    QFile copy(target);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == bytes);
}

TEST_CASE("the evaluation area is in the main window as \"evaluation\"")
{
    EvaluationOffice office;
    CHECK(MainWindow::viewNames().contains(QStringLiteral("evaluation")));
    MainWindow window(office.temp.session());
    REQUIRE(window.showView(QStringLiteral("evaluation")));
    CHECK(window.currentViewName() == QStringLiteral("evaluation"));
    CHECK(window.findChild<EvaluationView*>(QStringLiteral("evaluationView")) != nullptr);
}

TEST_CASE("render the publicity list for the documentation", "[.docs]")
{
    const QString folder = qEnvironmentVariable("BRANDDESK_SCREENSHOT_DIR", QStringLiteral("."));
    EvaluationOffice office;
    PublicityDialog dialog(office.evaluation(), selectedWithPublicity(office), QDate(2009, 5, 15));
    dialog.show();
    QCoreApplication::processEvents();
    CHECK(dialog.grab().save(folder + QStringLiteral("/evaluation-publicity.png")));
}
