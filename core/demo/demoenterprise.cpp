// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoenterprise.h"

#include "core/services/session.h"

#include <QRandomGenerator>

#include <algorithm>

namespace branddesk {
namespace {

constexpr const char16_t* kEnterprises[] = {
    u"常州某某科技有限公司",     u"常州某某机械制造有限公司",   u"江苏某某新材料股份有限公司",
    u"常州某某电子有限公司",     u"常州某某纺织集团有限公司",   u"常州某某光伏科技有限公司",
    u"江苏某某药业有限公司",     u"常州某某汽车零部件有限公司", u"常州某某精密机械有限公司",
    u"常州某某环保设备有限公司",
};
constexpr const char16_t* kZones[] = {u"武进高新区", u"常州国家高新区（新北区）", u"钟楼经济开发区", u"天宁经济开发区"};
constexpr const char16_t* kProjects[] = {u"城市快速内环工程", u"常州北部新城重点工程", u"滆湖生态修复工程"};
constexpr const char16_t* kLeaders[] = {u"张副局长", u"王副主任", u"李副局长", u"陈局长", u"周副主任"};
constexpr const char16_t* kParticipants[] = {u"王建国、李娟", u"刘洋、赵敏、孙伟", u"陈晓东、周静", u"吴磊、郑华"};

struct DemoProblem {
    const char16_t* description;
    const char16_t* team;
    const char16_t* plan;
};
constexpr DemoProblem kProblems[] = {
    {u"新厂房竣工验收手续办理缓慢，影响投产。", u"规划处、建管处、行政服务窗口",
     u"一周内现场会办，明确验收清单，两周内办结。"},
    {u"企业流动资金紧张，申请技改贴息资金。", u"企业处、财务处", u"梳理政策条件，协助准备申报材料，月底前上报。"},
    {u"高层次研发人才引进后子女入学难。", u"人才办、教育局联络员", u"对接教育部门，按人才政策落实入学安排。"},
    {u"出口退税审核周期长，资金回笼慢。", u"税政处、外经处", u"会同国税部门建立快速审核通道。"},
    {u"园区道路配套滞后，大件运输困难。", u"建设处、园区管委会", u"列入年度配套计划，先行实施临时便道。"},
    {u"新产品检测认证周期长。", u"科技处、质监联络员", u"联系省级检测机构开辟绿色通道。"},
};

QString text(const char16_t* value)
{
    return QString::fromUtf16(value);
}

template <std::size_t N> QString pick(QRandomGenerator& random, const char16_t* const (&values)[N])
{
    return text(values[random.bounded(static_cast<int>(N))]);
}

} // namespace

Result<void> populateDemoEnterprise(Session& session, const QDate& today, quint32 seed)
{
    Result<std::optional<Campaign>> campaign = session.campaigns().current();
    if (!campaign)
        return fail(campaign.error());
    if (!*campaign || !(*campaign)->span().start.isValid() || today < (*campaign)->span().start)
        return {};
    const QDate start = (*campaign)->span().start;
    Result<QList<Department>> departments = session.departments().activeDepartments();
    if (!departments)
        return fail(departments.error());
    QRandomGenerator random(seed);
    EnterpriseService& service = session.enterprise();
    const auto dayBetween = [&random](const QDate& from, const QDate& to) {
        return from.addDays(random.bounded(static_cast<int>(std::max<qint64>(1, from.daysTo(to) + 1))));
    };
    int problemIndex = 0;
    return session.database().transaction([&]() -> Result<void> {
        for (const Department& department : *departments) {
            if (!department.enterpriseFacing)
                continue;
            // A concentrated week in most quarters so far (in the quarter's second month), a few missed.
            for (Quarter q = Quarter::containing(start); q <= Quarter::containing(today); q = q.next()) {
                QDate monday = q.firstDay().addMonths(1);
                monday = monday.addDays(Qt::Monday - monday.dayOfWeek() + (monday.dayOfWeek() > Qt::Monday ? 7 : 0));
                if (monday < start || monday.addDays(4) > today || random.bounded(100) < 15)
                    continue;
                Activity week;
                week.kind = ActivityKind::ConcentratedWeek;
                week.departmentId = department.id;
                week.startDate = monday;
                week.endDate = monday.addDays(4);
                week.enterpriseName = pick(random, kZones);
                week.leadingOfficial = pick(random, kLeaders);
                week.participants = pick(random, kParticipants);
                week.description = QStringLiteral("处室负责人带队深入企业走访调研，集中破解企业反映的共性问题。");
                week.outcome = QStringLiteral("走访企业%1家，收集问题%2个，现场解决%3个。")
                                   .arg(random.bounded(6, 15))
                                   .arg(random.bounded(3, 9))
                                   .arg(random.bounded(1, 4));
                if (Result<Activity> saved = service.saveActivity(week); !saved)
                    return fail(saved.error());
            }
            const int visits = random.bounded(2, 5);
            for (int i = 0; i < visits; ++i) {
                Activity a;
                a.departmentId = department.id;
                a.startDate = dayBetween(start, today);
                a.leadingOfficial = pick(random, kLeaders);
                a.participants = pick(random, kParticipants);
                const int roll = random.bounded(100);
                if (roll < 45) {
                    a.kind = ActivityKind::ThreeInto;
                    a.target = EnterpriseKind::Enterprise;
                    a.enterpriseName = pick(random, kEnterprises);
                    a.description = QStringLiteral("走访重点企业，听取企业对政策和服务的意见建议。");
                    a.outcome = QStringLiteral("当场答复问题两个，其余列入难题台账跟踪办理。");
                } else if (roll < 60) {
                    a.kind = ActivityKind::ThreeInto;
                    a.target = random.bounded(2) ? EnterpriseKind::Zone : EnterpriseKind::Project;
                    a.enterpriseName =
                        a.target == EnterpriseKind::Zone ? pick(random, kZones) : pick(random, kProjects);
                    a.description = QStringLiteral("深入现场调研推进情况，协调解决建设中的困难。");
                    a.outcome = QStringLiteral("明确责任分工和时间节点。");
                } else if (roll < 75) {
                    a.kind = ActivityKind::DirectLine;
                    a.description = QStringLiteral("局长直通车接待企业来电来访，现场交办。");
                    a.outcome = QStringLiteral("受理企业诉求%1件，已办结%2件。").arg(random.bounded(3, 8)).arg(2);
                } else {
                    a.kind = ActivityKind::FiveDeliveries;
                    a.enterpriseName = pick(random, kEnterprises);
                    a.deliveries = 1 << random.bounded(5);
                    a.deliveries |= 1 << random.bounded(5);
                    a.description = QStringLiteral("上门送政策、送服务，宣讲扶持企业发展的各项措施。");
                    a.outcome = QStringLiteral("企业对送上门的服务表示满意。");
                }
                if (Result<Activity> saved = service.saveActivity(a); !saved)
                    return fail(saved.error());
            }
            if (random.bounded(100) >= 45)
                continue;
            const DemoProblem& demo = kProblems[problemIndex++ % std::size(kProblems)];
            Problem p;
            p.departmentId = department.id;
            p.enterpriseName = pick(random, kEnterprises);
            p.description = text(demo.description);
            p.leader = pick(random, kLeaders);
            p.team = text(demo.team);
            p.plan = text(demo.plan);
            // Solved ones were raised a while ago; pending ones lately, a few of them past their deadline.
            const int state = random.bounded(100);
            const bool late = state >= 50 && state % 3 == 0; // about a third of the pending ones
            const int ago = state < 50 ? random.bounded(60, 120)
                            : late     ? random.bounded(25, 60)
                                       : random.bounded(5, 30);
            p.raisedDate = std::max(start, today.addDays(-ago));
            p.deadline = late ? std::max(p.raisedDate, today.addDays(-random.bounded(2, 20)))
                              : p.raisedDate.addDays(random.bounded(30, 60));
            p.notes.append(
                {0, std::min(today, p.raisedDate.addDays(3)), QStringLiteral("召开现场协调会，明确责任分工。")});
            if (state < 40 && p.deadline.addDays(-3) <= today) {
                p.status = ProblemStatus::Solved;
                p.solvedDate = std::min(today, p.deadline.addDays(-3));
                p.notes.append({0, p.solvedDate, QStringLiteral("问题已解决，企业表示满意。")});
            } else if (state < 50) {
                p.status = ProblemStatus::CannotSolve;
                p.reason = QStringLiteral("涉及国家政策调整，地方无权办理，已向企业解释说明。");
            } else {
                p.status = state < 80 ? ProblemStatus::InProgress : ProblemStatus::Open;
            }
            if (Result<Problem> saved = service.saveProblem(p); !saved)
                return fail(saved.error());
        }
        return {};
    });
}

} // namespace branddesk
