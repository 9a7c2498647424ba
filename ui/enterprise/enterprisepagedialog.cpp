// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/enterprisepagedialog.h"

#include "ui_enterprisepagedialog.h"

#include "ui/enterprise/problemlistmodel.h"

namespace branddesk {
namespace {

QString cell(const QString& text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
           QStringLiteral("</td>");
}

QString header(const QStringList& titles)
{
    QString row = QStringLiteral("<tr>");
    for (const QString& title : titles)
        row += QStringLiteral("<th align=\"left\">") + title.toHtmlEscaped() + QStringLiteral("</th>");
    return row + QStringLiteral("</tr>");
}

QString activityTable(const QList<Activity>& activities)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    html += header({EnterprisePageDialog::tr("Date"), EnterprisePageDialog::tr("Department"),
                    EnterprisePageDialog::tr("Activity"), EnterprisePageDialog::tr("Leading official"),
                    EnterprisePageDialog::tr("Description"), EnterprisePageDialog::tr("Outcome")});
    for (const Activity& a : activities)
        html += QStringLiteral("<tr>") + cell(a.datesText()) + cell(a.departmentName) + cell(a.kindText()) +
                cell(a.leadingOfficial) + cell(a.description) + cell(a.outcome) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

} // namespace

EnterprisePageDialog::EnterprisePageDialog(const EnterprisePage& page, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnterprisePageDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(page.enterprise.name);
    m_ui->pageTextBrowser->setHtml(html(page, today));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EnterprisePageDialog::~EnterprisePageDialog() = default;

QString EnterprisePageDialog::html(const EnterprisePage& page, const QDate& today)
{
    QString html = QStringLiteral("<h2>") + page.enterprise.name.toHtmlEscaped() + QStringLiteral("</h2><p>") +
                   enterpriseKindName(page.enterprise.kind).toHtmlEscaped() + QStringLiteral(" · ") +
                   tr("Served by: %1").arg(page.departmentNames().join(QStringLiteral("、"))).toHtmlEscaped() +
                   QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("Visits (%1)").arg(page.visits.size()) + QStringLiteral("</h3>");
    html += activityTable(page.visits);
    html += QStringLiteral("<h3>") + tr("Deliveries (%1)").arg(page.deliveries.size()) + QStringLiteral("</h3>");
    html += activityTable(page.deliveries);
    html += QStringLiteral("<h3>") + tr("Problems (%1)").arg(page.problems.size()) + QStringLiteral("</h3>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    html += header({tr("Status"), tr("Problem"), tr("Department"), tr("Responsible leader"), tr("Deadline"),
                    tr("Latest progress")});
    for (const Problem& p : page.problems) {
        const QString latest = p.notes.isEmpty() ? QString()
                                                 : p.notes.constLast().date.toString(Qt::ISODate) + QLatin1Char(' ') +
                                                       p.notes.constLast().text;
        html += QStringLiteral("<tr") + (p.isOverdue(today) ? QStringLiteral(" style=\"color:#b01c1c\"") : QString()) +
                QStringLiteral(">") + cell(ProblemListModel::statusText(p, today)) + cell(p.description) +
                cell(p.departmentName) + cell(p.leader) + cell(p.deadline.toString(Qt::ISODate)) + cell(latest) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace branddesk
