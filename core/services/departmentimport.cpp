// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/departmentimport.h"

#include "core/domain/validation.h"
#include "core/import/csvreader.h"
#include "core/import/xlsxreader.h"
#include "core/services/departmentservice.h"
#include "core/storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <optional>

namespace branddesk {
namespace {

enum class Field {
    Name,
    ShortName,
    Category,
    EnterpriseFacing,
    SupervisesIntermediaries,
    PrincipalLeader,
    LeaderInCharge,
    ContactPerson,
    Phone,
    Email,
    SortOrder
};

/// The column titles understood, Chinese as Excel sheets of the office have them, and English.
std::optional<Field> fieldOf(const QString& title)
{
    static const QHash<QString, Field> titles = [] {
        QHash<QString, Field> map;
        auto add = [&map](Field field, std::initializer_list<const char*> names) {
            for (const char* name : names)
                map.insert(QString::fromUtf8(name), field);
        };
        add(Field::Name, {"部门名称", "单位名称", "名称", "部门", "单位", "name"});
        add(Field::ShortName, {"简称", "short name"});
        add(Field::Category, {"类别", "部门类别", "category"});
        add(Field::EnterpriseFacing, {"涉企部门", "涉企", "enterprise-facing"});
        add(Field::SupervisesIntermediaries, {"主管中介", "主管中介组织", "supervises intermediaries"});
        add(Field::PrincipalLeader, {"主要领导", "principal leader"});
        add(Field::LeaderInCharge, {"分管领导", "leader in charge"});
        add(Field::ContactPerson, {"联系人", "contact person"});
        add(Field::Phone, {"电话", "联系电话", "phone"});
        add(Field::Email, {"邮箱", "电子邮件", "电子邮箱", "e-mail", "email"});
        add(Field::SortOrder, {"排序", "sort order"});
        return map;
    }();
    const auto it = titles.constFind(title.trimmed().toLower());
    return it == titles.constEnd() ? std::nullopt : std::optional(*it);
}

std::optional<bool> flagOf(const QString& text)
{
    const QString value = text.trimmed().toLower();
    for (const char* yes : {"是", "1", "yes", "y", "true", "√"}) {
        if (value == QString::fromUtf8(yes))
            return true;
    }
    for (const char* no : {"否", "0", "no", "n", "false", ""}) {
        if (value == QString::fromUtf8(no))
            return false;
    }
    return std::nullopt;
}

std::optional<DepartmentCategory> categoryOf(const QString& text)
{
    const QString value = text.trimmed();
    for (DepartmentCategory category : allDepartmentCategories()) {
        const QString name = departmentCategoryName(category);
        if (value == departmentCategoryCode(category) || value == name ||
            (name.endsWith(QStringLiteral("部门")) && value == name.chopped(2)))
            return category;
    }
    static const QHash<QString, DepartmentCategory> chinese = {
        {QStringLiteral("党群部门"), DepartmentCategory::PartyMass},
        {QStringLiteral("党群"), DepartmentCategory::PartyMass},
        {QStringLiteral("行政部门"), DepartmentCategory::Administrative},
        {QStringLiteral("行政"), DepartmentCategory::Administrative},
        {QStringLiteral("政法部门"), DepartmentCategory::PoliticalLegal},
        {QStringLiteral("政法"), DepartmentCategory::PoliticalLegal},
        {QStringLiteral("其他"), DepartmentCategory::Other},
    };
    const auto it = chinese.constFind(value);
    return it == chinese.constEnd() ? std::nullopt : std::optional(*it);
}

bool sameFields(const Department& a, const Department& b)
{
    return a.name == b.name && a.shortName == b.shortName && a.category == b.category &&
           a.enterpriseFacing == b.enterpriseFacing && a.supervisesIntermediaries == b.supervisesIntermediaries &&
           a.principalLeader == b.principalLeader && a.leaderInCharge == b.leaderInCharge &&
           a.contactPerson == b.contactPerson && a.phone == b.phone && a.email == b.email && a.sortOrder == b.sortOrder;
}

} // namespace

int DepartmentImportPreview::count(ImportAction action) const
{
    return int(
        std::count_if(rows.begin(), rows.end(), [action](const ImportRow& row) { return row.action == action; }));
}

QString DepartmentImportPreview::errorSummary() const
{
    QStringList lines;
    for (const ImportRow& row : rows) {
        if (row.action == ImportAction::Error)
            lines.append(DepartmentImport::tr("Line %1: %2").arg(row.line).arg(row.reason));
    }
    return lines.join(QLatin1Char('\n'));
}

DepartmentImport::DepartmentImport(Database& database, DepartmentService& departments)
    : m_database(database)
    , m_departments(departments)
{}

Result<Table> DepartmentImport::readFile(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).size() > ImportLimits::kMaxFileBytes)
        return fail(Error::Code::Validation,
                    tr("The file is larger than %1 MB.").arg(ImportLimits::kMaxFileBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound, tr("The file %1 could not be read.").arg(path), file.errorString());
    const QByteArray bytes = file.read(ImportLimits::kMaxFileBytes + 1);
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return XlsxReader::read(bytes);
    return CsvReader::read(bytes);
}

