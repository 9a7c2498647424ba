// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/complianceview.h"

#include "ui_complianceview.h"

#include "core/services/session.h"
#include "core/text/dates.h"
#include "ui/mail/reminderlogview.h"
#include "ui/reports/calllistmodel.h"
#include "ui/reports/compliancemodel.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>

namespace branddesk {

ComplianceView::ComplianceView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComplianceView>())
    , m_session(session)
    , m_model(new ComplianceModel(this))
    , m_proxy(new FilterProxyModel(this))
    , m_callList(new CallListModel(this))
    , m_callProxy(new FilterProxyModel(this))
    , m_reminderLog(new ReminderLogView(session, this))
    , m_sendReminders(nullptr)
    , m_lazy(new LazyReload(this, [this] { reload(); }))
    , m_reader(new BackgroundReader(session, this))
{
    m_ui->setupUi(this);
    // The call list over the selected department's reminders, on the right of the grid.
    auto* callSide = new QSplitter(Qt::Vertical, m_ui->splitter);
    callSide->setObjectName(QStringLiteral("callListSplitter"));
    callSide->setChildrenCollapsible(false);
    callSide->addWidget(m_ui->callListTableView);
    callSide->addWidget(m_reminderLog);
    callSide->setStretchFactor(0, 2);
    callSide->setStretchFactor(1, 1);
    m_proxy->setSourceModel(m_model);
    m_callProxy->setSourceModel(m_callList);
    recordlist::setUpTable(m_ui->complianceTableView, m_proxy);
    recordlist::setUpTable(m_ui->callListTableView, m_callProxy);
    QHeaderView* header = m_ui->complianceTableView->horizontalHeader();
    // Widths set, never measured from the cells: sizing the columns to their contents read every cell of 1,000
    // departments × hundreds of weeks on the UI thread, seconds of a frozen window.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(24);
    header->setDefaultSectionSize(30);
    m_ui->complianceTableView->verticalHeader()->setDefaultSectionSize(
        m_ui->complianceTableView->fontMetrics().height() + 6);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    recordlist::fillCategories(m_ui->categoryComboBox);
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    m_ui->legendLabel->setText(tr("<span style=\"background:%1\">&nbsp;%2&nbsp;</span> on time &nbsp; "
                                  "<span style=\"background:%3\">&nbsp;%4&nbsp;</span> late &nbsp; "
                                  "<span style=\"background:%5\">&nbsp;%6&nbsp;</span> missing &nbsp; %7 not yet due")
                                   .arg(ComplianceModel::statusColor(ReportStatus::OnTime).name(),
                                        ComplianceModel::statusMark(ReportStatus::OnTime),
                                        ComplianceModel::statusColor(ReportStatus::Late).name(),
                                        ComplianceModel::statusMark(ReportStatus::Late),
                                        ComplianceModel::statusColor(ReportStatus::Missing).name(),
                                        ComplianceModel::statusMark(ReportStatus::Missing),
                                        ComplianceModel::statusMark(ReportStatus::Pending)));

    QAction* exportGrid = tableexport::addExportAction(this, m_ui->complianceTableView, tr("Report compliance"));
    QAction* exportCalls = new QAction(tr("Export &call list…"), this);
    exportCalls->setObjectName(QStringLiteral("exportCallListAction"));
    connect(exportCalls, &QAction::triggered, this,
            [this] { tableexport::exportView(this, m_ui->callListTableView, tr("Not yet reported this week")); });
    QAction* refresh =
        recordlist::addPageAction(this, tr("&Refresh"), QKeySequence::Refresh, "refreshComplianceAction");
    connect(refresh, &QAction::triggered, this, &ComplianceView::reload);
    m_sendReminders = recordlist::addPageAction(this, tr("Send &reminders…"), QKeySequence(Qt::CTRL | Qt::Key_M),
                                                "sendRemindersAction");
    m_sendReminders->setToolTip(tr("E-mail a reminder (催报) to every department of the call list, after a preview of "
                                   "each message; print notices for those without an address (Ctrl+M)"));
    connect(m_sendReminders, &QAction::triggered, this, &ComplianceView::sendReminders);
    recordlist::addToolBar(this, m_ui->mainLayout,
                           {m_sendReminders, nullptr, exportGrid, exportCalls, nullptr, refresh});

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &FilterProxyModel::setSearchText);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRoleFilter(CategoryRole, m_ui->categoryComboBox->currentData());
        m_callProxy->setRoleFilter(CategoryRole, m_ui->categoryComboBox->currentData());
    });
    connect(m_ui->missingOnlyCheckBox, &QCheckBox::toggled, this,
            [this](bool only) { m_proxy->setRoleFilter(NeedsAttentionRole, only ? QVariant(true) : QVariant()); });
    connect(m_ui->complianceTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const ReportWeek week = m_model->weekAt(index.column());
        if (week.isValid())
            emit reportsRequested(index.data(DepartmentIdRole).toLongLong(), week);
    });
    connect(m_reader, &BackgroundReader::busyChanged, this, [this](bool busy) {
        if (busy)
            setCursor(Qt::BusyCursor);
        else
            unsetCursor();
    });
    const auto showReminders = [this](const QModelIndex& index) {
        if (index.isValid())
            m_reminderLog->showDepartment(index.data(DepartmentIdRole).toLongLong(),
                                          index.siblingAtColumn(0).data().toString());
    };
    connect(m_ui->callListTableView->selectionModel(), &QItemSelectionModel::currentChanged, this, showReminders);
    connect(m_ui->complianceTableView->selectionModel(), &QItemSelectionModel::currentChanged, this, showReminders);
    connect(&session.reminders(), &ReminderService::changed, m_lazy, &LazyReload::request);
    connect(&session.reports(), &ReportService::changed, m_lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, m_lazy, &LazyReload::request);
    connect(&session.campaigns(), &CampaignService::changed, m_lazy, &LazyReload::request);
}

