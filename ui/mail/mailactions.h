// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace branddesk {

class Session;

/// The main window's Mail menu entries: the mail settings (read-only for a leader).
class MailActions : public QObject {
    Q_OBJECT
public:
    MailActions(Session& session, QWidget* window);

    void addTo(QMenu* menu);

private:
    Session& m_session;
    QWidget* m_window;
};

} // namespace branddesk
