// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demodata.h"

#include "core/demo/demoassessment.h"
#include "core/demo/democampaign.h"
#include "core/demo/demoevaluation.h"

#include "core/domain/logo.h"
#include "core/services/session.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

namespace branddesk {
namespace {

struct DemoDepartment {
    const char* name;
    const char* shortName;
    DepartmentCategory category;
    bool enterpriseFacing;
    bool supervisesIntermediaries;
    const char* brandName; ///< empty: the department has no brand yet
};

using C = DepartmentCategory;
// Names follow the municipal organs of a prefecture-level city; brand names are in the style the campaign produced.
const DemoDepartment kDepartments[] = {
    {"市委办公室", "市委办", C::PartyMass, false, false, "三服务 一流程"},
    {"市委组织部", "组织部", C::PartyMass, false, false, "组工先锋"},
    {"市委宣传部", "宣传部", C::PartyMass, false, false, "文明龙城"},
    {"市委统战部", "统战部", C::PartyMass, false, false, "同心聚力"},
    {"市委政法委员会", "政法委", C::PoliticalLegal, false, false, "平安常州"},
    {"市纪委（监察局）", "纪委", C::PartyMass, false, false, "阳光监督"},
    {"市委政策研究室", "政研室", C::PartyMass, false, false, ""},
    {"市级机关工委", "机关工委", C::PartyMass, false, false, "机关之家"},
    {"市总工会", "总工会", C::PartyMass, true, false, "职工之家"},
    {"共青团常州市委", "团市委", C::PartyMass, false, false, "青春驿站"},
    {"市妇女联合会", "市妇联", C::PartyMass, false, false, "巾帼帮帮团"},
    {"市科学技术协会", "市科协", C::PartyMass, true, false, ""},
    {"市工商业联合会", "市工商联", C::PartyMass, true, true, "商会服务站"},
    {"市残疾人联合会", "市残联", C::PartyMass, false, false, "助残暖心"},
    {"市发展和改革委员会", "发改委", C::Administrative, true, true, "项目代办直通车"},
    {"市经济和信息化委员会", "经信委", C::Administrative, true, true, "企业服务超市"},
    {"市教育局", "教育局", C::Administrative, false, false, "满意教育"},
    {"市科学技术局", "科技局", C::Administrative, true, true, "科技创新服务站"},
    {"市民政局", "民政局", C::Administrative, false, true, "民生110"},
    {"市财政局", "财政局", C::Administrative, true, false, "阳光财政"},
    {"市人力资源和社会保障局", "人社局", C::Administrative, true, true, "就业直通车"},
    {"市国土资源局", "国土局", C::Administrative, true, true, "国土服务零距离"},
    {"市规划局", "规划局", C::Administrative, true, true, "规划为民"},
    {"市住房和城乡建设局", "住建局", C::Administrative, true, true, "安居常州"},
    {"市交通运输局", "交通局", C::Administrative, true, true, "畅行龙城"},
    {"市水利局", "水利局", C::Administrative, true, false, "水韵常州"},
    {"市农业委员会", "农委", C::Administrative, true, false, "三农服务直通车"},
    {"市商务局", "商务局", C::Administrative, true, true, "亲商服务"},
    {"市文化广电新闻出版局", "文广新局", C::Administrative, false, false, "文化惠民"},
    {"市卫生局", "卫生局", C::Administrative, false, true, "健康守门人"},
    {"市人口和计划生育委员会", "人口计生委", C::Administrative, false, false, ""},
    {"市审计局", "审计局", C::Administrative, false, false, "阳光审计"},
    {"市环境保护局", "环保局", C::Administrative, true, true, "绿色护航"},
    {"市统计局", "统计局", C::Administrative, true, false, "数据服务"},
    {"市工商行政管理局", "工商局", C::Administrative, true, true, "红盾护企"},
    {"市质量技术监督局", "质监局", C::Administrative, true, true, "质量强市"},
    {"市安全生产监督管理局", "安监局", C::Administrative, true, true, "安全生产服务站"},
    {"市食品药品监督管理局", "食药监局", C::Administrative, true, false, "舌尖守护"},
    {"市物价局", "物价局", C::Administrative, true, true, "价格服务直通车"},
    {"市体育局", "体育局", C::Administrative, false, false, ""},
    {"市旅游局", "旅游局", C::Administrative, true, false, "畅游常州"},
    {"市城市管理局", "城管局", C::Administrative, false, false, "城管为民"},
    {"市地方税务局", "地税局", C::Administrative, true, true, "税务e家"},
    {"市政府法制办公室", "法制办", C::Administrative, false, false, "法治护航"},
    {"市行政服务中心", "行政服务中心", C::Administrative, true, false, "一站式审批"},
    {"市中级人民法院", "中院", C::PoliticalLegal, true, false, "阳光司法"},
    {"市人民检察院", "检察院", C::PoliticalLegal, false, false, "检察为民"},
    {"市公安局", "公安局", C::PoliticalLegal, true, false, "110为民服务"},
    {"市司法局", "司法局", C::PoliticalLegal, false, true, "法援直通车"},
    {"市供销合作总社", "供销总社", C::Other, true, false, "新网工程"},
    {"市机关事务管理局", "机关事务局", C::Other, false, false, ""},
};

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                 "徐", "孙", "朱", "马", "胡", "郭", "林", "何", "高", "钱"};
const char* const kGivenNames[] = {"建国", "志强", "卫东", "红梅", "海燕", "立新", "晓东", "国平", "丽华", "文军",
                                   "伟",   "静",   "敏",   "勇",   "军",   "洁",   "明",   "芳",   "斌",   "亮"};

// Texts for the brand fields, in BrandField order after the name; {0} is replaced by the brand's name.
const char* const kFieldTexts[kBrandFieldCount] = {
    "",
    "标识以“{0}”首字母变形为主体，外圆象征服务无止境，蓝色代表公正透明，绿色寓意发展与活力。",
    "立足职能、服务大局，全心全意为基层、为企业、为群众服务。",
    "团结务实、开拓创新、争创一流。",
    "以服务对象满意为第一标准，变“要我服务”为“我要服务”。",
    "力争用两年时间，使“{0}”成为全省有影响、全国有特色的机关服务品牌。",
    "机关全体干部职工，以窗口处室和一线执法人员为骨干。",
    "政策咨询、审批代办、上门服务、难题会办四大类服务事项。",
    "推行首问负责、限时办结、一次告知、预约服务和延时服务。",
    "办事不出门、咨询不过夜、承诺事项按时办结率100%。",
    "服务承诺制、首问负责制、限时办结制、责任追究制和服务对象评议制度。",
    "品牌推出以来，服务对象满意率达98%以上，相关做法被省级媒体专题报道。",
};

QString personName(QRandomGenerator& random)
{
    return QString::fromUtf8(kSurnames[random.bounded(static_cast<int>(std::size(kSurnames)))]) +
           QString::fromUtf8(kGivenNames[random.bounded(static_cast<int>(std::size(kGivenNames)))]);
}

/// A round seal-like logo with the brand's first character, in a colour of the brand's own.
QImage drawLogo(const QString& brandName, QRandomGenerator& random)
{
    static const QColor colours[] = {QColor(0xc0, 0x1f, 0x2f), QColor(0x1f, 0x5f, 0xa8), QColor(0x1e, 0x8a, 0x5a),
                                     QColor(0xd2, 0x7c, 0x12), QColor(0x6b, 0x3f, 0xa0)};
    const QColor colour = colours[random.bounded(static_cast<int>(std::size(colours)))];
    QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 14));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(12, 12, 232, 232));
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(48, 48, 160, 160));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(104);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QString first = brandName.left(1);
    painter.drawText(QRectF(48, 40, 160, 170), Qt::AlignCenter, first);
    painter.end();
    return image;
}

