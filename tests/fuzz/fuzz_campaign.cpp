// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the campaign definition parser (JSON, dekad dates, applicability rules, scoring).
#include "core/campaign/campaigndefinition.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)branddesk::CampaignDefinition::parse(json, QStringLiteral("fuzz.json"));
    return 0;
}
