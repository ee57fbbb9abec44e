#include "exercise_checklist.h"

#include "change_gatherer.h"
#include "cost/price_book.h"
#include "document.h"
#include "rules/rule_book.h"

#include <QColor>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace cw {

ExerciseChecklist::ExerciseChecklist(Document& doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_changes(new ChangeGatherer(doc.model(), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Your turn</b>"), this);
    layout->addWidget(title);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Exercise"));
    layout->addWidget(m_text);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("exerciseChecklist"));
    m_list->setAccessibleName(tr("Exercise checklist"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMinimumHeight(160);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exerciseStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_changes, &ChangeGatherer::ready, this, &ExerciseChecklist::regrade);
    connect(&doc.model(), &Architecture::modelReset, this, &ExerciseChecklist::regrade);
    hide();
}

void ExerciseChecklist::setExercise(const std::optional<teach::Exercise>& exercise)
{
    m_exercise = exercise;
    setVisible(exercise.has_value());
    if (exercise)
        m_text->setText(exercise->text);
    m_changes->clear();
    regrade();
}

void ExerciseChecklist::regrade()
{
    m_list->clear();
    if (!m_exercise) {
        m_grade = {};
        return;
    }
    const bool wasPassed = !m_grade.conditions.empty() && m_grade.passed();
    m_grade
        = teach::grade(m_doc.catalog(), cost::PriceBook::builtin(), RuleBook::builtin(), m_doc.model(), *m_exercise);
    for (const teach::ConditionResult& r : m_grade.conditions) {
        auto* item = new QListWidgetItem((r.met ? QStringLiteral("✔  ") : QStringLiteral("☐  ")) + r.message, m_list);
        item->setForeground(r.met ? QColor(0x2e, 0x7d, 0x32) : QColor(0x21, 0x2B, 0x36));
        item->setToolTip(r.message);
    }
    if (m_grade.passed()) {
        m_status->setText(tr("✔ Exercise passed: every condition is met."));
        m_status->setStyleSheet(QStringLiteral("color:#2e7d32; font-weight:600"));
        if (!wasPassed)
            Q_EMIT passed();
    } else {
        m_status->setText(tr("%1 of %2 conditions met.").arg(m_grade.metCount()).arg(m_grade.conditions.size()));
        m_status->setStyleSheet(QString());
    }
}

} // namespace cw