Result<DepartmentImportPreview> DepartmentImport::preview(const Table& table) const
{
    if (table.isEmpty())
        return fail(Error::Code::Validation, tr("The file has no rows."));
    QList<std::optional<Field>> columns;
    for (const QString& title : table.first().cells)
        columns.append(fieldOf(title));
    if (!columns.contains(std::optional(Field::Name)))
        return fail(Error::Code::Validation,
                    tr("Line %1: no column is titled 部门名称 (name); the first row must name the columns.")
                        .arg(table.first().line));

    Result<QList<DepartmentOverview>> existing = m_departments.overviews();
    if (!existing)
        return fail(existing.error());
    QHash<QString, Department> byName;
    for (const DepartmentOverview& overview : *existing)
        byName.insert(overview.department.name, overview.department);

    DepartmentImportPreview preview;
    QHash<QString, int> seenOnLine;
    for (qsizetype r = 1; r < table.size(); ++r) {
        const TableRow& source = table.at(r);
        ImportRow row{source.line, ImportAction::New, Department{}, {}};
        QStringList problems;
        QString name;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (columns.at(c) == std::optional(Field::Name))
                name = source.cells.value(c).trimmed();
        }
        const bool known = byName.contains(name);
        Department department = known ? byName.value(name) : Department{};
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (!columns.at(c))
                continue;
            const QString value = source.cells.value(c).trimmed();
            switch (*columns.at(c)) {
            case Field::Name:
                department.name = value;
                break;
            case Field::ShortName:
                department.shortName = value;
                break;
            case Field::Category:
                if (value.isEmpty() && known)
                    break;
                if (const std::optional<DepartmentCategory> category = categoryOf(value))
                    department.category = *category;
                else
                    problems.append(tr("unknown category \"%1\" (党群部门, 行政部门, 政法部门 or 其他).").arg(value));
                break;
            case Field::EnterpriseFacing:
            case Field::SupervisesIntermediaries:
                if (const std::optional<bool> flag = flagOf(value))
                    (*columns.at(c) == Field::EnterpriseFacing ? department.enterpriseFacing
                                                               : department.supervisesIntermediaries) = *flag;
                else
                    problems.append(tr("\"%1\" is not 是 or 否.").arg(value));
                break;
            case Field::PrincipalLeader:
                department.principalLeader = value;
                break;
            case Field::LeaderInCharge:
                department.leaderInCharge = value;
                break;
            case Field::ContactPerson:
                department.contactPerson = value;
                break;
            case Field::Phone:
                department.phone = value;
                break;
            case Field::Email:
                department.email = value;
                break;
            case Field::SortOrder: {
                bool ok = value.isEmpty();
                const int order = value.isEmpty() ? department.sortOrder : value.toInt(&ok);
                if (ok)
                    department.sortOrder = order;
                else
                    problems.append(tr("the sort order \"%1\" is not a whole number.").arg(value));
                break;
            }
            }
        }
        if (source.cells.size() > columns.size())
            problems.append(tr("the row has more cells than the first row has titles."));
        if (const auto seen = seenOnLine.constFind(name); !name.isEmpty() && seen != seenOnLine.constEnd())
            problems.append(tr("the department \"%1\" is already on line %2.").arg(name).arg(*seen));
        seenOnLine.insert(name, source.line);
        if (Result<void> valid = validateDepartment(department); !valid)
            problems.append(valid.error().message.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        row.department = department;
        if (!problems.isEmpty()) {
            row.action = ImportAction::Error;
            row.reason = problems.join(QLatin1Char(' '));
        } else if (known) {
            row.action = sameFields(department, byName.value(name)) ? ImportAction::Unchanged : ImportAction::Update;
        }
        preview.rows.append(row);
    }
    return preview;
}

Result<int> DepartmentImport::apply(const DepartmentImportPreview& preview)
{
    if (preview.hasErrors())
        return fail(Error::Code::Validation,
                    tr("Nothing was imported: fix these rows and try again.\n%1").arg(preview.errorSummary()));
    int written = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        for (const ImportRow& row : preview.rows) {
            Result<Department> stored = fail(Error::Code::Generic, QString());
            if (row.action == ImportAction::New)
                stored = m_departments.add(row.department);
            else if (row.action == ImportAction::Update)
                stored = m_departments.update(row.department);
            else
                continue;
            if (!stored)
                return fail(Error::Code::Validation,
                            tr("Nothing was imported: line %1: %2").arg(row.line).arg(stored.error().message),
                            stored.error().detail);
            ++written;
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    return written;
}

} // namespace branddesk
