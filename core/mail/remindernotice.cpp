// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/remindernotice.h"

#include "core/summary/supervisionsummary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace branddesk {

QList<PrintDocument> ReminderNotice::build(const QList<ReminderDraft>& drafts, const QString& issuer, const QDate& date)
{
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    QList<PrintDocument> documents;
    for (const ReminderDraft& draft : drafts) {
        PrintDocument doc(PageStyle::official());
        doc.setOfficialHeader(issuer, QString());
        doc.setName(QCoreApplication::translate("ReminderNotice", "Reminder notice: %1").arg(draft.departmentName));
        doc.addTitle(QCoreApplication::translate("ReminderNotice", "Reminder to send the weekly report"));
        const QStringList paragraphs = draft.text.split(paragraphBreak, Qt::SkipEmptyParts);
        for (const QString& paragraph : paragraphs) {
            const QString text = paragraph.trimmed();
            // The salutation ("市财政局：") stands at the margin, as an addressee does; the rest is body text.
            if (text.endsWith(QChar(0xff1a)) && !text.contains(QLatin1Char('\n')) && text.size() <= 40)
                doc.addLine(text);
            else
                doc.addParagraph(QString(text).replace(QLatin1Char('\n'), QString()));
        }
        doc.addClosing({issuer, documentDate(date)});
        doc.addSpacing(12);
        doc.addFieldRow({QCoreApplication::translate("ReminderNotice", "Received by:"),
                         QCoreApplication::translate("ReminderNotice", "Date and time:")});
        documents.append(doc);
    }
    return documents;
}

} // namespace branddesk
