// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every window's shortcuts and mnemonics, listed; the same key twice where both are reachable at once is a clash
// (Qt then fires neither, or only cycles between them).
#include "core/demo/demodata.h"
#include "core/services/session.h"
#include "core/storage/serversettings.h"
#include "tests/support/tempdatabase.h"
#include "ui/accounts/adduserdialog.h"
#include "ui/accounts/passworddialog.h"
#include "ui/brands/brandeditordialog.h"
#include "ui/departments/departmentdialog.h"
#include "ui/documents/documentsdialog.h"
#include "ui/enterprise/activityentrydialog.h"
#include "ui/hotline/ticketentrydialog.h"
#include "ui/inspections/inspectiondialog.h"
#include "ui/mainwindow.h"
#include "ui/reports/reportentrydialog.h"
#include "ui/server/serverconnectdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

using namespace branddesk;
using namespace branddesk::test;

namespace {

QString keyText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::PortableText);
}

QString described(const QObject* object, const QString& text)
{
    return QString::fromLatin1(object->metaObject()->className()) + QStringLiteral(" ") + object->objectName() +
           QStringLiteral(" \"") + text + QLatin1Char('"');
}

/// Whether an action's shortcut can fire in `window` as it is shown now: one of the widgets it is on is visible,
/// or it sits in a menu reachable from a visible menu bar.
bool reachable(const QAction* action, const QWidget* window)
{
    for (const QObject* object : action->associatedObjects()) {
        const auto* widget = qobject_cast<const QWidget*>(object);
        if (widget == nullptr)
            continue;
        if (const auto* menu = qobject_cast<const QMenu*>(widget)) {
            if (reachable(menu->menuAction(), window))
                return true;
        } else if (widget == window || widget->isVisibleTo(window)) {
            return true;
        }
    }
    return false;
}

/// Every key that is live in `window` as it is shown now, with what it does; and the mnemonics inside each menu.
QMap<QString, QStringList> liveKeys(QWidget* window, QStringList& menuClashes)
{
    QMap<QString, QStringList> keys;
    const auto visible = [window](const QWidget* widget) { return widget == window || widget->isVisibleTo(window); };
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->isSeparator() || !reachable(action, window))
            continue;
        for (const QKeySequence& shortcut : action->shortcuts())
            keys[keyText(shortcut)].append(described(action, action->text()));
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        const auto* owner = qobject_cast<const QWidget*>(shortcut->parent());
        if (owner != nullptr && visible(owner))
            keys[keyText(shortcut->key())].append(described(shortcut, QStringLiteral("shortcut")));
    }
    const auto mnemonic = [&keys](const QObject* object, const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            keys[keyText(key)].append(described(object, text));
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!visible(widget))
            continue;
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            mnemonic(button, button->text());
        else if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
            mnemonic(label, label->text());
        else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            mnemonic(group, group->title());
        else if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                mnemonic(tabs, tabs->tabText(i));
        } else if (const auto* bar = qobject_cast<const QMenuBar*>(widget)) {
            for (const QAction* action : bar->actions())
                mnemonic(bar, action->text());
        }
    }
    for (const QMenu* menu : window->findChildren<QMenu*>()) {
        QMap<QString, QStringList> inMenu;
        for (const QAction* action : menu->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (!key.isEmpty())
                inMenu[keyText(key)].append(action->text());
        }
        for (auto it = inMenu.cbegin(); it != inMenu.cend(); ++it) {
            if (it->size() > 1)
                menuClashes.append(menu->title() + QStringLiteral(": ") + it.key() + QStringLiteral(" for ") +
                                   it->join(QStringLiteral(", ")));
        }
    }
    return keys;
}

