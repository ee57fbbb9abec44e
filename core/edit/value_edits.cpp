// Edits that change values: properties, names, providers, edge kinds, diagram settings.
#include "edits.h"

#include "catalog/effective_values.h"
#include "cost/price_book.h"
#include <QCoreApplication>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw::edit {

namespace {

QString describeMeta(const Meta& meta, const Meta& before)
{
    // A file may carry another currency (it is explained, not lost); it cannot be chosen.
    if (meta.currency != before.currency && !currencyProblem(meta.currency).isEmpty())
        return currencyProblem(meta.currency);
    if (!isKnownProvider(meta.provider))
        return EditText::tr("unknown provider \"%1\"").arg(meta.provider);
    if (meta.reliability != QLatin1String("standard") && meta.reliability != QLatin1String("critical"))
        return EditText::tr("reliability must be standard or critical");
    return {};
}

// A node that follows a provider carries its service name and default values; when the
// provider changes they become the new provider's. A name or value the user chose stays,
// and so does an empty name (it already shows the service's name).
void followProvider(const Catalog& catalog, Node& node, const QString& from, const QString& to)
{
    if (!node.name.isEmpty() && node.name == catalog.serviceName(node.kind, from))
        node.name = catalog.serviceName(node.kind, to);
    // A machine type of the old provider means nothing at the new one.
    const Json props = node.props;
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const Json oldDefault = catalog.defaultValue(node.kind, key, from);
        if (oldDefault.is_null() || *it != oldDefault)
            continue;
        const Json newDefault = catalog.defaultValue(node.kind, key, to);
        if (newDefault.is_null())
            node.props.erase(it.key());
        else
            node.props[it.key()] = newDefault;
    }
}

} // namespace

EditResult setProperty(Architecture& model, const Catalog& catalog, const Id& id, const QString& key, const Json& value)
{
    if (key.isEmpty())
        return EditResult::failure(EditText::tr("a property needs a name"));
    if (!value.is_null()) {
        const QString problem = catalog.checkValue(key, value);
        if (!problem.isEmpty()) {
            const PropertyDef* def = catalog.property(key);
            return EditResult::failure(
                QStringLiteral("%1 %2").arg(def && !def->label.isEmpty() ? def->label : key, problem));
        }
    }
    const std::string k = key.toStdString();
    auto update = [&](Json props) {
        if (value.is_null())
            props.erase(k);
        else
            props[k] = value;
        return props;
    };
    const PropertyDef* def = catalog.property(key);
    const QString label = def && !def->label.isEmpty() ? def->label : key;
    const QString mergeKey = QStringLiteral("prop:%1:%2").arg(id, key);
    EditBatch changes(model);
    if (const Node* n = model.node(id)) {
        Node changed = *n;
        changed.props = update(n->props);
        changes.put(std::move(changed));
    } else if (const Group* g = model.group(id)) {
        Group changed = *g;
        changed.props = update(g->props);
        changes.put(std::move(changed));
    } else {
        return EditResult::failure(EditText::tr("there is no node or group \"%1\"").arg(id));
    }
    return changes.commit(model, EditText::tr("Set %1").arg(label), mergeKey);
}

EditResult rename(Architecture& model, const Id& id, const QString& name)
{
    EditBatch changes(model);
    if (const Node* n = model.node(id)) {
        Node changed = *n;
        changed.name = name;
        changes.put(std::move(changed));
    } else if (const Group* g = model.group(id)) {
        Group changed = *g;
        changed.name = name;
        changes.put(std::move(changed));
    } else if (const Edge* e = model.edge(id)) {
        Edge changed = *e;
        changed.label = name;
        changes.put(std::move(changed));
        return changes.commit(
            model, name.isEmpty() ? EditText::tr("Remove label") : EditText::tr("Label \"%1\"").arg(name));
    } else {
        return EditResult::failure(EditText::tr("there is no item \"%1\"").arg(id));
    }
    return changes.commit(model, EditText::tr("Rename to \"%1\"").arg(name));
}

EditResult setNodeProvider(Architecture& model, const Catalog& catalog, const Id& id, const QString& provider)
{
    const Node* n = model.node(id);
    if (!n)
        return EditResult::failure(EditText::tr("there is no node \"%1\"").arg(id));
    if (!provider.isEmpty() && !isKnownProvider(provider))
        return EditResult::failure(EditText::tr("unknown provider \"%1\"").arg(provider));
    EditBatch changes(model);
    Node changed = *n;
    const QString before = model.providerOf(*n);
    const QString after = provider.isEmpty() ? model.meta().provider : provider;
    changed.provider = provider;
    followProvider(catalog, changed, before, after);
    changes.put(std::move(changed));
    return changes.commit(model, EditText::tr("Set provider to %1").arg(providerDisplayName(after)));
}

EditResult setEdgeKind(Architecture& model, const Id& id, EdgeKind kind)
{
    const Edge* e = model.edge(id);
    if (!e)
        return EditResult::failure(EditText::tr("there is no edge \"%1\"").arg(id));
    EditBatch changes(model);
    Edge changed = *e;
    changed.kind = kind;
    changes.put(std::move(changed));
    return changes.commit(model, EditText::tr("Make %1 edge").arg(toString(kind)));
}

