// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;

namespace branddesk {

class ChartDataModel;

/// One chart of the dashboard, drawn from a ChartDataModel and redrawn whenever the model resets. The only
/// place that knows the charting library (Qt Charts): swapping it means rewriting this class.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    /// Horizontal kinds list their categories down the left, where a label has the room it needs; a line over
    /// many periods labels every few points only; a line of one point is drawn as a bar with its figure.
    enum class Kind { Line, StackedBar, Bar, HorizontalBar, HorizontalStackedBar };

    ChartPanel(Kind kind, const QString& title, ChartDataModel* model, QWidget* parent = nullptr);
    ~ChartPanel() override;

    QChart* chart() const { return m_chart; }
    /// A chart of what is wrong draws a single series in red.
    void setAlarming(bool alarming);

protected:
    /// The chart's texts follow the widget's font (the dashboard's large-font mode for projectors).
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyFonts();

    Kind m_kind;
    bool m_alarming = false;
    ChartDataModel* m_model;
    QChart* m_chart; // owned by m_view
    QChartView* m_view;
};

} // namespace branddesk
