// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assessment/assessmentitemdialog.h"

#include "ui_assessmentitemdialog.h"

#include "core/services/session.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"

#include <QPushButton>

namespace branddesk {

AssessmentItemDialog::AssessmentItemDialog(Session& session, const AssessmentItem& item, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssessmentItemDialog>())
    , m_session(session)
    , m_item(item)
{
    m_ui->setupUi(this);
    if (Result<QList<Department>> all = session.departments().activeDepartments(); all)
        departmentpicker::fill(m_ui->departmentComboBox, *all);
    m_ui->departmentComboBox->setCurrentIndex(std::max(0, m_ui->departmentComboBox->findData(item.departmentId)));
    for (AssessmentItemKind kind : allAssessmentItemKinds())
        m_ui->kindComboBox->addItem(assessmentItemKindName(kind), int(kind));
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(item.kind)));
    const Result<AssessmentScheme> scheme = session.assessment().scheme();
    if (scheme) {
        m_vetoItems = scheme->vetoItems;
        m_ui->ruleLabel->setText(tr("Bonus items count up to %1 points a year, deduction items up to %2; a veto makes "
                                    "the grade %3 whatever the score.")
                                     .arg(scheme->bonusCap.toExactString(), scheme->deductionCap.toExactString(),
                                          scheme->grades.isEmpty() ? QString() : scheme->grades.constLast().name));
    }
    showKind();
    m_ui->reasonComboBox->setCurrentText(item.reason);
    m_ui->evidenceLineEdit->setText(item.evidence);
    if (item.id != 0 || !item.points.isZero())
        m_ui->pointsLineEdit->setText(item.points.toExactString());
    m_ui->evidenceLineEdit->setMaxLength(AssessmentItemLimits::kEvidence);
    setWindowTitle(item.id == 0 ? tr("New assessment item of %1").arg(item.year)
                                : tr("Assessment item of %1").arg(item.year));
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &AssessmentItemDialog::showKind);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AssessmentItemDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const Result<bool> finalised = session.assessment().isFinalised(item.year);
    if (!session.assessment().mayEdit() || (finalised && *finalised))
        readonlyform::apply(this);
}

AssessmentItemDialog::~AssessmentItemDialog() = default;

void AssessmentItemDialog::showKind()
{
    const auto kind = AssessmentItemKind(m_ui->kindComboBox->currentData().toInt());
    const QString reason = m_ui->reasonComboBox->currentText();
    m_ui->reasonComboBox->clear();
    if (kind == AssessmentItemKind::Veto)
        m_ui->reasonComboBox->addItems(m_vetoItems);
    else if (kind == AssessmentItemKind::Social)
        m_ui->reasonComboBox->addItem(tr("Social appraisal survey %1").arg(m_item.year));
    if (!reason.isEmpty())
        m_ui->reasonComboBox->setCurrentText(reason);
    m_ui->pointsLineEdit->setEnabled(kind != AssessmentItemKind::Veto && m_ui->kindComboBox->isEnabled());
    m_ui->pointsLineEdit->setPlaceholderText(kind == AssessmentItemKind::Social ? tr("0–100, e.g. 88.5")
                                                                                : tr("e.g. 1 or 0.5"));
}

void AssessmentItemDialog::accept()
{
    AssessmentItem item = m_item;
    item.departmentId = departmentpicker::selectedId(m_ui->departmentComboBox);
    item.kind = AssessmentItemKind(m_ui->kindComboBox->currentData().toInt());
    item.reason = m_ui->reasonComboBox->currentText();
    item.evidence = m_ui->evidenceLineEdit->text();
    if (item.kind == AssessmentItemKind::Veto) {
        item.points = 0;
    } else {
        const std::optional<Rational> points = Rational::fromDecimal(m_ui->pointsLineEdit->text());
        if (!points) {
            MessageBox::warning(this, windowTitle(), tr("Points are a number such as 2 or 0.5."));
            m_ui->pointsLineEdit->setFocus();
            return;
        }
        item.points = *points;
    }
    const Result<AssessmentItem> saved = m_session.assessment().saveItem(item);
    if (!saved) {
        MessageBox::error(this, windowTitle(), saved.error());
        return;
    }
    m_item = *saved;
    QDialog::accept();
}

} // namespace branddesk
