// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assessment/assessmentscheme.h"

#include "core/campaign/jsonlineindex.h"

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

/// Reads the section and turns the first problem into an Error naming the source, the line and the field.
class SchemeReader {
public:
    SchemeReader(const QByteArray& json, QString source)
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

    Result<Rational> number(const QJsonObject& object, const QString& path, const char* key, const Rational& min,
                            const Rational& max, const Rational& fallback, bool required = false) const
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

private:
    JsonLineIndex m_index;
    QString m_source;
};

Result<PartRule> readPart(const SchemeReader& reader, const QJsonObject& object, const QString& path,
                          AssessmentPart part)
{
    PartRule rule;
    rule.part = part;
    Result<Rational> weight = reader.number(object, path, "weight", Rational(0), Rational(100), 0, true);
    if (!weight)
        return fail(weight.error());
    rule.weight = *weight;
    const QJsonValue levels = object.value(QLatin1String("levels"));
    if (rule.usesLevels()) {
        rule.levels = AssessmentScheme::defaults().rule(part)->levels;
        if (levels.isUndefined())
            return rule;
        if (!levels.isObject())
            return reader.problem(path + QStringLiteral(".levels"),
                                  QCoreApplication::translate(
                                      "AssessmentScheme",
                                      "must be an object such as { \"named\": 100, \"typical\": 85, \"entered\": 70, "
                                      "\"none\": 50 }."));
        const QJsonObject table = levels.toObject();
        for (const QString& key : table.keys())
            if (!evaluationLevelFromCode(key))
                return reader.problem(
                    path + QStringLiteral(".levels.") + key,
                    QCoreApplication::translate("AssessmentScheme",
                                                "is not a level; the levels are named, typical, entered and none."));
        for (EvaluationLevel level : allEvaluationLevels()) {
            const QByteArray key = evaluationLevelCode(level).toLatin1();
            Result<Rational> share = reader.number(table, path + QStringLiteral(".levels"), key.constData(),
                                                   Rational(0), Rational(100), rule.levels.value(level));
            if (!share)
                return fail(share.error());
            rule.levels.insert(level, *share);
        }
        return rule;
    }
    if (!levels.isUndefined())
        return reader.problem(path + QStringLiteral(".levels"),
                              QCoreApplication::translate(
                                  "AssessmentScheme",
                                  "only the evaluation part scores by levels; a rate scores between floor and full."));
    Result<Rational> floor = reader.number(object, path, "floor", Rational(0), Rational(100), Rational(0));
    if (!floor)
        return fail(floor.error());
    Result<Rational> full = reader.number(object, path, "full", Rational(0), Rational(100), Rational(100));
    if (!full)
        return fail(full.error());
    if (*floor >= *full)
        return reader.problem(path + QStringLiteral(".full"),
                              QCoreApplication::translate("AssessmentScheme", "must be above the floor (%1).")
                                  .arg(floor->toExactString()));
    rule.floor = *floor;
    rule.full = *full;
    if (part == AssessmentPart::Inspections) {
        Result<Rational> per = reader.number(object, path, "perOverdue", Rational(0), rule.weight, Rational(1));
        if (!per)
            return fail(per.error());
        rule.perOverdue = *per;
    } else if (object.contains(QLatin1String("perOverdue"))) {
        return reader.problem(
            path + QStringLiteral(".perOverdue"),
            QCoreApplication::translate("AssessmentScheme",
                                        "only the inspections part takes points off per overdue rectification."));
    }
    return rule;
}

