#include "pricing_menu.h"

#include "cost/change_cost.h"
#include "cost/cost_export.h"
#include "cost/pricing_models.h"
#include "document.h"

namespace cw {

namespace {

// Menu labels, in cost::pricingModels() order.
QString menuLabel(const QString& model)
{
    if (model == QLatin1String("on_demand"))
        return PricingMenu::tr("&On-Demand");
    if (model == QLatin1String("reserved_1y"))
        return PricingMenu::tr("Reserved &1 Year");
    if (model == QLatin1String("reserved_3y"))
        return PricingMenu::tr("Reserved &3 Years");
    return PricingMenu::tr("&Spot");
}

// A pricing model opening a sentence ("%1 on 3 nodes: +$12.00 a month").
QString modelTitle(const QString& model)
{
    if (model == QLatin1String("on_demand"))
        return PricingMenu::tr("On-demand", "pricing model, opening a sentence");
    if (model == QLatin1String("reserved_1y"))
        return PricingMenu::tr("Reserved 1 year", "pricing model, opening a sentence");
    if (model == QLatin1String("reserved_3y"))
        return PricingMenu::tr("Reserved 3 years", "pricing model, opening a sentence");
    return PricingMenu::tr("Spot", "pricing model, opening a sentence");
}

QString nodeCount(int n)
{
    return n == 1 ? PricingMenu::tr("1 node") : PricingMenu::tr("%1 nodes").arg(n);
}

} // namespace

PricingMenu::PricingMenu(
    Document& document, const cost::PriceBook& book, std::function<QList<Id>()> selection, QWidget* parent)
    : QMenu(tr("&Cost"), parent)
    , m_doc(document)
    , m_book(book)
    , m_selection(std::move(selection))
{
    setObjectName(QStringLiteral("costMenu"));
    setToolTipsVisible(true);
    m_everything = addMenu(tr("Price &Everything On"));
    m_selected = addMenu(tr("Price &Selection On"));
    for (QMenu* menu : {m_everything, m_selected}) {
        menu->setToolTipsVisible(true);
        const bool all = menu == m_everything;
        for (const QString& model : cost::pricingModels()) {
            QAction* a = menu->addAction(menuLabel(model));
            a->setObjectName(QStringLiteral("price-%1-%2")
                                 .arg(all ? QStringLiteral("everything") : QStringLiteral("selection"), model));
            // Rich text, so that the tooltip wraps instead of crossing the screen.
            a->setToolTip(all
                    ? tr("<p>Every VM, cluster, batch job, SQL database, cache, training job and endpoint on %1, "
                         "where the price book has a rate. One undoable step.</p>")
                          .arg(cost::pricingModelText(model))
                    : tr("<p>The selected nodes that have a pricing model on %1, where the price book has a rate. "
                         "One undoable step.</p>")
                          .arg(cost::pricingModelText(model)));
            connect(a, &QAction::triggered, this, [this, model, all] {
                apply(model, all ? edit::PricingScope::everything() : edit::PricingScope::only(m_selection()));
            });
        }
    }
    addSeparator();
    m_training = addAction(tr("&Training on Spot"));
    m_training->setObjectName(QStringLiteral("price-training-spot"));
    m_training->setToolTip(tr("<p>Training and batch jobs on spot capacity, where the price book has a rate: they "
                              "can be interrupted and resumed, which is what spot is made for. Serving stays as it "
                              "is. One undoable step.</p>"));
    connect(m_training, &QAction::triggered, this,
        [this] { apply(QStringLiteral("spot"), edit::PricingScope::training()); });
    connect(this, &QMenu::aboutToShow, this, &PricingMenu::updateEnabled);
    updateEnabled();
}

QAction* PricingMenu::action(const QString& scope, const QString& pricingModel) const
{
    return findChild<QAction*>(QStringLiteral("price-%1-%2").arg(scope, pricingModel));
}

void PricingMenu::updateEnabled()
{
    bool anyNode = false;
    if (m_selection) {
        for (const Id& id : m_selection())
            anyNode = anyNode || m_doc.model().node(id);
    }
    m_selected->setEnabled(anyNode);
}

bool PricingMenu::apply(const QString& pricingModel, const edit::PricingScope& scope)
{
    cost::ChangeCost change;
    int nodes = 0;
    QStringList notes;
    const bool done = m_doc.request([&](Architecture& m) {
        EditResult r = edit::setPricingModel(m, m_doc.catalog(), m_book, pricingModel, scope);
        if (r.ok() && r.record) {
            // Priced from the undo record: the nodes before and after, not the whole diagram.
            change = cost::costOfChange(m_doc.catalog(), m_book, m, *r.record);
            nodes = int(r.record->nodes.size());
            notes = r.notes;
        }
        return r;
    });
    if (!done)
        return false; // the status bar already says why
    QString text = tr("%1 on %2: %3 a month")
                       .arg(modelTitle(pricingModel), nodeCount(nodes),
                           cost::signedUsdText(change.monthly));
    if (!change.known())
        text += tr(" (%1 not priced: %2)")
                    .arg(nodeCount(int(change.unknown.size())), change.unknown.mid(0, 3).join(QStringLiteral("; ")));
    if (!notes.isEmpty())
        text += QStringLiteral("; ") + notes.join(QStringLiteral("; "));
    Q_EMIT message(text, notes.isEmpty() && change.known() ? 10000 : 0);
    return true;
}

} // namespace cw
