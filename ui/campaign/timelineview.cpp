// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/timelineview.h"

#include "ui_timelineview.h"

#include "core/services/session.h"
#include "core/text/dates.h"
#include "ui/campaign/newcampaigndialog.h"
#include "ui/campaign/timelinewidget.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/lazyreload.h"
#include "ui/widgets/messagebox.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

namespace branddesk {

TimelineView::TimelineView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TimelineView>())
    , m_session(session)
    , m_timeline(new TimelineWidget(this))
    , m_reader(new BackgroundReader(session, this))
{
    m_ui->setupUi(this);
    m_ui->timelineLayout->addWidget(m_timeline);
    // The calendar takes the room; the phase table below is as tall as its rows.
    m_timeline->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_ui->mainLayout->setStretchFactor(m_ui->timelineContainer, 1);
    QTableWidget* phases = m_ui->phasesTableWidget;
    phases->setColumnCount(6);
    phases->setHorizontalHeaderLabels(
        {tr("Phase"), tr("Focus"), tr("Dates (dekads)"), tr("From"), tr("To"), tr("Milestones")});
    phases->verticalHeader()->hide();
    phases->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    phases->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->campaignComboBox, &QComboBox::currentIndexChanged, this,
            [this] { showCampaign(m_ui->campaignComboBox->currentData().toLongLong()); });
    connect(m_ui->newCampaignPushButton, &QPushButton::clicked, this, &TimelineView::newCampaignFromTemplate);
    connect(m_ui->setCurrentPushButton, &QPushButton::clicked, this, &TimelineView::makeShownCampaignCurrent);
    // Loaded when first shown, and again when shown after a change made elsewhere.
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&session.campaigns(), &CampaignService::changed, lazy, &LazyReload::request);
    connect(&session.milestones(), &MilestoneService::changed, lazy, &LazyReload::request);
    connect(&session.departments(), &DepartmentService::changed, lazy, &LazyReload::request);
}

TimelineView::~TimelineView() = default;

bool TimelineView::isLoading() const
{
    return m_reader->isBusy();
}

void TimelineView::reload()
{
    Result<QList<Campaign>> campaigns = m_session.campaigns().campaigns();
    if (!campaigns) {
        MessageBox::error(this, tr("Campaign calendar"), campaigns.error());
        return;
    }
    m_campaigns = *campaigns;
    qint64 shown = m_ui->campaignComboBox->currentData().toLongLong();
    if (shown == 0) {
        for (const Campaign& c : m_campaigns) {
            if (c.isCurrent)
                shown = c.id;
        }
    }
    {
        const QSignalBlocker blocker(m_ui->campaignComboBox);
        m_ui->campaignComboBox->clear();
        for (const Campaign& c : m_campaigns)
            m_ui->campaignComboBox->addItem(c.isCurrent ? tr("%1 (current)").arg(c.title) : c.title, c.id);
        m_ui->campaignComboBox->setCurrentIndex(std::max(0, m_ui->campaignComboBox->findData(shown)));
    }
    m_ui->newCampaignPushButton->setEnabled(!m_campaigns.isEmpty());
    showCampaign(m_ui->campaignComboBox->currentData().toLongLong());
}

void TimelineView::showCampaign(qint64 campaignId)
{
    QTableWidget* phases = m_ui->phasesTableWidget;
    phases->setRowCount(0);
    m_ui->setCurrentPushButton->setEnabled(false);
    if (campaignId == 0) {
        m_reader->cancel();
        m_timeline->setBoard(MilestoneBoard());
        m_ui->statusLabel->setText(tr("No campaign yet."));
        return;
    }
    // The board of a thousand departments takes a moment to read: in the reader's thread, while the page stays
    // usable and says it is loading; a newer request (another campaign chosen) supersedes this one.
    m_ui->statusLabel->setText(tr("Loading the campaign…"));
    m_reader->request(
        [this, campaignId](Session& reader) -> BackgroundReader::Delivery {
            auto board = std::make_shared<Result<MilestoneBoard>>(reader.milestones().board(campaignId));
            return [this, board] {
                if (!*board) {
                    m_ui->statusLabel->setText(tr("The campaign could not be loaded."));
                    MessageBox::error(this, tr("Campaign calendar"), board->error());
                    return;
                }
                showBoard(**board);
            };
        },
        [this](const Error& error) {
            m_ui->statusLabel->setText(tr("The campaign could not be loaded."));
            MessageBox::error(this, tr("Campaign calendar"), error);
        });
}

void TimelineView::showBoard(const MilestoneBoard& board)
{
    QTableWidget* phases = m_ui->phasesTableWidget;
    m_timeline->setBoard(board);
    const Campaign& campaign = board.campaign();
    m_ui->setCurrentPushButton->setEnabled(!campaign.isCurrent);
    const Phase* now = campaign.phaseOn(board.today());
    QString status = campaign.noticeReference.toHtmlEscaped();
    if (now != nullptr) {
        status += QStringLiteral("<br>") +
                  (now->dates.isOpenEnded()
                       ? tr("Today is in phase %1, <b>%2</b> (long-term).").arg(now->ordinal).arg(now->name)
                       : tr("Today is in phase %1, <b>%2</b>: %n day(s) left.", nullptr,
                            static_cast<int>(board.today().daysTo(now->dates.end)))
                             .arg(now->ordinal)
                             .arg(now->name));
    }
    m_ui->statusLabel->setText(status);

    phases->setRowCount(static_cast<int>(campaign.phases.size()));
    for (int i = 0; i < campaign.phases.size(); ++i) {
        const Phase& p = campaign.phases.at(i);
        const auto milestones = std::count_if(campaign.milestones.cbegin(), campaign.milestones.cend(),
                                              [&p](const Milestone& m) { return m.phaseId == p.id; });
        auto* name = new QTableWidgetItem(tr("%1 %2", "a phase: its number and name").arg(p.ordinal).arg(p.name));
        if (now == &p) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        phases->setItem(i, 0, name);
        phases->setItem(i, 1, new QTableWidgetItem(p.focus));
        phases->setItem(i, 2, new QTableWidgetItem(dekad::displayRange(p.dates)));
        phases->setItem(i, 3, new QTableWidgetItem(dates::shown(p.dates.start)));
        phases->setItem(i, 4,
                        new QTableWidgetItem(p.dates.isOpenEnded() ? tr("long-term") : dates::shown(p.dates.end)));
        phases->setItem(i, 5, new QTableWidgetItem(QString::number(milestones)));
    }
    phases->resizeRowsToContents();
    int height = phases->horizontalHeader()->sizeHint().height() + 2 * phases->frameWidth();
    for (int i = 0; i < phases->rowCount(); ++i)
        height += phases->rowHeight(i);
    height += phases->horizontalScrollBar()->sizeHint().height(); // room for it, should a narrow window need it
    phases->setFixedHeight(height + 2);
}

void TimelineView::newCampaignFromTemplate()
{
    NewCampaignDialog dialog(m_session.campaigns(), m_campaigns, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int index = m_ui->campaignComboBox->findData(dialog.created().id);
    m_ui->campaignComboBox->setCurrentIndex(std::max(0, index));
}

void TimelineView::makeShownCampaignCurrent()
{
    const qint64 id = m_ui->campaignComboBox->currentData().toLongLong();
    if (id == 0)
        return;
    if (Result<void> done = m_session.campaigns().setCurrent(id); !done)
        MessageBox::error(this, tr("Campaign calendar"), done.error());
}

} // namespace branddesk
