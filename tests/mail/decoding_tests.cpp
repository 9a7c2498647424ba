// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/attachmenttext.h"
#include "core/mail/mimedecoder.h"
#include "tests/mail/testmails.h"
#include "tests/support/builders.h"

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

DecodedMail decoded(const QByteArray& raw)
{
    Result<DecodedMail> mail = MimeDecoder::decode(raw);
    REQUIRE(mail);
    return *mail;
}

} // namespace

TEST_CASE("a UTF-8 mail is decoded: RFC 2047 sender name and subject, body, sender address in lower case")
{
    const DecodedMail mail = decoded(testmails::utf8FromDepartmentAddress());
    CHECK(mail.subject == utf8("本周服务企业情况"));
    CHECK(mail.senderName == utf8("财政局办公室"));
    CHECK(mail.senderAddress == QStringLiteral("caizhengju@cz.gov.cn"));
    CHECK(mail.body == utf8("本周走访企业十二家，解决难题三件。"));
    CHECK(mail.sentAt == QDateTime(QDate(2009, 5, 15), QTime(3, 30), Qt::UTC));
    CHECK(mail.arrivedAt == mail.sentAt);
    CHECK(mail.attachments.isEmpty());
}

TEST_CASE("a mail labelled GB2312 is read as GB18030, so a GBK-only character survives")
{
    const DecodedMail mail = decoded(testmails::gb2312NamingDepartment());
    CHECK(mail.subject == utf8("市地税局第20周工作周报"));
    CHECK(mail.senderName == utf8("地税办公室"));
    CHECK(mail.body == utf8("本周办理涉税事项，镕铸服务品牌。"));
}

TEST_CASE("an RFC 2231 file name with continuations is decoded and the attachment kept")
{
    const DecodedMail mail = decoded(testmails::gb18030WithDocx());
    CHECK(mail.subject == utf8("民政局本周工作"));
    CHECK(mail.body == utf8("详见附件。"));
    REQUIRE(mail.attachments.size() == 1);
    CHECK(mail.attachments.at(0).name == utf8("民政局第20周周报.docx"));
    CHECK(AttachmentText::of(mail.attachments.at(0).name, mail.attachments.at(0).data).contains(utf8("养老服务补贴")));
}

TEST_CASE("an HTML-only mail becomes text, and a raw 8-bit GB18030 file name is read")
{
    const DecodedMail mail = decoded(testmails::htmlOnlyUnmatched());
    CHECK(mail.body == utf8("各位：\n请于 周五参加会议&培训。"));
    REQUIRE(mail.attachments.size() == 1);
    CHECK(mail.attachments.at(0).name == utf8("会议通知.txt"));
    CHECK(mail.attachments.at(0).data.trimmed() == QByteArray("notice"));
}

TEST_CASE("a Big5 mail is decoded")
{
    const DecodedMail mail = decoded(testmails::big5Mail());
    CHECK(mail.subject == utf8("服務報告"));
    CHECK(mail.body == utf8("本週服務內容。"));
}

TEST_CASE("the text of a Word attachment is read through the zip reader; other files give none")
{
    CHECK(AttachmentText::of(QStringLiteral("a.DOCX"), testmails::docx(utf8("廉政风险防控")))
              .contains(utf8("廉政风险防控")));
    CHECK(AttachmentText::of(QStringLiteral("a.docx"), QByteArray("not a zip")).isEmpty());
    CHECK(AttachmentText::of(QStringLiteral("a.txt"), QByteArray("plain")).isEmpty());
}

TEST_CASE("the newest Received header is the arrival time")
{
    const QByteArray raw = "Received: from mx by office; Sat, 16 May 2009 09:00:00 +0800\r\n"
                           "Received: from sender by mx; Fri, 15 May 2009 23:00:00 +0800\r\n"
                           "From: a@b.example\r\nSubject: x\r\nDate: Fri, 15 May 2009 22:59:00 +0800\r\n\r\nbody\r\n";
    const DecodedMail mail = decoded(raw);
    CHECK(mail.arrivedAt == QDateTime(QDate(2009, 5, 16), QTime(1, 0), Qt::UTC));
    CHECK(mail.sentAt == QDateTime(QDate(2009, 5, 15), QTime(14, 59), Qt::UTC));
}