ComplianceView::~ComplianceView() = default;

bool ComplianceView::isLoading() const
{
    return m_reader->isBusy();
}

void ComplianceView::reload()
{
    Result<std::optional<Campaign>> current = m_session.campaigns().current();
    if (!current) {
        MessageBox::error(this, tr("Report compliance"), current.error());
        return;
    }
    m_campaignId = *current ? (*current)->id : 0;
    m_sendReminders->setEnabled(m_campaignId != 0 && m_session.currentUser().canWrite());
    if (!*current) {
        m_reader->cancel();
        m_model->setCompliance({});
        m_callList->setCompliance({});
        m_ui->headlineLabel->setText(tr("No campaign yet."));
        m_ui->categoriesLabel->clear();
        return;
    }
    // Reading every department's weeks of a long campaign takes a while: in the reader's thread, while the page
    // stays usable and says it is loading; a newer reload supersedes this one.
    m_ui->headlineLabel->setText(tr("Loading the weekly reports…"));
    m_reader->request(
        [this, campaignId = (*current)->id](Session& reader) -> BackgroundReader::Delivery {
            auto compliance = std::make_shared<Result<ReportCompliance>>(reader.reports().compliance(campaignId));
            return [this, compliance] {
                if (!*compliance) {
                    m_ui->headlineLabel->setText(tr("The weekly reports could not be loaded."));
                    MessageBox::error(this, tr("Report compliance"), compliance->error());
                    return;
                }
                showCompliance(**compliance);
            };
        },
        [this](const Error& error) {
            m_ui->headlineLabel->setText(tr("The weekly reports could not be loaded."));
            MessageBox::error(this, tr("Report compliance"), error);
        });
}

void ComplianceView::showCompliance(const ReportCompliance& compliance)
{
    m_model->setCompliance(compliance);
    m_callList->setCompliance(compliance);
    if (Result<QHash<qint64, QDateTime>> reminded = m_session.reminders().remindedInWeek(compliance.currentWeek()))
        m_callList->setReminded(*reminded, m_session.clock().today());
    else
        MessageBox::error(this, tr("Report compliance"), reminded.error());
    QTableView* grid = m_ui->complianceTableView;
    const QHeaderView* header = grid->horizontalHeader();
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    // The weeks: as wide as their widest header (a few hundred labels measured, not the cells under them).
    int weekWidth = header->minimumSectionSize();
    for (int column = ComplianceModel::FirstWeekColumn; column < m_model->columnCount(); ++column)
        weekWidth = qMax(
            weekWidth,
            header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + margins);
    grid->horizontalHeader()->setDefaultSectionSize(weekWidth);
    const int nameColumnWidth = grid->fontMetrics().horizontalAdvance(QChar(0x4e2d)) * 12;
    grid->setColumnWidth(ComplianceModel::DepartmentColumn, nameColumnWidth);
    // The counts and the rate: as wide as their header or their widest possible value, whichever is wider.
    const int padding = margins + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int column = ComplianceModel::OnTimeColumn; column < ComplianceModel::FirstWeekColumn; ++column) {
        const QString widest =
            column == ComplianceModel::RateColumn ? QStringLiteral("100.0%") : QStringLiteral("0000");
        grid->setColumnWidth(column, qMax(header->fontMetrics().horizontalAdvance(
                                              m_model->headerData(column, Qt::Horizontal).toString()),
                                          grid->fontMetrics().horizontalAdvance(widest)) +
                                         padding);
    }

    const ComplianceCounts overall = compliance.overall();
    const ReportWeek week = compliance.currentWeek();
    const QString thisWeek = compliance.expectedThisWeek() == 0
                                 ? tr("No report is owed this week.")
                                 : tr("This week (%1, due %2): <b>%3 of %4</b> reports received; <b>%5</b> not yet.")
                                       .arg(week.label(), dates::shown(compliance.dueMoment(week)))
                                       .arg(compliance.receivedThisWeek())
                                       .arg(compliance.expectedThisWeek())
                                       .arg(compliance.notYetReported().size());
    m_ui->headlineLabel->setText(thisWeek + QLatin1String("<br>") +
                                 tr("Whole campaign: on time <b>%1</b> (%2 of %3 weeks owed), late %4, missing %5.")
                                     .arg(overall.onTimeRate())
                                     .arg(overall.onTime)
                                     .arg(overall.owed())
                                     .arg(overall.late)
                                     .arg(overall.missing));
    QStringList categories;
    for (DepartmentCategory category : allDepartmentCategories()) {
        const ComplianceCounts counts = compliance.forCategory(category);
        if (counts.owed() > 0)
            categories.append(tr("%1 %2", "a department category and its on-time rate")
                                  .arg(departmentCategoryName(category), counts.onTimeRate()));
    }
    m_ui->categoriesLabel->setText(tr("On time by category: %1").arg(categories.join(QStringLiteral(" · "))));
}

void ComplianceView::sendReminders()
{
    if (m_campaignId == 0)
        return;
    MailSettings settings;
    if (m_mailAccess.settings) {
        Result<MailSettings> loaded = m_mailAccess.settings();
        if (!loaded) {
            MessageBox::error(this, tr("Send reminders"), loaded.error());
            return;
        }
        settings = *loaded;
    }
    ReminderDialog dialog(m_session, m_campaignId, settings, m_mailAccess.password, this);
    dialog.setPasswordRefused(m_mailAccess.passwordRefused);
    dialog.exec();
}

} // namespace branddesk
