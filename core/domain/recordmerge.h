// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace branddesk {

/// What merging a form's edits with another PC's save of the same record gave: the record to save, the fields
/// taken from the other save, and the fields both changed to different values (collisions, where this form's
/// value is kept and the user must decide).
template <typename Record> struct MergeResult {
    Record merged;
    QStringList myFields; ///< changed by the form (collisions included)
    QStringList theirFields;
    QStringList collisions;
    bool clean() const { return collisions.isEmpty(); }
};

/// Three-way merge of a record, field by field: `base` as the form loaded it, `mine` as the form would save it,
/// `theirs` as another PC saved it meanwhile. A field only one side changed takes that side's value; a field
/// both changed alike is no collision. List the fields with field(key, &Record::member); the keys are the
/// audit log's (so the UI can name them with auditFieldLabel).
///
///     MergeResult<Department> r = RecordMerge(base, mine, theirs).field("name", &Department::name).result();
template <typename Record> class RecordMerge {
public:
    RecordMerge(const Record& base, const Record& mine, const Record& theirs)
        : m_base(base)
        , m_mine(mine)
        , m_theirs(theirs)
    {
        m_result.merged = mine;
    }

    template <typename T> RecordMerge& field(const char* key, T Record::*member)
    {
        return field(key, member, [](const T& a, const T& b) { return a == b; });
    }

    /// A field whose values are alike by `same` rather than ==: a time to the minute, a list of files by name.
    template <typename T, typename Same> RecordMerge& field(const char* key, T Record::*member, Same same)
    {
        const T& base = m_base.*member;
        const T& mine = m_mine.*member;
        const T& theirs = m_theirs.*member;
        if (same(mine, base)) {
            if (!same(theirs, base)) {
                m_result.merged.*member = theirs;
                m_result.theirFields.append(QString::fromLatin1(key));
            }
        } else {
            m_result.myFields.append(QString::fromLatin1(key));
            if (!same(theirs, base) && !same(theirs, mine))
                m_result.collisions.append(QString::fromLatin1(key));
        }
        return *this;
    }

    MergeResult<Record> result() const { return m_result; }

private:
    const Record& m_base;
    const Record& m_mine;
    const Record& m_theirs;
    MergeResult<Record> m_result;
};

} // namespace branddesk
