// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/evaluation/evaluationrecords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExpertDialog;
}

namespace branddesk {

class EvaluationService;

/// Adds an expert to a round's panel or edits one: name, unit and, for the conflict rule, the department the
/// expert belongs to (none for outside experts).
class ExpertDialog : public QDialog {
    Q_OBJECT
public:
    ExpertDialog(EvaluationService& service, const EvaluationExpert& expert, const QList<Department>& departments,
                 QWidget* parent = nullptr);
    ~ExpertDialog() override;
    const EvaluationExpert& expert() const { return m_expert; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::ExpertDialog> m_ui;
    EvaluationService& m_service;
    EvaluationExpert m_expert;
};

} // namespace branddesk
