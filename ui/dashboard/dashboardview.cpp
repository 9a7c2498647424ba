// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardview.h"

#include "ui_dashboardview.h"

#include "core/services/session.h"
#include "core/summary/dashboardsheet.h"
#include "ui/dashboard/cardlistdialog.h"
#include "ui/dashboard/chartdatamodel.h"
#include "ui/dashboard/chartpanel.h"
#include "ui/dashboard/dashboardchartdata.h"
#include "ui/dashboard/trafficlightmodel.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/backgroundreader.h"
#include "ui/widgets/filterproxymodel.h"
#include "ui/widgets/itemroles.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordlist.h"
#include "ui/widgets/tableexport.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace branddesk {
namespace {

constexpr qreal kLargeFontScale = 1.5;

QLabel* cardLabel(QPushButton* button, const char* name)
{
    return button->findChild<QLabel*>(QString::fromLatin1(name));
}

} // namespace

DashboardView::DashboardView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardView>())
    , m_session(session)
    , m_lights(new TrafficLightModel(this))
    , m_lightsProxy(new FilterProxyModel(this))
    , m_weekly(new ChartDataModel(this))
    , m_categories(new ChartDataModel(this))
    , m_completeness(new ChartDataModel(this))
    , m_behind(new ChartDataModel(this))
    , m_reloadTimer(new QTimer(this))
    , m_reader(new BackgroundReader(session, this))
{
    m_ui->setupUi(this);
    m_baseFont = font();

    m_ui->periodComboBox->addItem(tr("This week"), int(Period::ThisWeek));
    m_ui->periodComboBox->addItem(tr("This month"), int(Period::ThisMonth));
    m_ui->periodComboBox->addItem(tr("This phase"), int(Period::ThisPhase));
    m_ui->periodComboBox->addItem(tr("Whole campaign"), int(Period::WholeCampaign));
    m_ui->periodComboBox->addItem(tr("Custom"), int(Period::Custom));
    m_ui->periodComboBox->setCurrentIndex(int(Period::WholeCampaign));

    for (DashboardCard card : dashboardcards::all()) {
        QPushButton* button = cardButton(card);
        auto* layout = new QVBoxLayout(button);
        layout->setContentsMargins(2, 4, 2, 4);
        layout->setSpacing(0);
        for (const char* name : {"captionLabel", "valueLabel", "detailLabel"}) {
            auto* label = new QLabel(button);
            label->setObjectName(QString::fromLatin1(name));
            label->setAlignment(Qt::AlignCenter);
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
            // A card's text never sets the window's minimum width: the cards share the row (two rows in
            // large-font mode), and the tooltip holds the whole text.
            label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            layout->addWidget(label);
        }
        connect(button, &QPushButton::clicked, this, [this, card] { showCardList(card); });
    }

    m_lightsProxy->setSourceModel(m_lights);
    recordlist::setUpTable(m_ui->trafficLightTableView, m_lightsProxy);
    m_ui->trafficLightTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    recordlist::fillCategories(m_ui->categoryComboBox);
    recordlist::addFindShortcut(this, m_ui->searchLineEdit);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_lightsProxy, &FilterProxyModel::setSearchText);
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_lightsProxy->setRoleFilter(CategoryRole, m_ui->categoryComboBox->currentData()); });
    connect(m_ui->redOnlyCheckBox, &QCheckBox::toggled, this, [this](bool only) {
        m_lightsProxy->setRoleFilter(NeedsAttentionRole, only ? QVariant(true) : QVariant());
    });
    connect(m_ui->trafficLightTableView, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit departmentRequested(index.data(DepartmentIdRole).toLongLong()); });

    m_charts = {
        new ChartPanel(ChartPanel::Kind::Line, tr("On time by week (%)"), m_weekly, this),
        new ChartPanel(ChartPanel::Kind::HorizontalStackedBar, tr("Milestones by category"), m_categories, this),
        new ChartPanel(ChartPanel::Kind::HorizontalBar, tr("Brand completeness (departments)"), m_completeness, this),
        new ChartPanel(ChartPanel::Kind::HorizontalBar, tr("Most overdue items (top 10)"), m_behind, this)};
    const QStringList chartNames = {QStringLiteral("weeklyOnTimeChart"), QStringLiteral("milestonesChart"),
                                    QStringLiteral("completenessChart"), QStringLiteral("furthestBehindChart")};
    m_charts.last()->setAlarming(true);
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts.at(i)->setObjectName(chartNames.at(i));
        m_ui->chartsLayout->addWidget(m_charts.at(i), i / 2, i % 2);
    }
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);

    QAction* print = recordlist::addPageAction(this, tr("&Print…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                               "printDashboardAction");
    connect(print, &QAction::triggered, this, [this] { PrintPreview::show(this, {printDocument()}); });
    QAction* pdf = recordlist::addPageAction(this, tr("Save as P&DF…"), QKeySequence(), "saveDashboardPdfAction");
    connect(pdf, &QAction::triggered, this, [this] {
        PrintPreview::saveAsPdf(this, {printDocument()}, tr("Dashboard %1").arg(m_figures.today.toString(Qt::ISODate)));
    });
    QAction* exportLights = tableexport::addExportAction(this, m_ui->trafficLightTableView, tr("Traffic lights"));
    QAction* large =
        recordlist::addPageAction(this, tr("&Large font"), QKeySequence(Qt::CTRL | Qt::Key_Plus), "largeFontAction");
    large->setCheckable(true);
    connect(large, &QAction::toggled, this, &DashboardView::setLargeFont);
    QAction* refresh = recordlist::addPageAction(this, tr("&Refresh"), QKeySequence::Refresh, "refreshDashboardAction");
    connect(refresh, &QAction::triggered, this, &DashboardView::reload);
    recordlist::addToolBar(this, m_ui->mainLayout, {print, pdf, exportLights, nullptr, large, refresh});

    connect(m_ui->periodComboBox, &QComboBox::currentIndexChanged, this, &DashboardView::reload);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, [this] {
        if (!selectedKind())
            scheduleReload();
    });
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, [this] {
        if (!selectedKind())
            scheduleReload();
    });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardView::reload);
    connect(m_reader, &BackgroundReader::busyChanged, this, [this](bool busy) {
        if (busy)
            setCursor(Qt::BusyCursor);
        else
            unsetCursor();
    });
    connect(&session.reports(), &ReportService::changed, this, &DashboardView::scheduleReload);
    connect(&session.milestones(), &MilestoneService::changed, this, &DashboardView::scheduleReload);
    connect(&session.departments(), &DepartmentService::changed, this, &DashboardView::scheduleReload);
    connect(&session.brands(), &BrandService::changed, this, &DashboardView::scheduleReload);
    connect(&session.campaigns(), &CampaignService::changed, this, &DashboardView::scheduleReload);
    connect(&session.enterprise(), &EnterpriseService::changed, this, &DashboardView::scheduleReload);
    connect(&session.hotline(), &HotlineService::changed, this, &DashboardView::scheduleReload);
    applyFonts();
    m_dirty = true; // the figures are read when the dashboard is first shown
}

