// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/connectedusersdialog.h"

#include "ui_connectedusersdialog.h"

#include "core/audit/auditlabels.h"
#include "core/services/session.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace branddesk {

ConnectedUsersDialog::ConnectedUsersDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectedUsersDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->usersTableWidget->setHorizontalHeaderLabels(
        {tr("User"), tr("PC"), tr("Address"), tr("Connected since"), tr("Editing")});
    m_ui->usersTableWidget->verticalHeader()->hide();
    m_ui->usersTableWidget->horizontalHeader()->setStretchLastSection(true);
    QPushButton* refreshButton = m_ui->buttonBox->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(refreshButton, &QPushButton::clicked, this, &ConnectedUsersDialog::refresh);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &ConnectedUsersDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

ConnectedUsersDialog::~ConnectedUsersDialog() = default;

bool ConnectedUsersDialog::refresh()
{
    QTableWidget* table = m_ui->usersTableWidget;
    Result<QList<ConnectedUser>> users = m_session.presence().connected();
    if (!users) {
        table->setRowCount(0);
        m_ui->summaryLabel->setText(
            QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(users.error().message.toHtmlEscaped()));
        return false;
    }
    const bool server = m_session.database().isServer();
    m_ui->summaryLabel->setText(server ? tr("%n BrandDesk connection(s) to %1 now.", nullptr, int(users->size()))
                                             .arg(m_session.database().location())
                                       : tr("This database is a file on this PC: only this PC works on it."));
    table->setRowCount(int(users->size()));
    const QLocale locale;
    for (int row = 0; row < users->size(); ++row) {
        const ConnectedUser& user = users->at(row);
        const QString name = user.thisConnection ? tr("%1 (this PC)").arg(user.userName) : user.userName;
        const QString since = user.since.isValid() ? locale.toString(user.since.toLocalTime(), QLocale::ShortFormat)
                                                   : tr("not shown by the server");
        const QString editing = user.editingEntity.isEmpty()
                                    ? QString()
                                    : tr("%1 no. %2").arg(auditEntityName(user.editingEntity)).arg(user.editingId);
        const QStringList cells{name, user.pc, user.address, since, editing};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    return true;
}

} // namespace branddesk
