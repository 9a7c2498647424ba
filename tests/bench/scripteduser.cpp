// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/scripteduser.h"

#include "core/services/session.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/mainwindow.h"
#include "ui/print/previewdialog.h"
#include "ui/print/previewpages.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/filedialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace branddesk::bench {
namespace {

/// Types text as an input method does (key events cannot carry Chinese characters).
void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(widget, &release);
}

/// Calls `handle` with the first modal dialog named `name` once it is up (polled from the event loop, so from
/// inside the exec() that shows it). A timer of its own: timers do not fire again while their own slot runs.
void whenModal(const QString& name, const std::function<void(QDialog*)>& handle)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, handle] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        poll->stop();
        poll->deleteLater();
        handle(dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    poll->start();
}

/// Runs the event loop until `done` holds (checked every 20 ms) or three minutes have passed.
void waitUntil(const std::function<bool()>& done)
{
    QEventLoop loop;
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || waited.elapsed() > 180000)
            loop.quit();
    });
    poll.start();
    loop.exec();
}

/// Waits in the print preview until every page is counted and the first pages are painted, then shows the middle
/// page and waits for its picture, as a user leafing through the batch would.
void browsePreview(QDialog* dialog)
{
    auto* preview = qobject_cast<PreviewDialog*>(dialog);
    if (!preview)
        qFatal("scripted user: the print preview is no PreviewDialog");
    waitUntil([preview] { return !preview->isLoading(); });
    auto* pages = preview->findChild<PreviewPages*>(QStringLiteral("previewPages"));
    if (!pages)
        qFatal("scripted user: no previewPages");
    pages->showPage(pages->pageCount() / 2);
    waitUntil([preview] { return !preview->isLoading(); });
}

template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("scripted user: no %s", name);
    return found;
}

QAction* action(QObject* parent, const char* name)
{
    return child<QAction>(parent, name);
}

} // namespace

ScriptedUser::ScriptedUser(Session& session, MainWindow& window, const QString& scratchFolder)
    : m_session(session)
    , m_window(window)
    , m_scratch(scratchFolder)
{}

void ScriptedUser::settle()
{
    QEventLoop loop;
    QElapsedTimer quiet;
    QElapsedTimer waited;
    quiet.start();
    waited.start();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (BackgroundReader::busyReaders() > 0 || m_heartbeat.sinceLastBeatMs() > 50)
            quiet.restart();
        if (quiet.elapsed() > 600 || waited.elapsed() > 180000)
            loop.quit();
    });
    poll.start();
    loop.exec();
}

void ScriptedUser::step(const QString& what, const std::function<void()>& act)
{
    settle();
    m_heartbeat.beginStep();
    QTimer::singleShot(0, &m_window, act); // from the event loop, as a click would come
    settle();
    m_steps.append({what, m_heartbeat.stepWorstMs()});
}

QList<StallStep> ScriptedUser::run()
{
    auto* navigation = child<QListWidget>(&m_window, "navigationListWidget");
    const QStringList areas = MainWindow::viewNames();
    for (int row = 0; row < areas.size(); ++row)
        step(QStringLiteral("area: %1").arg(areas.at(row)), [navigation, row] { navigation->setCurrentRow(row); });

    auto* dashboard = child<DashboardView>(&m_window, "dashboardView");
    step(QStringLiteral("dashboard: whole campaign, refreshed"), [this, dashboard] {
        m_window.showView(QStringLiteral("dashboard"));
        dashboard->setPeriod(DashboardView::Period::WholeCampaign);
        action(dashboard, "refreshDashboardAction")->trigger();
    });

    QWidget* reports = child<QWidget>(&m_window, "reportsView");
    auto* search = child<QLineEdit>(reports, "searchLineEdit");
    for (const QString& term : {QStringLiteral("企业"), QStringLiteral("满意率")})
        step(QStringLiteral("search: %1 (%2 characters)").arg(term).arg(term.size()), [this, search, term] {
            m_window.showView(QStringLiteral("reports"));
            search->clear();
            typeText(search, term);
            pressKey(search, Qt::Key_Return);
        });

    Result<QList<Department>> departments = m_session.departments().activeDepartments();
    const QString department = departments && !departments->isEmpty() ? departments->constFirst().name : QString();
    step(QStringLiteral("save: a weekly report through the form"), [this, department] {
        whenModal(QStringLiteral("ReportEntryDialog"), [department](QDialog* form) {
            typeText(child<QComboBox>(form, "departmentComboBox")->lineEdit(), department);
            auto* content = child<QPlainTextEdit>(form, "contentPlainTextEdit");
            typeText(content, QStringLiteral("本周深入企业走访，协调解决问题三件。"));
            pressKey(content, Qt::Key_Return, Qt::ControlModifier);
            form->done(QDialog::Accepted);
        });
        action(&m_window, "logReportsAction")->trigger();
    });

    step(QStringLiteral("preview: inspection sheets, all departments, this month (all pages counted, then the "
                        "middle page shown)"),
         [this] {
             whenModal(QStringLiteral("DocumentsDialog"), [](QDialog* documents) {
                 whenModal(QStringLiteral("printPreviewDialog"), [](QDialog* preview) { browsePreview(preview); });
                 child<QPushButton>(documents, "previewPushButton")->click();
             });
             action(&m_window, "printInspectionSheetsAction")->trigger();
         });

    step(QStringLiteral("export: the dashboard's traffic lights (a row per department) to Excel"), [this, dashboard] {
        m_window.showView(QStringLiteral("dashboard"));
        FileDialog::setNextFileName(QDir(m_scratch).filePath(QStringLiteral("traffic-lights.xlsx")));
        action(dashboard, "exportAction")->trigger();
    });
    return m_steps;
}

} // namespace branddesk::bench
