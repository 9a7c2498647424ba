// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inspections/inspectioncheck.h"

#include <QAbstractTableModel>
#include <QSet>

namespace branddesk {

/// An inspection's checklist in the inspection form: what was checked, the verdict (edited as
/// CheckResult under Qt::EditRole) and the note. Remembers which items the inspectors changed, so a
/// checklist drawn up again (another department or day) keeps their verdicts.
class ChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ItemColumn, ResultColumn, NoteColumn, ColumnCount };

    explicit ChecklistModel(QObject* parent = nullptr);

    /// Shows `checks` as they are (an inspection loaded for editing); nothing is marked changed.
    void setChecks(const QList<InspectionCheck>& checks);
    /// Shows a freshly drawn-up checklist, keeping the verdict and note of every item the user changed
    /// that is on it again.
    void mergeGenerated(const QList<InspectionCheck>& generated);
    const QList<InspectionCheck>& checks() const { return m_checks; }
    /// Whether the user changed any verdict or note.
    bool isTouched() const { return !m_touched.isEmpty(); }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// Sets the verdict of a row (the keys 1, 2, 3 and 0 of the form).
    void setResult(int row, CheckResult result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InspectionCheck> m_checks;
    QSet<QString> m_touched;
    bool m_readOnly = false;
};

} // namespace branddesk
