// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/server/serverconnectdialog.h"

#include "core/storage/database.h"
#include "ui/widgets/busywork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace branddesk {

ServerConnectDialog::ServerConnectDialog(const ServerSettings& initial, const QString& problem, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(initial.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(initial.database, this))
    , m_user(new QLineEdit(initial.user, this))
    , m_password(new QLineEdit(initial.password, this))
    , m_sslMode(new QComboBox(this))
    , m_rootCert(new QLineEdit(initial.sslRootCert, this))
    , m_problem(new QLabel(problem, this))
{
    setObjectName(QStringLiteral("serverConnectDialog"));
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("serverHostLineEdit"));
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or db.office.local"));
    m_port->setObjectName(QStringLiteral("serverPortSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_database->setObjectName(QStringLiteral("serverDatabaseLineEdit"));
    m_user->setObjectName(QStringLiteral("serverUserLineEdit"));
    m_password->setObjectName(QStringLiteral("serverPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not stored on this PC"));
    m_sslMode->setObjectName(QStringLiteral("serverSslModeComboBox"));
    for (const char* mode : {"prefer", "require", "verify-ca", "verify-full", "disable"})
        m_sslMode->addItem(QLatin1String(mode), QLatin1String(mode));
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(initial.sslMode)));
    m_rootCert->setObjectName(QStringLiteral("serverRootCertLineEdit"));
    m_rootCert->setPlaceholderText(tr("the office's CA certificate, for verify-ca and verify-full"));
    m_problem->setObjectName(QStringLiteral("serverProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setVisible(!problem.isEmpty());

    auto* intro = new QLabel(tr("The office's shared BrandDesk database on its PostgreSQL server. The administrator "
                                "of the server gives you these settings; this PC remembers them, never the "
                                "password."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption (sslmode):"), m_sslMode);
    form->addRow(tr("C&A certificate:"), m_rootCert);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QPushButton* useFile = buttons->addButton(tr("Use the &File on This PC"), QDialogButtonBox::ResetRole);
    useFile->setObjectName(QStringLiteral("useFileButton"));
    connect(useFile, &QPushButton::clicked, this, [this] { done(kUseFile); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

ServerSettings ServerConnectDialog::settings() const
{
    ServerSettings server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    server.sslMode = m_sslMode->currentData().toString();
    server.sslRootCert = m_rootCert->text().trimmed();
    return server;
}

void ServerConnectDialog::accept()
{
    const ServerSettings server = settings();
    QString problem;
    if (server.host.isEmpty())
        problem = tr("Enter the server's name or address.");
    else if (!ServerSettings::isPlainName(server.database))
        problem = tr("The database's name is lower-case letters, digits and _ (as the administrator set it up).");
    if (problem.isEmpty()) {
        // The connection is tried on one of its own, off the UI thread: a server that does not answer takes
        // seconds to say so.
        Result<void> probed;
        runBusy(this, tr("Connecting to %1…").arg(server.displayName()),
                [&probed, server] { probed = Database::probeServer(server); });
        if (probed) {
            QDialog::accept();
            return;
        }
        problem = probed.error().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(true);
}

} // namespace branddesk
