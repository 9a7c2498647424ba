// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/scoringrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace branddesk {
namespace {

std::unexpected<Error> problem(const QString& path, const QString& what)
{
    return fail(
        Error::Code::Validation,
        QCoreApplication::translate("ScoringRules", "The campaign's scoring rules are wrong: %1: %2").arg(path, what));
}

/// A number given as a JSON number (20) or a decimal string ("0.6"); a double is read through its shortest
/// decimal text, so 0.6 stays exactly 6/10.
std::optional<Rational> numberFrom(const QJsonValue& value)
{
    if (value.isString())
        return Rational::fromDecimal(value.toString());
    if (value.isDouble())
        return Rational::fromDecimal(QString::number(value.toDouble(), 'g', 15));
    return std::nullopt;
}

Result<Rational> readNumber(const QJsonObject& object, const QString& path, const QString& key, const Rational& min,
                            const Rational& max, const Rational& fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const std::optional<Rational> number = numberFrom(value);
    if (!number)
        return problem(path + QLatin1Char('.') + key,
                       QCoreApplication::translate("ScoringRules", "must be a number such as 20 or \"0.6\"."));
    if (*number < min || *number > max)
        return problem(path + QLatin1Char('.') + key, QCoreApplication::translate("ScoringRules", "must lie between "
                                                                                                  "%1 and %2.")
                                                          .arg(min.toExactString(), max.toExactString()));
    return *number;
}

} // namespace

QList<SurveyLevel> allSurveyLevels()
{
    return {SurveyLevel::Satisfied, SurveyLevel::BasicallySatisfied, SurveyLevel::Dissatisfied};
}

QString surveyLevelKey(SurveyLevel level)
{
    switch (level) {
    case SurveyLevel::Satisfied:
        return QStringLiteral("满意");
    case SurveyLevel::BasicallySatisfied:
        return QStringLiteral("基本满意");
    case SurveyLevel::Dissatisfied:
        break;
    }
    return QStringLiteral("不满意");
}

QString surveyLevelName(SurveyLevel level)
{
    switch (level) {
    case SurveyLevel::Satisfied:
        return QCoreApplication::translate("ScoringRules", "Satisfied");
    case SurveyLevel::BasicallySatisfied:
        return QCoreApplication::translate("ScoringRules", "Basically satisfied");
    case SurveyLevel::Dissatisfied:
        break;
    }
    return QCoreApplication::translate("ScoringRules", "Dissatisfied");
}

QString brandStandardCode(BrandStandard standard)
{
    switch (standard) {
    case BrandStandard::Name:
        return QStringLiteral("name");
    case BrandStandard::Logo:
        return QStringLiteral("logo");
    case BrandStandard::Culture:
        return QStringLiteral("culture");
    case BrandStandard::ServiceSystem:
        return QStringLiteral("service-system");
    case BrandStandard::SocialBenefit:
        break;
    }
    return QStringLiteral("social-benefit");
}

std::optional<BrandStandard> brandStandardFromCode(const QString& code)
{
    for (BrandStandard standard : allBrandStandards())
        if (brandStandardCode(standard) == code)
            return standard;
    return std::nullopt;
}

ScoringRules ScoringRules::defaults()
{
    ScoringRules rules;
    for (BrandStandard standard : allBrandStandards())
        rules.criteria.append({standard, brandStandardCode(standard), Rational(20)});
    return rules;
}

