// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/remindersnapshots.h"
#include "tests/mail/remindertesting.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

ReminderDelivery deliveredTo(const ReminderDraft& draft, const QDateTime& at)
{
    ReminderDelivery delivery;
    delivery.sentAt = at;
    delivery.sentTo = draft.recipients;
    return delivery;
}

} // namespace

TEST_CASE("this week's reminders go to the departments that have not reported, filled from the template")
{
    ReminderOffice office;
    office.log(aReport(office.publicity.id, weekOf(2009, 5, 11), local(2009, 5, 14)));
    const QList<ReminderDraft> drafts = office.drafts();
    REQUIRE(drafts.size() == 2); // 市财政局 and 市档案局; 市委宣传部 has reported
    const ReminderDraft& finance = drafts.at(0);
    CHECK(finance.departmentId == office.finance.id);
    CHECK(finance.recipients == QStringList{QStringLiteral("brand@czmail.gov.cn")});
    CHECK(finance.contactPerson == utf8("张晓东"));
    CHECK(finance.week == weekOf(2009, 5, 11));
    CHECK(finance.subject == utf8("催报：请报送") + weekOf(2009, 5, 11).label() + utf8("服务品牌建设工作周报"));
    CHECK(finance.text.startsWith(utf8("市财政局：")));
    CHECK(finance.text.contains(utf8("23:59前报送")));
    CHECK(finance.body().endsWith(utf8("\n\n市级机关作风办")));
    CHECK(drafts.at(1).departmentId == office.archives.id);
    CHECK(drafts.at(1).recipients.isEmpty());

    // Without a signature of its own the office signs with the issuer of the campaign's notice.
    const Result<QList<ReminderDraft>> unsigned_ = office.reminders().drafts(office.campaign.id);
    REQUIRE(unsigned_);
    CHECK(unsigned_->at(0).signature == utf8("常州市市级机关作风建设领导小组办公室"));
}

TEST_CASE("a sent reminder is logged against its department, audited, and marks the call list")
{
    ReminderOffice office;
    const ReminderDraft draft = office.drafts().at(0);
    const QDateTime at = local(2009, 5, 15, 11, 20);
    const Result<Reminder> logged = office.reminders().logSent(draft, deliveredTo(draft, at));
    REQUIRE(logged);
    CHECK(logged->id > 0);
    CHECK(logged->departmentId == office.finance.id);
    CHECK(logged->sentBy == TempDatabase::userName(Role::Clerk));
    CHECK(logged->sentAt == at);
    CHECK(logged->recipients == QStringLiteral("brand@czmail.gov.cn"));
    CHECK(logged->subject == draft.subject);
    CHECK(logged->body == draft.body());
    CHECK(logged->week == weekOf(2009, 5, 11));

    const Result<QList<Reminder>> record = office.reminders().forDepartment(office.finance.id);
    REQUIRE(record);
    REQUIRE(record->size() == 1);
    CHECK(record->at(0).body == draft.body());
    const Result<QHash<qint64, QDateTime>> reminded = office.reminders().remindedInWeek(weekOf(2009, 5, 11));
    REQUIRE(reminded);
    CHECK(reminded->size() == 1);
    CHECK(reminded->value(office.finance.id) == at);
    CHECK(office.reminders().remindedInWeek(weekOf(2009, 5, 4))->isEmpty());

    const Result<QList<AuditEntry>> history =
        office.temp.session().audit().history(ReminderAuditEntities::kReminder, logged->id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).after().value(QStringLiteral("recipients")).toString() ==
          QStringLiteral("brand@czmail.gov.cn"));
}

TEST_CASE("a reminder that reached nobody is not logged")
{
    ReminderOffice office;
    const ReminderDraft draft = office.drafts().at(0);
    ReminderDelivery failed;
    failed.failedAddresses = draft.recipients;
    const Result<Reminder> refused = office.reminders().logSent(draft, failed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(office.reminders().forDepartment(office.finance.id)->isEmpty());
}

TEST_CASE("a leader reads the reminder log but cannot send or log reminders")
{
    ReminderOffice office;
    const ReminderDraft draft = office.drafts().at(0);
    REQUIRE(office.reminders().logSent(draft, deliveredTo(draft, local(2009, 5, 15, 11, 20))));
    office.temp.signInAs(Role::Leader);
    const Result<void> may = office.reminders().maySend();
    REQUIRE_FALSE(may);
    CHECK(may.error().code == Error::Code::Forbidden);
    const Result<Reminder> refused = office.reminders().logSent(draft, deliveredTo(draft, local(2009, 5, 15, 12)));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
    const Result<QList<Reminder>> record = office.reminders().forDepartment(office.finance.id);
    REQUIRE(record);
    CHECK(record->size() == 1);
}

TEST_CASE("a department that was reminded cannot be deleted, only deactivated")
{
    ReminderOffice office;
    const ReminderDraft draft = office.drafts().at(0);
    REQUIRE(office.reminders().logSent(draft, deliveredTo(draft, local(2009, 5, 15, 11, 20))));
    const Result<void> removed = office.temp.departments().remove(office.finance.id);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == Error::Code::InUse);
}