DashboardView::~DashboardView() = default;

QPushButton* DashboardView::cardButton(DashboardCard card) const
{
    return findChild<QPushButton*>(dashboardcards::objectName(card));
}

dashboardcards::List DashboardView::cardList(DashboardCard card) const
{
    return dashboardcards::list(card, m_figures, m_brands, m_campaign);
}

bool DashboardView::isLoading() const
{
    return m_reader->isBusy();
}

QList<ChartDataModel*> DashboardView::chartModels() const
{
    return {m_weekly, m_categories, m_completeness, m_behind};
}

PrintDocument DashboardView::printDocument() const
{
    return buildDashboardSheet(m_figures);
}

void DashboardView::setPeriod(Period period)
{
    m_ui->periodComboBox->setCurrentIndex(m_ui->periodComboBox->findData(int(period)));
}

void DashboardView::setCustomPeriod(const DateRange& range)
{
    const QSignalBlocker blockFrom(m_ui->fromDateEdit);
    const QSignalBlocker blockTo(m_ui->toDateEdit);
    m_ui->fromDateEdit->setDate(range.start);
    m_ui->toDateEdit->setDate(range.end);
    if (selectedKind())
        setPeriod(Period::Custom); // reloads
    else
        reload();
}

std::optional<FiguresPeriod> DashboardView::selectedKind() const
{
    switch (Period(m_ui->periodComboBox->currentData().toInt())) {
    case Period::ThisWeek:
        return FiguresPeriod::ThisWeek;
    case Period::ThisMonth:
        return FiguresPeriod::ThisMonth;
    case Period::ThisPhase:
        return FiguresPeriod::ThisPhase;
    case Period::WholeCampaign:
        return FiguresPeriod::WholeCampaign;
    case Period::Custom:
        break;
    }
    return std::nullopt;
}

