// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/campaigndefinition.h"

#include "core/assessment/assessmentscheme.h"
#include "core/campaign/jsonlineindex.h"
#include "core/mail/remindertemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace branddesk {
namespace {

/// Collects the first problem found, with its path; the caller turns it into a located Error.
class Reader {
public:
    Reader(const QByteArray& json, QString source)
        : m_index(json)
        , m_source(std::move(source))
    {}

    std::unexpected<Error> problem(const QString& path, const QString& what) const
    {
        return fail(Error::Code::Validation, QCoreApplication::translate("CampaignDefinition", "%1, line %2: %3: %4")
                                                 .arg(m_source)
                                                 .arg(m_index.lineOf(path))
                                                 .arg(path, what));
    }

    Result<QString> text(const QJsonObject& object, const QString& path, const char* key, bool required = true) const
    {
        const QString fieldPath =
            path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return problem(fieldPath, QCoreApplication::translate("CampaignDefinition", "is missing."));
            return QString();
        }
        if (!value.isString())
            return problem(fieldPath, QCoreApplication::translate("CampaignDefinition", "must be text."));
        if (required && value.toString().trimmed().isEmpty())
            return problem(fieldPath, QCoreApplication::translate("CampaignDefinition", "is empty."));
        return value.toString().trimmed();
    }

    Result<int> integer(const QJsonObject& object, const QString& path, const char* key, int fallback, int min,
                        int max) const
    {
        const QString fieldPath =
            path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInt()) || value.toInt() < min ||
            value.toInt() > max)
            return problem(fieldPath,
                           QCoreApplication::translate("CampaignDefinition", "must be a whole number from %1 to %2.")
                               .arg(min)
                               .arg(max));
        return value.toInt();
    }

private:
    JsonLineIndex m_index;
    QString m_source;
};

int weekdayFromText(const QString& text)
{
    static const QStringList names = {
        QStringLiteral("monday"), QStringLiteral("tuesday"),  QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday")};
    return static_cast<int>(names.indexOf(text.toLower())) + 1; // 0 when unknown
}

QDate shiftDate(const QDate& date, int years)
{
    if (!date.isValid())
        return date;
    if (date.day() == date.daysInMonth()) {
        const QDate first(date.year() + years, date.month(), 1);
        return QDate(first.year(), first.month(), first.daysInMonth());
    }
    return date.addYears(years);
}

} // namespace

Result<Campaign> CampaignDefinition::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("CampaignDefinition", "The campaign definition %1 could not be read.")
                        .arg(path),
                    file.errorString());
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    const QByteArray json = file.read(kMaxBytes + 1);
    if (json.size() > kMaxBytes)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("CampaignDefinition", "The campaign definition %1 is larger than 4 MB.")
                        .arg(path));
    return parse(json, QFileInfo(path).fileName());
}

