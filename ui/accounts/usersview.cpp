// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/usersview.h"

#include "ui_usersview.h"

#include "core/audit/auditentry.h"
#include "core/services/session.h"
#include "ui/accounts/adduserdialog.h"
#include "ui/accounts/passworddialog.h"
#include "ui/audit/historyaction.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace branddesk {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString timeText(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

UsersView::UsersView(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UsersView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Users"));
    m_ui->introLabel->setText(tr("The accounts that can sign in to this database. A deactivated account cannot "
                                 "sign in; its history stays."));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QTableWidget* table = m_ui->usersTableWidget;
    table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Active"), tr("Locked until"), tr("Created")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();

    m_addAction = recordlist::addPageAction(this, tr("&Add user…"), QKeySequence::New, "addUserAction");
    m_resetPasswordAction = recordlist::addPageAction(this, tr("&Reset password…"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                                      "resetPasswordAction");
    m_toggleActiveAction = recordlist::addPageAction(this, tr("&Deactivate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                                     "toggleUserActiveAction");
    connect(m_addAction, &QAction::triggered, this, &UsersView::addUser);
    connect(m_resetPasswordAction, &QAction::triggered, this, &UsersView::resetPasswordOfSelected);
    connect(m_toggleActiveAction, &QAction::triggered, this, &UsersView::toggleActiveSelected);
    QAction* history =
        addHistoryAction(this, session.audit(), QString(AuditEntities::kUser), [this] { return selectedId(); });
    recordlist::addToolBar(this, m_ui->mainLayout,
                           {m_addAction, m_resetPasswordAction, m_toggleActiveAction, nullptr, history});

    connect(table, &QTableWidget::itemSelectionChanged, this, &UsersView::updateActions);
    connect(&session.accounts(), &AccountService::changed, this, &UsersView::reload);
    reload();
}

UsersView::~UsersView() = default;

void UsersView::reload()
{
    const qint64 selected = selectedId();
    const Result<QList<User>> users = m_session.accounts().users();
    if (!users) {
        MessageBox::error(this, tr("Users"), users.error());
        m_users.clear();
    } else {
        m_users = *users;
    }
    QTableWidget* table = m_ui->usersTableWidget;
    table->setRowCount(0);
    const QDateTime now = m_session.clock().nowUtc();
    for (const User& user : std::as_const(m_users)) {
        const int row = table->rowCount();
        table->insertRow(row);
        const bool locked = user.lockedUntil.isValid() && user.lockedUntil > now;
        const QStringList cells = {
            user.name,
            roleName(user.role),
            user.active ? tr("yes") : tr("no"),
            locked ? timeText(user.lockedUntil) : QString(),
            user.createdAt.isValid() ? timeText(user.createdAt) : QString(),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(kIdRole, user.id);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    if (selected == 0 || !select(selected))
        updateActions();
}

qint64 UsersView::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_ui->usersTableWidget->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(kIdRole).toLongLong();
}

bool UsersView::select(qint64 id)
{
    QTableWidget* table = m_ui->usersTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(kIdRole).toLongLong() == id) {
            table->selectRow(row);
            updateActions();
            return true;
        }
    }
    return false;
}

const User* UsersView::selectedUser() const
{
    const qint64 id = selectedId();
    for (const User& user : m_users)
        if (user.id == id)
            return &user;
    return nullptr;
}

void UsersView::updateActions()
{
    const User* user = selectedUser();
    const bool own = user && user->id == m_session.currentUser().id();
    m_resetPasswordAction->setEnabled(user != nullptr);
    m_toggleActiveAction->setEnabled(user != nullptr && !own);
    m_toggleActiveAction->setText(user && !user->active ? tr("Re&activate") : tr("&Deactivate"));
}

void UsersView::addUser()
{
    AddUserDialog dialog(m_session.accounts(), this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.user().id);
}

void UsersView::resetPasswordOfSelected()
{
    const User* selected = selectedUser();
    if (!selected)
        return;
    // A copy: the model reloads when the password is saved, and the pointer into it goes with the old rows.
    const User user = *selected;
    PasswordDialog dialog(m_session.accounts(), user, this);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Reset password"), tr("The password of “%1” was set.").arg(user.name));
}

void UsersView::toggleActiveSelected()
{
    const User* user = selectedUser();
    if (!user)
        return;
    const QString name = user->name;
    const bool activate = !user->active;
    if (!activate) {
        const MessageBox::Button answer = MessageBox::question(
            this, tr("Deactivate user"),
            tr("Deactivate “%1”? The account can no longer sign in; its history stays, and you can reactivate it.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const Result<User> changed = m_session.accounts().setActive(user->id, activate);
    if (!changed)
        MessageBox::error(this, activate ? tr("Reactivate user") : tr("Deactivate user"), changed.error());
}

} // namespace branddesk