void DashboardView::scheduleReload()
{
    if (isVisible())
        m_reloadTimer->start();
    else
        m_dirty = true;
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void DashboardView::reload()
{
    m_reloadTimer->stop();
    m_dirty = false;
    const QDate today = m_session.clock().today();
    Result<std::optional<Campaign>> current = m_session.campaigns().current();
    if (!current) {
        MessageBox::error(this, tr("Dashboard"), current.error());
        return;
    }
    m_ui->fromDateEdit->setEnabled(!selectedKind().has_value());
    m_ui->toDateEdit->setEnabled(!selectedKind().has_value());
    if (!*current) {
        m_reader->cancel();
        m_campaign = {};
        m_figures = {};
        m_figures.today = today;
        m_brands.clear();
        m_lights->setFigures(m_figures);
        dashboardcharts::fillWeeklyOnTime(m_weekly, {}, {});
        dashboardcharts::fillMilestonesByCategory(m_categories, m_figures);
        dashboardcharts::fillCompleteness(m_completeness, m_figures);
        dashboardcharts::fillFurthestBehind(m_behind, m_figures);
        m_ui->asOfLabel->setText(tr("No campaign yet."));
        updateCards();
        return;
    }
    m_campaign = **current;
    DateRange period;
    if (const std::optional<FiguresPeriod> kind = selectedKind()) {
        period = figuresPeriod(*kind, m_campaign, today);
        const QSignalBlocker blockFrom(m_ui->fromDateEdit);
        const QSignalBlocker blockTo(m_ui->toDateEdit);
        m_ui->fromDateEdit->setDate(period.start);
        m_ui->toDateEdit->setDate(period.end);
    } else {
        period = {m_ui->fromDateEdit->date(), m_ui->toDateEdit->date()};
    }
    // The figures of a long campaign take a while: collected in the reader's thread while the page stays usable
    // (the figures shown so far stay until the new ones arrive); a newer reload supersedes this one.
    m_ui->asOfLabel->setText(tr("Loading the figures…"));
    m_reader->request(
        [this, period](Session& reader) -> BackgroundReader::Delivery {
            auto compliance = std::make_shared<ReportCompliance>();
            auto figures =
                std::make_shared<Result<CampaignFigures>>(collectCampaignFigures(reader, period, compliance.get()));
            auto brands = std::make_shared<Result<QList<BrandOverview>>>(
                *figures ? reader.brands().overviews() : Result<QList<BrandOverview>>(fail(figures->error())));
            return [this, compliance, figures, brands] {
                if (!*brands) {
                    m_ui->asOfLabel->setText(tr("The figures could not be loaded."));
                    MessageBox::error(this, tr("Dashboard"), brands->error());
                    return;
                }
                showFigures(std::move(**figures), std::move(**brands), *compliance);
            };
        },
        [this](const Error& error) {
            m_ui->asOfLabel->setText(tr("The figures could not be loaded."));
            MessageBox::error(this, tr("Dashboard"), error);
        });
}

void DashboardView::showFigures(CampaignFigures figures, QList<BrandOverview> brands,
                                const ReportCompliance& compliance)
{
    m_figures = std::move(figures);
    m_brands = std::move(brands);
    m_lights->setFigures(m_figures);
    dashboardcharts::fillWeeklyOnTime(m_weekly, compliance, m_figures.period);
    dashboardcharts::fillMilestonesByCategory(m_categories, m_figures);
    dashboardcharts::fillCompleteness(m_completeness, m_figures);
    dashboardcharts::fillFurthestBehind(m_behind, m_figures);
    m_ui->trafficLightTableView->resizeColumnsToContents();
    m_ui->asOfLabel->setText(
        tr("%1 · as of %2").arg(m_figures.campaignTitle, QLocale().toString(m_figures.today, QLocale::LongFormat)));
    updateCards();
    emit figuresShown();
}

void DashboardView::updateCards()
{
    for (DashboardCard card : dashboardcards::all()) {
        QPushButton* button = cardButton(card);
        const dashboardcards::Face face = dashboardcards::face(card, m_figures);
        cardLabel(button, "captionLabel")->setText(face.caption);
        cardLabel(button, "valueLabel")->setText(face.value);
        cardLabel(button, "detailLabel")->setText(face.detail);
        button->setAccessibleName(QStringLiteral("%1 %2").arg(face.caption, face.value));
        button->setToolTip(tr("%1: %2 (%3). Click for the list.").arg(face.caption, face.value, face.detail));
        const bool alarming = (card == DashboardCard::WithoutBrand || card == DashboardCard::MilestonesOverdue ||
                               card == DashboardCard::RectificationsOverdue || card == DashboardCard::ProblemsOverdue ||
                               card == DashboardCard::TicketsOverdue) &&
                              dashboardcards::count(card, m_figures) > 0;
        // A style sheet, not a palette: the application's style sheet would override a palette.
        cardLabel(button, "valueLabel")->setStyleSheet(alarming ? QStringLiteral("color: #c01f2f;") : QString());
    }
    arrangeCards();
}

void DashboardView::setLargeFont(bool large)
{
    // Reversible: should the larger texts have widened the window, switching back gives it its width again.
    QWidget* top = window();
    if (large && !m_largeFont)
        m_widthBeforeLargeFont = top->width();
    m_largeFont = large;
    applyFonts();
    if (!large && m_widthBeforeLargeFont > 0 && top != this && top->width() > m_widthBeforeLargeFont)
        top->resize(m_widthBeforeLargeFont, top->height());
}

void DashboardView::applyFonts()
{
    QFont page = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10;
    page.setPointSizeF(base * (m_largeFont ? kLargeFontScale : 1));
    setFont(page);
    QFont value = page;
    value.setPointSizeF(page.pointSizeF() * 1.9);
    value.setBold(true);
    QFont small = page;
    small.setPointSizeF(page.pointSizeF() * 0.9);
    for (DashboardCard card : dashboardcards::all()) {
        QPushButton* button = cardButton(card);
        cardLabel(button, "valueLabel")->setFont(value);
        cardLabel(button, "captionLabel")->setFont(small);
        cardLabel(button, "detailLabel")->setFont(small);
        const int height = QFontMetrics(page).height() * 2 + QFontMetrics(value).height() + 14;
        button->setMinimumHeight(height);
        button->setMaximumHeight(height);
    }
    m_cardsPerRow = 0; // arranged afresh for the new sizes
    arrangeCards();
    m_ui->trafficLightTableView->verticalHeader()->setDefaultSectionSize(QFontMetrics(page).height() + 6);
    m_ui->trafficLightTableView->resizeColumnsToContents();
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeCards();
}

void DashboardView::arrangeCards()
{
    // A card's text never sets the window's minimum width (its labels ignore their width) and is never cut: when
    // the ten cards' texts do not fit one row, they take two rows of five.
    const QList<DashboardCard> cards = dashboardcards::all();
    int natural = 0;
    for (DashboardCard card : cards) {
        QPushButton* button = cardButton(card);
        int widest = 0;
        for (const char* name : {"captionLabel", "valueLabel", "detailLabel"}) {
            const QLabel* label = cardLabel(button, name);
            widest = std::max(widest, label->fontMetrics().horizontalAdvance(label->text()));
        }
        natural += widest + 16;
    }
    natural += std::max(6, m_ui->cardsLayout->horizontalSpacing()) * int(cards.size() - 1);
    const QMargins margins = m_ui->mainLayout->contentsMargins();
    const bool oneRow = natural <= width() - margins.left() - margins.right();
    const qsizetype perRow = oneRow ? cards.size() : (cards.size() + 1) / 2;
    if (perRow == m_cardsPerRow)
        return;
    m_cardsPerRow = perRow;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        QPushButton* button = cardButton(cards.at(i));
        m_ui->cardsLayout->removeWidget(button);
        m_ui->cardsLayout->addWidget(button, int(i / perRow), int(i % perRow));
    }
}

void DashboardView::showCardList(DashboardCard card)
{
    CardListDialog dialog(cardList(card), this);
    dialog.resize(m_largeFont ? 900 : 640, m_largeFont ? 640 : 480);
    connect(&dialog, &CardListDialog::departmentRequested, this, [this, &dialog](qint64 id) {
        dialog.accept();
        emit departmentRequested(id);
    });
    dialog.exec();
}

} // namespace branddesk
