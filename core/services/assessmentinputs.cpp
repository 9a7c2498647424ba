// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/assessmentinputs.h"

#include "core/services/figurescollector.h"
#include "core/services/session.h"

#include <QHash>

namespace branddesk {
namespace {

bool inYear(const QDate& date, int year, const QDate& asOf)
{
    return date.isValid() && date.year() == year && date <= asOf;
}

/// Milestones applicable and due by `asOf` (or already done), and those done by their due date.
Share milestonesOf(const DepartmentProgress& row, const Campaign& campaign, int year, const QDate& asOf)
{
    Share share;
    for (qsizetype i = 0; i < row.states.size() && i < campaign.milestones.size(); ++i) {
        const MilestoneState& state = row.states.at(i);
        if (state.status == MilestoneState::Status::NotApplicable)
            continue;
        const bool done = state.status == MilestoneState::Status::Done && state.doneDate <= asOf;
        const QDate due = campaign.milestones.at(i).due;
        if (!done && !inYear(due, year, asOf))
            continue;
        ++share.whole;
        if (done && state.daysOverdue == 0)
            ++share.part;
    }
    return share;
}

EvaluationLevel levelOf(BrandStatus status)
{
    switch (status) {
    case BrandStatus::Named:
        return EvaluationLevel::Named;
    case BrandStatus::Typical:
        return EvaluationLevel::Typical;
    case BrandStatus::Nominated:
        return EvaluationLevel::Entered;
    case BrandStatus::Cultivating:
    case BrandStatus::Practising:
        break;
    }
    return EvaluationLevel::None;
}

} // namespace

Result<QList<AssessmentInput>> collectAssessmentInputs(Session& session, const Campaign& campaign, int year,
                                                       const QDate& asOf, const QList<AssessmentItem>& items)
{
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    // The period ends on `asOf`, so a finalised year compares like with like: weeks, milestones and rectifications
    // judged on the day it was finalised.
    Result<CampaignFigures> figures = collectCampaignFigures(session, {first, asOf < last ? asOf : last});
    if (!figures)
        return fail(figures.error());
    Result<MilestoneBoard> board = session.milestones().board(campaign.id);
    if (!board)
        return fail(board.error());
    QHash<qint64, Share> milestones;
    for (const DepartmentProgress& row : board->rows())
        milestones.insert(row.department.id, milestonesOf(row, campaign, year, asOf));

    Result<QList<InspectionListItem>> inspections = session.inspections().list();
    if (!inspections)
        return fail(inspections.error());
    QHash<qint64, Share> checks;
    for (const InspectionListItem& item : *inspections) {
        if (!inYear(item.date, year, asOf))
            continue;
        Result<Inspection> inspection = session.inspections().find(item.id);
        if (!inspection)
            return fail(inspection.error());
        Share& share = checks[item.departmentId];
        const int met = inspection->countOf(CheckResult::Met);
        share.part += met;
        share.whole += met + inspection->countOf(CheckResult::Partly) + inspection->countOf(CheckResult::NotMet);
    }

    Result<QuarterCompliance> quarters = session.enterprise().quarterCompliance();
    if (!quarters)
        return fail(quarters.error());
    QHash<qint64, Share> weeks;
    for (const QuarterComplianceRow& row : quarters->rows()) {
        // Quarters of the year over by `asOf`: met, or missing (owed and passed without a week).
        Share share;
        for (qsizetype q = 0; q < row.quarters.size() && q < quarters->quarters().size(); ++q) {
            const Quarter& quarter = quarters->quarters().at(q);
            const QuarterStatus status = row.quarters.at(q);
            if (quarter.lastDay().year() != year || quarter.lastDay() > asOf || status == QuarterStatus::NotOwed ||
                status == QuarterStatus::Pending)
                continue;
            ++share.whole;
            if (status == QuarterStatus::Met)
                ++share.part;
        }
        weeks.insert(row.department.id, share);
    }
    Result<QList<Problem>> problems = session.enterprise().problems();
    if (!problems)
        return fail(problems.error());
    QHash<qint64, Share> solved;
    for (const Problem& problem : *problems) {
        if (!inYear(problem.deadline, year, asOf) || problem.status == ProblemStatus::CannotSolve)
            continue;
        Share& share = solved[problem.departmentId];
        ++share.whole;
        if (problem.status == ProblemStatus::Solved && problem.solvedDate.isValid() &&
            problem.solvedDate <= problem.deadline)
            ++share.part;
    }

    Result<QList<BrandOverview>> brands = session.brands().overviews();
    if (!brands)
        return fail(brands.error());
    QHash<qint64, std::pair<EvaluationLevel, QString>> levels;
    for (const BrandOverview& overview : *brands) {
        const EvaluationLevel level = levelOf(overview.brand.status);
        const auto found = levels.constFind(overview.brand.departmentId);
        if (found == levels.constEnd() || found->first < level)
            levels.insert(overview.brand.departmentId, std::make_pair(level, overview.brand.name()));
    }

    Result<QList<HotlineFiguresRow>> hotline = session.hotline().departmentFigures(first, asOf < last ? asOf : last);
    if (!hotline)
        return fail(hotline.error());
    QHash<qint64, HotlineFigures> calls;
    for (const HotlineFiguresRow& row : *hotline)
        calls.insert(row.id, row.figures);

    QList<AssessmentInput> inputs;
    for (const DepartmentFigures& row : figures->rows) {
        AssessmentInput input;
        const qint64 id = row.department.id;
        input.departmentId = id;
        input.departmentName = row.department.name;
        input.category = row.department.category;
        input.enterpriseFacing = row.department.enterpriseFacing;
        input.reports = {row.reports.onTime, row.reports.owed()};
        input.milestones = milestones.value(id);
        input.checks = checks.value(id);
        input.overdueRectifications = row.overdueRectifications;
        input.concentratedWeeks = weeks.value(id);
        input.problemsOnTime = solved.value(id);
        const auto level = levels.value(id, {EvaluationLevel::None, QString()});
        input.evaluation = level.first;
        input.brandName = level.second;
        input.hotlineOnTime = calls.value(id).onTime;
        input.hotlineSatisfied = calls.value(id).satisfied;
        for (const AssessmentItem& item : items)
            if (item.departmentId == id)
                input.items.append(item);
        inputs.append(input);
    }
    return inputs;
}

} // namespace branddesk
