// The diagram-wide pricing switch: one pricing model for every node that can take it.
#include "edits.h"

#include "catalog/effective_values.h"
#include "cost/pricing_models.h"
#include <QCoreApplication>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw::edit {

namespace {

constexpr int kNamesInNote = 5; // a 10,000-node diagram must not fill the status bar

QString namesOf(const Catalog& catalog, const Architecture& model, const QList<Id>& ids)
{
    QStringList names;
    for (const Id& id : ids.mid(0, kNamesInNote))
        names << QStringLiteral("%1 (%2)").arg(displayName(catalog, model, id), id);
    if (ids.size() > kNamesInNote)
        names << EditText::tr("%1 more").arg(ids.size() - kNamesInNote);
    return names.join(QStringLiteral(", "));
}

QString pricingOf(const Catalog& catalog, const Architecture& model, const Node& n)
{
    const Json v = effectiveValue(catalog, model, n, "pricing");
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QStringLiteral("on_demand");
}

} // namespace

EditResult setPricingModel(Architecture& model, const Catalog& catalog, const cost::PriceBook& prices,
    const QString& pricingModel, const PricingScope& scope)
{
    const QString target = cost::pricingModelText(pricingModel);
    if (target.isEmpty())
        return EditResult::failure(EditText::tr("unknown pricing model \"%1\"; expected %2")
                                       .arg(pricingModel, cost::pricingModels().join(QStringLiteral(", "))));
    QList<const Node*> inScope;
    if (!scope.nodes.isEmpty()) {
        for (const Id& id : scope.nodes) {
            const Node* n = model.node(id);
            if (!n && !model.contains(id))
                return EditResult::failure(EditText::tr("there is no node \"%1\"").arg(id));
            if (n) // groups and edges in a selection have no pricing
                inScope << n;
        }
    } else {
        for (const Node& n : model.nodes())
            inScope << &n;
    }
    EditBatch changes(model);
    QList<Id> already;
    QList<Id> kept;
    QSet<QString> keptOn;
    int candidates = 0;
    for (const Node* n : std::as_const(inScope)) {
        const KindInfo* info = catalog.kind(n->kind);
        if (!info || !info->props.contains(QLatin1String("pricing")))
            continue; // serverless and managed services are not bought by the hour
        if (scope.role && !catalog.hasRole(n->kind, *scope.role))
            continue;
        ++candidates;
        const QString now = pricingOf(catalog, model, *n);
        if (now == pricingModel) {
            already << n->id;
            continue;
        }
        if (!cost::whyNotPricedOn(catalog, prices, model, *n, pricingModel).isEmpty()) {
            kept << n->id;
            keptOn.insert(now);
            continue;
        }
        Node changed = *n;
        // The default is left unset, so the file keeps saying only what the user chose.
        if (catalog.defaultValue(n->kind, QStringLiteral("pricing"), model.providerOf(*n))
            == Json(pricingModel.toStdString()))
            changed.props.erase("pricing");
        else
            changed.props["pricing"] = pricingModel.toStdString();
        changes.put(std::move(changed));
    }

    const QString where
        = scope.nodes.isEmpty() && !scope.role ? EditText::tr("the diagram") : scope.what; // not "everything"
    if (candidates == 0)
        return EditResult::failure(
            EditText::tr("nothing in %1 has a pricing model (VMs, clusters, batch, SQL databases, caches, "
                         "training and endpoints have one)")
                .arg(where));
    const QString noPrice = kept.isEmpty() ? QString()
        : kept.size() == 1                 ? EditText::tr("1 node has no %1 price: %2")
                                 .arg(cost::pricingModelPriceText(pricingModel), namesOf(catalog, model, kept))
                           : EditText::tr("%1 nodes have no %2 price: %3")
                                 .arg(QString::number(kept.size()), cost::pricingModelPriceText(pricingModel),
                                     namesOf(catalog, model, kept));
    if (changes.isEmpty()) {
        QStringList why;
        if (!already.isEmpty())
            why << (already.size() == 1 ? EditText::tr("1 node is already on %1").arg(target)
                                        : EditText::tr("%1 nodes are already on %2").arg(already.size()).arg(target));
        if (!noPrice.isEmpty())
            why << noPrice;
        return EditResult::failure(
            EditText::tr("nothing to change in %1: %2").arg(where, why.join(QStringLiteral(", "))));
    }
    QString keptNote;
    if (!kept.isEmpty())
        keptNote = QStringLiteral("%1: %2").arg(keptOn.size() == 1
                ? EditText::tr("kept %1").arg(cost::pricingModelText(*keptOn.begin()))
                : EditText::tr("kept as they were"),
            noPrice);
    EditResult result = changes.commit(model, EditText::tr("Price %1 on %2").arg(scope.what, target));
    if (result.ok() && !keptNote.isEmpty())
        result.notes << keptNote;
    return result;
}

} // namespace cw::edit
