// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/serversettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace branddesk {

/// File › Connect to Server…, and the question at start when the remembered server wants a password or
/// cannot be reached: the server, the database, the login and its password, and sslmode. OK checks them on a
/// connection of its own (the window stays painted) and closes only when the server took them; otherwise the
/// reason is shown in the dialog. exec() answers Accepted, Rejected, or kUseFile when the user chose this PC's
/// own database file instead.
class ServerConnectDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kUseFile = 2;

    ServerConnectDialog(const ServerSettings& initial, const QString& problem, QWidget* parent = nullptr);

    /// The settings as entered, the password included (kept in memory only).
    ServerSettings settings() const;
    void accept() override;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QLineEdit* m_rootCert;
    QLabel* m_problem;
};

} // namespace branddesk
