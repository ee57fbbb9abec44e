// The advisor's Apply (docs/advice.md, "In the editor"): a workload node becomes one of
// the advisor's options, as one undoable edit that keeps where it is and what it is joined to.
#include "edits.h"

#include "advice/advice.h"
#include "catalog/effective_values.h"
#include <QCoreApplication>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct EditText {
    Q_DECLARE_TR_FUNCTIONS(EditText)
};
} // namespace

namespace cw::edit {

namespace {

bool kindLists(const Catalog& catalog, const QString& kind, const QString& key)
{
    const KindInfo* info = catalog.kind(kind);
    return info && info->props.contains(key);
}

// The option's properties, then the node's own that still mean something: those the new
// kind lists (the load, the traffic, the team) and those this version does not know (kept
// for saving, as everywhere). Properties only the old kind has (an instance type on a
// function) are left behind.
Json replacementProps(const Catalog& catalog, const Node& node, const advice::OptionAdvice& option)
{
    Json props = option.node.props.is_object() ? option.node.props : Json::object();
    for (auto it = node.props.begin(); it != node.props.end(); ++it) {
        if (props.contains(it.key()))
            continue;
        const QString key = QString::fromStdString(it.key());
        if (!catalog.property(key) || kindLists(catalog, option.node.kind, key))
            props[it.key()] = *it;
    }
    return props;
}

} // namespace

namespace {

// The node as the option makes it, or why not; text names the step in the history.
struct Replacement {
    std::optional<Node> node;
    QString error;
    QString text;
};

Replacement replacementFor(
    const Architecture& model, const Catalog& catalog, const advice::Advice& advice, advice::Option option)
{
    Replacement r;
    const Node* n = model.node(advice.workload.id);
    if (!n) {
        r.error = EditText::tr("there is no node \"%1\"").arg(advice.workload.id);
        return r;
    }
    const QString name = displayName(catalog, model, n->id);
    if (n->kind != advice.workload.kind || model.providerOf(*n) != advice.workload.provider) {
        r.error = EditText::tr("the advice for “%1” is out of date; ask for it again").arg(name);
        return r;
    }
    if (advice.options.empty() || advice.option(option).option != option) {
        r.error = EditText::tr("the advice for “%1” has no options").arg(name);
        return r;
    }
    const advice::OptionAdvice& o = advice.option(option);
    const QString what = QStringLiteral("%1 (%2)").arg(advice::optionText(option), o.service);
    if (!o.fits) {
        r.error = EditText::tr("%1 do not fit “%2”: %3").arg(what, name, o.whyNot.join(QStringLiteral("; ")));
        return r;
    }
    if (!catalog.kind(o.node.kind)) {
        r.error = EditText::tr("the catalog has no kind \"%1\"").arg(o.node.kind);
        return r;
    }

    Node changed = *n;
    changed.kind = o.node.kind;
    changed.props = replacementProps(catalog, *n, o);
    if (advice.multiZone && o.alwaysOn()) {
        // seeds/001: replicas spread over zones, so one zone failing leaves one serving
        // (what the single-point-of-failure rule asks).
        const Json count = changed.props.value("count", Json());
        changed.props["count"] = std::max(count.is_number() ? count.get<int>() : 1, 2);
        changed.props["multi_az"] = true;
    }
    const QString provider = model.providerOf(*n);
    if (!n->name.isEmpty() && n->name == catalog.serviceName(n->kind, provider))
        changed.name = catalog.serviceName(changed.kind, provider);
    if (changed == *n) {
        r.error = EditText::tr("“%1” already runs on %2 as advised").arg(name, what);
        return r;
    }
    r.text = n->kind == o.node.kind ? EditText::tr("Spread “%1” over zones").arg(name)
                                    : EditText::tr("Run “%1” on %2").arg(name, what);
    r.node = std::move(changed);
    return r;
}

} // namespace

QString whyNotApplied(
    const Architecture& model, const Catalog& catalog, const advice::Advice& advice, advice::Option option)
{
    return replacementFor(model, catalog, advice, option).error;
}

EditResult applyAdvice(Architecture& model, const Catalog& catalog, const advice::Advice& advice, advice::Option option)
{
    Replacement r = replacementFor(model, catalog, advice, option);
    if (!r.node)
        return EditResult::failure(r.error);
    EditBatch changes(model);
    changes.put(std::move(*r.node));
    return changes.commit(model, r.text);
}

} // namespace cw::edit
