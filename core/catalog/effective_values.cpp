#include "effective_values.h"

namespace cw {

const Json& effectiveRef(const Catalog& catalog, const Architecture& model, const Node& node, const char* key)
{
    const auto it = node.props.find(key);
    if (it != node.props.end() && !it->is_null())
        return *it;
    return catalog.defaultRef(node.kind, key, model.providerOf(node));
}

Json effectiveValue(const Catalog& catalog, const Architecture& model, const Node& node, const char* key)
{
    return effectiveRef(catalog, model, node, key);
}

Json effectiveValue(const Catalog& catalog, const Architecture& model, const Node& node, const QString& key)
{
    return effectiveValue(catalog, model, node, key.toUtf8().constData());
}

bool isSetOnNode(const Node& node, const QString& key)
{
    const auto it = node.props.find(key.toStdString());
    return it != node.props.end() && !it->is_null();
}

QString displayName(const Catalog& catalog, const Architecture& model, const Id& id)
{
    if (const Node* n = model.node(id))
        return n->name.isEmpty() ? catalog.serviceName(n->kind, model.providerOf(*n)) : n->name;
    if (const Group* g = model.group(id)) {
        if (!g->name.isEmpty())
            return g->name;
        const GroupKindInfo* info = catalog.groupKind(g->kind);
        return info ? info->displayName(model.meta().provider) : g->id;
    }
    if (const Edge* e = model.edge(id))
        return e->label.isEmpty() ? e->id : e->label;
    return id;
}

} // namespace cw
