// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailsettings.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace branddesk {

class MailPasswordCache;

/// Asks for a mail server's password at its first use after the program starts (and again after the server
/// refused it). The dialog says that the password is kept only until the program closes: it is never written
/// to the database or to this PC's settings.
class MailPasswordPrompt : public QDialog {
    Q_OBJECT
public:
    /// `problem` (may be empty) says why it asks again, e.g. that the server refused the last password.
    MailPasswordPrompt(const MailServer& server, const QString& problem, QWidget* parent = nullptr);

    QString password() const;

    /// The password of `server`: the one `cache` holds, else the one the user types now (then remembered in
    /// `cache`). Nothing when the user cancelled.
    static std::optional<QString> passwordFor(QWidget* parent, const MailServer& server, MailPasswordCache& cache,
                                              const QString& problem = {});
    /// Tests: the next prompt answers `answer` at once (nothing: as if cancelled) instead of showing itself.
    static void setNextAnswer(std::optional<QString> answer);

private:
    QLineEdit* m_password;
    static bool s_answerSet;
    static std::optional<QString> s_nextAnswer;
};

} // namespace branddesk
