// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/mailcomposer.h"
#include "core/mail/smtpsender.h"
#include "tests/mail/remindertesting.h"
#include "tests/support/smtpsink.h"

#include <QJsonArray>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// Sends `drafts` through `settings` with `password` and logs what went, as the window does.
ReminderBatch sendAndLog(ReminderOffice& office, const MailSettings& settings, const QString& password,
                         const QList<ReminderDraft>& drafts)
{
    const ReminderMailer mailer(settings, password, office.temp.clock());
    std::atomic_bool stop = false;
    int progress = 0;
    const ReminderBatch batch = mailer.send(drafts, &stop, [&progress](int done) { progress = done; });
    for (const ReminderDelivery& delivery : batch.deliveries)
        if (!delivery.sentTo.isEmpty())
            REQUIRE(office.reminders().logSent(drafts.at(delivery.draftIndex), delivery));
    if (!batch.stoppedBy)
        CHECK(progress == int(std::count_if(drafts.cbegin(), drafts.cend(),
                                            [](const ReminderDraft& d) { return !d.recipients.isEmpty(); })));
    return batch;
}

QStringList strings(const QJsonValue& list)
{
    QStringList result;
    for (const QJsonValue& value : list.toArray())
        result.append(value.toString());
    return result;
}

} // namespace

TEST_CASE("reminders arrive at the SMTP server with the subject, recipients and body, and are logged")
{
    SmtpSink sink;
    ReminderOffice office;
    QList<ReminderDraft> drafts = office.drafts();
    REQUIRE(drafts.size() == 3);
    drafts[1].recipients = {QStringLiteral("xcb@czmail.gov.cn"), QStringLiteral("xcb-office@czmail.gov.cn")};
    const ReminderBatch batch = sendAndLog(office, sink.settings(), QString::fromUtf8(SmtpSink::kPassword), drafts);
    CHECK_FALSE(batch.stoppedBy);
    CHECK(batch.sentCount() == 2); // 市档案局 has no address: it gets the printed notice

    const QList<QJsonObject> received = sink.received();
    REQUIRE(received.size() == 3); // one envelope per address
    const QJsonObject& first = received.at(0);
    CHECK(first.value(QStringLiteral("mail_from")).toString() == QString::fromUtf8(SmtpSink::kUser));
    CHECK(strings(first.value(QStringLiteral("rcpt_tos"))) == QStringList{QStringLiteral("brand@czmail.gov.cn")});
    CHECK(first.value(QStringLiteral("subject")).toString() == drafts.at(0).subject);
    CHECK(first.value(QStringLiteral("subject"))
              .toString()
              .startsWith(utf8("催报：请报送") + weekOf(2009, 5, 11).label()));
    CHECK(first.value(QStringLiteral("to")).toString() == utf8("张晓东 <brand@czmail.gov.cn>"));
    CHECK(first.value(QStringLiteral("from")).toString() ==
          utf8("常州市市级机关作风建设领导小组办公室 <office@czmail.gov.cn>"));
    CHECK(first.value(QStringLiteral("charset")).toString() == QStringLiteral("utf-8"));
    CHECK(first.value(QStringLiteral("body")).toString().remove(QLatin1Char('\r')).trimmed() == drafts.at(0).body());
    CHECK(first.value(QStringLiteral("message_id")).toString().endsWith(QStringLiteral("@czmail.gov.cn>")));
    CHECK(first.value(QStringLiteral("date")).toString().contains(QStringLiteral("15 May 2009")));
    // The headers on the wire are 7-bit: the subject and the names RFC 2047-encoded.
    const QByteArray raw = sink.raw(0);
    const QByteArray headers = raw.left(raw.indexOf("\r\n\r\n"));
    CHECK(headers.contains("Subject: =?"));
    CHECK(std::all_of(headers.cbegin(), headers.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));

    CHECK(strings(received.at(1).value(QStringLiteral("rcpt_tos"))) ==
          QStringList{QStringLiteral("xcb@czmail.gov.cn")});
    CHECK(strings(received.at(2).value(QStringLiteral("rcpt_tos"))) ==
          QStringList{QStringLiteral("xcb-office@czmail.gov.cn")});
    CHECK(received.at(1).value(QStringLiteral("subject")).toString() == drafts.at(1).subject);

    const Result<QList<Reminder>> publicity = office.reminders().forDepartment(office.publicity.id);
    REQUIRE(publicity);
    REQUIRE(publicity->size() == 1);
    CHECK(publicity->at(0).recipients == QStringLiteral("xcb@czmail.gov.cn, xcb-office@czmail.gov.cn"));
    CHECK(office.reminders().forDepartment(office.archives.id)->isEmpty());
}

