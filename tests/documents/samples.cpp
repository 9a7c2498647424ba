// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/documents/samples.h"

namespace branddesk::test {
namespace {

const QStringList kDepartments{
    QStringLiteral("市发展和改革委员会"), QStringLiteral("市经济贸易委员会"),
    QStringLiteral("市财政局"),           QStringLiteral("市人力资源和社会保障局"),
    QStringLiteral("市国土资源局"),       QStringLiteral("市规划局"),
    QStringLiteral("市建设局"),           QStringLiteral("市交通局"),
    QStringLiteral("市环境保护局"),       QStringLiteral("市工商行政管理局"),
    QStringLiteral("市质量技术监督局"),   QStringLiteral("市公安局"),
};

QString addressee()
{
    return QStringLiteral("各市级机关部门：");
}

QStringList opening()
{
    return {QStringLiteral("根据《关于在市级机关开展“打造服务品牌、提升服务效能”活动的通知》要求，市机关作风建设"
                           "领导小组办公室于5月中旬对各部门服务品牌培育打造情况进行了督查。现将督查通报如下："),
            QStringLiteral("一是领导重视。"),
            QStringLiteral("各部门主要领导负总责，分管领导靠上抓，形成了一级抓一级、层层抓落实的工作格局。"
                           "多数部门召开了专题讨论会，确定了品牌名称和品牌标识。")};
}

QString reportParagraph()
{
    return QStringLiteral("截至5月22日，共收到各部门周报312份。周报的截止日期为每周五下班前，逾期报送的按迟报统计，"
                          "未报送的按缺报统计。个别部门存在迟报、缺报现象，请引起重视。");
}

QString nextSteps()
{
    return QStringLiteral("各部门要对照活动实施方案，查找差距，抓紧整改，确保在8月上旬前完成品牌的培育打造，"
                          "为典型推介阶段打好基础。督查通报情况将作为年度机关作风建设考核的重要依据。");
}

QString closingDate()
{
    return QStringLiteral("2009年5月25日");
}

DocumentTable departmentTable(int rows)
{
    DocumentTable table;
    table.columns = {{0.7, Qt::AlignHCenter}, {3.0, Qt::AlignLeft}, {1, Qt::AlignRight},
                     {1, Qt::AlignRight},     {1, Qt::AlignRight},  {1.4, Qt::AlignHCenter}};
    DocumentRow top;
    DocumentCell number(QStringLiteral("序号"));
    number.rowSpan = 2;
    DocumentCell department(QStringLiteral("部门"));
    department.rowSpan = 2;
    DocumentCell reports(QStringLiteral("周报报送"));
    reports.columnSpan = 3;
    DocumentCell milestones(QStringLiteral("阶段任务\n完成"));
    milestones.rowSpan = 2;
    top.cells = {number, department, reports, milestones};
    table.headerRows.append(top);
    table.addHeaderRow({QStringLiteral("按时"), QStringLiteral("迟报"), QStringLiteral("缺报")});
    for (int i = 0; i < rows; ++i) {
        table.addRow({QString::number(i + 1), kDepartments.at(i % kDepartments.size()), QString::number(4 - i % 3),
                      QString::number(i % 3), QString::number(i % 2), QStringLiteral("%1/5").arg(5 - i % 4)});
    }
    return table;
}

} // namespace

QString Samples::issuer()
{
    return QStringLiteral("常州市机关作风建设领导小组办公室");
}

QString Samples::documentNumber()
{
    return QStringLiteral("常机作办〔2009〕12号");
}

QString Samples::officialTitle()
{
    return QStringLiteral("关于市级机关服务品牌建设情况的督查通报");
}

PrintDocument Samples::officialSummary(int departmentRows)
{
    PrintDocument document(PageStyle::official());
    document.setOfficialHeader(issuer(), documentNumber());
    const QStringList open = opening();
    document.addTitle(officialTitle()).addLine(addressee()).addParagraph(open.at(0));
    document.addHeading(QStringLiteral("一、总体情况")).addParagraph(open.at(2), open.at(1));
    document.addHeading(QStringLiteral("二、周报报送情况")).addParagraph(reportParagraph());
    document.addTable(departmentTable(departmentRows));
    document.addHeading(QStringLiteral("三、下一步工作")).addHeading(QStringLiteral("（一）抓紧整改落实"), 2);
    document.addParagraph(nextSteps());
    document.addClosing({issuer(), closingDate()});
    return document;
}

QStringList Samples::officialSummaryTexts(int departmentRows)
{
    const QStringList open = opening();
    QStringList texts{issuer(),
                      documentNumber(),
                      officialTitle(),
                      addressee(),
                      open.at(0),
                      QStringLiteral("一、总体情况"),
                      open.at(1) + open.at(2),
                      QStringLiteral("二、周报报送情况"),
                      reportParagraph()};
    const DocumentTable table = departmentTable(departmentRows);
    for (const DocumentRow& row : table.rows) {
        QString text;
        for (const DocumentCell& cell : row.cells)
            text += cell.text;
        texts.append(text);
    }
    texts << QStringLiteral("三、下一步工作") << QStringLiteral("（一）抓紧整改落实") << nextSteps() << issuer()
          << closingDate();
    return texts;
}

QString Samples::inspectionSheetTitle(const QString& department)
{
    return QStringLiteral("%1服务品牌督查表").arg(department);
}

PrintDocument Samples::inspectionSheet(const QString& department, int milestoneRows)
{
    PrintDocument sheet(PageStyle::sheet());
    sheet.addTitle(inspectionSheetTitle(department));
    sheet.addLine(QStringLiteral("被督查单位：%1        督查日期：2009年5月15日").arg(department));
    sheet.addHeading(QStringLiteral("一、品牌基本情况"));
    DocumentTable facts;
    facts.columns = {{1, Qt::AlignHCenter}, {4, Qt::AlignLeft}};
    facts.addRow({QStringLiteral("品牌名称"), QStringLiteral("阳光服务")});
    facts.addRow({QStringLiteral("标识释义"), QStringLiteral("以太阳为主体，寓意服务公开透明、温暖群众。")});
    facts.addRow({QStringLiteral("服务理念"), QStringLiteral("想企业之所想，急群众之所急。")});
    facts.addRow({QStringLiteral("完整度"), QStringLiteral("83%（缺：品牌目标、服务制度）")});
    sheet.addTable(facts);
    sheet.addHeading(QStringLiteral("二、阶段任务完成情况"));
    DocumentTable milestones;
    milestones.columns = {{0.6, Qt::AlignHCenter}, {3}, {1.2, Qt::AlignHCenter}, {1.2, Qt::AlignHCenter}, {0.8}};
    milestones.addHeaderRow({QStringLiteral("序号"), QStringLiteral("阶段任务"), QStringLiteral("截止日期"),
                             QStringLiteral("完成日期"), QStringLiteral("状态")});
    for (int i = 0; i < milestoneRows; ++i) {
        milestones.addRow({QString::number(i + 1), QStringLiteral("召开服务品牌讨论活动（第%1项）").arg(i + 1),
                           QStringLiteral("2009-05-20"),
                           i % 3 == 2 ? QString() : QStringLiteral("2009-05-1%1").arg(i % 10),
                           i % 3 == 2 ? QStringLiteral("未完成") : QStringLiteral("已完成")});
    }
    sheet.addTable(milestones);
    sheet.addHeading(QStringLiteral("三、督查意见"));
    sheet.addRuledField(QStringLiteral("督查意见："), 4);
    sheet.addRuledField(QStringLiteral("整改要求："), 3);
    sheet.addFieldRow({QStringLiteral("督查人员签名："), QStringLiteral("被督查单位负责人签名：")});
    sheet.addFieldRow({QStringLiteral("日期：")});
    return sheet;
}

QStringList Samples::ledgerHeader()
{
    return {QStringLiteral("序号"), QStringLiteral("部门名称"), QStringLiteral("截止日期"), QStringLiteral("备注")};
}

QStringList Samples::ledgerRow(int row)
{
    return {QString::number(row),
            QStringLiteral("%1（第%2行）").arg(kDepartments.at(row % kDepartments.size())).arg(row),
            QStringLiteral("2009-%1-%2").arg(4 + row % 5).arg(10 + row % 18),
            row % 7 == 0 ? QStringLiteral("逾期") : QString()};
}

PrintDocument Samples::ledger(int rows, QPageLayout::Orientation orientation)
{
    PrintDocument document(PageStyle::sheet(orientation));
    document.addTitle(QStringLiteral("周报报送台账"));
    DocumentTable table;
    table.columns = {{0.6, Qt::AlignRight}, {3}, {1.2, Qt::AlignHCenter}, {1}};
    table.addHeaderRow(ledgerHeader());
    for (int row = 1; row <= rows; ++row)
        table.addRow(ledgerRow(row));
    document.addTable(table);
    return document;
}

} // namespace branddesk::test
