// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectedUsersDialog;
}

class QPushButton;

namespace branddesk {

class Session;

/// For administrators: who is connected to the office's server now — user, PC, address, since when, and the
/// record each has open in a form. Refresh (F5) reads the list again. On a file, only this PC is listed.
class ConnectedUsersDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectedUsersDialog(Session& session, QWidget* parent = nullptr);
    ~ConnectedUsersDialog() override;

    /// Reads the list again; false (with the reason shown in the dialog) when it could not be read.
    bool refresh();

private:
    std::unique_ptr<Ui::ConnectedUsersDialog> m_ui;
    Session& m_session;
};

} // namespace branddesk
