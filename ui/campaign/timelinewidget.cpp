// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/timelinewidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace branddesk {
namespace {

constexpr qreal kMargin = 24;
constexpr qreal kMonthRow = 28;
constexpr qreal kPhaseTop = 44;
constexpr qreal kPhaseHeight = 54;
constexpr qreal kDotRow = kPhaseTop + kPhaseHeight + 34;

QColor lightColour(Light light)
{
    switch (light) {
    case Light::Green:
        return {0x1e, 0x8a, 0x5a};
    case Light::Yellow:
        return {0xe0, 0xa8, 0x00};
    case Light::Red:
        return {0xc0, 0x1f, 0x2f};
    default:
        return {0xa0, 0xa0, 0xa0};
    }
}

const QColor kPhaseColours[] = {QColor(0xdd, 0xe8, 0xf6), QColor(0xe2, 0xf1, 0xe4), QColor(0xfc, 0xef, 0xd9),
                                QColor(0xec, 0xe4, 0xf4)};

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineWidget"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineWidget::setBoard(const MilestoneBoard& board)
{
    m_board = board;
    update();
}

std::pair<QDate, QDate> TimelineWidget::shownDays() const
{
    const Campaign& c = m_board.campaign();
    if (c.phases.isEmpty())
        return {};
    const QDate start = c.phases.first().dates.start;
    QDate end =
        c.phases.last().dates.isOpenEnded() ? c.phases.last().dates.start.addMonths(4) : c.phases.last().dates.end;
    for (const Milestone& m : c.milestones)
        end = std::max(end, m.due);
    end = std::max(end, std::min(m_board.today(), start.addYears(1)));
    return {QDate(start.year(), start.month(), 1), QDate(end.year(), end.month(), end.daysInMonth())};
}

qreal TimelineWidget::xOf(const QDate& day) const
{
    const auto [first, last] = shownDays();
    const qreal span = static_cast<qreal>(first.daysTo(last) + 1);
    return kMargin + (width() - 2 * kMargin) * static_cast<qreal>(first.daysTo(day)) / span;
}

Light TimelineWidget::milestoneLight(int index) const
{
    const auto [done, owed] = m_board.completionOf(index);
    if (owed > 0 && done == owed)
        return Light::Green;
    bool overdue = false;
    bool soon = false;
    for (const DepartmentProgress& row : m_board.rows()) {
        overdue = overdue || row.states.at(index).status == MilestoneState::Status::Overdue;
        soon = soon || row.states.at(index).status == MilestoneState::Status::DueSoon;
    }
    return overdue ? Light::Red : soon ? Light::Yellow : Light::Grey;
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    m_tips.clear();
    const Campaign& c = m_board.campaign();
    if (c.phases.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No campaign yet."));
        return;
    }
    const auto [first, last] = shownDays();

    // Months along the top, with a faint line at each month start.
    p.setPen(palette().color(QPalette::Mid));
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        const qreal x = xOf(month);
        p.drawLine(QPointF(x, kMonthRow), QPointF(x, height() - 8));
        p.drawText(QRectF(x + 4, 4, 80, kMonthRow - 6), Qt::AlignVCenter | Qt::AlignLeft,
                   QLocale().monthName(month.month(), QLocale::ShortFormat));
    }

    // Phases as bars with their names and dekad dates.
    for (int i = 0; i < c.phases.size(); ++i) {
        const Phase& phase = c.phases.at(i);
        const QDate end = phase.dates.isOpenEnded() ? last : phase.dates.end;
        const QRectF bar(xOf(phase.dates.start), kPhaseTop, xOf(end.addDays(1)) - xOf(phase.dates.start), kPhaseHeight);
        p.setPen(QPen(kPhaseColours[i % 4].darker(140), 1));
        p.setBrush(kPhaseColours[i % 4]);
        p.drawRoundedRect(bar, 4, 4);
        p.setPen(palette().color(QPalette::Text));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(bar.adjusted(6, 4, -4, -kPhaseHeight / 2), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1 %2").arg(phase.ordinal).arg(phase.name));
        p.setFont(font());
        p.drawText(bar.adjusted(6, kPhaseHeight / 2, -4, -4), Qt::AlignLeft | Qt::AlignVCenter,
                   dekad::formatRange(phase.dates));
        m_tips.append({bar, phase.name + QLatin1Char('\n') + phase.focus});
    }

    // Milestones as dots at their due dates; dots on the same day stack downwards.
    QHash<QDate, int> stacked;
    for (int i = 0; i < c.milestones.size(); ++i) {
        const Milestone& m = c.milestones.at(i);
        if (!m.due.isValid())
            continue;
        const int level = stacked[m.due]++;
        const QPointF centre(xOf(m.due) + 1, kDotRow + level * 18);
        p.setPen(QPen(lightColour(milestoneLight(i)).darker(130), 1));
        p.setBrush(lightColour(milestoneLight(i)));
        p.drawEllipse(centre, 6, 6);
        const auto [done, owed] = m_board.completionOf(i);
        m_tips.append({QRectF(centre - QPointF(8, 8), QSizeF(16, 16)),
                       tr("%1\ndue %2 (%3)\n%4 of %5 departments done")
                           .arg(m.name, QLocale().toString(m.due, QLocale::ShortFormat), dekad::format(m.due))
                           .arg(done)
                           .arg(owed)});
    }

    // Today.
    if (m_board.today() >= first && m_board.today() <= last) {
        const qreal x = xOf(m_board.today());
        p.setPen(QPen(QColor(0xc0, 0x1f, 0x2f), 2));
        p.drawLine(QPointF(x, kMonthRow - 4), QPointF(x, height() - 8));
        p.drawText(QRectF(x + 4, height() - 26, 160, 20), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Today %1").arg(QLocale().toString(m_board.today(), QLocale::ShortFormat)));
    }
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (auto it = m_tips.crbegin(); it != m_tips.crend(); ++it) {
            if (it->first.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), it->second, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace branddesk
