#pragma once

#include "advice/advice.h"
#include "change_gatherer.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QVBoxLayout;

namespace cw {

namespace cost {
class PriceBook;
}
class BreakEvenChart;
class Document;
class OptionCard;
class ScalingTab;

/// The Advisor dock (issue 12, docs/advice.md "In the editor"): for the one workload
/// selected, the recommendation in one sentence, the three options side by side with cost
/// and fit, the break-even chart and the checklist, in the "Advice" tab; Apply replaces
/// the node by an option through Document::request(), one undo step. It follows the
/// selection and the model (edits gathered until the event loop is free, moves ignored),
/// and so the pricing and provider too. Other tabs (the scaling simulation) go in tabs()
/// and follow adviceChanged().
class AdvisorPanel : public QWidget {
    Q_OBJECT

public:
    AdvisorPanel(Document& doc, const cost::PriceBook& book, QWidget* parent = nullptr);

    /// Follows the canvas selection: advice when it is one workload node, else a message.
    void showSelection(const QList<Id>& ids);
    /// The advice shown; null when no workload is selected.
    const advice::Advice* advice() const { return m_advice ? &*m_advice : nullptr; }
    /// Applies pending edits now (tests, and before Apply reads the advice).
    void flush();
    /// Replaces the selected node by an option of the advice (one undo step); false when
    /// refused or nothing is advised (the Document says why in editRefused()).
    bool apply(advice::Option option);

    QTabWidget* tabs() const { return m_tabs; }
    /// The Scaling tab: the day's simulation of the advice shown.
    ScalingTab* scaling() const { return m_scaling; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* reasonsLabel() const { return m_reasons; }
    QPushButton* applyButton() const { return m_apply; }
    OptionCard* card(advice::Option option) const { return m_cards[size_t(option)]; }
    BreakEvenChart* chart() const { return m_chart; }
    QListWidget* checklist() const { return m_checklist; }

Q_SIGNALS:
    /// The advice changed (another node, an edit, a price); null when none is shown.
    void adviceChanged(const cw::advice::Advice* advice);
    /// A line for the status bar.
    void message(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void showMessage(const QString& text);
    void showAdvice();
    /// Wide (docked along the bottom of a big window): the checklist in a third column
    /// beside the chart; else under the option cards.
    void placeChecklist();
    void fitChecklist();

    Document& m_doc;
    const cost::PriceBook& m_book;
    ChangeGatherer m_changes;
    Id m_node;        ///< the one node selected, advisable or not
    bool m_many = false; ///< more than one item selected
    std::optional<advice::Advice> m_advice;

    QTabWidget* m_tabs = nullptr;
    ScalingTab* m_scaling = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_reasons = nullptr;
    QPushButton* m_apply = nullptr;
    std::array<OptionCard*, 3> m_cards{};
    QSplitter* m_split = nullptr;
    BreakEvenChart* m_chart = nullptr;
    QLabel* m_chartNote = nullptr;
    QListWidget* m_checklist = nullptr;
    QWidget* m_checkBox = nullptr;         ///< the checklist with its title
    QVBoxLayout* m_column = nullptr;        ///< the scrolled column: verdict, cards (and the checklist)
};

} // namespace cw
