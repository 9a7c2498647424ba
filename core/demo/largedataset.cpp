// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/largedataset.h"

#include "core/demo/demodata.h"
#include "core/demo/demoinspections.h"
#include "core/demo/demoreports.h"
#include "core/services/concentratedweeks.h"
#include "core/services/session.h"
#include "core/storage/bulkload.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace branddesk {
namespace {

struct Bureau {
    const char16_t* name; ///< without the leading 市
    const char16_t* shortName;
    DepartmentCategory category;
    bool enterpriseFacing;
};

using C = DepartmentCategory;
// A pool of municipal organs; past the pool the names repeat as branch offices (分局) with a numeral.
constexpr Bureau kBureaus[] = {
    {u"委办公室", u"委办", C::PartyMass, false},
    {u"委组织部", u"组织部", C::PartyMass, false},
    {u"委宣传部", u"宣传部", C::PartyMass, false},
    {u"委统战部", u"统战部", C::PartyMass, false},
    {u"级机关工委", u"机关工委", C::PartyMass, false},
    {u"总工会", u"总工会", C::PartyMass, true},
    {u"妇女联合会", u"妇联", C::PartyMass, false},
    {u"工商业联合会", u"工商联", C::PartyMass, true},
    {u"发展和改革委员会", u"发改委", C::Administrative, true},
    {u"经济和信息化委员会", u"经信委", C::Administrative, true},
    {u"教育局", u"教育局", C::Administrative, false},
    {u"科学技术局", u"科技局", C::Administrative, true},
    {u"民政局", u"民政局", C::Administrative, false},
    {u"财政局", u"财政局", C::Administrative, true},
    {u"人力资源和社会保障局", u"人社局", C::Administrative, true},
    {u"国土资源局", u"国土局", C::Administrative, true},
    {u"住房和城乡建设局", u"住建局", C::Administrative, true},
    {u"交通运输局", u"交通局", C::Administrative, true},
    {u"水利局", u"水利局", C::Administrative, true},
    {u"商务局", u"商务局", C::Administrative, true},
    {u"卫生局", u"卫生局", C::Administrative, false},
    {u"审计局", u"审计局", C::Administrative, false},
    {u"环境保护局", u"环保局", C::Administrative, true},
    {u"统计局", u"统计局", C::Administrative, true},
    {u"工商行政管理局", u"工商局", C::Administrative, true},
    {u"质量技术监督局", u"质监局", C::Administrative, true},
    {u"物价局", u"物价局", C::Administrative, true},
    {u"城市管理局", u"城管局", C::Administrative, false},
    {u"地方税务局", u"地税局", C::Administrative, true},
    {u"行政服务中心", u"服务中心", C::Administrative, true},
    {u"中级人民法院", u"中院", C::PoliticalLegal, true},
    {u"人民检察院", u"检察院", C::PoliticalLegal, false},
    {u"公安局", u"公安局", C::PoliticalLegal, true},
    {u"司法局", u"司法局", C::PoliticalLegal, false},
    {u"供销合作总社", u"供销总社", C::Other, true},
    {u"机关事务管理局", u"机关事务局", C::Other, false},
};

constexpr const char16_t* kNumerals[] = {u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九", u"十"};
constexpr const char16_t* kBrandWords[] = {u"直通车", u"服务站", u"零距离", u"为民", u"护航", u"之家", u"先锋", u"e家"};
constexpr const char16_t* kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴"};
constexpr const char16_t* kGivenNames[] = {u"建国", u"志强", u"卫东", u"红梅", u"海燕", u"立新", u"晓东", u"国平"};

template <typename T, std::size_t N> const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

/// 1 → 一, 12 → 十二, 35 → 三十五, 105 → 一百零五, 138 → 一百三十八: the branch office's number, as written in
/// names (a province's 5,000 departments need more than ninety-nine rounds of the pool).
QString numeral(int n)
{
    if (n >= 100) {
        const int rest = n % 100;
        QString text = numeral(n / 100) + QStringLiteral("百");
        if (rest == 0)
            return text;
        if (rest < 10)
            return text + QStringLiteral("零") + numeral(rest);
        if (rest < 20)
            text += numeral(1); // 一百一十五
        return text + numeral(rest);
    }
    if (n <= 10)
        return QString::fromUtf16(kNumerals[n - 1]);
    const int tens = n / 10;
    const int ones = n % 10;
    QString text = (tens > 1 ? QString::fromUtf16(kNumerals[tens - 1]) : QString()) + QString::fromUtf16(kNumerals[9]);
    if (ones > 0)
        text += QString::fromUtf16(kNumerals[ones - 1]);
    return text;
}

QString personName(QRandomGenerator& random)
{
    return QString::fromUtf16(pick(random, kSurnames)) + QString::fromUtf16(pick(random, kGivenNames));
}

/// The demo accounts on a database without any, with the demo clerk signed in.
Result<void> ensureAccounts(Session& session)
{
    Result<bool> any = session.accounts().hasAccounts();
    if (!any || *any)
        return any ? Result<void>() : fail(any.error());
    const QList<DemoAccount> accounts = demoAccounts();
    for (const DemoAccount& account : accounts) {
        const QString name = QString::fromUtf8(account.name);
        const QString password = QString::fromUtf8(account.password);
        Result<User> created = account.role == Role::Administrator
                                   ? session.accounts().createFirstAdministrator(name, password)
                                   : session.accounts().addUser(name, account.role, password);
        if (!created)
            return fail(created.error());
    }
    for (const DemoAccount& account : accounts)
        if (account.role == Role::Clerk) {
            Result<User> clerk =
                session.accounts().signIn(QString::fromUtf8(account.name), QString::fromUtf8(account.password));
            return clerk ? Result<void>() : fail(clerk.error());
        }
    return {};
}

/// The register: departments and, for about nine in ten, a brand.
Result<void> addDepartments(Session& session, const LargeDatasetOptions& options, QRandomGenerator& random,
                            LargeDatasetCounts& counts)
{
    constexpr int pool = int(std::size(kBureaus));
    for (int i = 0; i < options.departments; ++i) {
        const Bureau& bureau = kBureaus[(i * 7) % pool]; // a stride prime to the pool: categories mix
        const int round = i / pool;
        Department d;
        d.name = QStringLiteral("市") + QString::fromUtf16(bureau.name);
        d.shortName = QString::fromUtf16(bureau.shortName);
        if (round > 0) {
            d.name += QStringLiteral("第%1分局").arg(numeral(round));
            d.shortName += numeral(round);
        }
        d.category = bureau.category;
        d.enterpriseFacing = bureau.enterpriseFacing;
        d.supervisesIntermediaries = bureau.enterpriseFacing && random.bounded(2) == 0;
        d.principalLeader = personName(random);
        d.leaderInCharge = personName(random);
        d.contactPerson = personName(random);
        d.phone = QStringLiteral("0519-8%1").arg(random.bounded(1000000, 9999999));
        d.email = QStringLiteral("brand%1@czmail.gov.cn").arg(i + 1, 4, 10, QLatin1Char('0'));
        Result<Department> stored = session.departments().add(d);
        if (!stored)
            return fail(stored.error());
        ++counts.departments;
        if (random.bounded(100) < 10)
            continue; // no brand yet
        Brand brand;
        brand.departmentId = stored->id;
        brand.setText(BrandField::Name, d.shortName + QString::fromUtf16(pick(random, kBrandWords)));
        brand.status = static_cast<BrandStatus>(random.bounded(5));
        Result<Brand> saved = session.brands().add(brand);
        if (!saved)
            return fail(saved.error());
        ++counts.brands;
    }
    return {};
}

/// Milestone records as a real office's would look: most departments on time, some late, a few far behind.
Result<void> addCompletions(Session& session, const Campaign& campaign, const QList<Department>& departments,
                            QRandomGenerator& random, LargeDatasetCounts& counts)
{
    const QDate today = session.clock().today();
    for (const Department& department : departments) {
        const int roll = random.bounded(100);
        const int diligence = roll < 10 ? 40 : roll < 30 ? 85 : 99;
        for (const Milestone& milestone : campaign.milestones) {
            if (!appliesTo(milestone.appliesTo, department) || !milestone.due.isValid() || milestone.due >= today)
                continue;
            if (random.bounded(100) >= diligence)
                continue;
            QDate done = milestone.due.addDays(-random.bounded(0, 12));
            if (random.bounded(100) < 100 - diligence)
                done = milestone.due.addDays(random.bounded(1, 15)); // done, but late
            MilestoneCompletion completion;
            completion.milestoneId = milestone.id;
            completion.departmentId = department.id;
            completion.doneDate = std::min(done, today);
            completion.evidence = QStringLiteral("%1：已按要求完成。").arg(milestone.shortName);
            // Drawn like the others (the same data for a seed), but the concentrated week follows the
            // activity records and is not ticked by hand.
            if (milestone.code == ConcentratedWeeks::kMilestoneCode)
                continue;
            if (Result<MilestoneCompletion> saved = session.milestones().record(completion); !saved)
                return fail(saved.error());
            ++counts.milestoneCompletions;
        }
    }
    return {};
}

} // namespace

Result<LargeDatasetCounts> generateLargeDataset(Session& session, const LargeDatasetOptions& options)
{
    if (options.departments < 1 || options.years < 1)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("LargeDataset", "A generated database needs at least one department "
                                                                "and one year."));
    QRandomGenerator random(options.seed);
    LargeDatasetCounts counts;
    // A new file written in one go: no journal, and the full-text indexes filled once at the end.
    BulkLoad bulk(session.database());
    if (Result<void> begun = bulk.begin(); !begun)
        return fail(begun.error());
    Result<void> done = session.database().transaction([&]() -> Result<void> {
        if (Result<void> accounts = ensureAccounts(session); !accounts)
            return accounts;
        if (Result<void> added = addDepartments(session, options, random, counts); !added)
            return added;
        // The built-in campaign, moved back: its open-ended last phase carries it to today.
        Result<Campaign> campaign = session.campaigns().ensureCurrent(session.clock().today().year() - options.years);
        if (!campaign)
            return fail(campaign.error());
        Result<QList<Department>> departments = session.departments().activeDepartments();
        if (!departments)
            return fail(departments.error());
        if (Result<void> recorded = addCompletions(session, *campaign, *departments, random, counts); !recorded)
            return recorded;
        DemoReports reports(session.database(), options.seed + 1);
        Result<int> written = reports.populate(*campaign, *departments, session.clock().nowUtc(), session.userName());
        if (!written)
            return fail(written.error());
        counts.reports = *written;
        Result<int> inspected = populateDemoInspections(session, session.clock().today(), options.seed + 2);
        if (!inspected)
            return fail(inspected.error());
        counts.inspections = *inspected;
        return {};
    });
    if (!done)
        return fail(done.error());
    if (Result<void> finished = bulk.finish(); !finished)
        return fail(finished.error());
    return counts;
}

} // namespace branddesk
