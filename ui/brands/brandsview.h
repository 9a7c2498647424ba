// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class BrandsView;
}

namespace branddesk {

class BrandTableModel;
class FilterProxyModel;
class LazyReload;
class Session;

/// The brand register (服务品牌): every brand with its completeness, and the departments that still have none.
class BrandsView : public QWidget {
    Q_OBJECT
public:
    explicit BrandsView(Session& session, QWidget* parent = nullptr);
    ~BrandsView() override;

    qint64 selectedId() const;
    bool select(qint64 brandId);
    QList<QAction*> editActions() const;

public slots:
    /// Opens the editor on a brand, or on a new brand of `departmentId` when `brandId` is 0.
    void openEditor(qint64 brandId, qint64 departmentId = 0);
    void newBrand();
    void editSelected();
    void deleteSelected();

private:
    void updateActions();
    void updateNoBrandNotice();
    void updateSummary();

    std::unique_ptr<Ui::BrandsView> m_ui;
    Session& m_session;
    BrandTableModel* m_model;
    LazyReload* m_lazy = nullptr;
    FilterProxyModel* m_proxy;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
};

} // namespace branddesk
