// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspections/inspectionactions.h"

#include "core/services/session.h"
#include "ui/inspections/inspectiondialog.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>

namespace branddesk {

bool openInspection(Session& session, qint64 inspectionId, QWidget* parent)
{
    Result<Inspection> inspection = session.inspections().find(inspectionId);
    if (!inspection) {
        MessageBox::error(parent, QCoreApplication::translate("InspectionActions", "Inspections"), inspection.error());
        return false;
    }
    InspectionDialog dialog(session, *inspection, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace branddesk
