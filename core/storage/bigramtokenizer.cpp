// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bigramtokenizer.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <cstring>

namespace branddesk {
namespace {

/// The bytes of the UTF-8 character starting at text[at] (one for a byte that starts none: the text is taken
/// as it is, never refused).
int characterLength(const char* text, int at, int size)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    const int length = lead < 0x80 ? 1 : lead >= 0xF0 && lead < 0xF8 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length > size - at)
        return 1;
    for (int i = 1; i < length; ++i)
        if ((static_cast<unsigned char>(text[at + i]) & 0xC0) != 0x80)
            return 1;
    return length;
}

// One tokenizer serves every table and connection: it keeps no state, so its handle is any non-null pointer.
int create(void*, const char**, int, Fts5Tokenizer** out)
{
    static char instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*) {}

/// Each pair of neighbouring characters, in order, as one token (a text of one character has none). A word of
/// n characters, tokenized the same way, is n - 1 tokens at consecutive positions.
int tokenize(Fts5Tokenizer*, void* context, int, const char* text, int size,
             int (*token)(void*, int, const char*, int, int, int))
{
    std::array<char, 8> pair{}; // the previous character's bytes, then the current one's
    int previousStart = -1;
    int previousLength = 0;
    for (int at = 0; at < size;) {
        const int length = characterLength(text, at, size);
        std::memcpy(pair.data() + previousLength, text + at, std::size_t(length));
        char& first = pair[std::size_t(previousLength)];
        if (length == 1 && first >= 'A' && first <= 'Z')
            first = char(first - 'A' + 'a');
        if (previousStart >= 0) {
            if (const int rc = token(context, 0, pair.data(), previousLength + length, previousStart, at + length);
                rc != SQLITE_OK)
                return rc;
            std::memmove(pair.data(), pair.data() + previousLength, std::size_t(length));
        }
        previousStart = at;
        previousLength = length;
        at += length;
    }
    return SQLITE_OK;
}

} // namespace

Result<void> registerBigramTokenizer(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    const auto failed = [connection]() {
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("Database", "The search index of the database could not be set up."),
                    QString::fromUtf8(sqlite3_errmsg(connection)));
    };
    // SQLite hands out FTS5's interface through a statement (https://sqlite.org/fts5.html#extending_fts5).
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return failed();
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (api == nullptr || api->iVersion < 2)
        return failed();
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    if (api->xCreateTokenizer(api, kBigramTokenizer, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return failed();
    return {};
}

} // namespace branddesk