Result<ScoringRules> ScoringRules::fromDefinition(const QByteArray& definition)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(definition, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("ScoringRules",
                                                "The campaign's definition cannot be read, so neither can its "
                                                "scoring rules."),
                    parseError.errorString());
    const QJsonValue block = document.object().value(QLatin1String("scoring"));
    if (block.isUndefined())
        return defaults();
    if (!block.isObject())
        return problem(QStringLiteral("scoring"), QCoreApplication::translate("ScoringRules", "must be an object."));
    const QJsonObject scoring = block.toObject();
    ScoringRules rules = defaults();

    const QJsonValue criteria = scoring.value(QLatin1String("criteria"));
    if (!criteria.isUndefined()) {
        if (!criteria.isArray() || criteria.toArray().isEmpty())
            return problem(QStringLiteral("scoring.criteria"),
                           QCoreApplication::translate("ScoringRules", "must list at least one criterion."));
        rules.criteria.clear();
        QSet<QString> seen;
        const QJsonArray list = criteria.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("scoring.criteria[%1]").arg(i);
            const QJsonObject item = list.at(i).toObject();
            const QString code = item.value(QLatin1String("standard")).toString();
            const std::optional<BrandStandard> standard = brandStandardFromCode(code);
            if (!standard)
                return problem(path + QStringLiteral(".standard"),
                               QCoreApplication::translate("ScoringRules",
                                                           "“%1” is not one of the five standards (name, logo, "
                                                           "culture, service-system, social-benefit).")
                                   .arg(code));
            if (seen.contains(code))
                return problem(path + QStringLiteral(".standard"),
                               QCoreApplication::translate("ScoringRules", "“%1” is listed twice.").arg(code));
            seen.insert(code);
            if (item.value(QLatin1String("points")).isUndefined())
                return problem(path + QStringLiteral(".points"),
                               QCoreApplication::translate("ScoringRules", "is missing."));
            Result<Rational> points = readNumber(item, path, QStringLiteral("points"), Rational(1), Rational(1000), 0);
            if (!points)
                return fail(points.error());
            if (!(*points * 10).isInteger())
                return problem(path + QStringLiteral(".points"),
                               QCoreApplication::translate("ScoringRules", "may have at most one decimal."));
            rules.criteria.append({*standard, code, *points});
        }
    }

    const QJsonValue trim = scoring.value(QLatin1String("trimFromExperts"));
    if (!trim.isUndefined()) {
        if (!trim.isDouble() || trim.toDouble() != trim.toInt() || trim.toInt() < 3 || trim.toInt() > 100)
            return problem(QStringLiteral("scoring.trimFromExperts"),
                           QCoreApplication::translate("ScoringRules", "must be a whole number from 3 to 100."));
        rules.trimFromExperts = trim.toInt();
    }

    const QJsonValue levels = scoring.value(QLatin1String("socialLevels"));
    if (!levels.isUndefined()) {
        if (!levels.isObject())
            return problem(QStringLiteral("scoring.socialLevels"),
                           QCoreApplication::translate("ScoringRules",
                                                       "must be an object such as "
                                                       "{ \"满意\": 100, \"基本满意\": 60, \"不满意\": 0 }."));
        const QJsonObject object = levels.toObject();
        for (const QString& key : object.keys())
            if (key != QStringLiteral("满意") && key != QStringLiteral("基本满意") && key != QStringLiteral("不满意"))
                return problem(QStringLiteral("scoring.socialLevels.") + key,
                               QCoreApplication::translate("ScoringRules",
                                                           "is not a level; the levels are 满意, 基本满意 and 不满意 "
                                                           "(不了解 counts as an invalid questionnaire)."));
        for (SurveyLevel level : allSurveyLevels()) {
            Result<Rational> value = readNumber(object, QStringLiteral("scoring.socialLevels"), surveyLevelKey(level),
                                                Rational(0), Rational(100), rules.value(level));
            if (!value)
                return fail(value.error());
            (level == SurveyLevel::Satisfied            ? rules.satisfied
             : level == SurveyLevel::BasicallySatisfied ? rules.basicallySatisfied
                                                        : rules.dissatisfied) = *value;
        }
    }

    const QJsonValue weights = scoring.value(QLatin1String("weights"));
    if (!weights.isUndefined()) {
        if (!weights.isObject())
            return problem(QStringLiteral("scoring.weights"),
                           QCoreApplication::translate("ScoringRules",
                                                       "must be an object such as { \"expert\": \"0.6\", \"social\": "
                                                       "\"0.4\" }."));
        const QJsonObject object = weights.toObject();
        Result<Rational> expert = readNumber(object, QStringLiteral("scoring.weights"), QStringLiteral("expert"),
                                             Rational(0), Rational(1), rules.expertWeight);
        if (!expert)
            return fail(expert.error());
        Result<Rational> social = readNumber(object, QStringLiteral("scoring.weights"), QStringLiteral("social"),
                                             Rational(0), Rational(1), rules.socialWeight);
        if (!social)
            return fail(social.error());
        if (*expert + *social != Rational(1))
            return problem(QStringLiteral("scoring.weights"),
                           QCoreApplication::translate("ScoringRules", "the weights must add up to 1 (now %1 + %2).")
                               .arg(expert->toExactString(), social->toExactString()));
        rules.expertWeight = *expert;
        rules.socialWeight = *social;
    }
    return rules;
}

Rational ScoringRules::value(SurveyLevel level) const
{
    switch (level) {
    case SurveyLevel::Satisfied:
        return satisfied;
    case SurveyLevel::BasicallySatisfied:
        return basicallySatisfied;
    case SurveyLevel::Dissatisfied:
        break;
    }
    return dissatisfied;
}

Rational ScoringRules::maxTotal() const
{
    Rational total;
    for (const ScoringCriterion& criterion : criteria)
        total += criterion.maxPoints;
    return total;
}

int ScoringRules::indexOf(const QString& code) const
{
    for (int i = 0; i < criteria.size(); ++i)
        if (criteria.at(i).code == code)
            return i;
    return -1;
}

} // namespace branddesk
