// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace branddesk {

class Session;

/// The File menu's shared-mode entries, for administrators: connect this PC to the office's server, go back
/// to this PC's own file, and save a copy of the server's data into a file.
class ServerActions : public QObject {
    Q_OBJECT
public:
    ServerActions(Session& session, QWidget* window);

    /// Adds the entries to `menu` (before its last entry, Quit); nothing for a user who is not an administrator.
    void addTo(QMenu* menu);

    void connectToServer();
    void useFileOnThisPc();
    void saveCopyToFile();

private:
    Session& m_session;
    QWidget* m_window;
};

} // namespace branddesk
