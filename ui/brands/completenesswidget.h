// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/completeness.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace branddesk {

/// The inspectors' checklist for one brand: each standard with its items ticked or not, and the overall percentage.
class CompletenessWidget : public QWidget {
    Q_OBJECT
public:
    explicit CompletenessWidget(QWidget* parent = nullptr);
    void show(const Completeness& completeness);

private:
    QProgressBar* m_progressBar;
    QTreeWidget* m_tree;
    QLabel* m_summaryLabel;
};

} // namespace branddesk
