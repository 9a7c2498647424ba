// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoassessment.h"

#include "core/services/session.h"

namespace branddesk {

Result<int> populateDemoAssessment(Session& session)
{
    const Result<int> year = session.assessment().currentYear();
    if (!year)
        return fail(year.error());
    if (*year == 0)
        return 0;
    const Result<QList<Department>> departments = session.departments().activeDepartments();
    if (!departments)
        return fail(departments.error());
    int entered = 0;
    const auto enter = [&](qint64 departmentId, AssessmentItemKind kind, const Rational& points, const char* reason,
                           const char* evidence) -> Result<void> {
        AssessmentItem item;
        item.year = *year;
        item.departmentId = departmentId;
        item.kind = kind;
        item.points = points;
        item.reason = QString::fromUtf8(reason);
        item.evidence = QString::fromUtf8(evidence);
        const Result<AssessmentItem> saved = session.assessment().saveItem(item);
        if (!saved)
            return fail(saved.error());
        ++entered;
        return {};
    };
    for (qsizetype i = 0; i < departments->size(); ++i) {
        const qint64 id = departments->at(i).id;
        // 72.0 … 98.0 in tenths, spread over the departments.
        const Rational social = Rational::fraction(720 + (i * 67) % 261, 10);
        if (Result<void> done = enter(id, AssessmentItemKind::Social, social, "年度社会评议问卷调查", "社会评议统计表");
            !done)
            return fail(done.error());
        if (i % 7 == 1)
            if (Result<void> done =
                    enter(id, AssessmentItemKind::Bonus, Rational(2), "服务品牌获省级表彰", "省机关工委通报");
                !done)
                return fail(done.error());
        if (i % 9 == 4)
            if (Result<void> done =
                    enter(id, AssessmentItemKind::Deduction, Rational::fraction(3, 2), "督查通报点名批评", "督查通报");
                !done)
                return fail(done.error());
    }
    return entered;
}

} // namespace branddesk