/// Looks at `window` in each state a user can put it in (each page of a stack, each tab of a tab widget) and
/// returns the clashes, and in `listing` every key it found.
QStringList clashesIn(QWidget* window, const QString& name, QStringList& listing,
                      const std::function<void(int)>& showPage = {}, int pages = 1)
{
    QStringList clashes;
    for (int page = 0; page < pages; ++page) {
        if (showPage)
            showPage(page);
        QList<std::pair<QTabWidget*, int>> states = {{nullptr, 0}};
        for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
            if (tabs->isVisibleTo(window)) {
                for (int i = 0; i < tabs->count(); ++i)
                    states.append({tabs, i});
            }
        }
        for (const auto& [tabs, index] : states) {
            if (tabs != nullptr)
                tabs->setCurrentIndex(index);
            QStringList menuClashes;
            const QMap<QString, QStringList> keys = liveKeys(window, menuClashes);
            const QString where = name + (showPage ? QStringLiteral(" page %1").arg(page) : QString()) +
                                  (tabs ? QStringLiteral(" tab %1").arg(index) : QString());
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                listing.append(where + QStringLiteral(": ") + it.key() + QStringLiteral(" = ") +
                               it->join(QStringLiteral("; ")));
                if (it->size() > 1)
                    clashes.append(where + QStringLiteral(": ") + it.key() + QStringLiteral(" twice: ") +
                                   it->join(QStringLiteral("; ")));
            }
            for (const QString& clash : menuClashes)
                clashes.append(where + QStringLiteral(" menu ") + clash);
        }
    }
    for (QString& clash : clashes) // a menu's clash is the window's, whatever page is shown
        clash.remove(QRegularExpression(QStringLiteral(" page \\d+| tab \\d+(?= menu)")));
    clashes.removeDuplicates();
    return clashes;
}

void checkEveryWindow(TempDatabase& temp)
{
    Session& session = temp.session();
    QStringList listing;
    QStringList clashes;
    {
        MainWindow window(session);
        const QStringList views = MainWindow::viewNames();
        clashes += clashesIn(
            &window, QStringLiteral("main window"), listing, [&](int page) { window.showView(views.at(page)); },
            int(views.size()));
    }
    const Result<QList<Department>> departments = session.departments().activeDepartments();
    REQUIRE(departments);
    REQUIRE_FALSE(departments->isEmpty());
    const qint64 departmentId = departments->first().id;
    const QList<std::pair<QString, std::function<std::unique_ptr<QWidget>()>>> dialogs = {
        {QStringLiteral("summary"),
         [&] { return std::make_unique<DocumentsDialog>(session, DocumentsDialog::Document::Summary); }},
        {QStringLiteral("inspection sheets"),
         [&] { return std::make_unique<DocumentsDialog>(session, DocumentsDialog::Document::InspectionSheets); }},
        {QStringLiteral("department"), [&] { return std::make_unique<DepartmentDialog>(session, std::nullopt); }},
        {QStringLiteral("brand editor"), [&] { return std::make_unique<BrandEditorDialog>(session, 0, departmentId); }},
        {QStringLiteral("weekly report"), [&] { return std::make_unique<ReportEntryDialog>(session); }},
        {QStringLiteral("inspection"), [&] { return std::make_unique<InspectionDialog>(session, departmentId); }},
        {QStringLiteral("activity"), [&] { return std::make_unique<ActivityEntryDialog>(session, departmentId); }},
        {QStringLiteral("hotline ticket"), [&] { return std::make_unique<TicketEntryDialog>(session); }},
        {QStringLiteral("add user"), [&] { return std::make_unique<AddUserDialog>(session.accounts()); }},
        {QStringLiteral("password"), [&] { return std::make_unique<PasswordDialog>(session.accounts()); }},
        {QStringLiteral("server"), [&] { return std::make_unique<ServerConnectDialog>(ServerSettings{}, QString()); }},
    };
    for (const auto& [name, make] : dialogs) {
        const std::unique_ptr<QWidget> dialog = make();
        clashes += clashesIn(dialog.get(), name, listing);
    }
    REQUIRE(listing.size() > 50);
    INFO("every key found:\n" << listing.join(QLatin1Char('\n')).toStdString());
    INFO("clashes:\n" << clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}

} // namespace

TEST_CASE("no window has the same shortcut or mnemonic twice, in English and in Chinese")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    temp.signInAs(Role::Administrator); // every action enabled
    SECTION("English (the source texts)")
    {
        checkEveryWindow(temp);
    }
    SECTION("Chinese")
    {
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/branddesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        checkEveryWindow(temp);
        QCoreApplication::removeTranslator(&translator);
    }
}
