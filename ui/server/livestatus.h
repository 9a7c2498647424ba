// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMainWindow;

namespace branddesk {

class Session;

/// Makes the main window follow the other PCs: starts the session's LiveUpdates (each area then refreshes by
/// itself when another PC saves), tells the server who works here (PresenceService), and says in the status bar
/// who saved what a moment ago. Child of the window.
class LiveStatus : public QObject {
    Q_OBJECT
public:
    static constexpr int kMessageMs = 8000;

    LiveStatus(Session& session, QMainWindow* window);
    ~LiveStatus() override;

private:
    void arrived(int count, const QStringList& userNames);

    Session& m_session;
    QMainWindow* m_window;
};

} // namespace branddesk
