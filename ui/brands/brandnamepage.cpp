// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandnamepage.h"

#include "ui_brandnamepage.h"

#include "core/domain/completeness.h"
#include "core/domain/validation.h"

#include <QCompleter>

namespace branddesk {

BrandNamePage::BrandNamePage(const QList<Department>& departments, QWidget* parent)
    : BrandEditorPage(parent)
    , m_ui(std::make_unique<Ui::BrandNamePage>())
    , m_departments(departments)
{
    m_ui->setupUi(this);
    m_ui->nameLineEdit->setMaxLength(TextLimits::kName);
    m_ui->departmentComboBox->setEditable(true);
    m_ui->departmentComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_ui->departmentComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->departmentComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (BrandStatus status : allBrandStatuses())
        m_ui->statusComboBox->addItem(brandStatusName(status), static_cast<int>(status));

    auto markEdited = [this] {
        if (!isLoading())
            emit edited();
    };
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, [this, markEdited] {
        updateNameHint();
        markEdited();
    });
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, markEdited);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, markEdited);
}

BrandNamePage::~BrandNamePage() = default;

void BrandNamePage::load(const Brand& brand)
{
    setLoading(true);
    m_ui->departmentComboBox->clear();
    m_ui->departmentComboBox->addItem(tr("— choose a department —"), 0);
    QList<Department> offered = m_departments;
    const bool listed = std::any_of(offered.begin(), offered.end(),
                                    [&brand](const Department& d) { return d.id == brand.departmentId; });
    for (const Department& d : offered)
        m_ui->departmentComboBox->addItem(d.name, d.id);
    if (!listed && brand.departmentId != 0)
        m_ui->departmentComboBox->addItem(tr("(inactive department #%1)").arg(brand.departmentId), brand.departmentId);
    const int departmentIndex = m_ui->departmentComboBox->findData(brand.departmentId);
    m_ui->departmentComboBox->setCurrentIndex(std::max(departmentIndex, 0));
    m_ui->nameLineEdit->setText(brand.name());
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(static_cast<int>(brand.status)));
    updateNameHint();
    setLoading(false);
}

void BrandNamePage::commit(Brand& brand) const
{
    const int index = m_ui->departmentComboBox->currentIndex();
    // An edited combo text that matches no department leaves the index on the last match; check the text.
    const bool textMatches = m_ui->departmentComboBox->currentText() == m_ui->departmentComboBox->itemText(index);
    brand.departmentId = textMatches ? m_ui->departmentComboBox->itemData(index).toLongLong() : 0;
    brand.setText(BrandField::Name, m_ui->nameLineEdit->text());
    brand.status = static_cast<BrandStatus>(m_ui->statusComboBox->currentData().toInt());
}

void BrandNamePage::updateNameHint()
{
    const auto length = m_ui->nameLineEdit->text().trimmed().size();
    QString hint = tr("%1 characters; a memorable name has %2–%3.")
                       .arg(length)
                       .arg(Completeness::kNameMinLength)
                       .arg(Completeness::kNameMaxLength);
    const bool sane = length >= Completeness::kNameMinLength && length <= Completeness::kNameMaxLength;
    m_ui->nameHintLabel->setStyleSheet(sane ? QStringLiteral("color:#1e8a5a") : QStringLiteral("color:#c01f2f"));
    m_ui->nameHintLabel->setText(hint);
}

} // namespace branddesk
