// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/hotline/ticket.h"

#include <QList>

namespace branddesk {

class Database;

/// Reads and writes the hotline's tickets (工单).
class HotlineRepository {
public:
    explicit HotlineRepository(Database& database)
        : m_database(database)
    {}

    /// One ticket with its department's and brand's names and the number of the ticket it repeats.
    Result<Ticket> find(qint64 id) const;
    /// The ticket with `number`, NotFound without one.
    Result<Ticket> findByNumber(const QString& number) const;
    /// Every ticket, newest received first.
    Result<QList<Ticket>> all() const;
    /// The highest number issued in `year` ("" when none).
    Result<QString> highestNumber(int year) const;

    /// Inserts a ticket (version 1); returns the new id.
    Result<qint64> insert(const Ticket& ticket);
    /// Updates a ticket at `ticket.version` (else Conflict).
    Result<void> update(const Ticket& ticket);
    Result<void> remove(qint64 id);

private:
    Result<QList<Ticket>> select(const QByteArray& where,
                                 std::initializer_list<std::pair<const char*, QVariant>> values) const;

    Database& m_database;
};

} // namespace branddesk
