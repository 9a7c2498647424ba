// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/concentratedweekstab.h"

#include "ui_concentratedweekstab.h"

#include "core/services/session.h"
#include "ui/enterprise/enterprisetabs.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/statusicon.h"
#include "ui/widgets/tableexport.h"

namespace branddesk {

ConcentratedWeeksTab::ConcentratedWeeksTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConcentratedWeeksTab>())
    , m_session(session)
{
    setObjectName(QStringLiteral("quartersTab"));
    m_ui->setupUi(this);
    enterprisetabs::setUpTableWidget(m_ui->quartersTableWidget);
    m_ui->quartersHintLabel->setText(
        tr("Each enterprise-facing department spends one week a quarter in enterprises (集中攻坚): a quarter is met "
           "when a concentrated week is recorded in it. The campaign milestone follows these records."));
    QAction* exportQuarters =
        tableexport::addExportAction(this, m_ui->quartersTableWidget, tr("Concentrated weeks by quarter"));
    recordlist::addToolBar(this, m_ui->quartersLayout, {exportQuarters});
}

ConcentratedWeeksTab::~ConcentratedWeeksTab() = default;

void ConcentratedWeeksTab::reload()
{
    QTableWidget* table = m_ui->quartersTableWidget;
    Result<QuarterCompliance> compliance = m_session.enterprise().quarterCompliance();
    if (!compliance)
        return;
    table->clear();
    QStringList headers{tr("Department")};
    for (const Quarter& q : compliance->quarters())
        headers.append(q.name());
    headers.append(tr("Concentrated weeks"));
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(compliance->rows().size()));
    for (int row = 0; row < compliance->rows().size(); ++row) {
        const QuarterComplianceRow& r = compliance->rows().at(row);
        table->setItem(row, 0, new QTableWidgetItem(r.department.name));
        for (int column = 0; column < r.quarters.size(); ++column) {
            auto* item = new QTableWidgetItem(lightIcon(quarterStatusLight(r.quarters.at(column))),
                                              quarterStatusName(r.quarters.at(column)));
            table->setItem(row, column + 1, item);
        }
        const QString summary = r.isDone() ? tr("Done: %n quarter(s) met", nullptr, r.met)
                                           : tr("%1 met, %2 missing").arg(r.met).arg(r.missing);
        auto* done = new QTableWidgetItem(lightIcon(r.missing > 0 ? Light::Red
                                                    : r.isDone()  ? Light::Green
                                                                  : Light::Yellow),
                                          summary);
        table->setItem(row, static_cast<int>(r.quarters.size()) + 1, done);
    }
    table->resizeColumnToContents(0);
}

} // namespace branddesk