Result<Campaign> CampaignDefinition::parse(const QByteArray& json, const QString& sourceName)
{
    const Reader reader(json, sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("CampaignDefinition", "%1, line %2: the JSON is not valid (%3).")
                        .arg(sourceName)
                        .arg(JsonLineIndex(json).lineOfOffset(parseError.offset))
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return reader.problem(
            QString(), QCoreApplication::translate("CampaignDefinition", "the definition must be a JSON object."));
    const QJsonObject root = document.object();

    Campaign campaign;
    campaign.definition = json;
    Result<QString> title = reader.text(root, {}, "title");
    if (!title)
        return fail(title.error());
    campaign.title = *title;
    Result<int> year = reader.integer(root, {}, "year", 0, 1990, 2200);
    if (!year)
        return fail(year.error());
    if (*year == 0)
        return reader.problem(QStringLiteral("year"), QCoreApplication::translate("CampaignDefinition", "is missing."));
    campaign.year = *year;
    Result<QString> notice = reader.text(root, {}, "notice", false);
    if (!notice)
        return fail(notice.error());
    campaign.noticeReference = *notice;
    Result<int> lead = reader.integer(root, {}, "leadDays", 3, 0, 30);
    if (!lead)
        return fail(lead.error());
    campaign.leadDays = *lead;

    const QJsonObject reports = root.value(QLatin1String("reports")).toObject();
    Result<QString> weekday = reader.text(reports, QStringLiteral("reports"), "dueWeekday", false);
    if (!weekday)
        return fail(weekday.error());
    if (!weekday->isEmpty()) {
        campaign.reportWeekday = weekdayFromText(*weekday);
        if (campaign.reportWeekday == 0)
            return reader.problem(
                QStringLiteral("reports.dueWeekday"),
                QCoreApplication::translate("CampaignDefinition", "must be a weekday in English (monday … sunday)."));
    }
    Result<QString> dueTime = reader.text(reports, QStringLiteral("reports"), "dueTime", false);
    if (!dueTime)
        return fail(dueTime.error());
    if (!dueTime->isEmpty()) {
        campaign.reportDueTime = QTime::fromString(*dueTime, Qt::ISODate);
        if (!campaign.reportDueTime.isValid())
            return reader.problem(QStringLiteral("reports.dueTime"),
                                  QCoreApplication::translate("CampaignDefinition", "must be a time like 23:59:59."));
    }

    if (const QJsonValue reminder = root.value(QLatin1String("reminder")); !reminder.isUndefined()) {
        if (!reminder.isObject())
            return reader.problem(QStringLiteral("reminder"),
                                  QCoreApplication::translate("CampaignDefinition", "must be an object."));
        for (const char* key : {"subject", "body"}) {
            Result<QString> text = reader.text(reminder.toObject(), QStringLiteral("reminder"), key);
            if (!text)
                return fail(text.error());
            if (const QString problem = ReminderTemplate::problemIn(*text); !problem.isEmpty())
                return reader.problem(QStringLiteral("reminder.") + QLatin1String(key), problem);
        }
    }

    if (!root.value(QLatin1String("scoring")).isObject())
        return reader.problem(
            QStringLiteral("scoring"),
            QCoreApplication::translate("CampaignDefinition", "is missing (the scoring rules of the evaluation)."));

    if (Result<AssessmentScheme> assessment = AssessmentScheme::fromDefinition(json, sourceName); !assessment)
        return fail(assessment.error());

    const QJsonValue phasesValue = root.value(QLatin1String("phases"));
    if (!phasesValue.isArray() || phasesValue.toArray().isEmpty())
        return reader.problem(QStringLiteral("phases"),
                              QCoreApplication::translate("CampaignDefinition", "must list at least one phase."));
    const QJsonArray phases = phasesValue.toArray();
    QSet<QString> codes;
    QDate previousEnd;
    for (qsizetype p = 0; p < phases.size(); ++p) {
        const QString path = QStringLiteral("phases[%1]").arg(p);
        if (!phases.at(p).isObject())
            return reader.problem(path, QCoreApplication::translate("CampaignDefinition", "must be an object."));
        const QJsonObject object = phases.at(p).toObject();
        Phase phase;
        phase.ordinal = static_cast<int>(p) + 1;
        phase.id = phase.ordinal;
        Result<QString> name = reader.text(object, path, "name");
        if (!name)
            return fail(name.error());
        phase.name = *name;
        Result<QString> focus = reader.text(object, path, "focus", false);
        if (!focus)
            return fail(focus.error());
        phase.focus = *focus;
        Result<QString> datesText = reader.text(object, path, "dates");
        if (!datesText)
            return fail(datesText.error());
        Result<DateRange> dates = dekad::parseRange(*datesText, campaign.year);
        if (!dates)
            return reader.problem(path + QStringLiteral(".dates"), dates.error().message);
        if (!dates->start.isValid()) {
            if (!previousEnd.isValid())
                return reader.problem(
                    path + QStringLiteral(".dates"),
                    QCoreApplication::translate("CampaignDefinition",
                                                "an open phase (长期) without a start must follow another phase."));
            dates->start = previousEnd.addDays(1);
        }
        if (previousEnd.isValid() && dates->start <= previousEnd)
            return reader.problem(
                path + QStringLiteral(".dates"),
                QCoreApplication::translate("CampaignDefinition", "the phase starts before the previous one ends."));
        if (p + 1 < phases.size() && dates->isOpenEnded())
            return reader.problem(
                path + QStringLiteral(".dates"),
                QCoreApplication::translate("CampaignDefinition", "only the last phase may be open-ended (长期)."));
        phase.dates = *dates;
        previousEnd = dates->end;
        campaign.phases.append(phase);

        const QJsonArray milestones = object.value(QLatin1String("milestones")).toArray();
        for (qsizetype m = 0; m < milestones.size(); ++m) {
            const QString mpath = path + QStringLiteral(".milestones[%1]").arg(m);
            const QJsonObject mo = milestones.at(m).toObject();
            Milestone milestone;
            milestone.phaseId = phase.ordinal;
            milestone.ordinal = static_cast<int>(campaign.milestones.size()) + 1;
            Result<QString> code = reader.text(mo, mpath, "code");
            if (!code)
                return fail(code.error());
            if (codes.contains(*code))
                return reader.problem(
                    mpath + QStringLiteral(".code"),
                    QCoreApplication::translate("CampaignDefinition", "\"%1\" is used twice.").arg(*code));
            codes.insert(*code);
            milestone.code = *code;
            Result<QString> mname = reader.text(mo, mpath, "name");
            if (!mname)
                return fail(mname.error());
            milestone.name = *mname;
            Result<QString> shortName = reader.text(mo, mpath, "short", false);
            if (!shortName)
                return fail(shortName.error());
            milestone.shortName = shortName->isEmpty() ? milestone.name.left(6) : *shortName;
            Result<QString> description = reader.text(mo, mpath, "description", false);
            if (!description)
                return fail(description.error());
            milestone.description = *description;
            Result<QString> applies = reader.text(mo, mpath, "appliesTo", false);
            if (!applies)
                return fail(applies.error());
            const std::optional<Applicability> rule =
                applies->isEmpty() ? Applicability::All : applicabilityFromCode(*applies);
            if (!rule)
                return reader.problem(
                    mpath + QStringLiteral(".appliesTo"),
                    QCoreApplication::translate(
                        "CampaignDefinition",
                        "must be all, enterprise-facing, supervises-intermediaries or administrative."));
            milestone.appliesTo = *rule;
            Result<QString> due = reader.text(mo, mpath, "due", false);
            if (!due)
                return fail(due.error());
            if (due->isEmpty()) {
                milestone.due = phase.dates.end;
            } else if (const QDate iso = QDate::fromString(*due, Qt::ISODate); iso.isValid()) {
                milestone.due = iso;
            } else {
                Result<DateRange> dueRange = dekad::parseRange(*due, campaign.year);
                if (!dueRange || dueRange->isOpenEnded())
                    return reader.problem(
                        mpath + QStringLiteral(".due"),
                        dueRange ? QCoreApplication::translate("CampaignDefinition", "a due date cannot be open-ended.")
                                 : dueRange.error().message);
                milestone.due = dueRange->end;
            }
            campaign.milestones.append(milestone);
        }
    }
    return campaign;
}

Campaign CampaignDefinition::shiftedToYear(const Campaign& campaign, int year)
{
    const int years = year - campaign.year;
    Campaign shifted = campaign;
    shifted.id = 0;
    shifted.year = year;
    shifted.isCurrent = false;
    shifted.version = 0;
    shifted.title.replace(QString::number(campaign.year), QString::number(year));
    for (Phase& phase : shifted.phases) {
        phase.dates.start = shiftDate(phase.dates.start, years);
        phase.dates.end = shiftDate(phase.dates.end, years);
    }
    for (Milestone& milestone : shifted.milestones)
        milestone.due = shiftDate(milestone.due, years);
    return shifted;
}

} // namespace branddesk
