// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/mailsnapshots.h"
#include "core/mail/mailpasswordcache.h"
#include "tests/support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

MailSettings officeSettings()
{
    MailSettings s;
    s.incoming = {QStringLiteral("mail.office.example"), 993, MailSecurity::Tls, QStringLiteral("zfb")};
    s.folder = QStringLiteral("INBOX");
    s.fetchEveryMinutes = 15;
    s.outgoing = {QStringLiteral("smtp.office.example"), 587, MailSecurity::StartTls, QStringLiteral("zfb")};
    s.fromAddress = QStringLiteral("zfb@office.example");
    s.fromName = QString::fromUtf8("机关作风建设领导小组办公室");
    s.sendWithIncomingPassword = false;
    return s;
}

} // namespace

TEST_CASE("mail settings start empty, are saved for every PC and audited")
{
    TempDatabase temp;
    MailSettingsService& service = temp.session().mailSettings();
    const Result<MailSettings> initial = service.load();
    REQUIRE(initial);
    CHECK_FALSE(initial->incoming.isConfigured());
    CHECK(initial->folder == QStringLiteral("INBOX"));

    REQUIRE(service.save(officeSettings()));
    std::unique_ptr<Session> other = temp.openAnotherSession();
    const Result<MailSettings> seen = other->mailSettings().load();
    REQUIRE(seen);
    CHECK(*seen == officeSettings());

    MailSettings changed = officeSettings();
    changed.incoming.port = 143;
    changed.incoming.security = MailSecurity::StartTls;
    REQUIRE(service.save(changed));
    CHECK(service.load()->incoming.port == 143);
    const Result<QList<AuditEntry>> history = temp.session().audit().history(MailAuditEntities::kMailSettings, 1);
    REQUIRE(history);
    CHECK(history->size() == 2);
}

TEST_CASE("mail settings refuse a server without port or user, and a leader cannot save them")
{
    TempDatabase temp;
    MailSettings s = officeSettings();
    s.incoming.user.clear();
    s.fromAddress = QStringLiteral("not an address");
    const Result<MailSettings> refused = temp.session().mailSettings().save(s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("not an address")));

    temp.signInAs(Role::Leader);
    const Result<MailSettings> forbidden = temp.session().mailSettings().save(officeSettings());
    REQUIRE_FALSE(forbidden);
    CHECK(forbidden.error().code == Error::Code::Forbidden);
    CHECK_FALSE(temp.session().mailSettings().load()->incoming.isConfigured());
}

TEST_CASE("a mail password is kept per server in memory and forgotten when the server refuses it")
{
    MailPasswordCache cache;
    const MailServer imap{QStringLiteral("mail.office.example"), 993, MailSecurity::Tls, QStringLiteral("zfb")};
    MailServer smtp = imap;
    smtp.port = 465;
    CHECK_FALSE(cache.password(imap));
    cache.remember(imap, QStringLiteral("secret"));
    CHECK(cache.password(imap) == QStringLiteral("secret"));
    CHECK_FALSE(cache.password(smtp));
    cache.forget(imap);
    CHECK_FALSE(cache.password(imap));
}
