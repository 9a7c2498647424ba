// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace branddesk {

/// Loads a view's data when the view is shown, not before: at start only the area on screen reads the
/// database, and a change made elsewhere marks the hidden areas stale instead of reloading them all.
/// Child of the view, which it watches for its Show event.
class LazyReload : public QObject {
    Q_OBJECT

public:
    /// Stale at first: `reload` runs when the view is first shown.
    LazyReload(QWidget* view, std::function<void()> reload);

    /// Reloads now when the view is on screen, else when it is next shown. Connect the services' changed()
    /// signals here.
    void request();
    /// Reloads now if the view has not loaded since it became stale: for a call that needs the data although
    /// the view was never shown (selecting a record in it).
    void ensureLoaded();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_view;
    std::function<void()> m_reload;
    bool m_stale = true;
};

} // namespace branddesk
