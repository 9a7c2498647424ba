// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoinspections.h"

#include "core/services/session.h"

#include <QRandomGenerator>

#include <algorithm>

namespace branddesk {
namespace {

constexpr const char16_t* kInspectors[] = {
    u"张建华、李明",
    u"王晓燕、陈志刚",
    u"刘洪涛、周静",
    u"赵国平、孙丽萍、吴磊",
};

constexpr const char16_t* kDemands[] = {
    u"对照活动标准补充完善“%1”的内容，形成书面材料报市机关作风办。",
    u"针对“%1”存在的不足制定整改方案，明确责任人和完成时限。",
    u"抓紧落实“%1”，整改情况纳入下周工作周报一并报送。",
};

constexpr const char16_t* kGeneralDemands[] = {
    u"进一步公开服务承诺和监督电话，主动接受社会监督。",
    u"加强服务品牌宣传，在办事大厅设置品牌展示栏。",
};

// Days before today, oldest first: the demands of the older ones are due, some done, some overdue.
constexpr int kDaysAgo[] = {70, 58, 47, 38, 27, 18, 9, 2};

Rectification demandFor(const QString& text, const QDate& inspected, int days)
{
    Rectification r;
    r.demand = text;
    r.deadline = inspected.addDays(days);
    return r;
}

/// Marks a demand done a couple of days before its deadline, when that day has come.
void completeIfPossible(Rectification& r, const QDate& inspected, const QDate& today)
{
    const QDate done = std::min(r.deadline.addDays(-2), today);
    if (done < inspected)
        return;
    r.status = RectificationStatus::Done;
    r.doneDate = done;
    r.followUp = QStringLiteral("经复查，已按要求整改到位，相关材料已归档。");
}

} // namespace

Result<int> populateDemoInspections(Session& session, const QDate& today, quint32 seed)
{
    Result<QList<Department>> departments = session.departments().activeDepartments();
    if (!departments)
        return fail(departments.error());
    if (departments->isEmpty())
        return 0;
    QDate first = today.addDays(-90);
    if (Result<std::optional<Campaign>> campaign = session.campaigns().current(); campaign && *campaign)
        first = std::max(first, (*campaign)->span().start);
    first = std::min(first, today);

    QRandomGenerator random(seed);
    QList<Department> picked = *departments;
    for (qsizetype i = picked.size() - 1; i > 0; --i)
        picked.swapItemsAt(i, random.bounded(int(i + 1)));
    const int count = std::min(int(std::size(kDaysAgo)), int(picked.size()));

    int recorded = 0;
    Result<void> done = session.database().transaction([&]() -> Result<void> {
        for (int i = 0; i < count; ++i) {
            Inspection inspection;
            inspection.departmentId = picked.at(i).id;
            inspection.date = std::clamp(today.addDays(-kDaysAgo[i]), first, today);
            inspection.kind = allInspectionKinds().at(i % 3);
            inspection.inspectors = QString::fromUtf16(kInspectors[random.bounded(int(std::size(kInspectors)))]);
            Result<QList<InspectionCheck>> checks =
                session.inspections().checklistFor(inspection.departmentId, inspection.date);
            if (!checks)
                return fail(checks.error());
            inspection.checks = *checks;

            QStringList shortfalls;
            for (const InspectionCheck& check : std::as_const(inspection.checks))
                if (check.result == CheckResult::NotMet || check.result == CheckResult::Partly)
                    shortfalls.append(check.label);
            if (shortfalls.isEmpty()) {
                inspection.findings = QStringLiteral("经实地查看和查阅资料，该单位服务品牌建设各项要求均已落实，"
                                                     "工作扎实，群众反映良好。");
                if (i % 2 == 1)
                    inspection.rectifications.append(
                        demandFor(QString::fromUtf16(kGeneralDemands[random.bounded(int(std::size(kGeneralDemands)))]),
                                  inspection.date, 21));
            } else {
                inspection.findings = QStringLiteral("经实地查看和查阅资料，该单位服务品牌建设总体有序推进，"
                                                     "但仍存在以下不足：%1尚未达到活动要求。")
                                          .arg(shortfalls.mid(0, 3).join(QStringLiteral("、")));
                for (int k = 0; k < std::min<qsizetype>(2, shortfalls.size()); ++k)
                    inspection.rectifications.append(
                        demandFor(QString::fromUtf16(kDemands[(i + k) % std::size(kDemands)]).arg(shortfalls.at(k)),
                                  inspection.date, k == 0 && i % 2 == 0 ? 14 : 21));
            }
            // Oldest first: every third inspection's first demand was done, every other's second one.
            for (int k = 0; k < inspection.rectifications.size(); ++k) {
                Rectification& r = inspection.rectifications[k];
                if ((k == 0 && i % 3 == 0) || (k == 1 && i % 2 == 0))
                    completeIfPossible(r, inspection.date, today);
                else if (r.isOverdue(today) && i % 2 == 1)
                    r.followUp = QStringLiteral("已电话督促，尚未报送整改材料。");
            }
            if (Result<Inspection> saved = session.inspections().save(inspection); !saved)
                return fail(saved.error());
            ++recorded;
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    return recorded;
}

} // namespace branddesk