Result<QList<GradeBand>> readGrades(const SchemeReader& reader, const QJsonValue& value)
{
    const QString path = QStringLiteral("assessment.grades");
    if (!value.isArray() || value.toArray().size() < 2)
        return reader.problem(path, QCoreApplication::translate("AssessmentScheme",
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
            return reader.problem(item + QStringLiteral(".name"),
                                  QCoreApplication::translate("AssessmentScheme", "must name the grade."));
        if (names.contains(name))
            return reader.problem(item + QStringLiteral(".name"),
                                  QCoreApplication::translate("AssessmentScheme", "\"%1\" is listed twice.").arg(name));
        names.insert(name);
        Result<Rational> minimum = reader.number(object, item, "min", Rational(0), Rational(200), 0, true);
        if (!minimum)
            return fail(minimum.error());
        if (!grades.isEmpty() && *minimum >= grades.constLast().minimum)
            return reader.problem(item + QStringLiteral(".min"),
                                  QCoreApplication::translate("AssessmentScheme",
                                                              "must be below the minimum of the grade before it (%1).")
                                      .arg(grades.constLast().minimum.toExactString()));
        grades.append({name, *minimum});
    }
    if (!grades.constLast().minimum.isZero())
        return reader.problem(QStringLiteral("%1[%2].min").arg(path).arg(list.size() - 1),
                              QCoreApplication::translate(
                                  "AssessmentScheme", "the last grade must start at 0, so every total has a grade."));
    return grades;
}

} // namespace

QList<AssessmentPart> allAssessmentParts()
{
    return {AssessmentPart::Reports,    AssessmentPart::Milestones, AssessmentPart::Inspections,
            AssessmentPart::Enterprise, AssessmentPart::Evaluation, AssessmentPart::Hotline,
            AssessmentPart::Social};
}

QString assessmentPartCode(AssessmentPart part)
{
    switch (part) {
    case AssessmentPart::Reports:
        return QStringLiteral("reports");
    case AssessmentPart::Milestones:
        return QStringLiteral("milestones");
    case AssessmentPart::Inspections:
        return QStringLiteral("inspections");
    case AssessmentPart::Enterprise:
        return QStringLiteral("enterprise");
    case AssessmentPart::Evaluation:
        return QStringLiteral("evaluation");
    case AssessmentPart::Hotline:
        return QStringLiteral("hotline");
    case AssessmentPart::Social:
        break;
    }
    return QStringLiteral("social");
}

std::optional<AssessmentPart> assessmentPartFromCode(const QString& code)
{
    for (AssessmentPart part : allAssessmentParts())
        if (assessmentPartCode(part) == code)
            return part;
    return std::nullopt;
}

QString assessmentPartName(AssessmentPart part)
{
    switch (part) {
    case AssessmentPart::Reports:
        return QCoreApplication::translate("AssessmentScheme", "Reports");
    case AssessmentPart::Milestones:
        return QCoreApplication::translate("AssessmentScheme", "Milestones");
    case AssessmentPart::Inspections:
        return QCoreApplication::translate("AssessmentScheme", "Inspections");
    case AssessmentPart::Enterprise:
        return QCoreApplication::translate("AssessmentScheme", "Enterprise service");
    case AssessmentPart::Evaluation:
        return QCoreApplication::translate("AssessmentScheme", "Evaluation");
    case AssessmentPart::Hotline:
        return QCoreApplication::translate("AssessmentScheme", "Hotline");
    case AssessmentPart::Social:
        break;
    }
    return QCoreApplication::translate("AssessmentScheme", "Social appraisal");
}

QList<EvaluationLevel> allEvaluationLevels()
{
    return {EvaluationLevel::None, EvaluationLevel::Entered, EvaluationLevel::Typical, EvaluationLevel::Named};
}

QString evaluationLevelCode(EvaluationLevel level)
{
    switch (level) {
    case EvaluationLevel::None:
        return QStringLiteral("none");
    case EvaluationLevel::Entered:
        return QStringLiteral("entered");
    case EvaluationLevel::Typical:
        return QStringLiteral("typical");
    case EvaluationLevel::Named:
        break;
    }
    return QStringLiteral("named");
}

std::optional<EvaluationLevel> evaluationLevelFromCode(const QString& code)
{
    for (EvaluationLevel level : allEvaluationLevels())
        if (evaluationLevelCode(level) == code)
            return level;
    return std::nullopt;
}

