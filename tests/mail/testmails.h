// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace branddesk::test {

/// The raw mails the inbox tests seed, as Chinese mail programs write them.
namespace testmails {

/// `text` in GB18030 (which GB2312 and GBK are subsets of), or Big5.
QByteArray gb18030(const QString& text);
QByteArray big5(const QString& text);
/// A .docx whose document.xml holds `paragraph`.
QByteArray docx(const QString& paragraph);

/// UTF-8 throughout, from 市财政局's own address (caizhengju@cz.gov.cn), Friday 2009-05-15 11:30 +08:00.
QByteArray utf8FromDepartmentAddress();
/// Labelled GB2312 (subject in RFC 2047, body 8-bit) but holding a GBK-only character (镕), from an unknown
/// address, naming 市地税局 and "第20周" in the subject; Monday 2009-05-18 10:00 +08:00.
QByteArray gb2312NamingDepartment();
/// GB18030 body, a .docx attachment (text "养老服务补贴发放到位") whose Chinese name is an RFC 2231 value with
/// continuations (民政局第20周周报.docx); the short name 民政局 in the subject; Thursday 2009-05-14 15:00 +08:00.
QByteArray gb18030WithDocx();
/// HTML only, from an unknown address naming no department, with an attachment whose name is raw 8-bit
/// GB18030 (会议通知.txt); Friday 2009-05-15 12:00 +08:00.
QByteArray htmlOnlyUnmatched();
/// Big5, subject in RFC 2047 (服務報告).
QByteArray big5Mail();

} // namespace testmails
} // namespace branddesk::test
