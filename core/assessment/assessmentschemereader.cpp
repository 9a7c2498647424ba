// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessmentschemereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace branddesk {
namespace {

/// A number given as a JSON number (20) or a decimal string ("12.5"), read exactly.
std::optional<Rational> numberFrom(const QJsonValue& value)
{
    if (value.isString())
        return Rational::fromDecimal(value.toString());
    if (value.isDouble())
        return Rational::fromDecimal(QString::number(value.toDouble(), 'g', 15));
    return std::nullopt;
}

} // namespace

AssessmentSchemeReader::AssessmentSchemeReader(const QByteArray& definition, QString sourceName)
    : m_definition(definition)
    , m_index(definition)
    , m_source(std::move(sourceName))
{}

Result<AssessmentScheme> AssessmentSchemeReader::read() const
{
    const QJsonDocument document = QJsonDocument::fromJson(m_definition);
    const QJsonValue section = document.object().value(QLatin1String("assessment"));
    if (section.isUndefined())
        return AssessmentScheme::defaults();
    if (!section.isObject())
        return problem(QStringLiteral("assessment"),
                       QCoreApplication::translate("AssessmentScheme", "must be an object."));
    const QJsonObject object = section.toObject();
    AssessmentScheme scheme = AssessmentScheme::defaults();

    const QJsonValue parts = object.value(QLatin1String("parts"));
    if (!parts.isUndefined()) {
        Result<QList<PartRule>> read = readParts(parts);
        if (!read)
            return fail(read.error());
        scheme.parts = *read;
    }

    for (const char* key : {"bonusCap", "deductionCap"}) {
        Rational& cap = qstrcmp(key, "bonusCap") == 0 ? scheme.bonusCap : scheme.deductionCap;
        Result<Rational> read = number(object, QStringLiteral("assessment"), key, Rational(0), Rational(100), cap);
        if (!read)
            return fail(read.error());
        cap = *read;
    }

    const QJsonValue vetoes = object.value(QLatin1String("vetoItems"));
    if (!vetoes.isUndefined()) {
        Result<QStringList> read = readVetoItems(vetoes);
        if (!read)
            return fail(read.error());
        scheme.vetoItems = *read;
    }

    const QJsonValue grades = object.value(QLatin1String("grades"));
    if (!grades.isUndefined()) {
        Result<QList<GradeBand>> read = readGrades(grades);
        if (!read)
            return fail(read.error());
        scheme.grades = *read;
    }

    const QJsonValue quota = object.value(QLatin1String("quotaPercent"));
    if (!quota.isUndefined()) {
        if (!quota.isDouble() || quota.toDouble() != quota.toInt() || quota.toInt() < 0 || quota.toInt() > 100)
            return problem(QStringLiteral("assessment.quotaPercent"),
                           QCoreApplication::translate("CampaignDefinition", "must be a whole number from %1 to %2.")
                               .arg(0)
                               .arg(100));
        scheme.quotaPercent = quota.toInt();
    }
    return scheme;
}

std::unexpected<Error> AssessmentSchemeReader::problem(const QString& path, const QString& what) const
{
    return fail(Error::Code::Validation, QCoreApplication::translate("CampaignDefinition", "%1, line %2: %3: %4")
                                             .arg(m_source)
                                             .arg(m_index.lineOf(path))
                                             .arg(path, what));
}

Result<Rational> AssessmentSchemeReader::number(const QJsonObject& object, const QString& path, const char* key,
                                                const Rational& min, const Rational& max, const Rational& fallback,
                                                bool required) const
{
    const QString field = path + QLatin1Char('.') + QLatin1String(key);
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            return problem(field, QCoreApplication::translate("CampaignDefinition", "is missing."));
        return fallback;
    }
    const std::optional<Rational> read = numberFrom(value);
    if (!read)
        return problem(field,
                       QCoreApplication::translate("AssessmentScheme", "must be a number such as 20 or \"12.5\"."));
    if (*read < min || *read > max)
        return problem(field, QCoreApplication::translate("AssessmentScheme", "must lie between %1 and %2.")
                                  .arg(min.toExactString(), max.toExactString()));
    if (!(*read * 100).isInteger())
        return problem(field, QCoreApplication::translate("AssessmentScheme", "may have at most two decimals."));
    return *read;
}

Result<QList<PartRule>> AssessmentSchemeReader::readParts(const QJsonValue& value) const
{
    if (!value.isArray() || value.toArray().isEmpty())
        return problem(QStringLiteral("assessment.parts"),
                       QCoreApplication::translate("AssessmentScheme", "must list at least one part."));
    const QJsonArray list = value.toArray();
    QMap<int, PartRule> byPart;
    Rational sum;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("assessment.parts[%1]").arg(i);
        if (!list.at(i).isObject())
            return problem(path, QCoreApplication::translate("CampaignDefinition", "must be an object."));
        const QJsonObject item = list.at(i).toObject();
        const QString code = item.value(QLatin1String("part")).toString();
        const std::optional<AssessmentPart> part = assessmentPartFromCode(code);
        if (!part)
            return problem(path + QStringLiteral(".part"),
                           QCoreApplication::translate("AssessmentScheme",
                                                       "\"%1\" is not a part; the parts are reports, milestones, "
                                                       "inspections, enterprise, evaluation, hotline and social.")
                               .arg(code));
        if (byPart.contains(static_cast<int>(*part)))
            return problem(path + QStringLiteral(".part"),
                           QCoreApplication::translate("AssessmentScheme", "\"%1\" is listed twice.").arg(code));
        Result<PartRule> rule = readPart(item, path, *part);
        if (!rule)
            return fail(rule.error());
        sum += rule->weight;
        byPart.insert(static_cast<int>(*part), *rule);
    }
    if (sum != Rational(100))
        return problem(QStringLiteral("assessment.parts"),
                       QCoreApplication::translate("AssessmentScheme", "the weights must add up to 100 (now %1).")
                           .arg(sum.toExactString()));
    return byPart.values(); // in the order of the enumeration, as the table shows them
}

