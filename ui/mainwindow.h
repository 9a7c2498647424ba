// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <functional>

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
    /// The brands area's page, made now if it was not shown yet.
    BrandsView* brandsView();

private:
    /// An area whose page `make` builds when it is first shown (until then an empty placeholder stands in).
    void addArea(const QString& name, const QString& title, const std::function<QWidget*()>& make,
                 const QKeySequence& shortcut);
    /// Builds the page at `index` if it is still the placeholder.
    void ensurePage(int index);
    void buildMenus();
    void buildStatusBar();
    void showAbout();

    Session& m_session;
    QUndoStack* m_undoStack;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QStringList m_areaNames;
    QList<std::function<QWidget*()>> m_makePage; ///< emptied once the page is made
    QMenu* m_viewMenu = nullptr;
    DepartmentsView* m_departmentsView = nullptr;
    BrandsView* m_brandsView = nullptr;
    ReportsView* m_reportsView = nullptr;
    HotlineView* m_hotlineView = nullptr;
    InboxView* m_inboxView = nullptr;
};

} // namespace branddesk