QString evaluationLevelName(EvaluationLevel level)
{
    switch (level) {
    case EvaluationLevel::None:
        return QCoreApplication::translate("AssessmentScheme", "not entered");
    case EvaluationLevel::Entered:
        return QCoreApplication::translate("AssessmentScheme", "entered");
    case EvaluationLevel::Typical:
        return QCoreApplication::translate("AssessmentScheme", "typical");
    case EvaluationLevel::Named:
        break;
    }
    return QCoreApplication::translate("AssessmentScheme", "named");
}

QString PartRule::describe() const
{
    if (usesLevels()) {
        QStringList shares;
        for (EvaluationLevel level : allEvaluationLevels())
            shares.prepend(QCoreApplication::translate("AssessmentScheme", "%1 %2%")
                               .arg(evaluationLevelName(level), levels.value(level).toExactString()));
        return QCoreApplication::translate("AssessmentScheme", "levels: %1 of the weight")
            .arg(shares.join(QCoreApplication::translate("AssessmentScheme", ", ")));
    }
    QString text =
        QCoreApplication::translate("AssessmentScheme", "linear: %1% or less scores 0, %2% or more full marks")
            .arg(floor.toExactString(), full.toExactString());
    if (part == AssessmentPart::Inspections && !perOverdue.isZero())
        text += QCoreApplication::translate("AssessmentScheme", "; %1 off per overdue rectification")
                    .arg(perOverdue.toExactString());
    return text;
}

AssessmentScheme AssessmentScheme::defaults()
{
    AssessmentScheme scheme;
    const auto linear = [](AssessmentPart part, qint64 weight, qint64 floor) {
        PartRule rule;
        rule.part = part;
        rule.weight = weight;
        rule.floor = floor;
        if (part == AssessmentPart::Inspections)
            rule.perOverdue = 1;
        return rule;
    };
    scheme.parts = {linear(AssessmentPart::Reports, 20, 60), linear(AssessmentPart::Milestones, 15, 50),
                    linear(AssessmentPart::Inspections, 15, 50), linear(AssessmentPart::Enterprise, 10, 50)};
    PartRule evaluation;
    evaluation.part = AssessmentPart::Evaluation;
    evaluation.weight = 10;
    evaluation.levels = {{EvaluationLevel::Named, 100},
                         {EvaluationLevel::Typical, 85},
                         {EvaluationLevel::Entered, 70},
                         {EvaluationLevel::None, 50}};
    scheme.parts.append(evaluation);
    scheme.parts.append(linear(AssessmentPart::Hotline, 15, 60));
    scheme.parts.append(linear(AssessmentPart::Social, 15, 0));
    scheme.vetoItems = {QStringLiteral("重大投诉经查实"), QStringLiteral("发生严重违纪违法问题"),
                        QStringLiteral("造成重大负面社会影响")};
    scheme.grades = {{QStringLiteral("优秀"), 90},
                     {QStringLiteral("良好"), 80},
                     {QStringLiteral("合格"), 60},
                     {QStringLiteral("不合格"), 0}};
    return scheme;
}

