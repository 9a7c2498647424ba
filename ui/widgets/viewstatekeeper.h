// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QVariant>

class QAbstractItemView;

namespace branddesk {

/// Keeps what the user had in a list when its model is reset — another PC's change arriving, a reload after a
/// save: the selected records (found again by IdRole), the current record and column, and the scroll position.
/// A record that is gone leaves the selection empty rather than jumping to a neighbour. Child of the view.
class ViewStateKeeper : public QObject {
    Q_OBJECT
public:
    /// Follows the view's model from now on (call after setModel).
    explicit ViewStateKeeper(QAbstractItemView* view);

private:
    void remember();
    void restore();

    QAbstractItemView* m_view;
    QList<QVariant> m_selectedIds;
    QVariant m_currentId;
    int m_currentColumn = 0;
    int m_vertical = 0;
    int m_horizontal = 0;
    bool m_remembered = false;
};

} // namespace branddesk
