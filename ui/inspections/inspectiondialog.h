// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inspections/inspection.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InspectionDialog;
}

namespace branddesk {

class ChecklistModel;
class RectificationModel;
class Session;

/// The inspection form (督查记录), keyboard first: the department by type-ahead, the date (today), the kind and
/// the inspectors; the checklist BrandDesk draws up for the department and day, judged with the keys 1 (met),
/// 2 (partly met), 3 (not met) and 0 (not checked), each moving on to the next item; the findings; the
/// rectification demands (Ctrl+Ins adds one) with deadline, status, date done and follow-up. Ctrl+S saves and
/// closes; closing with unsaved input asks first. Opened on a stored inspection it edits that one (the
/// follow-up of its demands); for a user who may not write it only shows it.
class InspectionDialog : public QDialog {
    Q_OBJECT
public:
    /// A form for a new inspection, of `departmentId` when given.
    explicit InspectionDialog(Session& session, qint64 departmentId = 0, QWidget* parent = nullptr);
    /// A form editing `inspection` (loaded with its checklist and demands).
    InspectionDialog(Session& session, const Inspection& inspection, QWidget* parent = nullptr);
    ~InspectionDialog() override;

    /// The inspection as last saved by this form (id 0 until saved).
    const Inspection& saved() const { return m_saved; }
    bool isReadOnly() const { return m_readOnly; }
    ChecklistModel* checklistModel() const { return m_checklist; }
    RectificationModel* rectificationModel() const { return m_rectifications; }

public slots:
    /// Saves and closes; returns whether it saved.
    bool save();
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUp();
    void fillDepartments();
    void load(const Inspection& inspection);
    void makeReadOnly();
    Inspection collect() const;
    qint64 selectedDepartmentId() const;
    void refreshChecklist();
    void addRectification();
    void removeRectification();
    bool hasUnsavedInput() const;

    std::unique_ptr<Ui::InspectionDialog> m_ui;
    Session& m_session;
    ChecklistModel* m_checklist;
    RectificationModel* m_rectifications;
    Inspection m_inspection; ///< the stored inspection being edited, or the defaults of a new one
    Inspection m_saved;
    QPair<qint64, QDate> m_checklistFor; ///< the department and day the shown checklist was drawn up for
    bool m_readOnly = false;
};

} // namespace branddesk
