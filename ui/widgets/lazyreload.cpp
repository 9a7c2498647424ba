// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/lazyreload.h"

#include <QEvent>
#include <QWidget>

namespace branddesk {

LazyReload::LazyReload(QWidget* view, std::function<void()> reload)
    : QObject(view)
    , m_view(view)
    , m_reload(std::move(reload))
{
    view->installEventFilter(this);
}

void LazyReload::request()
{
    m_stale = true;
    if (m_view->isVisible()) {
        m_stale = false;
        m_reload();
    }
}

void LazyReload::ensureLoaded()
{
    if (m_stale) {
        m_stale = false;
        m_reload();
    }
}

bool LazyReload::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace branddesk
