// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/inspectionschema.h"

namespace branddesk {
namespace {

constexpr const char* kCreateInspections = R"sql(
CREATE TABLE inspections (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
    inspection_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('regular', 'special', 'random')),
    inspectors TEXT NOT NULL,
    findings TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
))sql";
// A department's inspections, newest first (the latest one for the inspection sheet).
constexpr const char* kInspectionsDepartmentDate =
    "CREATE INDEX inspections_department_date ON inspections (department_id, inspection_date)";
constexpr const char* kInspectionsDate = "CREATE INDEX inspections_date ON inspections (inspection_date)";

constexpr const char* kCreateInspectionChecks = R"sql(
CREATE TABLE inspection_checks (
    id INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    item_key TEXT NOT NULL,
    label TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('met', 'partly', 'not-met', 'not-checked')),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (inspection_id, item_key)
))sql";

constexpr const char* kCreateRectifications = R"sql(
CREATE TABLE rectifications (
    id INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    demand TEXT NOT NULL,
    deadline TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'done')),
    done_date TEXT,
    follow_up TEXT NOT NULL DEFAULT '',
    CHECK (status = 'open' OR done_date IS NOT NULL)
))sql";
constexpr const char* kRectificationsInspection =
    "CREATE INDEX rectifications_inspection ON rectifications (inspection_id)";
// "Behind today" and the summary read the open demands by deadline.
constexpr const char* kRectificationsOpenDeadline =
    "CREATE INDEX rectifications_open_deadline ON rectifications (deadline) WHERE status = 'open'";

} // namespace

QList<const char*> inspectionSchema()
{
    return {kCreateInspections,    kInspectionsDepartmentDate, kInspectionsDate,           kCreateInspectionChecks,
            kCreateRectifications, kRectificationsInspection,  kRectificationsOpenDeadline};
}

} // namespace branddesk
