// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/ticketimport.h"

#include "core/hotline/ticketnumber.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace branddesk {
namespace {

constexpr int kMaxNumberCharacters = 40;

QString cell(const TableRow& row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

QString normalised(const QString& text)
{
    QString value = text.trimmed().toLower();
    value.remove(QLatin1Char(' '));
    value.remove(QChar(0x3000)); // ideographic space
    return value;
}

} // namespace

QList<TicketImportField> allTicketImportFields()
{
    return {TicketImportField::Number,     TicketImportField::ReceivedAt,  TicketImportField::Channel,
            TicketImportField::CallerName, TicketImportField::CallerPhone, TicketImportField::Kind,
            TicketImportField::Department, TicketImportField::Content};
}

QString ticketImportFieldName(TicketImportField field)
{
    switch (field) {
    case TicketImportField::Number:
        return TicketImport::tr("Ticket number");
    case TicketImportField::ReceivedAt:
        return TicketImport::tr("Received at");
    case TicketImportField::Channel:
        return TicketImport::tr("Channel");
    case TicketImportField::CallerName:
        return TicketImport::tr("Caller");
    case TicketImportField::CallerPhone:
        return TicketImport::tr("Phone");
    case TicketImportField::Kind:
        return TicketImport::tr("Kind");
    case TicketImportField::Department:
        return TicketImport::tr("Department");
    case TicketImportField::Content:
        break;
    }
    return TicketImport::tr("Content");
}

bool isRequiredTicketImportField(TicketImportField field)
{
    return field == TicketImportField::Number || field == TicketImportField::ReceivedAt ||
           field == TicketImportField::Department || field == TicketImportField::Content;
}

QList<TicketImportField> TicketColumnMapping::missing() const
{
    QList<TicketImportField> fields;
    for (TicketImportField field : allTicketImportFields()) {
        if (isRequiredTicketImportField(field) && column(field) < 0)
            fields.append(field);
    }
    return fields;
}

QString TicketColumnMapping::toString() const
{
    QStringList parts;
    for (int column : columns)
        parts.append(QString::number(column));
    return parts.join(QLatin1Char(','));
}

TicketColumnMapping TicketColumnMapping::fromString(const QString& text)
{
    TicketColumnMapping mapping;
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != qsizetype(mapping.columns.size()))
        return mapping;
    TicketColumnMapping read;
    for (std::size_t i = 0; i < read.columns.size(); ++i) {
        bool ok = false;
        const int column = parts.at(qsizetype(i)).toInt(&ok);
        if (!ok || column < -1 || column >= ImportLimits::kMaxColumns)
            return mapping;
        read.columns.at(i) = column;
    }
    return read;
}

int TicketImportPlan::count(TicketImportAction action) const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [action](const TicketImportRow& row) { return row.action == action; }));
}

QString TicketImportPlan::errorSummary() const
{
    QStringList lines;
    for (const TicketImportRow& row : rows) {
        if (row.action == TicketImportAction::Error)
            lines.append(TicketImport::tr("Line %1: %2").arg(row.line).arg(row.reason));
    }
    return lines.join(QLatin1Char('\n'));
}

TicketColumnMapping TicketImport::guessMapping(const QStringList& header)
{
    static const QHash<QString, TicketImportField> titles = [] {
        QHash<QString, TicketImportField> map;
        auto add = [&map](TicketImportField field, std::initializer_list<const char*> names) {
            for (const char* name : names)
                map.insert(normalised(QString::fromUtf8(name)), field);
        };
        add(TicketImportField::Number,
            {"工单编号", "工单号", "编号", "受理编号", "number", "ticket number", "ticket no"});
        add(TicketImportField::ReceivedAt,
            {"受理时间", "来电时间", "登记时间", "受理日期", "来电日期", "received at", "received", "date"});
        add(TicketImportField::Channel, {"来源", "渠道", "受理渠道", "来源渠道", "channel", "source"});
        add(TicketImportField::CallerName, {"来电人", "来电人姓名", "诉求人", "姓名", "caller", "caller name", "name"});
        add(TicketImportField::CallerPhone,
            {"来电号码", "联系电话", "电话", "来电电话", "诉求人电话", "phone", "caller phone", "telephone"});
        add(TicketImportField::Kind, {"诉求类型", "工单类型", "类型", "诉求类别", "kind", "type", "category"});
        add(TicketImportField::Department,
            {"承办单位", "承办部门", "办理单位", "责任单位", "交办单位", "department", "unit"});
        add(TicketImportField::Content,
            {"诉求内容", "内容", "来电内容", "工单内容", "问题描述", "content", "description"});
        return map;
    }();
    TicketColumnMapping mapping;
    for (qsizetype column = 0; column < header.size(); ++column) {
        const auto it = titles.constFind(normalised(header.at(column)));
        if (it != titles.constEnd() && mapping.column(*it) < 0)
            mapping.set(*it, int(column));
    }
    return mapping;
}

