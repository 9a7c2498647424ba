// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/recordlist.h"

#include "core/domain/department.h"
#include "ui/widgets/viewstatekeeper.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>

namespace branddesk::recordlist {
namespace {

constexpr int resizeSampleRows = 100;

} // namespace

void setUpTable(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    table->sortByColumn(-1, Qt::AscendingOrder); // the service's order (sort order, then pinyin)
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The columns fit the rows in view and a sample of the others, not all of them: Qt's default (1,000 rows)
    // measured every cell of a 1,000-department list on the UI thread at each reload.
    table->horizontalHeader()->setResizeContentsPrecision(resizeSampleRows);
    table->horizontalHeader()->setStretchLastSection(true);
    new ViewStateKeeper(table); // a reload (another PC's change) keeps the selection and the scroll position
}

void fillCategories(QComboBox* combo)
{
    combo->addItem(QCoreApplication::translate("RecordList", "All categories"));
    for (DepartmentCategory category : allDepartmentCategories())
        combo->addItem(departmentCategoryName(category), static_cast<int>(category));
}

QAction* addPageAction(QWidget* page, const QString& text, const QKeySequence& shortcut, const char* objectName)
{
    auto* action = new QAction(text, page);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

void addFindShortcut(QWidget* page, QLineEdit* search)
{
    QAction* find =
        addPageAction(page, QCoreApplication::translate("RecordList", "Find"), QKeySequence::Find, "findAction");
    QObject::connect(find, &QAction::triggered, search, [search] {
        search->setFocus();
        search->selectAll();
    });
}

void addToolBar(QWidget* page, QBoxLayout* layout, const QList<QAction*>& actions)
{
    auto* toolBar = new QToolBar(page);
    toolBar->setObjectName(page->objectName() + QStringLiteral("ToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : actions) {
        if (action == nullptr)
            toolBar->addSeparator();
        else
            toolBar->addAction(action);
    }
    layout->insertWidget(0, toolBar);
}

} // namespace branddesk::recordlist