Result<AssessmentScheme> AssessmentScheme::fromDefinition(const QByteArray& definition, const QString& sourceName)
{
    const SchemeReader reader(definition, sourceName);
    const QJsonDocument document = QJsonDocument::fromJson(definition);
    const QJsonValue section = document.object().value(QLatin1String("assessment"));
    if (section.isUndefined())
        return defaults();
    if (!section.isObject())
        return reader.problem(QStringLiteral("assessment"),
                              QCoreApplication::translate("AssessmentScheme", "must be an object."));
    const QJsonObject object = section.toObject();
    AssessmentScheme scheme = defaults();

    const QJsonValue parts = object.value(QLatin1String("parts"));
    if (!parts.isUndefined()) {
        if (!parts.isArray() || parts.toArray().isEmpty())
            return reader.problem(QStringLiteral("assessment.parts"),
                                  QCoreApplication::translate("AssessmentScheme", "must list at least one part."));
        const QJsonArray list = parts.toArray();
        QMap<int, PartRule> byPart;
        Rational sum;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("assessment.parts[%1]").arg(i);
            if (!list.at(i).isObject())
                return reader.problem(path, QCoreApplication::translate("CampaignDefinition", "must be an object."));
            const QJsonObject item = list.at(i).toObject();
            const QString code = item.value(QLatin1String("part")).toString();
            const std::optional<AssessmentPart> part = assessmentPartFromCode(code);
            if (!part)
                return reader.problem(
                    path + QStringLiteral(".part"),
                    QCoreApplication::translate("AssessmentScheme",
                                                "\"%1\" is not a part; the parts are reports, milestones, inspections, "
                                                "enterprise, evaluation, hotline and social.")
                        .arg(code));
            if (byPart.contains(static_cast<int>(*part)))
                return reader.problem(
                    path + QStringLiteral(".part"),
                    QCoreApplication::translate("AssessmentScheme", "\"%1\" is listed twice.").arg(code));
            Result<PartRule> rule = readPart(reader, item, path, *part);
            if (!rule)
                return fail(rule.error());
            sum += rule->weight;
            byPart.insert(static_cast<int>(*part), *rule);
        }
        if (sum != Rational(100))
            return reader.problem(
                QStringLiteral("assessment.parts"),
                QCoreApplication::translate("AssessmentScheme", "the weights must add up to 100 (now %1).")
                    .arg(sum.toExactString()));
        scheme.parts = byPart.values(); // in the order of the enumeration, as the table shows them
    }

    for (const char* key : {"bonusCap", "deductionCap"}) {
        Rational& cap = qstrcmp(key, "bonusCap") == 0 ? scheme.bonusCap : scheme.deductionCap;
        Result<Rational> read =
            reader.number(object, QStringLiteral("assessment"), key, Rational(0), Rational(100), cap);
        if (!read)
            return fail(read.error());
        cap = *read;
    }

    const QJsonValue vetoes = object.value(QLatin1String("vetoItems"));
    if (!vetoes.isUndefined()) {
        if (!vetoes.isArray())
            return reader.problem(QStringLiteral("assessment.vetoItems"),
                                  QCoreApplication::translate("AssessmentScheme", "must be a list of texts."));
        scheme.vetoItems.clear();
        const QJsonArray list = vetoes.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString text = list.at(i).toString().trimmed();
            if (text.isEmpty())
                return reader.problem(
                    QStringLiteral("assessment.vetoItems[%1]").arg(i),
                    QCoreApplication::translate("AssessmentScheme", "must be a text naming the item."));
            scheme.vetoItems.append(text);
        }
    }

    const QJsonValue grades = object.value(QLatin1String("grades"));
    if (!grades.isUndefined()) {
        Result<QList<GradeBand>> read = readGrades(reader, grades);
        if (!read)
            return fail(read.error());
        scheme.grades = *read;
    }

    const QJsonValue quota = object.value(QLatin1String("quotaPercent"));
    if (!quota.isUndefined()) {
        if (!quota.isDouble() || quota.toDouble() != quota.toInt() || quota.toInt() < 0 || quota.toInt() > 100)
            return reader.problem(
                QStringLiteral("assessment.quotaPercent"),
                QCoreApplication::translate("CampaignDefinition", "must be a whole number from %1 to %2.")
                    .arg(0)
                    .arg(100));
        scheme.quotaPercent = quota.toInt();
    }
    return scheme;
}

const PartRule* AssessmentScheme::rule(AssessmentPart part) const
{
    for (const PartRule& rule : parts)
        if (rule.part == part)
            return &rule;
    return nullptr;
}

int AssessmentScheme::bandOf(const Rational& total) const
{
    for (int i = 0; i < grades.size(); ++i)
        if (total >= grades.at(i).minimum)
            return i;
    return static_cast<int>(grades.size()) - 1;
}

int AssessmentScheme::quotaOf(int size) const
{
    return size * quotaPercent / 100;
}

} // namespace branddesk
