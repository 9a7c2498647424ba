// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RoundDialog;
}

namespace branddesk {

class EvaluationService;

/// Creates an evaluation round of a campaign or renames and re-dates one: name, start and end.
class RoundDialog : public QDialog {
    Q_OBJECT
public:
    RoundDialog(EvaluationService& service, const EvaluationRound& round, QWidget* parent = nullptr);
    ~RoundDialog() override;
    const EvaluationRound& round() const { return m_round; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::RoundDialog> m_ui;
    EvaluationService& m_service;
    EvaluationRound m_round;
};

} // namespace branddesk