std::optional<QDateTime> TicketImport::parseReceivedAt(const QString& text)
{
    const QString value = text.trimmed();
    static const QRegularExpression serial(QStringLiteral("^\\d{4,6}(\\.\\d+)?$"));
    if (serial.match(value).hasMatch()) {
        // Excel counts days from 1899-12-30 (its 1900 leap-year error included); the fraction is the time.
        const double days = value.toDouble();
        const qint64 whole = qint64(std::floor(days));
        const QDate date = QDate(1899, 12, 30).addDays(whole);
        const int seconds = int(std::lround((days - double(whole)) * 86400.0));
        const QDateTime local(date, QTime(0, 0));
        if (!date.isValid() || date.year() < 2000 || date.year() > 2100)
            return std::nullopt;
        return local.addSecs(seconds).toUTC();
    }
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ "
                       "T]+(\\d{1,2})[:：](\\d{1,2})(?:[:：](\\d{1,2}))?)?$"));
    const QRegularExpressionMatch match = form.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time = match.captured(4).isEmpty()
                           ? QTime(0, 0)
                           : QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time).toUTC();
}

std::optional<TicketKind> TicketImport::parseKind(const QString& text)
{
    static const QHash<QString, TicketKind> chinese = {
        {QStringLiteral("咨询"), TicketKind::Inquiry},    {QStringLiteral("求助"), TicketKind::Help},
        {QStringLiteral("投诉"), TicketKind::Complaint},  {QStringLiteral("举报"), TicketKind::Report},
        {QStringLiteral("建议"), TicketKind::Suggestion}, {QStringLiteral("意见建议"), TicketKind::Suggestion},
        {QStringLiteral("表扬"), TicketKind::Praise},     {QStringLiteral("感谢"), TicketKind::Praise},
        {QStringLiteral("其他"), TicketKind::Other},      {QStringLiteral("其它"), TicketKind::Other},
    };
    const QString value = normalised(text);
    if (const auto it = chinese.constFind(value); it != chinese.constEnd())
        return *it;
    for (TicketKind kind : allTicketKinds()) {
        if (value == ticketKindCode(kind) || value == normalised(ticketKindName(kind)))
            return kind;
    }
    return std::nullopt;
}

std::optional<TicketChannel> TicketImport::parseChannel(const QString& text)
{
    static const QHash<QString, TicketChannel> chinese = {
        {QStringLiteral("12345"), TicketChannel::City12345},
        {QStringLiteral("12345转办"), TicketChannel::City12345},
        {QStringLiteral("12345热线"), TicketChannel::City12345},
        {QStringLiteral("热线"), TicketChannel::Hotline},
        {QStringLiteral("品牌监督热线"), TicketChannel::Hotline},
        {QStringLiteral("电话"), TicketChannel::Hotline},
        {QStringLiteral("来信"), TicketChannel::Letter},
        {QStringLiteral("信件"), TicketChannel::Letter},
        {QStringLiteral("网站"), TicketChannel::Web},
        {QStringLiteral("网络"), TicketChannel::Web},
        {QStringLiteral("网站/邮件"), TicketChannel::Web},
        {QStringLiteral("电子邮件"), TicketChannel::Web},
        {QStringLiteral("邮件"), TicketChannel::Web},
        {QStringLiteral("来访"), TicketChannel::InPerson},
        {QStringLiteral("当面"), TicketChannel::InPerson},
        {QStringLiteral("社会评议"), TicketChannel::Appraisal},
        {QStringLiteral("社会评议会"), TicketChannel::Appraisal},
    };
    const QString value = normalised(text);
    if (const auto it = chinese.constFind(value); it != chinese.constEnd())
        return *it;
    for (TicketChannel channel : allTicketChannels()) {
        if (value == ticketChannelCode(channel) || value == normalised(ticketChannelName(channel)))
            return channel;
    }
    return std::nullopt;
}

const Department* TicketImport::findDepartment(const QString& name, const QList<Department>& departments)
{
    const QString value = name.trimmed();
    if (value.isEmpty())
        return nullptr;
    for (const Department& department : departments) {
        if (department.name == value)
            return &department;
    }
    for (const Department& department : departments) {
        if (!department.shortName.isEmpty() && department.shortName == value)
            return &department;
    }
    return nullptr;
}

