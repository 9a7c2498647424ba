// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/timelinewidget.h"

#include "core/text/dates.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace branddesk {
namespace {

constexpr qreal kMargin = 24;
constexpr qreal kMonthRow = 28;
constexpr qreal kPhaseTop = 44;
constexpr qreal kPhaseHeight = 54;
constexpr qreal kDotRow = kPhaseTop + kPhaseHeight + 34;
constexpr qreal kDotStep = 22; ///< milestones due on the same day stack downwards, one line each with its label

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
    updateGeometry(); // the height follows the tallest stack of milestones
    update();
}

QSize TimelineWidget::sizeHint() const
{
    QHash<QDate, int> stacked;
    int tallest = 1;
    for (const Milestone& m : m_board.campaign().milestones) {
        if (m.due.isValid())
            tallest = std::max(tallest, ++stacked[m.due]);
    }
    return {900, int(kDotRow + tallest * kDotStep + 40)};
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
        // A short phase's bar is narrower than its texts: they end in "…", never cut mid-character, and the
        // tooltip holds them whole.
        const QString name = tr("%1 %2", "a phase: its number and name").arg(phase.ordinal).arg(phase.name);
        const QRectF nameRect = bar.adjusted(6, 4, -4, -kPhaseHeight / 2);
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(name, Qt::ElideRight, int(nameRect.width())));
        p.setFont(font());
        const QString range = dekad::displayRange(phase.dates);
        const QRectF rangeRect = bar.adjusted(6, kPhaseHeight / 2, -4, -4);
        p.drawText(rangeRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(range, Qt::ElideRight, int(rangeRect.width())));
        m_tips.append({bar, name + QLatin1Char('\n') + range + QLatin1Char('\n') + phase.focus});
    }

    // Milestones as dots at their due dates, each with its short name; dots on the same day stack downwards.
    // A label runs to the next date that has dots and ends in "…" there; the tooltip says it all.
    QList<qreal> dotColumns;
    for (const Milestone& m : c.milestones) {
        if (m.due.isValid())
            dotColumns.append(xOf(m.due) + 1);
    }
    std::sort(dotColumns.begin(), dotColumns.end());
    // The stacks spread over the height the window gives (up to twice the least step), not into one corner.
    const int tallest = (sizeHint().height() - 40 - int(kDotRow)) / int(kDotStep);
    const qreal step = std::clamp((height() - kDotRow - 48) / std::max(1, tallest), kDotStep, 2 * kDotStep);
    QHash<QDate, int> stacked;
    for (int i = 0; i < c.milestones.size(); ++i) {
        const Milestone& m = c.milestones.at(i);
        if (!m.due.isValid())
            continue;
        const int level = stacked[m.due]++;
        const QPointF centre(xOf(m.due) + 1, kDotRow + level * step);
        p.setPen(QPen(lightColour(milestoneLight(i)).darker(130), 1));
        p.setBrush(lightColour(milestoneLight(i)));
        p.drawEllipse(centre, 6, 6);
        const auto next = std::upper_bound(dotColumns.cbegin(), dotColumns.cend(), centre.x() + 1);
        const qreal right = next != dotColumns.cend() ? *next - 10 : qreal(width()) - 4;
        const QRectF label(centre.x() + 10, centre.y() - kDotStep / 2, std::max<qreal>(0, right - centre.x() - 10),
                           kDotStep);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(
            label, Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(m.shortName.isEmpty() ? m.name : m.shortName, Qt::ElideRight, int(label.width())));
        const auto [done, owed] = m_board.completionOf(i);
        m_tips.append({QRectF(centre - QPointF(8, 8), QSizeF(16, 16)).united(label),
                       tr("%1\ndue %2 (%3)\n%4 of %5 departments done")
                           .arg(m.name, QLocale().toString(m.due, QLocale::LongFormat), dekad::display(m.due))
                           .arg(done)
                           .arg(owed)});
    }

    // Today.
    if (m_board.today() >= first && m_board.today() <= last) {
        const qreal x = xOf(m_board.today());
        p.setPen(QPen(QColor(0xc0, 0x1f, 0x2f), 2));
        p.drawLine(QPointF(x, kMonthRow - 4), QPointF(x, height() - 8));
        p.drawText(QRectF(x + 4, height() - 26, 160, 20), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Today %1").arg(dates::shown(m_board.today())));
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
