// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A leader reads everything and is offered no change: every form opened by a leader is read-only from the moment
// it opens (readonlyform::apply), not refused only at Save. One test per area, on the demo office.
#include "core/demo/demodata.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/assessment/assessmentitemdialog.h"
#include "ui/assessment/assessmenttablemodel.h"
#include "ui/assessment/assessmentview.h"
#include "ui/brands/brandeditordialog.h"
#include "ui/enterprise/activityentrydialog.h"
#include "ui/enterprise/problemdialog.h"
#include "ui/evaluation/entrydialog.h"
#include "ui/evaluation/evaluationview.h"
#include "ui/hotline/ticketentrydialog.h"
#include "ui/inspections/inspectiondialog.h"
#include "ui/reports/reportentrydialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace branddesk;
using namespace branddesk::test;

namespace {

bool insideWatch(const QWidget* widget)
{
    for (const QWidget* w = widget; w != nullptr; w = w->parentWidget())
        if (w->objectName() == QLatin1String("recordWatchFrame"))
            return true;
    return false;
}

/// Every widget in `form` through which a user could still change something, by object name (class when unnamed).
/// `allowed` names the buttons that only read (close, save a copy of a file).
QStringList changeableWidgets(QWidget* form, const QStringList& allowed = {})
{
    QStringList found;
    auto note = [&found](const QWidget* w) {
        found.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    };
    auto live = [](const QWidget* w) { return w->isEnabled() && !w->isHidden() && !insideWatch(w); };
    for (QLineEdit* edit : form->findChildren<QLineEdit*>())
        if (live(edit) && !edit->isReadOnly() && qobject_cast<QComboBox*>(edit->parentWidget()) == nullptr &&
            qobject_cast<QAbstractSpinBox*>(edit->parentWidget()) == nullptr)
            note(edit);
    for (QPlainTextEdit* edit : form->findChildren<QPlainTextEdit*>())
        if (live(edit) && !edit->isReadOnly())
            note(edit);
    for (QTextEdit* edit : form->findChildren<QTextEdit*>())
        if (live(edit) && !edit->isReadOnly())
            note(edit);
    for (QComboBox* combo : form->findChildren<QComboBox*>())
        if (live(combo))
            note(combo);
    for (QAbstractSpinBox* spin : form->findChildren<QAbstractSpinBox*>())
        if (live(spin) && !spin->isReadOnly())
            note(spin);
    for (QAbstractItemView* view : form->findChildren<QAbstractItemView*>())
        if (live(view) && view->editTriggers() != QAbstractItemView::NoEditTriggers &&
            qobject_cast<QComboBox*>(view->parentWidget()) == nullptr && view->parentWidget() != nullptr &&
            qobject_cast<QComboBox*>(view->parentWidget()->parentWidget()) == nullptr)
            note(view);
    for (QAbstractButton* button : form->findChildren<QAbstractButton*>()) {
        if (!live(button) || allowed.contains(button->objectName()))
            continue;
        if (auto* box = qobject_cast<QDialogButtonBox*>(button->parentWidget())) {
            const QDialogButtonBox::StandardButton kind = box->standardButton(button);
            if (kind == QDialogButtonBox::Close || kind == QDialogButtonBox::Cancel)
                continue;
        }
        if (qobject_cast<QTabBar*>(button->parentWidget()) != nullptr) // a tab bar's scroll arrows
            continue;
        note(button);
    }
    return found;
}

/// The demo office with the leader signed in.
void openAsLeader(TempDatabase& db)
{
    db.clock().set(QDateTime(QDate(2009, 9, 15), QTime(10, 0)));
    REQUIRE(populateDemoData(db.session()));
    db.signInAs(Role::Leader);
}

} // namespace

TEST_CASE("a leader opening a weekly report gets a form with nothing to change, but can save a copy of a file")
{
    TempDatabase db;
    openAsLeader(db);
    ReportFilter filter;
    filter.limit = 1;
    Result<ReportSearchResult> found = db.session().reports().search(filter);
    REQUIRE(found.has_value());
    REQUIRE_FALSE(found->items.isEmpty());
    Result<WeeklyReport> report = db.session().reports().find(found->items.first().id);
    REQUIRE(report.has_value());
    ReportEntryDialog dialog(db.session(), *report);
    dialog.show();
    CHECK(changeableWidgets(&dialog, {QStringLiteral("closePushButton"), QStringLiteral("saveAttachmentPushButton")})
              .isEmpty());
    CHECK(child<QPushButton>(&dialog, "closePushButton")->isEnabled());
    CHECK(child<QPlainTextEdit>(&dialog, "contentPlainTextEdit")->toPlainText() == report->content);

    // The same report opened by a clerk: the check sees the editors it is there to find.
    db.signInAs(Role::Clerk);
    ReportEntryDialog editable(db.session(), *report);
    editable.show();
    const QStringList editors = changeableWidgets(&editable);
    CHECK(editors.contains(QStringLiteral("contentPlainTextEdit")));
    CHECK(editors.contains(QStringLiteral("savePushButton")));
    CHECK(editors.contains(QStringLiteral("departmentComboBox")));
}

