#pragma once

#include "advice/advice.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace cw {

/// One of the advisor's three options side by side: what it is, its monthly cost, whether
/// it fits (and why not), its pros and cons, and a button that applies it to the node.
class OptionCard : public QFrame {
    Q_OBJECT

public:
    explicit OptionCard(advice::Option option, QWidget* parent = nullptr);

    advice::Option option() const { return m_option; }
    /// Shows an option of an advice; whyNotApply is empty when Apply can run, else the
    /// reason the button is disabled with (it becomes its tooltip).
    void setOption(const advice::OptionAdvice& option, bool recommended, bool current, const QString& whyNotApply);

    QLabel* costLabel() const { return m_cost; }
    QLabel* fitLabel() const { return m_fit; }
    QPushButton* applyButton() const { return m_apply; }
    QString title() const;

Q_SIGNALS:
    void applyRequested(cw::advice::Option option);

private:
    /// The colours that come from the theme, again: at each setOption and on a live
    /// Light/Dark switch (Appearance::changed).
    void restyle();

    advice::Option m_option;
    bool m_recommended = false;
    bool m_fits = true;
    QStringList m_pros;
    QStringList m_cons;
    QLabel* m_title = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_cost = nullptr;
    QLabel* m_what = nullptr;
    QLabel* m_fit = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace cw
