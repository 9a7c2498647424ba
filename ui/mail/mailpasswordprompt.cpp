// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/mailpasswordprompt.h"

#include "core/mail/mailpasswordcache.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace branddesk {

bool MailPasswordPrompt::s_answerSet = false;
std::optional<QString> MailPasswordPrompt::s_nextAnswer;

MailPasswordPrompt::MailPasswordPrompt(const MailServer& server, const QString& problem, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("mailPasswordPrompt"));
    setWindowTitle(tr("Mail Server Password"));
    auto* intro = new QLabel(
        tr("The password of %1 on the mail server %2.").arg(server.user.toHtmlEscaped(), server.host.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    auto* kept = new QLabel(tr("BrandDesk keeps it in memory only, until the program closes; it is never saved to "
                               "the database or to this PC. You will be asked again after the next start."),
                            this);
    kept->setObjectName(QStringLiteral("keptOnlyLabel"));
    kept->setWordWrap(true);
    auto* problemLabel = new QLabel(problem, this);
    problemLabel->setObjectName(QStringLiteral("mailProblemLabel"));
    problemLabel->setWordWrap(true);
    problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problemLabel->setVisible(!problem.isEmpty());
    m_password->setObjectName(QStringLiteral("mailPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Pass&word:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(problemLabel);
    layout->addLayout(form);
    layout->addWidget(kept);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_password->setFocus();
}

QString MailPasswordPrompt::password() const
{
    return m_password->text();
}

std::optional<QString> MailPasswordPrompt::passwordFor(QWidget* parent, const MailServer& server,
                                                       MailPasswordCache& cache, const QString& problem)
{
    if (problem.isEmpty())
        if (std::optional<QString> known = cache.password(server))
            return known;
    std::optional<QString> typed;
    if (s_answerSet) {
        s_answerSet = false;
        typed = std::exchange(s_nextAnswer, std::nullopt);
    } else {
        MailPasswordPrompt prompt(server, problem, parent);
        if (prompt.exec() == QDialog::Accepted)
            typed = prompt.password();
    }
    if (typed)
        cache.remember(server, *typed);
    return typed;
}

void MailPasswordPrompt::setNextAnswer(std::optional<QString> answer)
{
    s_answerSet = true;
    s_nextAnswer = std::move(answer);
}

} // namespace branddesk
