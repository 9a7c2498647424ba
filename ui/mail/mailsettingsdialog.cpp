// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/mailsettingsdialog.h"

#include "core/mail/imapclient.h"
#include "core/mail/mailsecurity.h"
#include "core/services/session.h"
#include "ui/mail/mailpasswordprompt.h"
#include "ui/widgets/busywork.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace branddesk {

MailSettingsDialog::MailSettingsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_folder(new QLineEdit(this))
    , m_fetchEvery(new QSpinBox(this))
    , m_samePassword(new QCheckBox(tr("Same account as the incoming server"), this))
    , m_fromAddress(new QLineEdit(this))
    , m_fromName(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Mail Settings"));
    if (Result<MailSettings> loaded = session.mailSettings().load(); loaded)
        m_loaded = *loaded;
    else
        m_problem->setText(loaded.error().message);

    auto* incomingBox =
        new QGroupBox(tr("Incoming mail (IMAP): the office mailbox the weekly reports arrive in"), this);
    incomingBox->setObjectName(QStringLiteral("incomingGroupBox"));
    m_incoming = makeServerFields(QStringLiteral("imap"), m_loaded.incoming, 993, 143);
    m_folder->setObjectName(QStringLiteral("imapFolderLineEdit"));
    m_folder->setText(m_loaded.folder);
    m_fetchEvery->setObjectName(QStringLiteral("fetchEverySpinBox"));
    m_fetchEvery->setRange(0, 1440);
    m_fetchEvery->setSuffix(tr(" min"));
    m_fetchEvery->setSpecialValueText(tr("only by hand"));
    m_fetchEvery->setValue(m_loaded.fetchEveryMinutes);
    auto* incomingForm = new QFormLayout(incomingBox);
    incomingForm->addRow(tr("&Server:"), m_incoming.host);
    incomingForm->addRow(tr("&Port:"), m_incoming.port);
    incomingForm->addRow(tr("&Encryption:"), m_incoming.security);
    incomingForm->addRow(tr("&User:"), m_incoming.user);
    incomingForm->addRow(tr("&Folder:"), m_folder);
    incomingForm->addRow(tr("Fetch &every:"), m_fetchEvery);

    auto* outgoingBox = new QGroupBox(tr("Outgoing mail (SMTP): the server reminders are sent through"), this);
    outgoingBox->setObjectName(QStringLiteral("outgoingGroupBox"));
    m_outgoing = makeServerFields(QStringLiteral("smtp"), m_loaded.outgoing, 465, 587);
    m_samePassword->setObjectName(QStringLiteral("samePasswordCheckBox"));
    m_samePassword->setChecked(m_loaded.sendWithIncomingPassword);
    m_fromAddress->setObjectName(QStringLiteral("fromAddressLineEdit"));
    m_fromAddress->setText(m_loaded.fromAddress);
    m_fromAddress->setPlaceholderText(tr("e.g. zfb@office.gov.cn"));
    m_fromName->setObjectName(QStringLiteral("fromNameLineEdit"));
    m_fromName->setText(m_loaded.fromName);
    m_fromName->setPlaceholderText(tr("e.g. 机关作风建设领导小组办公室"));
    auto* outgoingForm = new QFormLayout(outgoingBox);
    outgoingForm->addRow(tr("Se&rver:"), m_outgoing.host);
    outgoingForm->addRow(tr("P&ort:"), m_outgoing.port);
    outgoingForm->addRow(tr("E&ncryption:"), m_outgoing.security);
    outgoingForm->addRow(tr("U&ser:"), m_outgoing.user);
    outgoingForm->addRow(QString(), m_samePassword);
    outgoingForm->addRow(tr("Sender &address:"), m_fromAddress);
    outgoingForm->addRow(tr("Sender &name:"), m_fromName);

    auto* note = new QLabel(tr("Passwords are never saved: BrandDesk asks for them at the first use after it starts "
                               "and keeps them in memory until it closes."),
                            this);
    note->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("mailSettingsProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setVisible(!m_problem->text().isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("mailSettingsButtonBox"));
    QPushButton* test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testConnectionButton"));
    connect(test, &QPushButton::clicked, this, &MailSettingsDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(incomingBox);
    layout->addWidget(outgoingBox);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    if (!session.currentUser().canWrite())
        readonlyform::apply(this, {test});
}

MailSettingsDialog::ServerFields MailSettingsDialog::makeServerFields(const QString& prefix, const MailServer& server,
                                                                      int tlsPort, int startTlsPort)
{
    ServerFields f{new QLineEdit(server.host, this), new QSpinBox(this), new QComboBox(this),
                   new QLineEdit(server.user, this)};
    f.host->setObjectName(prefix + QStringLiteral("HostLineEdit"));
    f.host->setPlaceholderText(tr("e.g. mail.office.gov.cn"));
    f.port->setObjectName(prefix + QStringLiteral("PortSpinBox"));
    f.port->setRange(1, 65535);
    f.port->setValue(server.port > 0 ? server.port : tlsPort);
    f.security->setObjectName(prefix + QStringLiteral("SecurityComboBox"));
    for (MailSecurity s : allMailSecurities())
        f.security->addItem(mailSecurityName(s), mailSecurityCode(s));
    f.security->setCurrentIndex(std::max(0, f.security->findData(mailSecurityCode(server.security))));
    f.user->setObjectName(prefix + QStringLiteral("UserLineEdit"));
    // The usual port follows the encryption, unless the user typed another one.
    QSpinBox* port = f.port;
    QComboBox* security = f.security;
    connect(security, &QComboBox::currentIndexChanged, this, [port, security, tlsPort, startTlsPort] {
        const bool usual = port->value() == tlsPort || port->value() == startTlsPort;
        if (usual)
            port->setValue(security->currentData().toString() == QLatin1String("tls") ? tlsPort : startTlsPort);
    });
    return f;
}

MailServer MailSettingsDialog::serverFrom(const ServerFields& f)
{
    MailServer s;
    s.host = f.host->text().trimmed();
    s.port = f.port->value();
    s.security = mailSecurityFromCode(f.security->currentData().toString()).value_or(MailSecurity::Tls);
    s.user = f.user->text().trimmed();
    return s;
}

MailSettings MailSettingsDialog::settings() const
{
    MailSettings s;
    s.incoming = serverFrom(m_incoming);
    s.folder = m_folder->text().trimmed();
    s.fetchEveryMinutes = m_fetchEvery->value();
    s.outgoing = serverFrom(m_outgoing);
    s.sendWithIncomingPassword = m_samePassword->isChecked();
    s.fromAddress = m_fromAddress->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    return s;
}

void MailSettingsDialog::accept()
{
    Result<MailSettings> saved = m_session.mailSettings().save(settings());
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

void MailSettingsDialog::testConnection()
{
    const MailSettings s = settings();
    if (!s.incoming.isConfigured()) {
        MessageBox::warning(this, windowTitle(), tr("Enter the incoming server, its port and the user first."));
        return;
    }
    std::optional<QString> password = MailPasswordPrompt::passwordFor(this, s.incoming, m_session.mailPasswords());
    if (!password)
        return;
    std::atomic_bool stop = false;
    Result<quint64> answer = fail(Error::Code::Cancelled, QString());
    runBusy(
        this, tr("Connecting to %1…").arg(s.incoming.host),
        [&] {
            ImapClient client(s.incoming, *password, s.folder);
            client.setStop(&stop);
            answer = client.uidValidity();
        },
        [&stop] { stop = true; });
    if (answer) {
        MessageBox::information(
            this, windowTitle(),
            tr("The mail server %1 took the login; the folder %2 can be read.").arg(s.incoming.host, s.folder));
        return;
    }
    if (answer.error().code == Error::Code::Forbidden)
        m_session.mailPasswords().forget(s.incoming);
    if (answer.error().code != Error::Code::Cancelled)
        MessageBox::error(this, windowTitle(), answer.error());
}

} // namespace branddesk
