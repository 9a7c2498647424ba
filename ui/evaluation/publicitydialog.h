// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PublicityDialog;
}

namespace branddesk {

class EvaluationService;

/// Records where a typical brand was publicised: outlet (TV, newspaper, website), date and title.
class PublicityDialog : public QDialog {
    Q_OBJECT
public:
    PublicityDialog(EvaluationService& service, qint64 entryId, const QDate& today, QWidget* parent = nullptr);
    ~PublicityDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::PublicityDialog> m_ui;
    EvaluationService& m_service;
    qint64 m_entryId;
};

} // namespace branddesk
