// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/evaluation/rational.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// An evaluation round (评选) of a campaign: the panel, the entries and their scores. A locked round's scores,
/// survey counts, panel and entries cannot change; an administrator can unlock it.
struct EvaluationRound {
    qint64 id = 0; ///< 0 until stored
    qint64 campaignId = 0;
    QString name;
    QDate startDate;
    QDate endDate; ///< may be invalid (open)
    bool locked = false;
    QDateTime updatedAt; ///< UTC
    int version = 0;     ///< optimistic lock
};

/// The satisfaction survey of one brand: questionnaires per answer; 不了解 ones are invalid.
struct SurveyCounts {
    int satisfied = 0;          ///< 满意
    int basicallySatisfied = 0; ///< 基本满意
    int dissatisfied = 0;       ///< 不满意
    int unknown = 0;            ///< 不了解: invalid
    int valid() const { return satisfied + basicallySatisfied + dissatisfied; }
    int total() const { return valid() + unknown; }
    bool operator==(const SurveyCounts&) const = default;
};

/// Where a brand was publicised (宣传推介).
enum class PublicityOutlet { Television, Newspaper, Website };
QList<PublicityOutlet> allPublicityOutlets();
QString publicityOutletCode(PublicityOutlet outlet); ///< "tv", "newspaper", "website"
std::optional<PublicityOutlet> publicityOutletFromCode(const QString& code);
QString publicityOutletName(PublicityOutlet outlet); ///< translated: 电视, 报纸, 网站

/// One publicity record of a selected brand.
struct PublicityRecord {
    qint64 id = 0;
    qint64 entryId = 0;
    PublicityOutlet outlet = PublicityOutlet::Newspaper;
    QDate date;
    QString title;
};

/// A brand entered in a round (自查申报), with its survey counts and what became of it.
struct EvaluationEntry {
    qint64 id = 0; ///< 0 until stored
    qint64 roundId = 0;
    qint64 brandId = 0;
    QDate submittedOn;
    QString declaration;
    QString fileName; ///< the declaration file's name, empty without one
    QByteArray file;  ///< its bytes (only when loaded with it)
    SurveyCounts survey;
    bool selected = false; ///< 典型品牌
    QDate selectedOn;
    QDate namedOn; ///< 市级机关优质服务品牌, invalid until named
    QString namingDocument;
    int version = 0;
    // Read with the entry, for lists and the calculation:
    QString brandName;
    qint64 departmentId = 0;
    QString departmentName;
    DepartmentCategory category = DepartmentCategory::Administrative;
    bool isNamed() const { return namedOn.isValid(); }
};

/// A member of a round's expert panel. An expert from a department (departmentId != 0) does not count for
/// that department's brands (conflict of interest).
struct EvaluationExpert {
    qint64 id = 0; ///< 0 until stored
    qint64 roundId = 0;
    int ordinal = 0; ///< order on the panel, 1-based
    QString name;
    QString unit; ///< 单位
    qint64 departmentId = 0;
    QString departmentName; ///< read with it
    int version = 0;        ///< bumped whenever the expert's scores are saved
};

/// The points one expert gave one brand on one criterion: whole or with one decimal, kept in tenths.
struct ExpertScore {
    qint64 expertId = 0;
    qint64 brandId = 0;
    QString criterion; ///< ScoringCriterion::code
    int tenths = 0;    ///< 17.5 points = 175
    Rational points() const { return Rational::fraction(tenths, 10); }
    bool operator==(const ExpertScore&) const = default;
};

} // namespace branddesk