EditResult setEdgeLabel(Architecture& model, const Id& id, const QString& label)
{
    if (!model.edge(id))
        return EditResult::failure(EditText::tr("there is no edge \"%1\"").arg(id));
    return rename(model, id, label);
}

EditResult setMeta(Architecture& model, const Meta& meta)
{
    const QString problem = describeMeta(meta, model.meta());
    if (!problem.isEmpty())
        return EditResult::failure(problem);
    EditBatch changes(model);
    changes.setMeta(meta);
    return changes.commit(model, EditText::tr("Change diagram settings"));
}

EditResult suppress(
    Architecture& model, const Catalog& catalog, const Id& id, const QString& rule, const QString& reason)
{
    const Node* n = model.node(id);
    if (!n)
        return EditResult::failure(EditText::tr("there is no node \"%1\"").arg(id));
    if (rule.isEmpty())
        return EditResult::failure(EditText::tr("a suppression names a rule"));
    // What the team accepted, and why, is the point of a suppression: the reason is
    // kept with the node for reviewers.
    if (reason.trimmed().isEmpty())
        return EditResult::failure(EditText::tr("a suppression needs a reason"));
    Node changed = *n;
    auto it = std::find_if(
        changed.suppress.begin(), changed.suppress.end(), [&](const Suppression& s) { return s.rule == rule; });
    if (it != changed.suppress.end())
        it->reason = reason.trimmed();
    else
        changed.suppress.push_back(Suppression{rule, reason.trimmed(), Json()});
    EditBatch changes(model);
    changes.put(std::move(changed));
    return changes.commit(model, EditText::tr("Suppress %1 on “%2”").arg(rule, displayName(catalog, model, id)));
}

EditResult unsuppress(Architecture& model, const Catalog& catalog, const Id& id, const QString& rule)
{
    const Node* n = model.node(id);
    if (!n)
        return EditResult::failure(EditText::tr("there is no node \"%1\"").arg(id));
    Node changed = *n;
    const auto kept = std::remove_if(
        changed.suppress.begin(), changed.suppress.end(), [&](const Suppression& s) { return s.rule == rule; });
    if (kept == changed.suppress.end())
        return EditResult::failure(
            EditText::tr("“%1” does not suppress %2").arg(displayName(catalog, model, id), rule));
    changed.suppress.erase(kept, changed.suppress.end());
    EditBatch changes(model);
    changes.put(std::move(changed));
    return changes.commit(
        model, EditText::tr("Stop suppressing %1 on “%2”").arg(rule, displayName(catalog, model, id)));
}

EditResult switchProvider(
    Architecture& model, const Catalog& catalog, const cost::PriceBook& prices, const QString& provider)
{
    if (!isKnownProvider(provider))
        return EditResult::failure(EditText::tr("unknown provider \"%1\"").arg(provider));
    const QString old = model.meta().provider;
    // A provider the book lists no types for (generic) names none: what was there stays.
    const bool mapsTo = !prices.equivalents().types(QStringLiteral("vm"), provider).isEmpty();
    const QString target = providerDisplayName(provider);
    EditBatch changes(model);
    Meta meta = model.meta();
    meta.provider = provider;
    QStringList notes;
    if (mapsTo && !meta.region.isEmpty() && old != provider) {
        const cost::Mapping region = prices.mapRegion(meta.region, old, provider);
        if (region.found())
            meta.region = region.target;
        else
            notes << EditText::tr("region %1 has no equivalent; kept").arg(meta.region);
    }
    changes.setMeta(meta);
    QStringList unmapped;
    for (const Node& n : model.nodes()) {
        if (!n.provider.isEmpty())
            continue; // the node names its own provider on purpose
        Node changed = n;
        followProvider(catalog, changed, old, provider);
        const auto type = n.props.find("instance_type");
        // A type followProvider left alone is the user's choice: it gets its nearest equivalent.
        if (mapsTo && type != n.props.end() && type->is_string()
            && changed.props.value("instance_type", Json()) == *type && !type->get<std::string>().empty()) {
            const QString from = QString::fromStdString(type->get<std::string>());
            const cost::Mapping mapped = prices.mapInstanceType(n.kind, from, old, provider);
            if (mapped.found())
                changed.props["instance_type"] = mapped.target.toStdString();
            else
                unmapped << QStringLiteral("%1 (%2)").arg(from, n.id);
        }
        if (changed != n)
            changes.put(std::move(changed));
    }
    if (!unmapped.isEmpty())
        notes.prepend(unmapped.size() == 1
                ? EditText::tr("1 type has no equivalent: %1").arg(unmapped.join(QStringLiteral(", ")))
                : EditText::tr("%1 types have no equivalent: %2")
                      .arg(QString::number(unmapped.size()), unmapped.join(QStringLiteral(", "))));
    for (const Group& g : model.groups()) {
        const GroupKindInfo* info = catalog.groupKind(g.kind);
        if (info && g.name == info->displayName(old) && g.name != info->displayName(provider)) {
            Group changed = g;
            changed.name = info->displayName(provider);
            changes.put(std::move(changed));
        }
    }
    EditResult result = changes.commit(model, EditText::tr("Switch provider to %1").arg(target));
    if (result.ok())
        result.notes = notes;
    return result;
}

} // namespace cw::edit
