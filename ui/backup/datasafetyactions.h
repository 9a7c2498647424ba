// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace branddesk {

class Session;

/// The File menu's data-safety entries: import departments, back up now, restore from a backup.
class DataSafetyActions : public QObject {
    Q_OBJECT
public:
    DataSafetyActions(Session& session, QWidget* window);

    /// Adds the entries to `menu` (before its last entry, Quit, when there is one).
    void addTo(QMenu* menu);

    void importDepartments();
    void backUpNow();
    void restoreFromBackup();

private:
    Session& m_session;
    QWidget* m_window;
};

} // namespace branddesk
