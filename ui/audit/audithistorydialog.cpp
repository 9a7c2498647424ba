// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/audithistorydialog.h"

#include "ui_audithistorydialog.h"

#include "core/audit/auditlabels.h"
#include "core/services/auditlog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace branddesk {

AuditHistoryDialog::AuditHistoryDialog(const AuditLog& audit, const QString& entity, qint64 recordId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditHistoryDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->historyTableWidget->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Before"), tr("After")});
    m_ui->historyTableWidget->horizontalHeader()->setStretchLastSection(true);

    const Result<QList<AuditEntry>> history = audit.history(entity, recordId);
    QString name;
    if (!history) {
        m_ui->titleLabel->setText(history.error().message);
    } else {
        for (const AuditEntry& entry : *history) {
            addRows(entity, entry);
            for (const QJsonObject& fields : {entry.before(), entry.after()})
                if (fields.contains(QStringLiteral("name")))
                    name = fields.value(QStringLiteral("name")).toString();
        }
        m_entryCount = static_cast<int>(history->size());
        m_ui->titleLabel->setText(
            m_entryCount == 0
                ? tr("No changes to this record have been recorded (it predates the audit log).")
                : tr("%1 “%2”: %n change(s), oldest first.", nullptr, m_entryCount).arg(auditEntityName(entity), name));
    }
    setWindowTitle(tr("History — %1").arg(name.isEmpty() ? auditEntityName(entity) : name));
    m_ui->historyTableWidget->resizeColumnsToContents();
}

AuditHistoryDialog::~AuditHistoryDialog() = default;

void AuditHistoryDialog::addRows(const QString& entity, const AuditEntry& entry)
{
    const QJsonObject before = entry.before();
    const QJsonObject after = entry.after();
    QStringList keys = after.keys();
    for (const QString& key : before.keys())
        if (!keys.contains(key))
            keys.append(key);
    if (keys.isEmpty())
        keys.append(QString());
    QTableWidget* table = m_ui->historyTableWidget;
    for (const QString& key : keys) {
        const int row = table->rowCount();
        table->insertRow(row);
        const QStringList cells = {
            QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.userName,
            auditActionName(entry.action),
            key.isEmpty() ? QString() : auditFieldLabel(entity, key),
            entry.action == AuditAction::Insert ? QString() : auditValueText(entity, key, before.value(key)),
            entry.action == AuditAction::Delete ? QString() : auditValueText(entity, key, after.value(key)),
        };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace branddesk
