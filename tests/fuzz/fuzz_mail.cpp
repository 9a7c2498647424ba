// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a raw message as the weekly-report inbox fetches it. MimeDecoder (GMime: headers, RFC 2047/2231
// words, GB and Big5 charsets, multipart bodies, HTML turned into text, attachments), then what the inbox does with
// the result: MailMatch proposes a department (sender address, names in subject and body) and a week (named in
// the subject or from the arrival), and a .docx attachment's text is read for the full-text index. PDF attachments
// are left out: their text comes from poppler, a library of its own.
#include "core/mail/attachmenttext.h"
#include "core/mail/mailmatch.h"
#include "core/mail/mimedecoder.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstddef>
#include <cstdint>

namespace {

using namespace branddesk;

MailMatch matcher()
{
    QList<Department> departments;
    const char* rows[][3] = {{"市市场监督管理局", "市场监管局", "scjg@example.gov.cn; office@scjg.example.gov.cn"},
                             {"市税务局", "税务局", "tax@example.gov.cn"},
                             {"市行政审批局", "", ""}};
    qint64 id = 1;
    for (const auto& [name, shortName, email] : rows) {
        Department d;
        d.id = id++;
        d.name = QString::fromUtf8(name);
        d.shortName = QString::fromUtf8(shortName);
        d.email = QString::fromUtf8(email);
        departments.append(d);
    }
    QHash<QString, qint64> remembered{{QStringLiteral("clerk@example.com"), 3}};
    return MailMatch(departments, remembered, 5, QTime(17, 0));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const MailMatch kMatch = matcher();
    static const QDateTime kNow(QDate(2026, 11, 6), QTime(9, 30), Qt::UTC);
    const QByteArray raw(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<DecodedMail> mail = MimeDecoder::decode(raw);
    if (!mail)
        return 0;
    FUZZ_CHECK(!mail->subject.contains(QLatin1Char('\n')) && mail->senderAddress == mail->senderAddress.toLower());
    // As the inbox stores it: the arrival from the message, else the moment of fetching.
    const QDateTime arrived = mail->arrivedAt.isValid() ? mail->arrivedAt : kNow;
    const MailProposal proposal = kMatch.propose(mail->senderAddress, mail->subject, mail->body, arrived);
    FUZZ_CHECK((proposal.departmentId == 0) == (proposal.match == MailMatchKind::None));
    FUZZ_CHECK(proposal.week.isValid() || !arrived.toLocalTime().date().isValid());
    for (const MailAttachment& attachment : mail->attachments) {
        FUZZ_CHECK(!attachment.name.isEmpty());
        if (attachment.name.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive))
            (void)AttachmentText::ofDocx(attachment.data);
    }
    return 0;
}
