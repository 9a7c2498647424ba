// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demohotline.h"

#include "core/hotline/ticketworkflow.h"
#include "core/services/session.h"

#include <QRandomGenerator>

namespace branddesk {
namespace {

struct DemoCall {
    TicketKind kind;
    const char16_t* content;
};
constexpr DemoCall kCalls[] = {
    {TicketKind::Inquiry, u"咨询办理营业执照变更需要准备哪些材料。"},
    {TicketKind::Inquiry, u"咨询惠企政策资金的申报时间和条件。"},
    {TicketKind::Help, u"企业用工登记系统无法提交，请求帮助。"},
    {TicketKind::Help, u"老人办理社保认证行动不便，请求上门服务。"},
    {TicketKind::Complaint, u"反映办事窗口排队时间过长，叫号系统经常故障。"},
    {TicketKind::Complaint, u"反映工作人员答复不一致，材料多次被退回。"},
    {TicketKind::Report, u"举报某工作人员上班时间玩手机、态度冷漠。"},
    {TicketKind::Suggestion, u"建议在大厅增设自助填表机和休息座椅。"},
    {TicketKind::Suggestion, u"建议网上办事平台增加进度查询功能。"},
    {TicketKind::Praise, u"表扬窗口工作人员耐心细致，一次办结。"},
    {TicketKind::Other, u"反映门户网站部分链接打不开。"},
};
constexpr const char16_t* kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"周", u"吴"};
constexpr const char16_t* kAnswers[] = {
    u"已电话联系来电人，告知办理流程和所需材料，来电人表示清楚。",
    u"已安排专人跟进处理，问题已解决，并向来电人反馈。",
    u"经核实情况属实，已对相关人员批评教育并整改，向来电人致歉。",
    u"建议已收悉，已纳入下一步工作改进计划，并向来电人说明。",
};

QString text(const char16_t* value)
{
    return QString::fromUtf16(value);
}

} // namespace

Result<int> populateDemoHotline(Session& session, const QDate& today, quint32 seed)
{
    Result<QList<Department>> departments = session.departments().activeDepartments();
    if (!departments)
        return fail(departments.error());
    if (departments->isEmpty())
        return 0;
    Result<HotlineRules> rules = session.hotline().rules();
    if (!rules)
        return fail(rules.error());
    const TicketWorkflow flow(*rules);
    QRandomGenerator random(seed);
    QList<Ticket> earlier;
    int written = 0;
    for (QDate day = today.addDays(-90); day <= today; day = day.addDays(1)) {
        if (!rules->calendar.isWorkingDay(day))
            continue;
        const int calls = 1 + random.bounded(3);
        for (int c = 0; c < calls; ++c) {
            const DemoCall& call = kCalls[random.bounded(int(std::size(kCalls)))];
            qint64 departmentId = departments->at(random.bounded(int(departments->size()))).id;
            Ticket t;
            t.receivedAt = QDateTime(day, QTime(8 + random.bounded(9), random.bounded(60))).toUTC();
            if (day == today && t.receivedAt > session.clock().nowUtc())
                t.receivedAt = session.clock().nowUtc();
            t.channel = allTicketChannels().at(random.bounded(3) == 0 ? random.bounded(6) : 0);
            t.kind = call.kind;
            t.callerName = text(kSurnames[random.bounded(int(std::size(kSurnames)))]) +
                           (random.bounded(2) ? QStringLiteral("先生") : QStringLiteral("女士"));
            t.callerPhone = QStringLiteral("13%1%2")
                                .arg(random.bounded(10))
                                .arg(random.bounded(100000000), 8, 10, QLatin1Char('0'));
            t.confidential = random.bounded(10) == 0;
            t.content = text(call.content);
            if (!earlier.isEmpty() && random.bounded(12) == 0) { // a repeat call about an earlier matter
                const Ticket& first = earlier.at(random.bounded(int(earlier.size())));
                t.callerName = first.callerName;
                t.callerPhone = first.callerPhone;
                t.kind = first.kind == TicketKind::Praise ? TicketKind::Complaint : first.kind;
                t.content = QStringLiteral("再次来电：") + first.content;
                t.repeatOfId = first.id;
                departmentId = first.departmentId;
            }
            // Every step below is taken on a ticket in the state it needs: a refusal is a bug of the demo.
            Result<void> step = flow.assign(t, departmentId, day);
            const auto take = [&step](Result<void> next) {
                if (step)
                    step = std::move(next);
            };
            const int fate = random.bounded(100);
            if (t.kind == TicketKind::Praise) {
                take(flow.closePraise(t, day));
            } else if (fate < 95) {
                const QDate signedOn = rules->calendar.addWorkingDays(day, fate < 85 ? 0 : 2);
                if (signedOn <= today)
                    take(flow.signFor(t, QDateTime(signedOn, QTime(16, 0)).toUTC()));
                const int limit = rules->limitFor(t.kind);
                const int takes = fate < 80 ? random.bounded(std::max(1, limit)) + 1 : limit + 1 + random.bounded(4);
                const QDate answeredOn = rules->calendar.addWorkingDays(day, takes);
                if (t.signedAt.isValid() && answeredOn <= today)
                    take(flow.answer(t, answeredOn, text(kAnswers[random.bounded(int(std::size(kAnswers)))])));
                const QDate followOn = rules->calendar.addWorkingDays(answeredOn, 1);
                if (t.answeredOn.isValid() && followOn <= today) {
                    const int verdict = random.bounded(100);
                    const bool reached = verdict < 92;
                    if (!reached)
                        take(flow.followUp(t, followOn, false, false, Satisfaction::None, QStringLiteral("无人接听")));
                    if (!reached && rules->calendar.addWorkingDays(followOn, 1) <= today)
                        take(flow.followUp(t, rules->calendar.addWorkingDays(followOn, 1), false, false,
                                           Satisfaction::None, QStringLiteral("关机")));
                    if (reached)
                        take(flow.followUp(t, followOn, true, verdict < 85,
                                           verdict < 70   ? Satisfaction::Satisfied
                                           : verdict < 85 ? Satisfaction::BasicallySatisfied
                                                          : Satisfaction::Dissatisfied,
                                           QString()));
                }
            }
            if (!step)
                return fail(step.error());
            Result<Ticket> saved = session.hotline().saveTicket(t);
            if (!saved)
                return fail(saved.error());
            earlier.append(*saved);
            ++written;
        }
    }
    return written;
}

} // namespace branddesk
