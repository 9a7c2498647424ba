// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EnterprisesTab;
}

namespace branddesk {

class Session;

/// The enterprises the office has served, remembered from the visits and problems, with their counts; each
/// opens its page (every visit, delivery and problem). Exports (Ctrl+E).
class EnterprisesTab : public QWidget {
    Q_OBJECT
public:
    explicit EnterprisesTab(Session& session, QWidget* parent = nullptr);
    ~EnterprisesTab() override;

public slots:
    void reload();
    /// The page of the selected enterprise.
    void openSelected();

private:
    std::unique_ptr<Ui::EnterprisesTab> m_ui;
    Session& m_session;
};

} // namespace branddesk
