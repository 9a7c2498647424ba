// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoreports.h"

#include "core/storage/database.h"
#include "core/storage/departmentrepository.h"
#include "core/storage/reportrepository.h"

#include <QStringList>

namespace branddesk {
namespace {

struct Practice {
    const char16_t* text;
    ReportTag tag;
};

// Practices in the notice's vocabulary; each says whom it serves.
constexpr Practice kPractices[] = {
    {u"深入开发区走访重点企业3家，现场协调解决用地、用工问题2个，企业反映良好。", ReportTag::ServesEnterprises},
    {u"开通局长直通车热线，本周受理企业来电12件，均已按承诺时限办结并回访。", ReportTag::ServesEnterprises},
    {u"围绕优化营商环境，梳理涉企收费项目，取消不合理收费2项，减轻企业负担约30万元。", ReportTag::ServesEnterprises},
    {u"开展“五送”活动，为重点项目送政策、送技术、送信息，帮助企业申报扶持资金。", ReportTag::ServesEnterprises},
    {u"组织集中攻坚周，班子成员分别联系一家重点企业，协调解决融资和人才引进难题。", ReportTag::ServesEnterprises},
    {u"推行并联审批和“一站式”服务，平均办理时限由7个工作日压缩至3个工作日，营商环境进一步改善。",
     ReportTag::ServesEnterprises},
    {u"组织机关党员干部进社区开展政策宣讲，面对面解答群众咨询200余人次。", ReportTag::ServesPublic},
    {u"落实首问负责制、限时办结制和服务承诺制，窗口服务满意率达到98%以上。", ReportTag::ServesPublic},
    {u"在门户网站和办事大厅公开服务标准、办事流程和监督投诉电话，接受社会监督。", ReportTag::ServesPublic},
    {u"开展“服务品牌进万家”活动，发放便民服务卡1500余张，收集群众意见建议23条。", ReportTag::ServesPublic},
    {u"深入乡镇（街道）开展调研，听取基层单位意见建议15条，已逐条明确整改责任人和时限。", ReportTag::ServesGrassroots},
    {u"选派业务骨干到基层站所蹲点指导，帮助解决业务难题4个，规范基层办事程序。", ReportTag::ServesGrassroots},
    {u"召开服务品牌建设推进会，对照品牌目标细化任务分解表，把要求落实到事项、流程和岗位。",
     ReportTag::ServesGrassroots},
    {u"组织“服务之星”评选，树立身边典型，形成比学赶超的良好氛围。", ReportTag::ServesGrassroots},
};

constexpr const char16_t* kOpenings[] = {
    u"本周，我单位继续深化“打造服务品牌、提升服务效能”主题实践活动，主要做法如下：",
    u"本周重点围绕服务品牌培育打造开展工作，现将有关情况报告如下：",
    u"按照市机关作风建设领导小组办公室的统一部署，本周主要开展了以下工作：",
    u"本周，我们把服务品牌建设与日常业务工作紧密结合，取得了一定成效：",
};

constexpr const char16_t* kClosings[] = {
    u"下周将继续巩固活动成果，进一步完善服务体系和长效机制。",
    u"下一步，我们将认真查找不足，加大整改力度，确保各项措施落到实处。",
    u"下周将重点做好品牌宣传推广工作，扩大服务品牌的社会影响。",
};

constexpr const char16_t* kTitles[] = {
    u"服务品牌建设工作周报",
    u"主题实践活动进展情况",
    u"打造服务品牌工作动态",
    u"提升服务效能工作情况",
};

template <typename T, std::size_t N> const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

} // namespace

WeeklyReport DemoReports::inventReport(const Department& department)
{
    WeeklyReport report;
    report.departmentId = department.id;
    report.title = department.displayShortName() + QString::fromUtf16(pick(m_random, kTitles));
    QStringList paragraphs{QString::fromUtf16(pick(m_random, kOpenings))};
    const int count = m_random.bounded(2, 6);
    for (int i = 0; i < count; ++i) {
        const Practice& practice = pick(m_random, kPractices);
        paragraphs.append(QStringLiteral("%1. ").arg(i + 1) + QString::fromUtf16(practice.text));
        report.tags |= practice.tag;
    }
    paragraphs.append(QString::fromUtf16(pick(m_random, kClosings)));
    report.content = paragraphs.join(QLatin1Char('\n'));
    report.channel = allReportChannels().at(m_random.bounded(int(allReportChannels().size())));
    report.highlight = m_random.bounded(100) < 5;
    return report;
}

Result<int> DemoReports::populate(const Campaign& campaign, const QList<Department>& departments,
                                  const QDateTime& nowUtc, const QString& clerk)
{
    const DateRange span = campaign.span();
    if (!span.start.isValid())
        return 0;
    ReportRepository reports(m_database);
    DepartmentRepository registry(m_database);
    const QDateTime now = nowUtc.toLocalTime();
    const ReportWeek first = ReportWeek::containing(span.start);
    ReportWeek last = ReportWeek::containing(now.date());
    if (!span.isOpenEnded())
        last = std::min(last, ReportWeek::containing(span.end));
    int written = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        for (const Department& department : departments) {
            if (!department.active)
                continue;
            // Registered a little before the campaign began.
            const QDateTime registered(span.start.addDays(-m_random.bounded(3, 15)), QTime(9, 0));
            if (Result<void> dated = registry.backdateCreation(department.id, registered.toUTC()); !dated)
                return dated;
            // Most departments report reliably; some are often late; a few often miss a week.
            const int roll = m_random.bounded(100);
            const int missing = roll < 8 ? 30 : roll < 25 ? 8 : 2;
            const int late = roll < 8 ? 25 : roll < 25 ? 20 : 5;
            for (ReportWeek week = first; week <= last; week = week.next()) {
                if (m_random.bounded(100) < missing)
                    continue;
                const QDate dueDay = week.monday().addDays(campaign.reportWeekday - 1);
                QDateTime received(dueDay.addDays(-m_random.bounded(0, 4)),
                                   QTime(8 + m_random.bounded(0, 9), m_random.bounded(0, 60), m_random.bounded(0, 60)));
                if (m_random.bounded(100) < late)
                    received = received.addDays(m_random.bounded(1, 6));
                received = std::max(received, QDateTime(week.monday(), QTime(8, 30)));
                if (received > now)
                    continue;                                         // not sent yet
                const int copies = m_random.bounded(100) < 4 ? 2 : 1; // now and then a supplement follows
                for (int copy = 0; copy < copies; ++copy) {
                    const QDateTime arrival = received.addDays(copy * m_random.bounded(1, 3));
                    if (arrival > now)
                        break;
                    WeeklyReport report = inventReport(department);
                    report.week = week;
                    report.receivedAt = arrival.toUTC();
                    report.enteredAt = std::min(report.receivedAt.addSecs(m_random.bounded(60, 3600)), nowUtc);
                    report.updatedAt = report.enteredAt;
                    report.enteredBy = clerk;
                    if (Result<qint64> id = reports.insert(report); !id)
                        return fail(id.error());
                    ++written;
                }
            }
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    return written;
}

} // namespace branddesk
