// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/mail/testmails.h"

#include <QFile>
#include <QTemporaryDir>

#include <iconv.h>
#include <zip.h>

namespace branddesk::test::testmails {
namespace {

QByteArray encode(const QString& text, const char* charset)
{
    iconv_t cd = iconv_open(charset, "UTF-8");
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, '\0');
    char* inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char* outPtr = out.data();
    size_t outLeft = size_t(out.size());
    iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

QByteArray u(const char* text)
{
    return QByteArray(text);
}

QByteArray base64Word(const char* charset, const QByteArray& bytes)
{
    return "=?" + QByteArray(charset) + "?B?" + bytes.toBase64() + "?=";
}

QByteArray crlf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace("\n", "\r\n");
    return text;
}

} // namespace

QByteArray gb18030(const QString& text)
{
    return encode(text, "GB18030");
}

QByteArray big5(const QString& text)
{
    return encode(text, "BIG5");
}

QByteArray docx(const QString& paragraph)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    zipFile zip = zipOpen(path.toLocal8Bit().constData(), APPEND_STATUS_CREATE);
    const QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                             "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>" +
        paragraph.toUtf8() + "</w:t></w:r></w:p><w:p><w:r><w:t>" + QByteArray("本周工作小结") +
        "</w:t></w:r></w:p></w:body></w:document>";
    for (const auto& [name, data] :
         {std::pair{"[Content_Types].xml", types}, std::pair{"word/document.xml", document}}) {
        zipOpenNewFileInZip(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION);
        zipWriteInFileInZip(zip, data.constData(), unsigned(data.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray utf8FromDepartmentAddress()
{
    return crlf("From: " + base64Word("UTF-8", u("财政局办公室")) +
                " <CaiZhengJu@cz.gov.cn>\n"
                "To: zfb@office.example\n"
                "Subject: " +
                base64Word("UTF-8", u("本周服务企业情况")) +
                "\n"
                "Date: Fri, 15 May 2009 11:30:00 +0800\n"
                "Message-ID: <utf8-1@cz.gov.cn>\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=UTF-8\n"
                "Content-Transfer-Encoding: 8bit\n"
                "\n" +
                u("本周走访企业十二家，解决难题三件。\n"));
}

QByteArray gb2312NamingDepartment()
{
    return crlf("From: " + base64Word("gb2312", gb18030(QString::fromUtf8("地税办公室"))) +
                " <dishui-office@163.example>\n"
                "To: zfb@office.example\n"
                "Subject: " +
                base64Word("gb2312", gb18030(QString::fromUtf8("市地税局第20周工作周报"))) +
                "\n"
                "Date: Mon, 18 May 2009 10:00:00 +0800\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"gb2312\"\n"
                "Content-Transfer-Encoding: 8bit\n"
                "\n" +
                gb18030(QString::fromUtf8("本周办理涉税事项，镕铸服务品牌。\n")));
}

QByteArray gb18030WithDocx()
{
    // 民政局第20周周报.docx in UTF-8, percent-encoded and cut in two continuations.
    const QByteArray name = QByteArray("民政局第20周周报.docx").toPercentEncoding();
    const qsizetype cut = name.indexOf("%", name.size() / 2);
    const QByteArray attachment = docx(QString::fromUtf8("养老服务补贴发放到位"));
    return crlf("From: report@minzheng.example\n"
                "To: zfb@office.example\n"
                "Subject: " +
                base64Word("GB18030", gb18030(QString::fromUtf8("民政局本周工作"))) +
                "\n"
                "Date: Thu, 14 May 2009 15:00:00 +0800\n"
                "MIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\n"
                "\n"
                "--BOUNDARY\n"
                "Content-Type: text/plain; charset=GB18030\n"
                "Content-Transfer-Encoding: base64\n"
                "\n" +
                gb18030(QString::fromUtf8("详见附件。")).toBase64() +
                "\n"
                "--BOUNDARY\n"
                "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\n"
                "Content-Transfer-Encoding: base64\n"
                "Content-Disposition: attachment;\n"
                " filename*0*=UTF-8''" +
                name.left(cut) +
                ";\n"
                " filename*1*=" +
                name.mid(cut) +
                "\n"
                "\n" +
                attachment.toBase64() +
                "\n"
                "--BOUNDARY--\n");
}

QByteArray htmlOnlyUnmatched()
{
    return crlf("From: someone@example.com\n"
                "To: zfb@office.example\n"
                "Subject: " +
                base64Word("UTF-8", u("会议通知")) +
                "\n"
                "Date: Fri, 15 May 2009 12:00:00 +0800\n"
                "MIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=\"B2\"\n"
                "\n"
                "--B2\n"
                "Content-Type: text/html; charset=UTF-8\n"
                "\n" +
                u("<html><head><style>p{color:red}</style></head><body><p>各位：</p>"
                  "<p>请于&nbsp;周五参加会议&amp;培训。</p></body></html>\n") +
                "--B2\n"
                "Content-Type: text/plain\n"
                "Content-Disposition: attachment; filename=\"" +
                gb18030(QString::fromUtf8("会议通知.txt")) +
                "\"\n"
                "\n"
                "notice\n"
                "--B2--\n");
}

QByteArray big5Mail()
{
    return crlf("From: tw@example.com\n"
                "Subject: " +
                base64Word("big5", big5(QString::fromUtf8("服務報告"))) +
                "\n"
                "Date: Fri, 15 May 2009 12:00:00 +0800\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=big5\n"
                "Content-Transfer-Encoding: 8bit\n"
                "\n" +
                big5(QString::fromUtf8("本週服務內容。\n")));
}

} // namespace branddesk::test::testmails
