// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/previewpages.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace branddesk {
namespace {

constexpr int pageGap = 12;       // pixels between the pages and around them
constexpr int picturesAround = 4; // pictures kept beyond the view on each side
constexpr double zoomStep = 1.25;
constexpr double smallestScale = 0.2;
constexpr double largestScale = 4.0;

} // namespace

PreviewPages::PreviewPages(PreviewWorker& worker, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_worker(worker)
{
    setObjectName(QStringLiteral("previewPages"));
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
    connect(&worker, &PreviewWorker::rendered, this, &PreviewPages::rendered);
}

int PreviewPages::pageWidth(const Page& page) const
{
    return qMax(1, qRound(page.paper.width() * m_scale));
}

int PreviewPages::pageHeight(const Page& page) const
{
    return qMax(1, qRound(page.paper.height() * m_scale));
}

int PreviewPages::pictureWidth(const Page& page) const
{
    return qMax(1, qRound(pageWidth(page) * devicePixelRatioF()));
}

void PreviewPages::addPages(int document, int count, QSizeF paper)
{
    while (m_firstPageOf.size() <= document)
        m_firstPageOf.append(static_cast<int>(m_pages.size()));
    const bool wider = paper.width() > m_widestPaper;
    m_widestPaper = qMax(m_widestPaper, paper.width());
    if (wider && m_fitWidth) {
        m_pages.reserve(m_pages.size() + count);
        for (int page = 0; page < count; ++page)
            m_pages.append({document, page, paper, 0});
        fitWidth();
    } else {
        if (m_pages.isEmpty())
            m_contentHeight = pageGap;
        for (int page = 0; page < count; ++page) {
            Page added{document, page, paper, m_contentHeight};
            m_contentHeight += pageHeight(added) + pageGap;
            m_pages.append(added);
        }
        m_contentWidth = qRound(m_widestPaper * m_scale) + 2 * pageGap;
        updateScrollBars();
    }
    const auto [first, last] = visibleRange();
    if (last > static_cast<int>(m_pages.size()) - count - 1) {
        viewport()->update();
        askForMissing();
    }
    emit currentPageChanged(currentPage(), pageCount());
}

void PreviewPages::relayout()
{
    m_contentHeight = pageGap;
    for (Page& page : m_pages) {
        page.top = m_contentHeight;
        m_contentHeight += pageHeight(page) + pageGap;
    }
    m_contentWidth = qRound(m_widestPaper * m_scale) + 2 * pageGap;
    updateScrollBars();
}

void PreviewPages::updateScrollBars()
{
    const QSize view = viewport()->size();
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setRange(0, qMax(0, m_contentHeight - view.height()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setRange(0, qMax(0, m_contentWidth - view.width()));
}

std::pair<int, int> PreviewPages::visibleRange() const
{
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    // The first page whose bottom is below the top of the view.
    auto first = std::upper_bound(m_pages.cbegin(), m_pages.cend(), top,
                                  [this](int y, const Page& page) { return y < page.top + pageHeight(page); });
    auto last = first;
    while (last != m_pages.cend() && last->top < bottom)
        ++last;
    return {static_cast<int>(first - m_pages.cbegin()), static_cast<int>(last - m_pages.cbegin())};
}

int PreviewPages::currentPage() const
{
    const int first = visibleRange().first;
    return qMin(first, qMax(0, pageCount() - 1));
}

void PreviewPages::setScale(double scale)
{
    scale = std::clamp(scale, smallestScale, largestScale);
    if (qFuzzyCompare(scale, m_scale))
        return;
    const int current = currentPage();
    m_scale = scale;
    relayout();
    if (current < pageCount())
        verticalScrollBar()->setValue(m_pages.at(current).top - pageGap);
    viewport()->update();
    askForMissing();
}

void PreviewPages::zoomIn()
{
    m_fitWidth = false;
    setScale(m_scale * zoomStep);
}

void PreviewPages::zoomOut()
{
    m_fitWidth = false;
    setScale(m_scale / zoomStep);
}

void PreviewPages::fitWidth()
{
    m_fitWidth = true;
    if (m_widestPaper <= 0)
        return;
    // The width of the view without a vertical scroll bar's room, so that the bar never makes the pages narrower.
    const int room = viewport()->width() - 2 * pageGap -
                     (verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    setScale(qMax(1, room) / m_widestPaper);
    relayout();
}

void PreviewPages::showPage(int index)
{
    if (index >= 0 && index < pageCount())
        verticalScrollBar()->setValue(m_pages.at(index).top - pageGap);
}

void PreviewPages::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitWidth)
        fitWidth();
    updateScrollBars();
}

void PreviewPages::scrollContentsBy(int, int)
{
    viewport()->update();
    askForMissing();
    if (const int current = currentPage(); current != m_lastCurrent) {
        m_lastCurrent = current;
        emit currentPageChanged(current, pageCount());
    }
}

void PreviewPages::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Mid));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int scrolledDown = verticalScrollBar()->value();
    const int scrolledRight = horizontalScrollBar()->value();
    const int across = qMax(viewport()->width(), m_contentWidth);
    const auto [first, last] = visibleRange();
    for (int index = first; index < last; ++index) {
        const Page& page = m_pages.at(index);
        const QRect sheet((across - pageWidth(page)) / 2 - scrolledRight, page.top - scrolledDown, pageWidth(page),
                          pageHeight(page));
        painter.fillRect(sheet.translated(3, 3), palette().color(QPalette::Shadow));
        const auto picture = m_pictures.constFind(index);
        if (picture != m_pictures.cend()) {
            painter.drawImage(sheet, *picture); // an older zoom's picture stands in until the new one comes
        } else {
            painter.fillRect(sheet, Qt::white);
            painter.setPen(Qt::darkGray);
            painter.drawText(sheet, Qt::AlignCenter, tr("Page %1 is being prepared…").arg(index + 1));
        }
    }
    askForMissing();
    forgetFarPictures(first, last);
}

void PreviewPages::askForMissing()
{
    const auto [first, last] = visibleRange();
    QList<PreviewWorker::Page> missing;
    for (int index = first; index < last; ++index) {
        const Page& page = m_pages.at(index);
        const auto picture = m_pictures.constFind(index);
        if (picture == m_pictures.cend() || picture->width() != pictureWidth(page))
            missing.append({page.document, page.page, pictureWidth(page)});
    }
    if (missing != m_asked) {
        m_asked = missing;
        m_worker.want(missing);
    }
    setWaiting(!missing.isEmpty());
}

void PreviewPages::rendered(int document, int page, const QImage& image)
{
    m_asked.removeIf(
        [&](const PreviewWorker::Page& asked) { return asked.document == document && asked.page == page; });
    if (document < 0 || document >= m_firstPageOf.size() || image.isNull())
        return;
    const int index = m_firstPageOf.at(document) + page;
    m_pictures.insert(index, image);
    viewport()->update();
}

void PreviewPages::forgetFarPictures(int first, int last)
{
    for (auto picture = m_pictures.begin(); picture != m_pictures.end();) {
        if (picture.key() < first - picturesAround || picture.key() >= last + picturesAround)
            picture = m_pictures.erase(picture);
        else
            ++picture;
    }
}

void PreviewPages::setWaiting(bool waiting)
{
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    emit waitingChanged(waiting);
}

} // namespace branddesk
