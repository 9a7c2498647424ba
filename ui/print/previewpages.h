// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/print/previewworker.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSizeF>

#include <utility>

namespace branddesk {

/// The print preview's pages, one under the other: a page's place is known as soon as its document is counted,
/// its picture is asked of the PreviewWorker only when it comes into view (a blank sheet saying it is being
/// prepared until then) and only the pictures near the view are kept.
class PreviewPages : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit PreviewPages(PreviewWorker& worker, QWidget* parent = nullptr);

    /// Adds the `count` pages of the next document, whose paper is `paper` points.
    void addPages(int document, int count, QSizeF paper);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    /// The page at the top of the view (from 0; 0 when there is none).
    int currentPage() const;
    /// Whether a page in view still waits for its picture.
    bool isWaiting() const { return m_waiting; }

    void zoomIn();
    void zoomOut();
    /// The pages as wide as the view (the zoom when the preview opens).
    void fitWidth();
    /// Scrolls page `index` (from 0) to the top of the view.
    void showPage(int index);

signals:
    /// The page at the top of the view, or the number of pages, changed.
    void currentPageChanged(int page, int count);
    /// A page in view got its picture, or one came into view without one.
    void waitingChanged(bool waiting);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Page {
        int document = 0;
        int page = 0;
        QSizeF paper; ///< points
        int top = 0;  ///< pixels from the top of the first page at the zoom now
    };

    void rendered(int document, int page, const QImage& image);
    /// The width in device pixels the picture of `page` must have.
    int pictureWidth(const Page& page) const;
    void setScale(double scale);
    int pageWidth(const Page& page) const;
    int pageHeight(const Page& page) const;
    void relayout();
    void updateScrollBars();
    /// The pages that stand (at least partly) in the view: first and past-the-last index.
    std::pair<int, int> visibleRange() const;
    /// Asks the worker for the pictures the pages in view lack (or have at another zoom), if not asked yet.
    void askForMissing();
    void setWaiting(bool waiting);
    void forgetFarPictures(int first, int last);

    PreviewWorker& m_worker;
    QList<Page> m_pages;
    int m_contentHeight = 0;
    int m_contentWidth = 0;
    double m_scale = 1; ///< pixels per point
    bool m_fitWidth = true;
    QList<int> m_firstPageOf;           ///< by document: the index of its first page
    double m_widestPaper = 0;           ///< points
    QHash<int, QImage> m_pictures;      ///< by page index; may be of an older zoom
    QList<PreviewWorker::Page> m_asked; ///< asked of the worker and not yet painted
    int m_lastCurrent = -1;
    bool m_waiting = false;
};

} // namespace branddesk