TEST_CASE("a leader opening an inspection gets a form with nothing to change")
{
    TempDatabase db;
    openAsLeader(db);
    Result<QList<InspectionListItem>> inspections = db.session().inspections().list();
    REQUIRE(inspections.has_value());
    REQUIRE_FALSE(inspections->isEmpty());
    Result<Inspection> inspection = db.session().inspections().find(inspections->first().id);
    REQUIRE(inspection.has_value());
    InspectionDialog dialog(db.session(), *inspection);
    dialog.show();
    CHECK(changeableWidgets(&dialog, {QStringLiteral("closePushButton")}).isEmpty());
}

TEST_CASE("a leader opening an enterprise visit or a problem gets a form with nothing to change")
{
    TempDatabase db;
    openAsLeader(db);
    Result<QList<Activity>> activities = db.session().enterprise().activities();
    REQUIRE(activities.has_value());
    REQUIRE_FALSE(activities->isEmpty());
    ActivityEntryDialog activity(db.session(), activities->first());
    activity.show();
    CHECK(changeableWidgets(&activity, {QStringLiteral("closePushButton")}).isEmpty());

    Result<QList<Problem>> problems = db.session().enterprise().problems();
    REQUIRE(problems.has_value());
    REQUIRE_FALSE(problems->isEmpty());
    ProblemDialog problem(db.session(), problems->first());
    problem.show();
    CHECK(changeableWidgets(&problem).isEmpty());
}

TEST_CASE("a leader opening a brand gets its five standards with nothing to change")
{
    TempDatabase db;
    openAsLeader(db);
    Result<QList<BrandOverview>> brands = db.session().brands().overviews();
    REQUIRE(brands.has_value());
    REQUIRE_FALSE(brands->isEmpty());
    BrandEditorDialog dialog(db.session(), brands->first().brand.id, 0);
    dialog.show();
    CHECK(changeableWidgets(&dialog).isEmpty());
}

TEST_CASE("a leader opening an evaluation entry reads the declaration, and the score grids take no typing")
{
    TempDatabase db;
    openAsLeader(db);
    Result<std::optional<Campaign>> campaign = db.session().campaigns().current();
    REQUIRE((campaign && *campaign));
    Result<QList<EvaluationRound>> rounds = db.session().evaluation().rounds((*campaign)->id);
    REQUIRE(rounds.has_value());
    REQUIRE_FALSE(rounds->isEmpty());
    Result<QList<EvaluationEntry>> entries = db.session().evaluation().entries(rounds->first().id);
    REQUIRE(entries.has_value());
    REQUIRE_FALSE(entries->isEmpty());
    Result<QList<BrandOverview>> brands = db.session().brands().overviews();
    REQUIRE(brands.has_value());
    EntryDialog dialog(db.session().evaluation(), entries->first(), *brands, QDate(2009, 9, 15));
    dialog.setReadOnly(true); // as EvaluationView opens it for a leader
    dialog.show();
    CHECK(changeableWidgets(&dialog, {QStringLiteral("saveFilePushButton")}).isEmpty());

    EvaluationView view(db.session());
    view.show();
    for (const char* grid : {"scoresTableView", "surveyTableView"})
        CHECK(child<QTableView>(&view, grid)->editTriggers() == QAbstractItemView::NoEditTriggers);
}

TEST_CASE("a leader opening a hotline ticket gets a form with nothing to change")
{
    TempDatabase db;
    openAsLeader(db);
    Result<QList<Ticket>> tickets = db.session().hotline().tickets();
    REQUIRE(tickets.has_value());
    REQUIRE_FALSE(tickets->isEmpty());
    TicketEntryDialog dialog(db.session(), tickets->first());
    dialog.show();
    CHECK(changeableWidgets(&dialog, {QStringLiteral("closePushButton")}).isEmpty());
}

TEST_CASE("a leader in the annual assessment gets no enabled editor, and an item opens with nothing to change")
{
    TempDatabase db;
    db.clock().set(QDateTime(QDate(2009, 9, 15), QTime(10, 0)));
    REQUIRE(populateDemoData(db.session()));
    db.signInAs(Role::Clerk);
    const Result<QList<Department>> departments = db.session().departments().activeDepartments();
    REQUIRE(departments);
    REQUIRE_FALSE(departments->isEmpty());
    AssessmentItem item;
    item.year = 2009;
    item.departmentId = departments->first().id;
    item.kind = AssessmentItemKind::Bonus;
    item.points = 1;
    item.reason = QStringLiteral("省级表彰");
    const Result<AssessmentItem> saved = db.session().assessment().saveItem(item);
    REQUIRE(saved);
    {
        AssessmentView clerkView(db.session());
        clerkView.show();
        clerkView.reload();
        REQUIRE(QTest::qWaitFor([&] { return !clerkView.isLoading(); }, 20000)); // computed in the background
        CHECK(child<QAction>(&clerkView, "newAssessmentItemAction")->isEnabled());
        CHECK_FALSE(child<QAction>(&clerkView, "finaliseAssessmentAction")->isEnabled()); // administrators only
    }

    db.signInAs(Role::Leader);
    AssessmentView view(db.session());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    view.reload();
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading(); }, 20000));
    CHECK(view.model()->rowCount() == departments->size());
    for (const char* name : {"newAssessmentItemAction", "removeAssessmentItemAction", "finaliseAssessmentAction",
                             "reopenAssessmentAction"})
        CHECK_FALSE(child<QAction>(&view, name)->isEnabled());
    AssessmentItemDialog dialog(db.session(), *saved);
    dialog.show();
    CHECK(changeableWidgets(&dialog).isEmpty());
}
