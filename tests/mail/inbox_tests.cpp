// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/mailfetcher.h"
#include "tests/mail/dovecotserver.h"
#include "tests/mail/testmails.h"
#include "tests/support/builders.h"
#include "tests/support/tempdatabase.h"

#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// The office of the inbox tests: three departments, a real Dovecot mailbox seeded with the four test mails.
struct InboxOffice {
    TempDatabase temp;
    DovecotServer server;
    qint64 finance = 0;
    qint64 taxes = 0;
    qint64 civil = 0;

    InboxOffice()
    {
        temp.clock().advanceSecs(7 * 24 * 3600); // Friday 2009-05-22: every test mail has arrived
        finance = add("市财政局", "财政局", "caizhengju@cz.gov.cn");
        taxes = add("市地方税务局", "市地税局", "");
        civil = add("市民政局", "民政局", "");
        server.deliver(testmails::utf8FromDepartmentAddress());
        server.deliver(testmails::gb2312NamingDepartment());
        server.deliver(testmails::gb18030WithDocx());
        server.deliver(testmails::htmlOnlyUnmatched());
    }

    qint64 add(const char* name, const char* shortName, const char* email)
    {
        Department d = aDepartment(name);
        d.shortName = utf8(shortName);
        d.email = utf8(email);
        Result<Department> added = temp.departments().add(d);
        REQUIRE(added);
        return added->id;
    }

    InboxService& inbox() { return temp.session().inbox(); }

    Result<int> fetch(const MailSettings& settings, const QString& password)
    {
        Result<QHash<quint64, quint64>> highest = inbox().highestUids(MailFetcher::mailboxOf(settings));
        REQUIRE(highest);
        Result<MailBatch> batch = MailFetcher::fetchNew(settings, password, *highest, nullptr);
        if (!batch)
            return fail(batch.error());
        return inbox().store(*batch);
    }

    const InboxItem& itemWithSubject(const QList<InboxItem>& items, const char* subject)
    {
        const auto found = std::find_if(items.begin(), items.end(),
                                        [&](const InboxItem& i) { return i.message.subject == utf8(subject); });
        REQUIRE(found != items.end());
        return *found;
    }
};

} // namespace

TEST_CASE("mail fetched twice from a real IMAP server is imported once, decoded and matched", "[dovecot]")
{
    InboxOffice office;
    const Result<int> first = office.fetch(office.server.settings(), office.server.password());
    REQUIRE(first);
    CHECK(*first == 4);
    const Result<int> second = office.fetch(office.server.settings(), office.server.password());
    REQUIRE(second);
    CHECK(*second == 0);

    office.server.deliver(testmails::big5Mail());
    const Result<int> third = office.fetch(office.server.settings(), office.server.password());
    REQUIRE(third);
    CHECK(*third == 1);

    const Result<QList<InboxItem>> items = office.inbox().pending();
    REQUIRE(items);
    REQUIRE(items->size() == 5);
    const InboxItem& byAddress = office.itemWithSubject(*items, "本周服务企业情况");
    CHECK(byAddress.proposal.departmentId == office.finance);
    CHECK(byAddress.proposal.match == MailMatchKind::Address);
    CHECK(byAddress.timeliness == MailTimeliness::OnTime);
    const InboxItem& byName = office.itemWithSubject(*items, "市地税局第20周工作周报");
    CHECK(byName.proposal.departmentId == office.taxes);
    CHECK(byName.proposal.match == MailMatchKind::Name);
    CHECK(byName.proposal.week == ReportWeek::fromNumber(2009, 20));
    CHECK(byName.timeliness == MailTimeliness::Late);
    CHECK(byName.message.body == utf8("本周办理涉税事项，镕铸服务品牌。"));
    const InboxItem& unmatched = office.itemWithSubject(*items, "会议通知");
    CHECK(unmatched.proposal.departmentId == 0);
    CHECK(unmatched.message.body.contains(utf8("周五参加会议&培训")));
    const InboxItem& withDocx = office.itemWithSubject(*items, "民政局本周工作");
    CHECK(withDocx.message.attachments == 1);
    // The raw message is kept: nothing depends on the server later.
    const Result<MailMessage> raw = office.inbox().message(withDocx.message.id);
    REQUIRE(raw);
    CHECK(raw->raw.contains("filename*0*=UTF-8''"));
}

