// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/reporttotalsschema.h"

namespace branddesk {
namespace {

// The rule the totals were counted under: the campaign's weeks (Julian days of their Mondays; the last one is the end
// of a closed campaign or the horizon up to which the due moment keeps one distance from Monday 00:00 UTC), its
// start in Unix seconds (a week due by then is not owed) and that distance. Written by the application
// (ReportTotalsRepository::recount), which knows the local time zone; one row at most.
constexpr const char* kCreateRule = R"sql(
CREATE TABLE report_totals_rule (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    campaign_id INTEGER NOT NULL,
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    start_secs INTEGER NOT NULL,
    due_offset INTEGER NOT NULL
))sql";
constexpr const char* kCreateTotals = R"sql(
CREATE TABLE report_totals (
    department_id INTEGER PRIMARY KEY,
    on_time INTEGER NOT NULL,
    late INTEGER NOT NULL
))sql";
constexpr const char* kReportWeeksByWeek = "CREATE INDEX report_weeks_week ON report_weeks (week_day)";

// A report_weeks row's standing under the rule, as ReportCompliance decides it: 0 not owed (outside the campaign's
// weeks, or due before the campaign began or the department was registered), 1 on time, 2 late; NULL without a rule.
// 2440588 is the Julian day of 1970-01-01.
#define BRANDDESK_DUE(row) "((" row ".week_day - 2440588) * 86400 + r.due_offset)"
#define BRANDDESK_STANDING(row)                                                                                        \
    "(SELECT CASE WHEN " row ".week_day < r.first_day OR " row ".week_day > r.last_day OR " BRANDDESK_DUE(             \
        row) " <= max(r.start_secs, COALESCE(CAST(strftime('%s', d.created_at) AS INTEGER), r.start_secs)) THEN 0 "    \
             "WHEN " row ".first_received <= " BRANDDESK_DUE(                                                          \
                 row) " THEN 1 ELSE 2 END FROM report_totals_rule r JOIN departments d ON d.id = " row                 \
                      ".department_id WHERE r.id = 1)"
#define BRANDDESK_ADD(row)                                                                                             \
    "INSERT INTO report_totals (department_id, on_time, late) SELECT " row ".department_id, s = 1, s = 2 FROM "        \
    "(SELECT " BRANDDESK_STANDING(row) " AS s) WHERE s > 0 ON CONFLICT (department_id) DO UPDATE SET "                 \
                                       "on_time = on_time + excluded.on_time, late = late + excluded.late;\n"
#define BRANDDESK_SUBTRACT(row)                                                                                        \
    "UPDATE report_totals SET on_time = on_time - (s = 1), late = late - (s = 2) FROM (SELECT " BRANDDESK_STANDING(    \
        row) " AS s) WHERE department_id = " row ".department_id AND s > 0;\n"

constexpr const char* kTotalsInsert =
    "CREATE TRIGGER report_totals_insert AFTER INSERT ON report_weeks BEGIN\n" BRANDDESK_ADD("new") "END";
constexpr const char* kTotalsDelete =
    "CREATE TRIGGER report_totals_delete AFTER DELETE ON report_weeks BEGIN\n" BRANDDESK_SUBTRACT("old") "END";
constexpr const char* kTotalsUpdate =
    "CREATE TRIGGER report_totals_update AFTER UPDATE ON report_weeks BEGIN\n" BRANDDESK_SUBTRACT("old")
        BRANDDESK_ADD("new") "END";
// A department registered earlier or later owes other weeks: its totals are counted again.
constexpr const char* kTotalsRegistered =
    "CREATE TRIGGER report_totals_registered AFTER UPDATE OF created_at ON departments BEGIN\n"
    "DELETE FROM report_totals WHERE department_id = new.id;\n"
    "INSERT INTO report_totals (department_id, on_time, late) SELECT w.department_id, "
    "SUM(" BRANDDESK_STANDING("w") " = 1), SUM(" BRANDDESK_STANDING(
        "w") " = 2) FROM report_weeks w "
             "WHERE w.department_id = new.id AND EXISTS (SELECT 1 FROM report_totals_rule) GROUP BY w.department_id;\n"
             "END";

