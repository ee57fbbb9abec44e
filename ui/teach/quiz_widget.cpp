#include "quiz_widget.h"

#include "accessibility.h"
#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cw {

QuizWidget::QuizWidget(const teach::QuizQuestion& question, QWidget* parent)
    : QWidget(parent)
    , m_question(question)
    , m_choices(new QButtonGroup(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    auto* q = new QLabel(question.question, this);
    q->setWordWrap(true);
    q->setStyleSheet(QStringLiteral("font-weight: 600"));
    layout->addWidget(q);
    for (int i = 0; i < question.choices.size(); ++i) {
        auto* radio = new QRadioButton(question.choices[i], this);
        a11y::describe(radio, tr("Choice %1: %2").arg(i + 1).arg(question.choices[i]),
            tr("One answer to the question; Check tells whether it is right"));
        m_choices->addButton(radio, i);
        layout->addWidget(radio);
    }
    m_check = new QPushButton(tr("Check"), this);
    m_check->setObjectName(QStringLiteral("quizCheck"));
    m_check->setToolTip(tr("Check the answer you chose"));
    m_check->setEnabled(false);
    m_check->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(m_check);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Quiz answer"));
    m_verdict->hide();
    layout->addWidget(m_verdict);
    connect(m_choices, &QButtonGroup::idClicked, this, [this] { m_check->setEnabled(true); });
    connect(m_check, &QPushButton::clicked, this, &QuizWidget::check);
}

void QuizWidget::choose(int choice)
{
    if (QAbstractButton* b = m_choices->button(choice)) {
        b->setChecked(true);
        m_check->setEnabled(true);
    }
}

bool QuizWidget::check()
{
    const int chosen = m_choices->checkedId();
    if (chosen < 0)
        return false;
    m_right = chosen == m_question.answer;
    QString text = m_right ? tr("✔ Right.")
                           : tr("✘ Not quite: the answer is “%1”.").arg(m_question.choices.value(m_question.answer));
    if (!m_question.explanation.isEmpty())
        text += QLatin1Char(' ') + m_question.explanation;
    m_verdict->setText(text);
    m_verdict->setStyleSheet(m_right ? QStringLiteral("color:#2e7d32") : QStringLiteral("color:#c62828"));
    m_verdict->show();
    return true;
}

QString QuizWidget::verdict() const
{
    return m_verdict->isVisible() ? m_verdict->text() : QString();
}

} // namespace cw
