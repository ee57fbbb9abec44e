#pragma once

#include "edit/edits.h"

#include <QMenu>

#include <functional>

class QAction;

namespace cw {

class Document;

/// The Cost menu: puts everything, the selection, or training and batch work on one
/// pricing model (edit::setPricingModel, one undoable step each) and says in the status
/// bar what that did to the monthly bill.
class PricingMenu : public QMenu {
    Q_OBJECT

public:
    /// selection gives the ids selected on the canvas when the menu opens or acts.
    PricingMenu(Document& document, const cost::PriceBook& book, std::function<QList<Id>()> selection,
        QWidget* parent = nullptr);

    /// Applies a pricing model to a scope, as the menu's actions do; true when applied.
    bool apply(const QString& pricingModel, const edit::PricingScope& scope);
    /// The action for a pricing model on everything ("everything"), the selection
    /// ("selection") or training ("training", spot only); for tests.
    QAction* action(const QString& scope, const QString& pricingModel) const;

Q_SIGNALS:
    /// What an applied switch did, for the status bar; timeoutMs 0 keeps it up.
    void message(const QString& text, int timeoutMs);

private:
    void updateEnabled();

    Document& m_doc;
    const cost::PriceBook& m_book;
    std::function<QList<Id>()> m_selection;
    QMenu* m_everything = nullptr;
    QMenu* m_selected = nullptr;
    QAction* m_training = nullptr;
};

} // namespace cw
