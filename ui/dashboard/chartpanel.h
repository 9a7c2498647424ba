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
    enum class Kind { Line, StackedBar, Bar, HorizontalBar };

    ChartPanel(Kind kind, const QString& title, ChartDataModel* model, QWidget* parent = nullptr);
    ~ChartPanel() override;

    QChart* chart() const { return m_chart; }

protected:
    /// The chart's texts follow the widget's font (the dashboard's large-font mode for projectors).
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyFonts();

    Kind m_kind;
    ChartDataModel* m_model;
    QChart* m_chart; // owned by m_view
    QChartView* m_view;
};

} // namespace branddesk
