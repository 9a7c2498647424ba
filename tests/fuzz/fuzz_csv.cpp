// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the CSV reader of department imports (encoding detection, quoting, line ends).
#include "core/import/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const branddesk::Result<branddesk::Table> table = branddesk::CsvReader::read(bytes);
    if (table)
        (void)table->size();
    return 0;
}
