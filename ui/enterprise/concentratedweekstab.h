// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ConcentratedWeeksTab;
}

namespace branddesk {

class Session;

/// Each enterprise-facing department's quarters of concentrated weeks (集中攻坚): met, missing or still to come,
/// with the year's count. Exports (Ctrl+E).
class ConcentratedWeeksTab : public QWidget {
    Q_OBJECT
public:
    explicit ConcentratedWeeksTab(Session& session, QWidget* parent = nullptr);
    ~ConcentratedWeeksTab() override;

public slots:
    void reload();

private:
    std::unique_ptr<Ui::ConcentratedWeeksTab> m_ui;
    Session& m_session;
};

} // namespace branddesk
