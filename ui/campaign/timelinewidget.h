// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"

#include <QWidget>

namespace branddesk {

/// The campaign at a glance: months along the top, phases as bars, today as a red line, and a dot per
/// milestone at its due date — green when every department owing it is done, red when it is overdue for
/// some, yellow when due soon, grey when still ahead; each dot carries the milestone's short name and a tooltip.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget* parent = nullptr);
    void setBoard(const MilestoneBoard& board);
    /// Tall enough for the tallest stack of milestones due on one day, each with its label.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {400, 220}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// The days shown: from the first of the first phase's month to the end of the month of the last due
    /// date (or today, or four months past an open phase's start).
    std::pair<QDate, QDate> shownDays() const;
    qreal xOf(const QDate& day) const;
    Light milestoneLight(int index) const;

    MilestoneBoard m_board;
    QList<std::pair<QRectF, QString>> m_tips; ///< hover areas of the last paint
};

} // namespace branddesk