TEST_CASE("an address the server refuses is reported and the other reminders still go")
{
    SmtpSink sink;
    ReminderOffice office;
    QList<ReminderDraft> drafts = office.drafts();
    drafts[0].recipients = {QStringLiteral("nobody@czmail.invalid")};
    drafts[1].recipients = {QStringLiteral("gone@old.invalid"), QStringLiteral("xcb@czmail.gov.cn")};
    const ReminderBatch batch = sendAndLog(office, sink.settings(), QString::fromUtf8(SmtpSink::kPassword), drafts);
    CHECK_FALSE(batch.stoppedBy);
    REQUIRE(batch.deliveries.size() == 2);
    CHECK(batch.deliveries.at(0).sentTo.isEmpty());
    CHECK(batch.deliveries.at(0).failedAddresses == QStringList{QStringLiteral("nobody@czmail.invalid")});
    CHECK(batch.deliveries.at(0).failures.at(0).contains(QStringLiteral("nobody@czmail.invalid")));
    CHECK(batch.deliveries.at(1).sentTo == QStringList{QStringLiteral("xcb@czmail.gov.cn")});
    CHECK(batch.deliveries.at(1).failedAddresses == QStringList{QStringLiteral("gone@old.invalid")});

    REQUIRE(sink.received().size() == 1);
    CHECK(office.reminders().forDepartment(office.finance.id)->isEmpty());
    REQUIRE(office.reminders().forDepartment(office.publicity.id)->size() == 1);
    CHECK(office.reminders().forDepartment(office.publicity.id)->at(0).recipients ==
          QStringLiteral("xcb@czmail.gov.cn"));
}

TEST_CASE("a wrong password stops the batch with a clear message and nothing is logged as sent")
{
    SmtpSink sink;
    ReminderOffice office;
    const ReminderBatch batch =
        sendAndLog(office, sink.settings(), QStringLiteral("not the password"), office.drafts());
    REQUIRE(batch.stoppedBy);
    CHECK(batch.stoppedBy->code == Error::Code::Forbidden);
    CHECK(batch.stoppedBy->message.contains(QStringLiteral("password")));
    CHECK(batch.sentCount() == 0);
    CHECK(sink.received().isEmpty());
    CHECK(office.reminders().forDepartment(office.finance.id)->isEmpty());
    CHECK(office.reminders().remindedInWeek(weekOf(2009, 5, 11))->isEmpty());
}

TEST_CASE("an unreachable server stops the batch with a clear message and nothing is logged as sent")
{
    ReminderOffice office;
    MailSettings settings;
    settings.outgoing = {QStringLiteral("127.0.0.1"), closedPort(), MailSecurity::None, QStringLiteral("office")};
    settings.fromAddress = QStringLiteral("office@czmail.gov.cn");
    const ReminderBatch batch = sendAndLog(office, settings, QStringLiteral("secret"), office.drafts());
    REQUIRE(batch.stoppedBy);
    CHECK(batch.stoppedBy->code == Error::Code::Unreachable);
    CHECK(batch.stoppedBy->message.contains(QStringLiteral("127.0.0.1:%1").arg(settings.outgoing.port)));
    CHECK(batch.deliveries.isEmpty());
    CHECK(office.reminders().remindedInWeek(weekOf(2009, 5, 11))->isEmpty());
}

TEST_CASE("a batch stopped before it starts sends nothing")
{
    SmtpSink sink;
    ReminderOffice office;
    const ReminderMailer mailer(sink.settings(), QString::fromUtf8(SmtpSink::kPassword), office.temp.clock());
    std::atomic_bool stop = true;
    const ReminderBatch batch = mailer.send(office.drafts(), &stop);
    REQUIRE(batch.stoppedBy);
    CHECK(batch.stoppedBy->code == Error::Code::Cancelled);
    CHECK(sink.received().isEmpty());
}

TEST_CASE("mail settings without a server or a sender address are named before anything is sent")
{
    MailSettings settings;
    CHECK(ReminderMailer::settingsProblem(settings).contains(QStringLiteral("SMTP")));
    settings.outgoing = {QStringLiteral("smtp.czmail.gov.cn"), 587, MailSecurity::StartTls, QStringLiteral("office")};
    CHECK(ReminderMailer::settingsProblem(settings).contains(QStringLiteral("address")));
    settings.fromAddress = QStringLiteral("office@czmail.gov.cn");
    CHECK(ReminderMailer::settingsProblem(settings).isEmpty());
}
