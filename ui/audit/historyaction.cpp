// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/historyaction.h"

#include "ui/audit/audithistorydialog.h"
#include "ui/widgets/recordlist.h"

#include <QAction>
#include <QCoreApplication>

namespace branddesk {

QAction* addHistoryAction(QWidget* page, const AuditLog& audit, const QString& entity,
                          std::function<qint64()> selectedId)
{
    QAction* action = recordlist::addPageAction(page, QCoreApplication::translate("AuditHistoryDialog", "&History…"),
                                                QKeySequence(Qt::CTRL | Qt::Key_H), "historyAction");
    QObject::connect(action, &QAction::triggered, page, [page, &audit, entity, selectedId = std::move(selectedId)] {
        const qint64 id = selectedId();
        if (id == 0)
            return;
        AuditHistoryDialog dialog(audit, entity, id, page);
        dialog.exec();
    });
    return action;
}

} // namespace branddesk