TEST_CASE("accepting a mail logs the report, keeps its attachment, indexes the Word text and links the mail",
          "[dovecot]")
{
    InboxOffice office;
    REQUIRE(office.fetch(office.server.settings(), office.server.password()));
    Result<QList<InboxItem>> items = office.inbox().pending();
    REQUIRE(items);
    const InboxItem withDocx = office.itemWithSubject(*items, "民政局本周工作");
    CHECK(withDocx.proposal.departmentId == office.civil);

    const Result<WeeklyReport> report =
        office.inbox().accept(withDocx.message.id, withDocx.proposal.departmentId, withDocx.proposal.week);
    REQUIRE(report);
    CHECK(report->channel == ReportChannel::Email);
    CHECK(report->receivedAt == withDocx.message.arrivedAt);
    CHECK(report->content == utf8("详见附件。"));
    REQUIRE(report->attachments.size() == 1);
    CHECK(report->attachments.at(0).name == utf8("民政局第20周周报.docx"));

    ReportFilter filter;
    filter.text = utf8("养老服务补贴");
    Result<ReportSearchResult> found = office.temp.session().reports().search(filter);
    REQUIRE(found);
    REQUIRE(found->items.size() == 1);
    CHECK(found->items.at(0).id == report->id);
    filter.text = utf8("养老"); // a short word: the scan, not the index
    found = office.temp.session().reports().search(filter);
    REQUIRE(found);
    CHECK(found->items.size() == 1);

    items = office.inbox().pending();
    REQUIRE(items);
    CHECK(items->size() == 3);
    // A second accept of the same mail (another PC) is refused.
    const Result<WeeklyReport> again = office.inbox().accept(withDocx.message.id, office.civil, withDocx.proposal.week);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Conflict);
    const Result<MailMessage> linked = office.inbox().message(withDocx.message.id);
    REQUIRE(linked);
    CHECK(linked->state == MailState::Accepted);
    CHECK(linked->reportId == report->id);
}

TEST_CASE("an unmatched mail assigned by the clerk teaches its address, and not-a-report leaves the list", "[dovecot]")
{
    InboxOffice office;
    REQUIRE(office.fetch(office.server.settings(), office.server.password()));
    Result<QList<InboxItem>> items = office.inbox().pending();
    REQUIRE(items);
    const InboxItem unmatched = office.itemWithSubject(*items, "会议通知");
    REQUIRE(office.inbox().accept(unmatched.message.id, office.taxes, unmatched.proposal.week));

    // The same sender again: matched by the remembered address now.
    office.server.deliver(testmails::htmlOnlyUnmatched());
    REQUIRE(office.fetch(office.server.settings(), office.server.password()));
    items = office.inbox().pending();
    REQUIRE(items);
    const InboxItem known = office.itemWithSubject(*items, "会议通知");
    CHECK(known.proposal.departmentId == office.taxes);
    CHECK(known.proposal.match == MailMatchKind::Address);
    CHECK(known.timeliness == MailTimeliness::Supplement);

    REQUIRE(office.inbox().dismiss(known.message.id));
    items = office.inbox().pending();
    REQUIRE(items);
    CHECK(std::none_of(items->begin(), items->end(),
                       [&](const InboxItem& i) { return i.message.id == known.message.id; }));
    CHECK(office.inbox().message(known.message.id)->state == MailState::Dismissed);

    office.temp.signInAs(Role::Leader);
    CHECK(office.inbox().pending());
    const Result<void> refused = office.inbox().dismiss(items->at(0).message.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Forbidden);
}

TEST_CASE("a wrong password or an unreachable server gives a clear Chinese message and changes nothing", "[dovecot]")
{
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/branddesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    InboxOffice office;
    const Result<int> wrong = office.fetch(office.server.settings(), QStringLiteral("wrong password"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == Error::Code::Forbidden);
    CHECK(wrong.error().message.contains(utf8("密码")));

    MailSettings unreachable = office.server.settings();
    unreachable.incoming.port = 1; // tcpmux: nothing listens there

    const Result<int> down = office.fetch(unreachable, office.server.password());
    REQUIRE_FALSE(down);
    CHECK(down.error().code == Error::Code::Unreachable);
    CHECK(down.error().message.contains(utf8("无法连接")));

    const Result<QList<InboxItem>> items = office.inbox().pending();
    REQUIRE(items);
    CHECK(items->isEmpty());
    QCoreApplication::removeTranslator(&chinese);
}
