// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"
#include "core/services/figurescollector.h"
#include "core/summary/campaignfigures.h"
#include "ui/dashboard/dashboardcards.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QTimer;

namespace Ui {
class DashboardView;
}

namespace branddesk {

class BackgroundReader;
class ChartDataModel;
class ChartPanel;
class FilterProxyModel;
class Session;
class TrafficLightModel;

/// The leader dashboard (领导驾驶舱): the campaign at a glance for a period — cards with the figures of the
/// supervision summary (each opens the list behind its number), four charts, and the traffic-light table of
/// departments. Everything comes from one collectCampaignFigures() call and refreshes together when the
/// period changes or the data does (a changed() arriving while the page is hidden waits until it is shown,
/// so typing elsewhere never waits on it). The figures are collected by a BackgroundReader: the page says it is
/// loading and stays usable meanwhile, and figuresShown() says when they are on screen. Read-only: print, PDF and
/// export are its only actions.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    /// The period selector's choices; Custom uses the two date fields.
    enum class Period { ThisWeek, ThisMonth, ThisPhase, WholeCampaign, Custom };

    explicit DashboardView(Session& session, QWidget* parent = nullptr);
    ~DashboardView() override;

    /// Selects a period and refreshes.
    void setPeriod(Period period);
    void setCustomPeriod(const DateRange& range);
    /// The dates the figures are for.
    const DateRange& period() const { return m_figures.period; }
    const CampaignFigures& figures() const { return m_figures; }
    /// Whether figures asked for are still being collected (those shown are the previous ones).
    bool isLoading() const;

    QPushButton* cardButton(DashboardCard card) const;
    /// The list a card opens.
    dashboardcards::List cardList(DashboardCard card) const;
    TrafficLightModel* trafficLights() const { return m_lights; }
    /// The chart models: weekly on-time rate, milestones by category, completeness, furthest behind.
    QList<ChartDataModel*> chartModels() const;

    /// The page on paper: A4 landscape, figures and traffic lights (core's buildDashboardSheet).
    PrintDocument printDocument() const;
    bool largeFont() const { return m_largeFont; }
    void setLargeFont(bool large);

public slots:
    void reload();

signals:
    /// A department was double-clicked (in the traffic lights or a card's list).
    void departmentRequested(qint64 departmentId);
    /// The figures asked for last are on screen.
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void scheduleReload();
    void showFigures(CampaignFigures figures, QList<BrandOverview> brands, const ReportCompliance& compliance);
    void showCardList(DashboardCard card);
    void updateCards();
    void applyFonts();
    /// Ten cards in one row when their texts fit it, else two rows of five (English, large font, a narrow window).
    void arrangeCards();
    std::optional<FiguresPeriod> selectedKind() const;

    std::unique_ptr<Ui::DashboardView> m_ui;
    Session& m_session;
    CampaignFigures m_figures;
    Campaign m_campaign;
    QList<BrandOverview> m_brands;
    TrafficLightModel* m_lights;
    FilterProxyModel* m_lightsProxy;
    ChartDataModel* m_weekly;
    ChartDataModel* m_categories;
    ChartDataModel* m_completeness;
    ChartDataModel* m_behind;
    QList<ChartPanel*> m_charts;
    QTimer* m_reloadTimer;
    BackgroundReader* m_reader;
    bool m_dirty = false;
    bool m_largeFont = false;
    QFont m_baseFont;
    int m_widthBeforeLargeFont = 0;
    qsizetype m_cardsPerRow = 0;
};

} // namespace branddesk