TicketImportRow TicketImport::planRow(const TableRow& row, const TicketColumnMapping& mapping,
                                      const QList<Department>& departments)
{
    TicketImportRow result;
    result.line = row.line;
    Ticket& ticket = result.ticket;
    auto error = [&result](const QString& reason) {
        result.action = TicketImportAction::Error;
        result.reason = reason;
        return result;
    };
    ticket.number = cell(row, mapping.column(TicketImportField::Number));
    if (ticket.number.isEmpty())
        return error(tr("The ticket number is empty."));
    if (ticket.number.size() > kMaxNumberCharacters)
        return error(tr("The ticket number is longer than %1 characters.").arg(kMaxNumberCharacters));
    // The ledger numbers its own tickets "2026-000123" and counts on from the highest: a number shaped like those
    // but not one of them would upset the count.
    static const QRegularExpression ledgerShaped(QStringLiteral("^\\d{4}-"));
    if (ledgerShaped.match(ticket.number).hasMatch() && TicketNumber::parse(ticket.number).toString() != ticket.number)
        return error(
            tr("The ticket number %1 looks like the ledger's own (2026-000123) but is not one.").arg(ticket.number));
    const QString received = cell(row, mapping.column(TicketImportField::ReceivedAt));
    const std::optional<QDateTime> receivedAt = parseReceivedAt(received);
    if (!receivedAt)
        return error(tr("\"%1\" is not a date and time.").arg(received));
    ticket.receivedAt = *receivedAt;
    ticket.channel = TicketChannel::City12345;
    if (const QString text = cell(row, mapping.column(TicketImportField::Channel)); !text.isEmpty()) {
        const std::optional<TicketChannel> channel = parseChannel(text);
        if (!channel)
            return error(tr("\"%1\" is not a channel.").arg(text));
        ticket.channel = *channel;
    }
    ticket.callerName = cell(row, mapping.column(TicketImportField::CallerName));
    ticket.callerPhone = cell(row, mapping.column(TicketImportField::CallerPhone));
    if (ticket.callerName.size() > TicketLimits::kName || ticket.callerPhone.size() > TicketLimits::kPhone)
        return error(tr("The caller's name or phone is too long."));
    ticket.kind = TicketKind::Other;
    if (const QString text = cell(row, mapping.column(TicketImportField::Kind)); !text.isEmpty()) {
        const std::optional<TicketKind> kind = parseKind(text);
        if (!kind)
            return error(tr("\"%1\" is not a kind of ticket.").arg(text));
        ticket.kind = *kind;
    }
    const QString departmentName = cell(row, mapping.column(TicketImportField::Department));
    const Department* department = findDepartment(departmentName, departments);
    if (department == nullptr)
        return error(tr("No department is called \"%1\".").arg(departmentName));
    ticket.departmentId = department->id;
    ticket.departmentName = department->name;
    ticket.content = cell(row, mapping.column(TicketImportField::Content));
    if (ticket.content.isEmpty())
        return error(tr("The content is empty."));
    if (ticket.content.size() > TicketLimits::kText)
        return error(tr("The content is longer than %1 characters.").arg(TicketLimits::kText));
    result.action = TicketImportAction::New;
    return result;
}

TicketImportPlan TicketImport::plan(const Table& table, const TicketColumnMapping& mapping,
                                    const QList<Department>& departments, const QList<Ticket>& existing)
{
    QHash<QString, const Ticket*> stored;
    for (const Ticket& ticket : existing)
        stored.insert(ticket.number, &ticket);
    QHash<QString, int> seenOnLine;
    TicketImportPlan plan;
    for (qsizetype i = 1; i < table.size(); ++i) {
        TicketImportRow row = planRow(table.at(i), mapping, departments);
        if (row.action != TicketImportAction::Error) {
            if (const auto seen = seenOnLine.constFind(row.ticket.number); seen != seenOnLine.constEnd()) {
                row.action = TicketImportAction::Error;
                row.reason = tr("The ticket number %1 is also on line %2.").arg(row.ticket.number).arg(*seen);
            } else {
                seenOnLine.insert(row.ticket.number, row.line);
            }
        }
        if (row.action != TicketImportAction::Error) {
            if (const auto it = stored.constFind(row.ticket.number); it != stored.constEnd()) {
                Ticket updated = **it;
                updated.receivedAt = row.ticket.receivedAt;
                if (mapping.column(TicketImportField::Channel) >= 0)
                    updated.channel = row.ticket.channel;
                if (mapping.column(TicketImportField::CallerName) >= 0)
                    updated.callerName = row.ticket.callerName;
                if (mapping.column(TicketImportField::CallerPhone) >= 0)
                    updated.callerPhone = row.ticket.callerPhone;
                if (mapping.column(TicketImportField::Kind) >= 0)
                    updated.kind = row.ticket.kind;
                updated.departmentId = row.ticket.departmentId;
                updated.departmentName = row.ticket.departmentName;
                updated.content = row.ticket.content;
                row.ticket = updated;
                row.action = TicketImportAction::Update;
            }
        }
        plan.rows.append(row);
    }
    return plan;
}

} // namespace branddesk
