#include "cost/pricing_models.h"

#include "cost/cost_model.h"
#include "model/architecture.h"

#include <QCoreApplication>

namespace cw::cost {

namespace {

struct ModelText {
    const char* id;
    const char* text;
    const char* priceText;
};

// The texts are marked for translation here and translated where they are read.
constexpr ModelText kModels[] = {
    {"on_demand", QT_TRANSLATE_NOOP("CostText", "on-demand"), QT_TRANSLATE_NOOP("CostText", "on-demand")},
    {"reserved_1y", QT_TRANSLATE_NOOP("CostText", "reserved 1 year"), QT_TRANSLATE_NOOP("CostText", "reserved 1-year")},
    {"reserved_3y", QT_TRANSLATE_NOOP("CostText", "reserved 3 years"),
        QT_TRANSLATE_NOOP("CostText", "reserved 3-year")},
    {"spot", QT_TRANSLATE_NOOP("CostText", "spot"), QT_TRANSLATE_NOOP("CostText", "spot")},
};

const ModelText* find(const QString& model)
{
    for (const ModelText& m : kModels) {
        if (model == QLatin1String(m.id))
            return &m;
    }
    return nullptr;
}

} // namespace

const QStringList& pricingModels()
{
    static const QStringList models = [] {
        QStringList list;
        for (const ModelText& m : kModels)
            list << QString::fromLatin1(m.id);
        return list;
    }();
    return models;
}

QString pricingModelText(const QString& model)
{
    const ModelText* m = find(model);
    return m ? QCoreApplication::translate("CostText", m->text) : QString();
}

QString pricingModelPriceText(const QString& model)
{
    const ModelText* m = find(model);
    return m ? QCoreApplication::translate("CostText", m->priceText) : QString();
}

QString whyNotPricedOn(const Catalog& catalog, const PriceBook& book, const Architecture& model, const Node& node,
    const QString& pricingModel)
{
    if (pricingModel == QLatin1String("on_demand"))
        return {};
    Node on = node;
    if (!on.props.is_object())
        on.props = Json::object();
    on.props["pricing"] = pricingModel.toStdString();
    const NodeCost cost = estimateNode(catalog, book, model, on);
    if (cost.status != NodeStatus::Unpriced || cost.notBilled)
        return {};
    return cost.reason;
}

} // namespace cw::cost
