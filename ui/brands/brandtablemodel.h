// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/domain/completeness.h"

#include <QAbstractTableModel>

namespace branddesk {

class BrandService;

/// Every service brand with its department and completeness: a thin adapter over BrandService.
class BrandTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DepartmentColumn,
        CategoryColumn,
        StatusColumn,
        LogoColumn,
        CompletenessColumn,
        MissingColumn,
        ColumnCount
    };

    /// When the rows are first read: at once, or at the first reload() (a view that loads when first shown).
    enum class FirstLoad { Now, AtReload };

    explicit BrandTableModel(BrandService& service, QObject* parent = nullptr, FirstLoad firstLoad = FirstLoad::Now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 brandId) const;
    const BrandOverview& overviewAt(int row) const { return m_rows.at(row).overview; }

public slots:
    void reload();

signals:
    void loadFailed(const QString& message);

private:
    struct Row {
        BrandOverview overview;
        Completeness completeness;
    };
    QVariant displayData(const Row& row, int column) const;

    BrandService& m_service;
    QList<Row> m_rows;
};

} // namespace branddesk
