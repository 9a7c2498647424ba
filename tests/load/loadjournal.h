// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QList>
#include <QString>

namespace branddesk::load {

/// The accounts and departments the load test makes: the clerk and the department of client `client` (1-based).
QString clerkName(int client);
QString clerkPassword(int client);
QString departmentName(int client);
/// A write's token: "c03-000123" + a letter for its kind; unique over the whole run.
QString tokenOf(int client, int sequence, QChar kind);

/// One write a client made, as it saw it end.
struct JournalEntry {
    enum class Outcome { Ok, Failed, Unknown };
    QString token;
    QString kind; ///< report, department, milestone, clear
    Outcome outcome = Outcome::Failed;
    qint64 startMs = 0; ///< when the write began, ms since the epoch
    double latencyMs = 0;
    QString target; ///< for a clear: the token of the milestone record it removed

    static QString outcomeName(Outcome outcome);
};

/// A client's journal: one line per write, written and flushed once the write's outcome is known (a client killed
/// in the middle of a write leaves that write out).
class Journal {
public:
    explicit Journal(const QString& path);
    bool isOpen() const { return m_file.isOpen(); }
    void append(const JournalEntry& entry);
    /// The complete lines of a journal (a line cut by a kill is dropped).
    static QList<JournalEntry> read(const QString& path);

private:
    QFile m_file;
};

} // namespace branddesk::load
