// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/declarationdraft.h"

#include <QCoreApplication>
#include <QHash>

namespace branddesk {

QString DeclarationDraft::compose(const Brand& brand, const QString& departmentName, const Campaign* campaign,
                                  const QList<MilestoneCompletion>& completions,
                                  const QList<ReportListItem>& highlights)
{
    QStringList lines;
    lines.append(QCoreApplication::translate("DeclarationDraft", "Self-declaration of the service brand “%1” of %2")
                     .arg(brand.name(), departmentName));
    lines.append(QString());
    int section = 0;
    for (BrandStandard standard : allBrandStandards()) {
        lines.append(
            QCoreApplication::translate("DeclarationDraft", "%1. %2").arg(++section).arg(brandStandardName(standard)));
        for (BrandField field : fieldsOf(standard)) {
            const QString text = brand.text(field).trimmed();
            lines.append(QCoreApplication::translate("DeclarationDraft", "%1: %2")
                             .arg(brandFieldName(field), text.isEmpty() ? QCoreApplication::translate(
                                                                              "DeclarationDraft", "(not yet filled in)")
                                                                        : text));
        }
        lines.append(QString());
    }

    lines.append(QCoreApplication::translate("DeclarationDraft", "%1. Campaign tasks completed").arg(++section));
    QHash<qint64, const Milestone*> milestones;
    if (campaign)
        for (const Milestone& milestone : campaign->milestones)
            milestones.insert(milestone.id, &milestone);
    int done = 0;
    for (const MilestoneCompletion& completion : completions) {
        const Milestone* milestone = milestones.value(completion.milestoneId);
        if (!milestone)
            continue;
        ++done;
        QString line = QCoreApplication::translate("DeclarationDraft", "%1 (done %2)")
                           .arg(milestone->name, completion.doneDate.toString(Qt::ISODate));
        if (!completion.evidence.trimmed().isEmpty())
            line += QCoreApplication::translate("DeclarationDraft", ": %1").arg(completion.evidence.trimmed());
        lines.append(line);
    }
    if (done == 0)
        lines.append(QCoreApplication::translate("DeclarationDraft", "(none recorded yet)"));
    lines.append(QString());

    lines.append(QCoreApplication::translate("DeclarationDraft", "%1. Typical practices reported").arg(++section));
    for (const ReportListItem& report : highlights)
        lines.append(QCoreApplication::translate("DeclarationDraft", "%1: %2 — %3")
                         .arg(report.week.label(), report.title, report.excerpt));
    if (highlights.isEmpty())
        lines.append(QCoreApplication::translate("DeclarationDraft", "(none reported yet)"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace branddesk