Result<PartRule> AssessmentSchemeReader::readPart(const QJsonObject& object, const QString& path,
                                                  AssessmentPart part) const
{
    PartRule rule;
    rule.part = part;
    Result<Rational> weight = number(object, path, "weight", Rational(0), Rational(100), 0, true);
    if (!weight)
        return fail(weight.error());
    rule.weight = *weight;
    const QJsonValue levels = object.value(QLatin1String("levels"));
    if (rule.usesLevels()) {
        rule.levels = AssessmentScheme::defaults().rule(part)->levels;
        if (levels.isUndefined())
            return rule;
        if (!levels.isObject())
            return problem(path + QStringLiteral(".levels"),
                           QCoreApplication::translate(
                               "AssessmentScheme",
                               "must be an object such as { \"named\": 100, \"typical\": 85, \"entered\": 70, "
                               "\"none\": 50 }."));
        const QJsonObject table = levels.toObject();
        for (const QString& key : table.keys())
            if (!evaluationLevelFromCode(key))
                return problem(
                    path + QStringLiteral(".levels.") + key,
                    QCoreApplication::translate("AssessmentScheme",
                                                "is not a level; the levels are named, typical, entered and none."));
        for (EvaluationLevel level : allEvaluationLevels()) {
            const QByteArray key = evaluationLevelCode(level).toLatin1();
            Result<Rational> share = number(table, path + QStringLiteral(".levels"), key.constData(), Rational(0),
                                            Rational(100), rule.levels.value(level));
            if (!share)
                return fail(share.error());
            rule.levels.insert(level, *share);
        }
        return rule;
    }
    if (!levels.isUndefined())
        return problem(path + QStringLiteral(".levels"),
                       QCoreApplication::translate(
                           "AssessmentScheme",
                           "only the evaluation part scores by levels; a rate scores between floor and full."));
    Result<Rational> floor = number(object, path, "floor", Rational(0), Rational(100), Rational(0));
    if (!floor)
        return fail(floor.error());
    Result<Rational> full = number(object, path, "full", Rational(0), Rational(100), Rational(100));
    if (!full)
        return fail(full.error());
    if (*floor >= *full)
        return problem(path + QStringLiteral(".full"),
                       QCoreApplication::translate("AssessmentScheme", "must be above the floor (%1).")
                           .arg(floor->toExactString()));
    rule.floor = *floor;
    rule.full = *full;
    if (part == AssessmentPart::Inspections) {
        Result<Rational> per = number(object, path, "perOverdue", Rational(0), rule.weight, Rational(1));
        if (!per)
            return fail(per.error());
        rule.perOverdue = *per;
    } else if (object.contains(QLatin1String("perOverdue"))) {
        return problem(
            path + QStringLiteral(".perOverdue"),
            QCoreApplication::translate("AssessmentScheme",
                                        "only the inspections part takes points off per overdue rectification."));
    }
    return rule;
}

Result<QStringList> AssessmentSchemeReader::readVetoItems(const QJsonValue& value) const
{
    if (!value.isArray())
        return problem(QStringLiteral("assessment.vetoItems"),
                       QCoreApplication::translate("AssessmentScheme", "must be a list of texts."));
    QStringList items;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString text = list.at(i).toString().trimmed();
        if (text.isEmpty())
            return problem(QStringLiteral("assessment.vetoItems[%1]").arg(i),
                           QCoreApplication::translate("AssessmentScheme", "must be a text naming the item."));
        items.append(text);
    }
    return items;
}

Result<QList<GradeBand>> AssessmentSchemeReader::readGrades(const QJsonValue& value) const
{
    const QString path = QStringLiteral("assessment.grades");
    if (!value.isArray() || value.toArray().size() < 2)
        return problem(path, QCoreApplication::translate("AssessmentScheme",
                                                         "must list at least two grades, best first, such as "
                                                         "{ \"name\": \"优秀\", \"min\": 90 }."));
    const QJsonArray list = value.toArray();
    QList<GradeBand> grades;
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString item = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject object = list.at(i).toObject();
        const QString name = object.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            return problem(item + QStringLiteral(".name"),
                           QCoreApplication::translate("AssessmentScheme", "must name the grade."));
        if (names.contains(name))
            return problem(item + QStringLiteral(".name"),
                           QCoreApplication::translate("AssessmentScheme", "\"%1\" is listed twice.").arg(name));
        names.insert(name);
        Result<Rational> minimum = number(object, item, "min", Rational(0), Rational(200), 0, true);
        if (!minimum)
            return fail(minimum.error());
        if (!grades.isEmpty() && *minimum >= grades.constLast().minimum)
            return problem(item + QStringLiteral(".min"),
                           QCoreApplication::translate("AssessmentScheme",
                                                       "must be below the minimum of the grade before it (%1).")
                               .arg(grades.constLast().minimum.toExactString()));
        grades.append({name, *minimum});
    }
    if (!grades.constLast().minimum.isZero())
        return problem(QStringLiteral("%1[%2].min").arg(path).arg(list.size() - 1),
                       QCoreApplication::translate("AssessmentScheme",
                                                   "the last grade must start at 0, so every total has a grade."));
    return grades;
}

} // namespace branddesk
