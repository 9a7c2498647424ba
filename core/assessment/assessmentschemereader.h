// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentscheme.h"
#include "core/campaign/jsonlineindex.h"

class QJsonObject;
class QJsonValue;

namespace branddesk {

/// Reads and checks the "assessment" section of a campaign definition (DESIGN.md §1 "Assessment") into an
/// AssessmentScheme, the defaults filling what the section leaves out. The first problem is refused as an Error
/// naming the source, the line and the field, as the campaign definition's own: "campaign.json, line 80:
/// assessment.parts[2].weight: must lie between 0 and 100." AssessmentScheme::fromDefinition() reads through it.
class AssessmentSchemeReader {
public:
    AssessmentSchemeReader(const QByteArray& definition, QString sourceName);

    Result<AssessmentScheme> read() const;

private:
    std::unexpected<Error> problem(const QString& path, const QString& what) const;
    /// A number given as a JSON number (20) or a decimal string ("12.5"), read exactly, between `min` and `max`
    /// with at most two decimals; `fallback` when the key is absent and not `required`.
    Result<Rational> number(const QJsonObject& object, const QString& path, const char* key, const Rational& min,
                            const Rational& max, const Rational& fallback, bool required = false) const;
    Result<QList<PartRule>> readParts(const QJsonValue& value) const;
    Result<PartRule> readPart(const QJsonObject& object, const QString& path, AssessmentPart part) const;
    Result<QStringList> readVetoItems(const QJsonValue& value) const;
    Result<QList<GradeBand>> readGrades(const QJsonValue& value) const;

    QByteArray m_definition;
    JsonLineIndex m_index;
    QString m_source;
};

} // namespace branddesk
