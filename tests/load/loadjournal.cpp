// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/load/loadjournal.h"

#include <QStringList>

namespace branddesk::load {

QString clerkName(int client)
{
    return QStringLiteral("负载办事员%1").arg(client, 2, 10, QLatin1Char('0'));
}

QString clerkPassword(int client)
{
    return QStringLiteral("load-clerk-2009-%1").arg(client);
}

QString departmentName(int client)
{
    return QStringLiteral("市负载测试局%1").arg(client, 2, 10, QLatin1Char('0'));
}

QString tokenOf(int client, int sequence, QChar kind)
{
    return QStringLiteral("c%1-%2%3")
        .arg(client, 2, 10, QLatin1Char('0'))
        .arg(sequence, 6, 10, QLatin1Char('0'))
        .arg(kind);
}

QString JournalEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

Journal::Journal(const QString& path)
    : m_file(path)
{
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
}

void Journal::append(const JournalEntry& entry)
{
    const QString line = QStringList{entry.token,
                                     entry.kind,
                                     JournalEntry::outcomeName(entry.outcome),
                                     QString::number(entry.startMs),
                                     QString::number(entry.latencyMs, 'f', 3),
                                     entry.target}
                             .join(QLatin1Char('\t')) +
                         QLatin1Char('\n');
    m_file.write(line.toUtf8()); // one write(2) per line: a kill leaves whole lines and at most one cut line
}

QList<JournalEntry> Journal::read(const QString& path)
{
    QList<JournalEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QByteArray all = file.readAll();
    for (const QByteArray& raw : all.split('\n')) {
        const QStringList fields = QString::fromUtf8(raw).split(QLatin1Char('\t'));
        if (fields.size() != 6)
            continue; // the empty tail, or a line cut by a kill
        JournalEntry entry;
        entry.token = fields.at(0);
        entry.kind = fields.at(1);
        entry.outcome = fields.at(2) == QLatin1String("ok")        ? JournalEntry::Outcome::Ok
                        : fields.at(2) == QLatin1String("unknown") ? JournalEntry::Outcome::Unknown
                                                                   : JournalEntry::Outcome::Failed;
        entry.startMs = fields.at(3).toLongLong();
        entry.latencyMs = fields.at(4).toDouble();
        entry.target = fields.at(5);
        entries.append(entry);
    }
    return entries;
}

} // namespace branddesk::load
