// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace branddesk {

class BrandsView;
class ReportsView;
class DepartmentsView;
class HotlineView;
class InboxView;
class Session;

/// The main window wires the areas together: a navigation list, the area pages, menus and the status bar.
/// It holds no feature logic; each area lives in its own folder under ui/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The names accepted by showView() and `--view`, in navigation order.
    static QStringList viewNames();
    /// Switches to an area by name ("departments", "brands"); false for an unknown name.
    bool showView(const QString& name);
    QString currentViewName() const;

    DepartmentsView* departmentsView() const { return m_departmentsView; }
    BrandsView* brandsView() const { return m_brandsView; }

private:
    void addArea(const QString& name, const QString& title, QWidget* page, const QKeySequence& shortcut);
    void buildMenus();
    void buildStatusBar();
    void showAbout();

    Session& m_session;
    QUndoStack* m_undoStack;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStringList m_areaNames;
    QMenu* m_viewMenu = nullptr;
    DepartmentsView* m_departmentsView;
    BrandsView* m_brandsView;
    ReportsView* m_reportsView = nullptr;
    HotlineView* m_hotlineView = nullptr;
    InboxView* m_inboxView = nullptr;
};

} // namespace branddesk
