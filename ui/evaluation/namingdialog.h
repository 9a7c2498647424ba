// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NamingDialog;
}

namespace branddesk {

class EvaluationService;

/// Records the naming of a typical brand as 市级机关优质服务品牌: the date and the document number.
class NamingDialog : public QDialog {
    Q_OBJECT
public:
    NamingDialog(EvaluationService& service, const EvaluationEntry& entry, const QDate& today,
                 QWidget* parent = nullptr);
    ~NamingDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::NamingDialog> m_ui;
    EvaluationService& m_service;
    EvaluationEntry m_entry;
};

} // namespace branddesk
