// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/evaluationschema.h"

namespace branddesk {
namespace {

constexpr const char* kCreateRounds = R"sql(
CREATE TABLE evaluation_rounds (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
))sql";
constexpr const char* kRoundsCampaign = "CREATE INDEX evaluation_rounds_campaign ON evaluation_rounds (campaign_id)";

// One brand's entry: its declaration, survey counts (不了解 kept apart: invalid), selection and naming.
constexpr const char* kCreateEntries = R"sql(
CREATE TABLE evaluation_entries (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES evaluation_rounds (id) ON DELETE CASCADE,
    brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE RESTRICT,
    submitted_on TEXT NOT NULL,
    declaration TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    file BLOB,
    satisfied INTEGER NOT NULL DEFAULT 0 CHECK (satisfied >= 0),
    basically_satisfied INTEGER NOT NULL DEFAULT 0 CHECK (basically_satisfied >= 0),
    dissatisfied INTEGER NOT NULL DEFAULT 0 CHECK (dissatisfied >= 0),
    unknown INTEGER NOT NULL DEFAULT 0 CHECK (unknown >= 0),
    selected INTEGER NOT NULL DEFAULT 0 CHECK (selected IN (0, 1)),
    selected_on TEXT,
    named_on TEXT,
    naming_document TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (round_id, brand_id)
))sql";
constexpr const char* kEntriesBrand = "CREATE INDEX evaluation_entries_brand ON evaluation_entries (brand_id)";

constexpr const char* kCreateExperts = R"sql(
CREATE TABLE evaluation_experts (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES evaluation_rounds (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    department_id INTEGER REFERENCES departments (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
))sql";
constexpr const char* kExpertsRound = "CREATE INDEX evaluation_experts_round ON evaluation_experts (round_id, ordinal)";

// Points in tenths (17.5 = 175): whole numbers or one decimal, exact.
constexpr const char* kCreateScores = R"sql(
CREATE TABLE evaluation_scores (
    expert_id INTEGER NOT NULL REFERENCES evaluation_experts (id) ON DELETE CASCADE,
    brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    tenths INTEGER NOT NULL CHECK (tenths >= 0),
    PRIMARY KEY (expert_id, brand_id, criterion)
))sql";

constexpr const char* kCreatePublicity = R"sql(
CREATE TABLE evaluation_publicity (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES evaluation_entries (id) ON DELETE CASCADE,
    outlet TEXT NOT NULL CHECK (outlet IN ('tv', 'newspaper', 'website')),
    published_on TEXT NOT NULL,
    title TEXT NOT NULL
))sql";
constexpr const char* kPublicityEntry = "CREATE INDEX evaluation_publicity_entry ON evaluation_publicity (entry_id)";

} // namespace

QList<const char*> evaluationSchema()
{
    return {kCreateRounds, kRoundsCampaign, kCreateEntries,   kEntriesBrand,  kCreateExperts,
            kExpertsRound, kCreateScores,   kCreatePublicity, kPublicityEntry};
}

} // namespace branddesk