#undef BRANDDESK_SUBTRACT
#undef BRANDDESK_ADD
#undef BRANDDESK_STANDING
#undef BRANDDESK_DUE

// PostgreSQL: the same, in one trigger function per table.
constexpr const char* kServerCreateRule = R"sql(
CREATE TABLE report_totals_rule (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    campaign_id BIGINT NOT NULL,
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    start_secs BIGINT NOT NULL,
    due_offset BIGINT NOT NULL
))sql";
constexpr const char* kServerCreateTotals = R"sql(
CREATE TABLE report_totals (
    department_id BIGINT PRIMARY KEY,
    on_time INTEGER NOT NULL,
    late INTEGER NOT NULL
))sql";
constexpr const char* kServerStandingFunction = R"sql(
CREATE FUNCTION report_totals_standing(department BIGINT, week INTEGER, first_received BIGINT) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN week < r.first_day OR week > r.last_day
                  OR (CAST(week AS BIGINT) - 2440588) * 86400 + r.due_offset
                     <= GREATEST(r.start_secs, COALESCE(
                            CAST(FLOOR(EXTRACT(EPOCH FROM CAST(NULLIF(d.created_at, '') AS timestamp))) AS BIGINT),
                            r.start_secs)) THEN 0
                WHEN first_received <= (CAST(week AS BIGINT) - 2440588) * 86400 + r.due_offset THEN 1
                ELSE 2 END
    FROM report_totals_rule r JOIN departments d ON d.id = department WHERE r.id = 1
$$)sql";
constexpr const char* kServerFollowFunction = R"sql(
CREATE FUNCTION report_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s INTEGER;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        s := report_totals_standing(OLD.department_id, OLD.week_day, OLD.first_received);
        IF s > 0 THEN
            UPDATE report_totals SET on_time = on_time - CAST(s = 1 AS integer), late = late - CAST(s = 2 AS integer)
                WHERE department_id = OLD.department_id;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        s := report_totals_standing(NEW.department_id, NEW.week_day, NEW.first_received);
        IF s > 0 THEN
            INSERT INTO report_totals (department_id, on_time, late)
                VALUES (NEW.department_id, CAST(s = 1 AS integer), CAST(s = 2 AS integer))
                ON CONFLICT (department_id) DO UPDATE
                SET on_time = report_totals.on_time + excluded.on_time, late = report_totals.late + excluded.late;
        END IF;
    END IF;
    RETURN NULL;
END
$$)sql";
constexpr const char* kServerTotalsTrigger = "CREATE TRIGGER report_totals_follow AFTER INSERT OR UPDATE OR DELETE ON "
                                             "report_weeks FOR EACH ROW EXECUTE FUNCTION report_totals_follow()";
constexpr const char* kServerRegisteredFunction = R"sql(
CREATE FUNCTION report_totals_registered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM report_totals WHERE department_id = NEW.id;
    INSERT INTO report_totals (department_id, on_time, late)
        SELECT department_id, SUM(CAST(s = 1 AS integer)), SUM(CAST(s = 2 AS integer))
        FROM (SELECT w.department_id, report_totals_standing(w.department_id, w.week_day, w.first_received) AS s
              FROM report_weeks w WHERE w.department_id = NEW.id) counted
        WHERE s IS NOT NULL GROUP BY department_id;
    RETURN NULL;
END
$$)sql";
constexpr const char* kServerRegisteredTrigger =
    "CREATE TRIGGER report_totals_registered AFTER UPDATE OF created_at ON departments FOR EACH ROW "
    "EXECUTE FUNCTION report_totals_registered()";

} // namespace

Migration reportTotalsSchema()
{
    return {14,
            {kCreateRule, kCreateTotals, kReportWeeksByWeek, kTotalsInsert, kTotalsDelete, kTotalsUpdate,
             kTotalsRegistered}};
}

QList<const char*> reportTotalsServerSchema()
{
    return {kServerCreateRule,     kServerCreateTotals,  kReportWeeksByWeek,        kServerStandingFunction,
            kServerFollowFunction, kServerTotalsTrigger, kServerRegisteredFunction, kServerRegisteredTrigger};
}

} // namespace branddesk
