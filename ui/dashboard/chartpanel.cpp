// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/chartpanel.h"

#include "ui/dashboard/chartdatamodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace branddesk {
namespace {

constexpr qsizetype kMaxLineLabels = 8;
constexpr qsizetype kWholeLabelLength = 8; ///< a category label this short is never cut

const QList<QColor>& seriesColours()
{
    static const QList<QColor> colours = {QColor(0x1e, 0x8a, 0x5a), QColor(0xe0, 0xa8, 0x00), QColor(0xc0, 0x1f, 0x2f),
                                          QColor(0x2f, 0x6f, 0xb5)};
    return colours;
}

} // namespace

ChartPanel::ChartPanel(Kind kind, const QString& title, ChartDataModel* model, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
    , m_chart(new QChart)
    // Given the chart at construction: QChartView(parent) makes a default chart of its own, which setChart()
    // would release without deleting (a leak the sanitizer build found).
    , m_view(new QChartView(m_chart, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart->setTitle(title);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    layout->addWidget(m_view);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartPanel::rebuild);
    rebuild();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setAlarming(bool alarming)
{
    m_alarming = alarming;
    rebuild();
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void ChartPanel::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    QStringList categories = m_model->categories();
    const QList<ChartDataModel::Series>& series = m_model->series();
    // A line through one point is a dot nobody reads: one period is a bar with its figure on it.
    const Kind kind = m_kind == Kind::Line && categories.size() == 1 ? Kind::Bar : m_kind;
    const bool horizontal = kind == Kind::HorizontalBar || kind == Kind::HorizontalStackedBar;
    const bool stacked = kind == Kind::StackedBar || kind == Kind::HorizontalStackedBar;
    const bool reversed = horizontal; // the first (the worst) at the top
    if (reversed)
        std::reverse(categories.begin(), categories.end());
    const auto valueAt = [&](const ChartDataModel::Series& s, qsizetype i) {
        return s.values.value(reversed ? s.values.size() - 1 - i : i);
    };

    qreal top = 0;
    QAbstractSeries* drawn = nullptr;
    if (kind == Kind::Line) {
        for (qsizetype s = 0; s < series.size(); ++s) {
            auto* line = new QLineSeries;
            line->setName(series.at(s).name);
            line->setPointsVisible(true);
            line->setColor(seriesColours().at(3));
            for (qsizetype i = 0; i < categories.size(); ++i) {
                line->append(qreal(i), valueAt(series.at(s), i));
                top = std::max(top, valueAt(series.at(s), i));
            }
            m_chart->addSeries(line);
            drawn = line;
        }
    } else {
        QAbstractBarSeries* bars = nullptr;
        switch (kind) {
        case Kind::StackedBar:
            bars = new QStackedBarSeries;
            break;
        case Kind::HorizontalBar:
            bars = new QHorizontalBarSeries;
            break;
        case Kind::HorizontalStackedBar:
            bars = new QHorizontalStackedBarSeries;
            break;
        default:
            bars = new QBarSeries;
            break;
        }
        QList<qreal> sums(categories.size(), 0);
        for (qsizetype s = 0; s < series.size(); ++s) {
            auto* set = new QBarSet(series.at(s).name);
            set->setColor(series.size() == 1 ? seriesColours().at(m_alarming ? 2 : 3)
                                             : seriesColours().at(s % seriesColours().size()));
            for (qsizetype i = 0; i < categories.size(); ++i) {
                set->append(valueAt(series.at(s), i));
                sums[i] = stacked ? sums[i] + valueAt(series.at(s), i) : std::max(sums[i], valueAt(series.at(s), i));
            }
            bars->append(set);
        }
        for (qreal sum : sums)
            top = std::max(top, sum);
        bars->setLabelsVisible(!stacked);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        m_chart->addSeries(bars);
        drawn = bars;
    }
    m_chart->legend()->setVisible(series.size() > 1);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    QAbstractAxis* categoryAxis = nullptr;
    if (kind == Kind::Line) {
        // One label every few points, so that each is whole at 1280×800 (a label per week ended in "…").
        auto* sparse = new QCategoryAxis;
        sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        sparse->setRange(-0.5, qreal(std::max<qsizetype>(1, categories.size())) - 0.5);
        const qsizetype step = std::max<qsizetype>(1, (categories.size() + kMaxLineLabels - 1) / kMaxLineLabels);
        for (qsizetype i = 0; i < categories.size(); i += step)
            sparse->append(categories.at(i), qreal(i));
        categoryAxis = sparse;
    } else {
        auto* bars = new QBarCategoryAxis;
        bars->append(categories.isEmpty() ? QStringList{QString()} : categories);
        categoryAxis = bars;
    }
    // Short labels whole: ten departments' short names in a small chart were cut to a bare "…". Qt Charts does not
    // widen the axis for an uncut label, so a long one (an English category) still ends in "…" rather than
    // running off the chart.
    qsizetype longest = 0;
    for (const QString& category : categories)
        longest = std::max(longest, category.size());
    categoryAxis->setTruncateLabels(longest > kWholeLabelLength);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, m_model->maximum() > 0 ? m_model->maximum() : std::max<qreal>(1, top * 1.1));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTickCount(5);
    if (m_model->maximum() <= 0)
        valueAxis->applyNiceNumbers();
    m_chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    if (drawn) {
        for (QAbstractSeries* s : m_chart->series()) {
            s->attachAxis(categoryAxis);
            s->attachAxis(valueAxis);
        }
    }
    applyFonts();
}

void ChartPanel::applyFonts()
{
    const QFont base = font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.1);
    m_chart->setTitleFont(title);
    m_chart->legend()->setFont(base);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.8);
    for (QAbstractAxis* axis : m_chart->axes())
        axis->setLabelsFont(small);
    for (QAbstractSeries* s : m_chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(small);
}

} // namespace branddesk