/// The demo accounts on a database without any, with the demo clerk signed in.
Result<void> createDemoAccounts(Session& session)
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

} // namespace

QList<DemoAccount> demoAccounts()
{
    // The administrator comes first: it creates the others.
    return {{"演示管理员", "demo-admin-2009", Role::Administrator},
            {"演示办事员", "demo-clerk-2009", Role::Clerk},
            {"演示领导", "demo-leader-2009", Role::Leader}};
}

Result<void> populateDemoData(Session& session, quint32 seed)
{
    QRandomGenerator random(seed);
    const qsizetype count = static_cast<qsizetype>(std::size(kDepartments));
    return session.database().transaction([&]() -> Result<void> {
        if (Result<void> accounts = createDemoAccounts(session); !accounts)
            return accounts;
        for (qsizetype i = 0; i < count; ++i) {
            const DemoDepartment& demo = kDepartments[i];
            Department d;
            d.name = QString::fromUtf8(demo.name);
            d.shortName = QString::fromUtf8(demo.shortName);
            d.category = demo.category;
            d.enterpriseFacing = demo.enterpriseFacing;
            d.supervisesIntermediaries = demo.supervisesIntermediaries;
            d.principalLeader = personName(random);
            d.leaderInCharge = personName(random);
            d.contactPerson = personName(random);
            d.phone = QStringLiteral("0519-8%1").arg(random.bounded(1000000, 9999999));
            d.email = QStringLiteral("brand%1@czmail.gov.cn").arg(i + 1, 2, 10, QLatin1Char('0'));
            d.sortOrder = 0;
            d.active = i != count - 1; // the last one shows how a deactivated department looks
            Result<Department> stored = session.departments().add(d);
            if (!stored)
                return fail(stored.error());

            const QString brandName = QString::fromUtf8(demo.brandName);
            if (brandName.isEmpty())
                continue; // departments without a brand: flagged in every list
            Brand brand;
            brand.departmentId = stored->id;
            brand.setText(BrandField::Name, brandName);
            // Completeness spreads from a bare name to a full brand: fill the first `filled` fields.
            const int filled = static_cast<int>((i * 7) % (kBrandFieldCount + 1));
            for (int f = 1; f < std::min(filled + 1, kBrandFieldCount); ++f)
                brand.setText(static_cast<BrandField>(f),
                              QString::fromUtf8(kFieldTexts[f]).replace(QLatin1String("{0}"), brandName));
            if (filled >= kBrandFieldCount - 1)
                brand.setText(BrandField::SocialBenefit, QString::fromUtf8(kFieldTexts[kBrandFieldCount - 1]));
            const int stage = filled * 4 / kBrandFieldCount;
            brand.status = static_cast<BrandStatus>(std::clamp(stage, 0, 4));
            if (filled >= 3) {
                Result<Logo> logo = Logo::fromImage(drawLogo(brandName, random), QStringLiteral("png"));
                if (!logo)
                    return fail(logo.error());
                brand.logo = *logo;
            }
            Result<Brand> saved = session.brands().add(brand);
            if (!saved)
                return fail(saved.error());
        }
        if (Result<void> campaign = populateDemoCampaign(session, session.clock().today(), seed); !campaign)
            return campaign;
        const Result<int> evaluated = populateDemoEvaluation(session, session.clock().today(), seed + 4);
        if (!evaluated)
            return fail(evaluated.error());
        const Result<int> assessed = populateDemoAssessment(session);
        return assessed ? Result<void>() : fail(assessed.error());
    });
}

} // namespace branddesk
