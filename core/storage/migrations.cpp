// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrations.h"

#include "core/storage/accountschema.h"
#include "core/storage/assessmentschema.h"
#include "core/storage/enterpriseschema.h"
#include "core/storage/evaluationschema.h"
#include "core/storage/hotlineschema.h"
#include "core/storage/inspectionschema.h"
#include "core/storage/mailschema.h"
#include "core/storage/reminderschema.h"
#include "core/storage/reportschema.h"
#include "core/storage/reporttotalsschema.h"

namespace branddesk {
namespace {

// Version 1: the department and brand registry.
constexpr const char* kCreateDepartments = R"sql(
CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL CHECK (category IN ('party', 'admin', 'legal', 'other')),
    enterprise_facing INTEGER NOT NULL DEFAULT 0 CHECK (enterprise_facing IN (0, 1)),
    supervises_intermediaries INTEGER NOT NULL DEFAULT 0 CHECK (supervises_intermediaries IN (0, 1)),
    principal_leader TEXT NOT NULL DEFAULT '',
    leader_in_charge TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
))sql";
constexpr const char* kDepartmentsNameIndex = "CREATE UNIQUE INDEX departments_name ON departments (name)";

constexpr const char* kCreateBrands = R"sql(
CREATE TABLE brands (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('cultivating', 'practising', 'nominated', 'typical', 'named')),
    name TEXT NOT NULL,
    logo_meaning TEXT NOT NULL DEFAULT '',
    mission TEXT NOT NULL DEFAULT '',
    spirit TEXT NOT NULL DEFAULT '',
    philosophy TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL DEFAULT '',
    service_subjects TEXT NOT NULL DEFAULT '',
    service_content TEXT NOT NULL DEFAULT '',
    service_measures TEXT NOT NULL DEFAULT '',
    service_commitments TEXT NOT NULL DEFAULT '',
    service_rules TEXT NOT NULL DEFAULT '',
    social_benefit TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
))sql";
constexpr const char* kBrandsNameIndex = "CREATE UNIQUE INDEX brands_name ON brands (name)";
constexpr const char* kBrandsDepartmentIndex = "CREATE INDEX brands_department ON brands (department_id)";

constexpr const char* kCreateBrandLogos = R"sql(
CREATE TABLE brand_logos (
    brand_id INTEGER PRIMARY KEY REFERENCES brands (id) ON DELETE CASCADE,
    image BLOB NOT NULL,
    thumbnail BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    source_format TEXT NOT NULL
))sql";

// Version 2: the campaign calendar — campaigns, their phases and milestones, and completion records.
constexpr const char* kCreateCampaigns = R"sql(
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    notice TEXT NOT NULL DEFAULT '',
    report_weekday INTEGER NOT NULL CHECK (report_weekday BETWEEN 1 AND 7),
    report_due_time TEXT NOT NULL,
    lead_days INTEGER NOT NULL CHECK (lead_days BETWEEN 0 AND 30),
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    definition BLOB NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
))sql";
constexpr const char* kCampaignsOneCurrent =
    "CREATE UNIQUE INDEX campaigns_one_current ON campaigns (is_current) WHERE is_current = 1";
constexpr const char* kCreatePhases = R"sql(
CREATE TABLE phases (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    focus TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT,
    UNIQUE (campaign_id, ordinal)
))sql";
constexpr const char* kCreateMilestones = R"sql(
CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    phase_id INTEGER NOT NULL REFERENCES phases (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    applies_to TEXT NOT NULL
        CHECK (applies_to IN ('all', 'enterprise-facing', 'supervises-intermediaries', 'administrative')),
    due_date TEXT,
    UNIQUE (campaign_id, code)
))sql";
constexpr const char* kCreateMilestoneCompletions = R"sql(
CREATE TABLE milestone_completions (
    id INTEGER PRIMARY KEY,
    milestone_id INTEGER NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
    done_date TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '',
    attachment_name TEXT NOT NULL DEFAULT '',
    attachment BLOB,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (milestone_id, department_id)
))sql";
constexpr const char* kMilestoneCompletionsDepartmentIndex =
    "CREATE INDEX milestone_completions_department ON milestone_completions (department_id)";

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        {1,
         {kCreateDepartments, kDepartmentsNameIndex, kCreateBrands, kBrandsNameIndex, kBrandsDepartmentIndex,
          kCreateBrandLogos}},
        {2,
         {kCreateCampaigns, kCampaignsOneCurrent, kCreatePhases, kCreateMilestones, kCreateMilestoneCompletions,
          kMilestoneCompletionsDepartmentIndex}},
        {3, accountAndAuditSchema()},
        {4, weeklyReportSchema()},
        {5, inspectionSchema()},
        {6, enterpriseSchema()},
        {7, evaluationSchema()},
        {8, reportWeeksSchema()},
        {9, hotlineSchema()},
        {10, mailSchema()},
        {11, reminderSchema()},
        {12, assessmentSchema()},
        reportBigramSchema(),
        reportTotalsSchema(),
    };
    return steps;
}

} // namespace branddesk
