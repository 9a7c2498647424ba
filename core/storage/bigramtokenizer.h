// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>

namespace branddesk {

/// The name of the FTS5 tokenizer of the two-character index (tokenize = 'branddesk_bigram').
inline constexpr const char* kBigramTokenizer = "branddesk_bigram";

/// Registers the FTS5 tokenizer of the two-character index on an SQLite connection: every pair of neighbouring
/// characters of a text is a token, with ASCII letters folded to lower case as SQLite's LIKE folds them, so that
/// a two-character word is found exactly by looking up one token. SQLite keeps tokenizers per connection: a
/// connection that writes reports (whose triggers feed the index) or searches them registers it first, as
/// Database::open does. Other drivers (PostgreSQL) have no such index: nothing to do.
Result<void> registerBigramTokenizer(const QSqlDatabase& db);

} // namespace branddesk
