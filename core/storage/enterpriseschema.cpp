// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/enterpriseschema.h"

namespace branddesk {
namespace {

constexpr const char* kCreateEnterprises = R"sql(
CREATE TABLE enterprises (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('enterprise', 'zone', 'project')),
    created_at TEXT NOT NULL
))sql";
constexpr const char* kEnterprisesName = "CREATE UNIQUE INDEX enterprises_name ON enterprises (name)";

constexpr const char* kCreateActivities = R"sql(
CREATE TABLE enterprise_activities (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
    kind TEXT NOT NULL CHECK (kind IN ('three-into', 'direct-line', 'five-deliveries', 'concentrated-week')),
    target TEXT NOT NULL DEFAULT '' CHECK (target IN ('', 'enterprise', 'zone', 'project')),
    deliveries INTEGER NOT NULL DEFAULT 0 CHECK (deliveries BETWEEN 0 AND 31),
    start_date TEXT NOT NULL,
    end_date TEXT,
    enterprise_id INTEGER REFERENCES enterprises (id) ON DELETE RESTRICT,
    participants TEXT NOT NULL DEFAULT '',
    leading_official TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR end_date >= start_date)
))sql";
constexpr const char* kActivitiesDepartment =
    "CREATE INDEX enterprise_activities_department ON enterprise_activities (department_id, start_date)";
constexpr const char* kActivitiesEnterprise =
    "CREATE INDEX enterprise_activities_enterprise ON enterprise_activities (enterprise_id)";

// "一个难题、一名领导、一套班子、一个方案": the leader, the team and the plan are never empty.
constexpr const char* kCreateProblems = R"sql(
CREATE TABLE enterprise_problems (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
    enterprise_id INTEGER REFERENCES enterprises (id) ON DELETE RESTRICT,
    activity_id INTEGER REFERENCES enterprise_activities (id) ON DELETE SET NULL,
    raised_date TEXT NOT NULL,
    description TEXT NOT NULL CHECK (description <> ''),
    leader TEXT NOT NULL CHECK (leader <> ''),
    team TEXT NOT NULL CHECK (team <> ''),
    plan TEXT NOT NULL CHECK (plan <> ''),
    deadline TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'solved', 'cannot-solve')),
    reason TEXT NOT NULL DEFAULT '',
    solved_date TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (status <> 'solved' OR solved_date IS NOT NULL),
    CHECK (status <> 'cannot-solve' OR reason <> '')
))sql";
constexpr const char* kProblemsDepartment =
    "CREATE INDEX enterprise_problems_department ON enterprise_problems (department_id)";
constexpr const char* kProblemsEnterprise =
    "CREATE INDEX enterprise_problems_enterprise ON enterprise_problems (enterprise_id)";
// "Behind today" and the summary read the pending problems by deadline.
constexpr const char* kProblemsPendingDeadline =
    "CREATE INDEX enterprise_problems_pending_deadline ON "
    "enterprise_problems (deadline) WHERE status IN ('open', 'in-progress')";

constexpr const char* kCreateProblemNotes = R"sql(
CREATE TABLE problem_notes (
    id INTEGER PRIMARY KEY,
    problem_id INTEGER NOT NULL REFERENCES enterprise_problems (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    note_date TEXT NOT NULL,
    text TEXT NOT NULL
))sql";
constexpr const char* kProblemNotesProblem = "CREATE INDEX problem_notes_problem ON problem_notes (problem_id)";

} // namespace

QList<const char*> enterpriseSchema()
{
    return {kCreateEnterprises,       kEnterprisesName,    kCreateActivities,   kActivitiesDepartment,
            kActivitiesEnterprise,    kCreateProblems,     kProblemsDepartment, kProblemsEnterprise,
            kProblemsPendingDeadline, kCreateProblemNotes, kProblemNotesProblem};
}

} // namespace branddesk
