// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/services/session.h"
#include "ui/accounts/accountactions.h"
#include "ui/assessment/assessmentview.h"
#include "ui/backup/datasafetyactions.h"
#include "ui/brands/brandsview.h"
#include "ui/campaign/behindview.h"
#include "ui/campaign/milestonesview.h"
#include "ui/campaign/timelineview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/departments/departmentsview.h"
#include "ui/documents/documentsdialog.h"
#include "ui/enterprise/enterpriseview.h"
#include "ui/evaluation/evaluationview.h"
#include "ui/hotline/hotlineview.h"
#include "ui/inspections/inspectionsview.h"
#include "ui/mail/inboxview.h"
#include "ui/mail/mailactions.h"
#include "ui/reports/complianceview.h"
#include "ui/reports/reportsview.h"
#include "ui/server/connectionwatch.h"
#include "ui/server/livestatus.h"
#include "ui/server/serveractions.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <utility>

namespace branddesk {

// The window's shortcuts (a page's own work only while the page has focus: Ctrl+N, Ctrl+O, Ctrl+E, Ctrl+H, Delete,
// Ctrl+F, and the hotline's Ctrl+Shift+S/X/R/A/F/C):
//   areas   Ctrl+1 … Ctrl+9, Ctrl+0 (departments … enterprise), Ctrl+Shift+V evaluation, Ctrl+Shift+H hotline,
//           Ctrl+Shift+K annual assessment; Ctrl+Shift+I report inbox; Mail: Ctrl+Shift+M fetch mail
//   File    Ctrl+Shift+N weekly reports, Ctrl+Shift+L hotline calls, Ctrl+P summary, Ctrl+Shift+P inspection sheets,
//           Ctrl+Q quit
//   Edit    Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_undoStack(new QUndoStack(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Which database is open, in the title too: a PC that opens the office's server and its own file must never
    // leave the user guessing where an entry goes.
    setWindowTitle(tr("BrandDesk — service brand supervision") + QStringLiteral(" — ") + session.database().location());
    resize(1280, 800);

    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setFixedWidth(150);
    m_navigation->setFocusPolicy(Qt::TabFocus);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(3);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();
    // Only the departments, the area a start shows, is built now; every other page when it is first shown (or
    // when an action needs it): a start does not wait for thirteen pages nobody looks at yet.
    addArea(
        QStringLiteral("departments"), tr("Departments"),
        [this] {
            m_departmentsView = new DepartmentsView(m_session, *m_undoStack, this);
            connect(m_departmentsView, &DepartmentsView::newBrandRequested, this, [this](qint64 departmentId) {
                showView(QStringLiteral("brands"));
                m_brandsView->openEditor(0, departmentId);
            });
            return m_departmentsView;
        },
        QKeySequence(Qt::CTRL | Qt::Key_1));
    addArea(
        QStringLiteral("brands"), tr("Service brands"),
        [this] { return m_brandsView = new BrandsView(m_session, this); }, QKeySequence(Qt::CTRL | Qt::Key_2));
    addArea(
        QStringLiteral("timeline"), tr("Campaign calendar"), [this] { return new TimelineView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::Key_3));
    addArea(
        QStringLiteral("milestones"), tr("Milestones"), [this] { return new MilestonesView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::Key_4));
    addArea(
        QStringLiteral("behind"), tr("Behind today"), [this] { return new BehindView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::Key_5));
    addArea(
        QStringLiteral("reports"), tr("Weekly reports"),
        [this] { return m_reportsView = new ReportsView(m_session, this); }, QKeySequence(Qt::CTRL | Qt::Key_6));
    addArea(
        QStringLiteral("compliance"), tr("Report compliance"),
        [this] {
            auto* compliance = new ComplianceView(m_session, this);
            compliance->setMailAccess(MailActions::reminderAccess(m_session));
            connect(compliance, &ComplianceView::reportsRequested, this,
                    [this](qint64 departmentId, const ReportWeek& week) {
                        showView(QStringLiteral("reports"));
                        m_reportsView->showDepartmentWeek(departmentId, week);
                    });
            return compliance;
        },
        QKeySequence(Qt::CTRL | Qt::Key_7));
    addArea(
        QStringLiteral("inspections"), tr("Inspections"), [this] { return new InspectionsView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::Key_8));
    addArea(
        QStringLiteral("dashboard"), tr("Dashboard"),
        [this] {
            auto* dashboard = new DashboardView(m_session, this);
            connect(dashboard, &DashboardView::departmentRequested, this,
                    [this] { showView(QStringLiteral("departments")); });
            return dashboard;
        },
        QKeySequence(Qt::CTRL | Qt::Key_9));
    addArea(
        QStringLiteral("enterprise"), tr("Enterprise service"), [this] { return new EnterpriseView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::Key_0));
    addArea(
        QStringLiteral("evaluation"), tr("Evaluation"), [this] { return new EvaluationView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    addArea(
        QStringLiteral("hotline"), tr("Hotline"), [this] { return m_hotlineView = new HotlineView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    addArea(
        QStringLiteral("assessment"), tr("Annual assessment"), [this] { return new AssessmentView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    addArea(
        QStringLiteral("inbox"), tr("Report inbox"), [this] { return m_inboxView = new InboxView(m_session, this); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_pages->setCurrentIndex(row);
    });
    ensurePage(0);
    m_navigation->setCurrentRow(0);
    buildStatusBar();
    new LiveStatus(session, this); // every area follows what the other PCs save
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("departments"), QStringLiteral("brands"),      QStringLiteral("timeline"),
            QStringLiteral("milestones"),  QStringLiteral("behind"),      QStringLiteral("reports"),
            QStringLiteral("compliance"),  QStringLiteral("inspections"), QStringLiteral("dashboard"),
            QStringLiteral("enterprise"),  QStringLiteral("evaluation"),  QStringLiteral("hotline"),
            QStringLiteral("assessment"),  QStringLiteral("inbox")};
}

void MainWindow::addArea(const QString& name, const QString& title, const std::function<QWidget*()>& make,
                         const QKeySequence& shortcut)
{
    m_areaNames.append(name);
    m_makePage.append(make);
    m_pages->addWidget(new QWidget(m_pages)); // the placeholder, until the page is first shown
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setSizeHint(QSize(140, 40));
    QAction* action = m_viewMenu->addAction(title);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, name] { showView(name); });
}

void MainWindow::ensurePage(int index)
{
    if (index < 0 || index >= m_makePage.size() || !m_makePage[index])
        return;
    const std::function<QWidget*()> make = std::exchange(m_makePage[index], nullptr);
    QWidget* page = make();
    page->setObjectName(m_areaNames.at(index) + QStringLiteral("View"));
    QWidget* placeholder = m_pages->widget(index);
    const bool current = m_pages->currentWidget() == placeholder;
    m_pages->insertWidget(index, page);
    if (current) // removing the current widget would show its neighbour (and make it load its data)
        m_pages->setCurrentWidget(page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
}

BrandsView* MainWindow::brandsView()
{
    ensurePage(int(m_areaNames.indexOf(QStringLiteral("brands"))));
    return m_brandsView;
}

bool MainWindow::showView(const QString& name)
{
    const int index = static_cast<int>(m_areaNames.indexOf(name));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    m_pages->currentWidget()->setFocus();
    return true;
}

QString MainWindow::currentViewName() const
{
    return m_areaNames.value(m_pages->currentIndex());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* logReports = file->addAction(tr("&Log weekly reports…"), this, [this] {
        showView(QStringLiteral("reports"));
        m_reportsView->newReports();
    });
    logReports->setObjectName(QStringLiteral("logReportsAction"));
    logReports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    logReports->setEnabled(m_session.currentUser().canWrite());
    QAction* logCalls = file->addAction(tr("Log &hotline calls…"), this, [this] {
        showView(QStringLiteral("hotline"));
        m_hotlineView->newTickets();
    });
    logCalls->setObjectName(QStringLiteral("logHotlineCallsAction"));
    logCalls->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    logCalls->setEnabled(m_session.currentUser().canWrite());
    // The mail: in the File menu beside the other ways reports arrive (a menu of its own would take a letter
    // that some page's fields already use).
    QAction* fetchMail = file->addAction(tr("F&etch Mail"), this, [this] {
        showView(QStringLiteral("inbox"));
        m_inboxView->fetchNow();
    });
    fetchMail->setObjectName(QStringLiteral("fetchMailAction"));
    fetchMail->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    fetchMail->setEnabled(m_session.currentUser().canWrite());
    (new MailActions(m_session, this))->addTo(file);
    file->addSeparator();
    QAction* summary = file->addAction(tr("Print supervision &summary…"), this, [this] {
        DocumentsDialog dialog(m_session, DocumentsDialog::Document::Summary, this);
        dialog.exec();
    });
    summary->setObjectName(QStringLiteral("printSummaryAction"));
    summary->setShortcut(QKeySequence::Print);
    QAction* sheets = file->addAction(tr("Print &inspection sheets…"), this, [this] {
        DocumentsDialog dialog(m_session, DocumentsDialog::Document::InspectionSheets, this);
        dialog.exec();
    });
    sheets->setObjectName(QStringLiteral("printInspectionSheetsAction"));
    sheets->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    (new DataSafetyActions(m_session, this))->addTo(file);
    (new ServerActions(m_session, this))->addTo(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu* accountsMenu = menuBar()->addMenu(tr("&Accounts"));
    accountsMenu->setObjectName(QStringLiteral("accountsMenu"));
    auto* accountActions = new AccountActions(m_session, this);
    accountActions->addTo(accountsMenu);
    QTimer::singleShot(0, accountActions, &AccountActions::warnIfAuditTrailBroken);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About BrandDesk"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    const Database& open = m_session.database();
    const QString where = open.isServer() ? tr("Server: %1").arg(open.location()) : tr("Database: %1").arg(open.path());
    auto* database = new QLabel(where, this);
    database->setObjectName(QStringLiteral("databasePathLabel"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (open.isServer()) {
        // Losing the server is said where the user looks, and said again when it is back; the window stays.
        auto* watch = new ConnectionWatch(m_session.database(), this);
        connect(watch, &ConnectionWatch::connectionChanged, this,
                [this](bool connected) { m_session.live().setServerReachable(connected); });
        connect(watch, &ConnectionWatch::connectionChanged, this,
                [this, database, where](bool connected, const QString& reason) {
                    if (connected) {
                        database->setText(where);
                        database->setStyleSheet(QString());
                        statusBar()->showMessage(tr("The connection to the server is back."), 10000);
                    } else {
                        database->setText(tr("The connection to the server is lost; BrandDesk keeps trying. "
                                             "Changes cannot be saved until it is back. (%1)")
                                              .arg(reason));
                        database->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
                    }
                });
        watch->start();
    }
    // The role beside the name: a leader sees at a glance why nothing offers a change.
    const CurrentUser& signedIn = m_session.currentUser();
    auto* user =
        new QLabel(signedIn.isSignedIn() ? tr("User: %1 (%2)").arg(signedIn.name(), roleName(signedIn.user().role))
                                         : tr("User: %1").arg(m_session.userName()),
                   this);
    user->setObjectName(QStringLiteral("userLabel"));
    auto* today =
        new QLabel(tr("Today: %1").arg(QLocale().toString(m_session.clock().today(), QLocale::LongFormat)), this);
    today->setObjectName(QStringLiteral("todayLabel"));
    statusBar()->addWidget(database, 1);
    statusBar()->addPermanentWidget(today);
    statusBar()->addPermanentWidget(user);
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About BrandDesk"),
                            tr("BrandDesk %1 — the service brand supervision desk of the work-style construction "
                               "office.\nLicensed under the GNU GPL, version 3 or later.")
                                .arg(QApplication::applicationVersion()));
}

} // namespace branddesk
