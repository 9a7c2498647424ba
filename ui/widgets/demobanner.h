// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

namespace branddesk {

/// The "演示数据" strip across the top of the main window when it runs on the generated demo database,
/// so nobody mistakes it for the office's register.
class DemoBanner : public QToolBar {
    Q_OBJECT
public:
    explicit DemoBanner(QWidget* parent = nullptr);
};

} // namespace branddesk
