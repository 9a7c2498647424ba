// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/recordwatch.h"

#include "core/services/session.h"
#include "ui/widgets/messagebox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>

namespace branddesk {

RecordWatch::RecordWatch(Session& session, QString entity, qint64 recordId, std::function<void()> reload,
                         std::function<bool()> hasUnsavedEdits, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_entity(std::move(entity))
    , m_recordId(recordId)
    , m_reload(std::move(reload))
    , m_hasUnsavedEdits(std::move(hasUnsavedEdits))
    , m_label(new QLabel(this))
    , m_reloadButton(new QPushButton(tr("&Reload"), this))
    , m_presenceTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("recordWatchFrame"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#recordWatchFrame { background: #fff4ce; border: 1px solid #e0b000; }"));
    m_label->setObjectName(QStringLiteral("recordWatchLabel"));
    m_label->setWordWrap(true);
    m_reloadButton->setObjectName(QStringLiteral("recordWatchReloadButton"));
    m_reloadButton->setVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reloadButton);
    hide();

    connect(&session.live(), &LiveUpdates::recordChanged, this,
            [this](const QString& changedEntity, qint64 id, const QString& userName, AuditAction action) {
                recordChanged(changedEntity, id, userName, static_cast<int>(action));
            });
    connect(m_reloadButton, &QPushButton::clicked, this, &RecordWatch::reloadClicked);
    connect(m_presenceTimer, &QTimer::timeout, this, &RecordWatch::pollPresence);
    if (session.database().isServer() && m_recordId != 0) {
        // Only a form that can save says it is editing; a leader's read-only form is not a claim on the record.
        if (session.currentUser().canWrite())
            m_announced = static_cast<bool>(session.presence().editingStarted(m_entity, m_recordId));
        m_presenceTimer->start(kPresenceIntervalMs);
        QTimer::singleShot(0, this, &RecordWatch::pollPresence);
    }
}

RecordWatch* RecordWatch::attach(Session& session, QWidget* form, const QString& entity, qint64 recordId,
                                 std::function<void()> reload, std::function<bool()> hasUnsavedEdits)
{
    auto* box = qobject_cast<QVBoxLayout*>(form->layout());
    if (recordId == 0 || box == nullptr)
        return nullptr;
    auto* watch = new RecordWatch(session, entity, recordId, std::move(reload), std::move(hasUnsavedEdits), form);
    box->insertWidget(0, watch);
    return watch;
}

RecordWatch::~RecordWatch()
{
    if (m_announced)
        (void)m_session.presence().editingEnded(); // advisory: a failure only leaves a stale hint for a moment
}

void RecordWatch::setRecordId(qint64 recordId)
{
    m_recordId = recordId;
    m_stale = false;
    m_changedText.clear();
    updateText();
}

void RecordWatch::recordChanged(const QString& entity, qint64 recordId, const QString& userName, int action)
{
    if (m_recordId == 0 || entity != m_entity || recordId != m_recordId)
        return;
    m_stale = true;
    if (static_cast<AuditAction>(action) == AuditAction::Delete) {
        m_changedText =
            tr("%1 deleted this record on another PC or in another window; it can no longer be saved.").arg(userName);
        m_reload = nullptr;
    } else {
        m_changedText =
            m_reload ? tr("%1 changed this record on another PC or in another window. Reload to see their version.")
                           .arg(userName)
                     : tr("%1 changed this record on another PC or in another window. Close and open it again "
                          "to see their version.")
                           .arg(userName);
    }
    updateText();
}

void RecordWatch::reloadClicked()
{
    if (!m_reload)
        return;
    if (m_hasUnsavedEdits && m_hasUnsavedEdits() &&
        MessageBox::question(this, tr("Reload"),
                             tr("Your unsaved changes in this form will be replaced by the stored version. Reload?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_reload();
    m_stale = false;
    m_changedText.clear();
    updateText();
}

void RecordWatch::pollPresence()
{
    if (!m_session.database().isConnectionOpen()) // a lost server is renewed by the connection watch, not here
        return;
    Result<QList<ConnectedUser>> others = m_session.presence().editing(m_entity, m_recordId);
    QStringList names;
    if (others) {
        for (const ConnectedUser& user : *others)
            names.append(tr("%1 (on %2)").arg(user.userName, user.pc));
    }
    m_editingText =
        names.isEmpty()
            ? QString()
            : tr("%n other(s) editing this record now: %1", nullptr, int(names.size())).arg(names.join(tr(", ")));
    updateText();
}

void RecordWatch::updateText()
{
    QStringList lines;
    if (!m_changedText.isEmpty())
        lines.append(m_changedText);
    if (!m_editingText.isEmpty())
        lines.append(m_editingText);
    m_label->setText(lines.join(QLatin1Char('\n')));
    m_reloadButton->setVisible(m_stale && static_cast<bool>(m_reload));
    setVisible(!lines.isEmpty());
}

} // namespace branddesk
