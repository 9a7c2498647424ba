// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluationentriestab.h"

#include "ui_evaluationentriestab.h"

#include "core/services/session.h"
#include "ui/evaluation/entrydialog.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace branddesk {

EvaluationEntriesTab::EvaluationEntriesTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvaluationEntriesTab>())
    , m_session(session)
    , m_entries(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("entriesTab"));
    m_ui->setupUi(this);
    auto* entriesProxy = new FilterProxyModel(this);
    entriesProxy->setSourceModel(m_entries);
    recordlist::setUpTable(m_ui->entriesTableView, entriesProxy);
    m_ui->entriesTableView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->enterBrandPushButton, &QPushButton::clicked, this, &EvaluationEntriesTab::enterBrand);
    connect(m_ui->editEntryPushButton, &QPushButton::clicked, this, &EvaluationEntriesTab::editEntry);
    connect(m_ui->entriesTableView, &QTableView::activated, this, &EvaluationEntriesTab::editEntry);
    connect(m_ui->withdrawPushButton, &QPushButton::clicked, this, &EvaluationEntriesTab::withdrawEntry);
}

EvaluationEntriesTab::~EvaluationEntriesTab() = default;

void EvaluationEntriesTab::showRound(const EvaluationRoundState& round)
{
    m_round = round;
    m_entries->clear();
    m_entries->setHorizontalHeaderLabels(
        {tr("Brand"), tr("Department"), tr("Category"), tr("Submitted"), tr("Declaration"), tr("File")});
    for (const EvaluationEntry& e : std::as_const(m_round.entries)) {
        QList<QStandardItem*> row = {new QStandardItem(e.brandName),
                                     new QStandardItem(e.departmentName),
                                     new QStandardItem(departmentCategoryName(e.category)),
                                     new QStandardItem(e.submittedOn.toString(Qt::ISODate)),
                                     new QStandardItem(e.declaration.section(QLatin1Char('\n'), 0, 0)),
                                     new QStandardItem(e.fileName)};
        row.first()->setData(e.id, Qt::UserRole);
        m_entries->appendRow(row);
    }
    updateActions();
}

void EvaluationEntriesTab::updateActions()
{
    const bool open = m_round.isOpen();
    m_ui->enterBrandPushButton->setEnabled(open);
    m_ui->editEntryPushButton->setEnabled(m_round.isRead() && !m_round.entries.isEmpty());
    m_ui->editEntryPushButton->setText(open ? tr("&Declaration…") : tr("View &declaration…"));
    m_ui->withdrawPushButton->setEnabled(open && !m_round.entries.isEmpty());
}

qint64 EvaluationEntriesTab::selectedEntryId() const
{
    const QModelIndex current = m_ui->entriesTableView->currentIndex();
    if (!current.isValid())
        return m_round.entries.isEmpty() ? 0 : m_round.entries.first().id;
    return current.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
}

void EvaluationEntriesTab::enterBrand()
{
    const Result<QList<BrandOverview>> brands = m_session.brands().overviews();
    if (!brands) {
        MessageBox::error(this, tr("Enter a brand"), brands.error());
        return;
    }
    QList<BrandOverview> open;
    for (const BrandOverview& overview : *brands) {
        bool entered = false;
        for (const EvaluationEntry& e : std::as_const(m_round.entries))
            entered = entered || e.brandId == overview.brand.id;
        if (!entered && overview.departmentActive)
            open.append(overview);
    }
    if (open.isEmpty()) {
        MessageBox::information(this, tr("Enter a brand"), tr("Every brand is entered in this round already."));
        return;
    }
    EvaluationEntry entry;
    entry.roundId = m_round.id;
    EntryDialog dialog(m_session.evaluation(), entry, open, m_session.clock().today(), this);
    dialog.exec();
}

void EvaluationEntriesTab::editEntry()
{
    const qint64 id = selectedEntryId();
    if (id == 0)
        return;
    const Result<EvaluationEntry> entry = m_session.evaluation().entry(id);
    if (!entry) {
        MessageBox::error(this, tr("Self-declaration"), entry.error());
        return;
    }
    EntryDialog dialog(m_session.evaluation(), *entry, {}, m_session.clock().today(), this);
    dialog.setReadOnly(!m_round.isOpen());
    dialog.exec();
}

void EvaluationEntriesTab::withdrawEntry()
{
    const qint64 id = selectedEntryId();
    if (id == 0 || MessageBox::question(this, tr("Withdraw the entry"),
                                        tr("Withdraw this brand from the round, with every score given to it?"),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Result<void> done = m_session.evaluation().withdraw(id); !done)
        MessageBox::error(this, tr("Withdraw the entry"), done.error());
}

} // namespace branddesk
