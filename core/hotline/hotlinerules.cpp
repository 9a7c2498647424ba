// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/hotlinerules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace branddesk {
namespace {

Error rulesProblem(const QString& source, const QString& field, const QString& what)
{
    return Error::make(Error::Code::Validation, QStringLiteral("%1: %2: %3").arg(source, field, what));
}

Result<QSet<QDate>> datesOf(const QJsonObject& object, const char* key, const QString& source)
{
    QSet<QDate> dates;
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return dates;
    if (!value.isArray())
        return fail(
            rulesProblem(source, QLatin1String(key),
                         QCoreApplication::translate("HotlineRules", "must be a list of dates like 2026-10-01.")));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDate date = QDate::fromString(list.at(i).toString(), Qt::ISODate);
        if (!date.isValid())
            return fail(rulesProblem(source, QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i),
                                     QCoreApplication::translate("HotlineRules", "is not a date like 2026-10-01.")));
        dates.insert(date);
    }
    return dates;
}

Result<int> integerOf(const QJsonObject& object, const QString& key, int fallback, int lowest, int highest,
                      const QString& source, const QString& field)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const int number = value.toInt(-1);
    if (!value.isDouble() || number < lowest || number > highest || value.toDouble() != number)
        return fail(rulesProblem(source, field,
                                 QCoreApplication::translate("HotlineRules", "must be a whole number from %1 to %2.")
                                     .arg(lowest)
                                     .arg(highest)));
    return number;
}

WorkCalendar shippedCalendar()
{
    QFile file(QStringLiteral(":/hotline/holidays.json"));
    if (!file.open(QIODevice::ReadOnly))
        return WorkCalendar();
    Result<WorkCalendar> calendar = HotlineRules::calendarFromJson(file.readAll(), QStringLiteral("holidays.json"));
    return calendar ? *calendar : WorkCalendar();
}

} // namespace

HotlineRules HotlineRules::defaults()
{
    HotlineRules rules;
    rules.limitDays = {{TicketKind::Inquiry, 3}, {TicketKind::Help, 5},        {TicketKind::Complaint, 15},
                       {TicketKind::Report, 15}, {TicketKind::Suggestion, 15}, {TicketKind::Other, 15},
                       {TicketKind::Praise, 0}};
    rules.calendar = shippedCalendar();
    return rules;
}

Result<WorkCalendar> HotlineRules::calendarFromJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(
            Error::Code::Validation,
            QCoreApplication::translate("HotlineRules", "%1: the holiday list is not a JSON object.").arg(sourceName));
    Result<QSet<QDate>> holidays = datesOf(document.object(), "holidays", sourceName);
    if (!holidays)
        return fail(holidays.error());
    Result<QSet<QDate>> makeUp = datesOf(document.object(), "makeUpDays", sourceName);
    if (!makeUp)
        return fail(makeUp.error());
    return WorkCalendar(*holidays, *makeUp);
}

Result<HotlineRules> HotlineRules::fromDefinition(const QByteArray& definition)
{
    HotlineRules rules = defaults();
    const QJsonObject root = QJsonDocument::fromJson(definition).object();
    const QJsonValue block = root.value(QLatin1String("hotline"));
    if (block.isUndefined())
        return rules;
    const QString source = QStringLiteral("campaign.json");
    if (!block.isObject())
        return fail(rulesProblem(source, QStringLiteral("hotline"),
                                 QCoreApplication::translate("HotlineRules", "must be an object.")));
    const QJsonObject hotline = block.toObject();
    const QJsonObject limits = hotline.value(QLatin1String("limitDays")).toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const std::optional<TicketKind> kind = ticketKindFromCode(it.key());
        const QString field = QStringLiteral("hotline.limitDays.%1").arg(it.key());
        if (!kind)
            return fail(
                rulesProblem(source, field, QCoreApplication::translate("HotlineRules", "is not a kind of ticket.")));
        Result<int> days = integerOf(limits, it.key(), 0, 0, 60, source, field);
        if (!days)
            return fail(days.error());
        rules.limitDays.insert(*kind, *days);
    }
    Result<int> sign = integerOf(hotline, QStringLiteral("signForDays"), rules.signForDays, 0, 10, source,
                                 QStringLiteral("hotline.signForDays"));
    if (!sign)
        return fail(sign.error());
    rules.signForDays = *sign;
    Result<int> attempts = integerOf(hotline, QStringLiteral("followUpAttempts"), rules.followUpAttempts, 1, 10, source,
                                     QStringLiteral("hotline.followUpAttempts"));
    if (!attempts)
        return fail(attempts.error());
    rules.followUpAttempts = *attempts;
    Result<int> low = integerOf(hotline, QStringLiteral("lowSatisfactionPercent"), rules.lowSatisfactionPercent, 0, 100,
                                source, QStringLiteral("hotline.lowSatisfactionPercent"));
    if (!low)
        return fail(low.error());
    rules.lowSatisfactionPercent = *low;
    if (hotline.contains(QLatin1String("holidays")) || hotline.contains(QLatin1String("makeUpDays"))) {
        Result<QSet<QDate>> holidays = datesOf(hotline, "holidays", source + QStringLiteral(": hotline"));
        if (!holidays)
            return fail(holidays.error());
        Result<QSet<QDate>> makeUp = datesOf(hotline, "makeUpDays", source + QStringLiteral(": hotline"));
        if (!makeUp)
            return fail(makeUp.error());
        rules.calendar = WorkCalendar(*holidays, *makeUp);
    }
    return rules;
}

QDate HotlineRules::dueDate(TicketKind kind, const QDate& assignedOn) const
{
    const int days = limitFor(kind);
    if (days <= 0 || !assignedOn.isValid())
        return QDate();
    return calendar.addWorkingDays(assignedOn, days);
}

bool HotlineRules::signedInTime(const QDate& assignedOn, const QDate& signedOn) const
{
    return signedOn.isValid() && assignedOn.isValid() && signedOn <= calendar.addWorkingDays(assignedOn, signForDays);
}

} // namespace branddesk
