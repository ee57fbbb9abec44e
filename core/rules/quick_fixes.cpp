#include "quick_fixes.h"

#include "catalog/effective_values.h"

#include "fix_placement.h"
#include "roles.h"

#include "edit/id_allocator.h"

#include "cost/cost_model.h"
#include "layout/model_routes.h"

#include <QSet>

#include <QCoreApplication>
#include <cmath>
#include <limits>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct FixText {
    Q_DECLARE_TR_FUNCTIONS(FixText)
};
} // namespace

namespace cw::fix {

namespace {

constexpr double kGap = 40.0;

/// One fix under construction: an EditBatch with helpers to place and wire new nodes.
class Fixer {
public:
    Fixer(Architecture& model, const Catalog& catalog, const FixOptions& options)
        : m_model(model)
        , m_catalog(catalog)
        , m_changes(model)
        , m_ids(m_changes)
        , m_options(options)
    {
    }

    EditBatch& changes() { return m_changes; }
    const Architecture& model() const { return m_model; }
    const Catalog& catalog() const { return m_catalog; }
    const FixOptions& options() const { return m_options; }

    /// The first node of a kind, if the diagram has one.
    const Node* existing(const char* kind) const
    {
        for (const Node& n : m_model.nodes()) {
            if (n.kind == QLatin1String(kind))
                return &n;
        }
        return nullptr;
    }

    /// The outermost region the node is in (account-wide services live there), or none.
    Id regionOf(const Id& id) const
    {
        Id region;
        for (const Id& g : m_model.ancestors(id)) {
            if (m_model.group(g)->kind == GroupKind::Region)
                region = g;
        }
        return region;
    }

    /// The card a node has as the fix leaves it.
    QRectF cardOf(const Id& id) const
    {
        const Node* n = m_changes.node(id);
        return n ? nodeRect(*n) : QRectF();
    }

    /// Adds a node of kind in group, on a free spot next to the card of what it serves.
    Id addNode(const char* kind, const Id& group, const Id& serves)
    {
        const QRectF anchor = cardOf(serves);
        return addNodeAt(kind, group,
            m_options.placement == Placement::Near ? anchor.topRight() + QPointF(kGap, 0)
                                                   : m_placer.spotNear(anchor, group));
    }

    /// Adds a top-level node about the whole diagram beside its bounding box, on the side
    /// nearest to toward.
    Id addNodeBesideDiagram(const char* kind, QPointF toward)
    {
        return addNodeAt(kind, Id(),
            m_options.placement == Placement::Near ? toward + QPointF(0, -kNodeHeight - 2 * kGap)
                                                   : m_placer.spotBesideDiagram(toward));
    }

    void connect(const Id& from, const Id& to, EdgeKind kind)
    {
        for (const Id& e : m_model.edgesAt(from)) {
            const Edge* edge = m_model.edge(e);
            if (edge->from == from && edge->to == to && edge->kind == kind)
                return; // already there
        }
        Edge e;
        e.id = m_ids.take(QStringLiteral("e1"));
        e.from = from;
        e.to = to;
        e.kind = kind;
        m_changes.put(std::move(e));
    }

    /// Puts a node into a group, on the free spot there closest to where it is.
    void moveInto(const Id& node, const Id& group)
    {
        Node moved = *m_changes.node(node);
        moved.group = group;
        moved.pos = m_options.placement == Placement::Near ? m_changes.group(group)->box.topLeft() + QPointF(24, 44)
                                                           : m_placer.spotNear(cardOf(node), group, node);
        m_placer.reserve(QRectF(moved.pos, QSizeF(kNodeWidth, kNodeHeight)));
        m_changes.put(std::move(moved));
        m_moved.append(node);
    }

    Id addGroup(Group g)
    {
        g.id = m_ids.take(toString(g.kind) + QLatin1Char('1'));
        const Id id = g.id;
        m_changes.put(std::move(g));
        m_placer.addedGroup(id);
        return id;
    }

    /// Applies the fix; what it added is in created, and the groups around what it
    /// placed grow to hold it.
    EditResult commit(const QString& text)
    {
        m_changes.growGroupsToHold(m_created + m_moved);
        EditResult r = m_changes.commit(m_model, text);
        if (r.ok())
            r.created = m_created;
        return r;
    }

private:
    Id addNodeAt(const char* kind, const Id& group, QPointF at)
    {
        Node n;
        const KindInfo* info = m_catalog.kind(QString::fromLatin1(kind));
        n.id = m_ids.take(info->shortName() + QLatin1Char('1'));
        n.kind = QString::fromLatin1(kind);
        n.name = info->serviceName(m_model.meta().provider);
        n.group = group;
        n.pos = at;
        const Id id = n.id;
        m_placer.reserve(QRectF(n.pos, QSizeF(kNodeWidth, kNodeHeight)));
        m_changes.put(std::move(n));
        m_created.append(id);
        return id;
    }

    Architecture& m_model;
    const Catalog& m_catalog;
    EditBatch m_changes;
    edit::IdAllocator m_ids;
    Placer m_placer{m_changes};
    QList<Id> m_created;
    QList<Id> m_moved;
    FixOptions m_options;
};

QString nameOf(const Fixer& f, const Id& id)
{
    return displayName(f.catalog(), f.model(), id);
}

EditResult missingIam(Fixer& f, const Finding& finding)
{
    const Id workload = finding.nodes.value(0);
    Id iam;
    if (const Node* n = f.existing("security.iam"))
        iam = n->id;
    else
        iam = f.addNode("security.iam", f.regionOf(workload), workload);
    f.connect(iam, workload, EdgeKind::Control);
    return f.commit(FixText::tr("Fix: an IAM role for “%1”").arg(nameOf(f, workload)));
}

EditResult missingSecrets(Fixer& f, const Finding& finding)
{
    const Id store = finding.nodes.value(0);
    const Id secrets = f.addNode("security.secrets", f.regionOf(store), store);
    // The workloads that use the store read its credentials from the secret manager.
    for (const Id& e : f.model().edgesAt(store)) {
        const Edge* edge = f.model().edge(e);
        const Id& other = edge->from == store ? edge->to : edge->from;
        const Node* n = f.model().node(other);
        if (n && roles::isWorkload(f.catalog(), n->kind))
            f.connect(other, secrets, EdgeKind::Data);
    }
    return f.commit(FixText::tr("Fix: a secret manager for “%1”").arg(nameOf(f, store)));
}

EditResult noObservability(Fixer& f, const Finding& finding)
{
    const Id first = finding.nodes.value(0);
    Id monitor;
    if (const Node* n = f.existing("observability.monitoring"))
        monitor = n->id;
    else
        monitor = f.addNode("observability.monitoring", f.regionOf(first), first);
    for (const Id& id : finding.nodes) {
        const Node* n = f.model().node(id);
        if (n && (roles::isWorkload(f.catalog(), n->kind) || roles::isManagedEdge(f.catalog(), n->kind)))
            f.connect(monitor, id, EdgeKind::Control);
    }
    return f.commit(FixText::tr("Fix: monitoring on the request path"));
}

} // namespace

qint64 friendlyLimit(cost::Money monthly)
{
    const qint64 micros = std::max<qint64>(0, monthly.micros());
    const qint64 withHeadroom = micros + micros / 5; // 20%, clear of overflow for any price
    const qint64 dollars = withHeadroom / 1'000'000 + (withHeadroom % 1'000'000 != 0 ? 1 : 0);
    // Up to two significant figures: $1,481 -> $1,500, $87 -> $90, $23,456 -> $24,000.
    qint64 step = 10;
    while (step <= std::numeric_limits<qint64>::max() / 10 && dollars >= step * 100)
        step *= 10;
    return std::max<qint64>(10, (dollars + step - 1) / step * step);
}

BudgetProposal proposeBudgetLimit(const Architecture& model, const Catalog& catalog)
{
    const cost::Projection p = cost::project(catalog, cost::PriceBook::builtin(), model, 1);
    BudgetProposal r;
    r.estimate = p.perMonth.front().total;
    for (const cost::NodeCost& n : p.nodes) {
        if (n.status == cost::NodeStatus::Usage || (n.status == cost::NodeStatus::Unpriced && !n.notBilled))
            r.leftOut.append(n.id);
    }
    r.limit = friendlyLimit(r.estimate);
    return r;
}

std::optional<qint64> proposedBudgetLimit(const Architecture& model, const Catalog& catalog)
{
    const BudgetProposal p = proposeBudgetLimit(model, catalog);
    if (!p.complete())
        return std::nullopt; // a total that leaves a node out would set the limit too low
    return p.limit;
}

bool fixAsksForBudgetLimit(const Architecture& model, const Catalog& catalog, const Finding& finding)
{
    if (finding.rule != QLatin1String("no-cost-controls"))
        return false;
    for (const Id& id : finding.nodes) {
        const Node* n = model.node(id);
        if (n && n->kind == QLatin1String("cost.budget"))
            return !effectiveValue(catalog, model, *n, "monthly_limit").is_number();
    }
    return true; // a new budget
}

namespace {

EditResult noCostControls(Fixer& f, const Finding& finding)
{
    const Architecture& model = f.model();
    // The budget the finding names (one without a limit, or watching nothing), else a new one.
    Id budget;
    QList<Id> targets;
    for (const Id& id : finding.nodes) {
        if (model.node(id)->kind == QLatin1String("cost.budget")) {
            if (budget.isEmpty())
                budget = id;
        } else
            targets.append(id); // GPUs
    }
    // Limit what the finding names (GPUs), else every top-level group with paid services,
    // else the paid workloads themselves.
    if (targets.isEmpty()) {
        for (const Node& n : model.nodes()) {
            if (!roles::isPaid(f.catalog(), n.kind))
                continue;
            const QList<Id> chain = model.ancestors(n.id);
            const Id target = chain.isEmpty() ? (roles::isWorkload(f.catalog(), n.kind) ? n.id : Id()) : chain.last();
            if (!target.isEmpty() && !targets.contains(target))
                targets.append(target);
        }
    }
    if (budget.isEmpty()) {
        // About the whole account: beside the diagram, on the side of what it watches.
        QRectF watched;
        for (const Id& t : std::as_const(targets))
            watched |= routing::rectInModel(model, t);
        QRectF all;
        for (const Node& n : model.nodes())
            all |= nodeRect(n);
        budget = f.addNodeBesideDiagram("cost.budget", (watched.isNull() ? all : watched).center());
    }
    for (const Id& t : std::as_const(targets))
        f.connect(budget, t, EdgeKind::Control);
    Node node = *f.changes().node(budget);
    if (effectiveValue(f.catalog(), model, node, "monthly_limit").is_number())
        return f.commit(FixText::tr("Fix: connect “%1” to what costs money").arg(nameOf(f, budget)));
    // The limit the user chose in the editor, else the proposal (none when the estimate is incomplete).
    const std::optional<qint64> limit
        = f.options().budgetLimit ? f.options().budgetLimit : proposedBudgetLimit(model, f.catalog());
    if (!limit)
        return f.commit(FixText::tr("Fix: a budget with a cost alert (no limit set: the cost estimate is "
                                    "incomplete, set monthly_limit yourself)"));
    if (!node.props.is_object())
        node.props = Json::object();
    node.props["monthly_limit"] = *limit;
    f.changes().put(std::move(node));
    return f.commit(FixText::tr("Fix: a budget with a cost alert at $%1 a month").arg(*limit));
}

EditResult noModelMonitoring(Fixer& f, const Finding& finding)
{
    const Id endpoint = finding.nodes.value(0);
    const Architecture& model = f.model();
    Id monitor;
    for (const Id& e : model.edgesAt(endpoint)) {
        const Edge* edge = model.edge(e);
        const Id& other = edge->from == endpoint ? edge->to : edge->from;
        if (model.node(other) && model.node(other)->kind == QLatin1String("observability.monitoring"))
            monitor = other;
    }
    if (monitor.isEmpty()) {
        if (const Node* n = f.existing("observability.monitoring"))
            monitor = n->id;
        else
            monitor = f.addNode("observability.monitoring", f.regionOf(endpoint), endpoint);
        f.connect(monitor, endpoint, EdgeKind::Control);
    }
    const Id alert = f.addNode("observability.alerting", f.changes().node(monitor)->group, monitor);
    f.connect(alert, monitor, EdgeKind::Control);
    return f.commit(FixText::tr("Fix: a model-quality alert for “%1”").arg(nameOf(f, endpoint)));
}

EditResult publicDatabase(Fixer& f, const Finding& finding)
{
    const Id db = finding.nodes.value(0);
    const Architecture& model = f.model();
    const Node* node = model.node(db);
    if (!finding.edges.isEmpty()) {
        // Reached straight from the internet: the application, not the user, talks to it.
        for (const Id& e : finding.edges)
            f.changes().remove(e);
        return f.commit(FixText::tr("Fix: no direct internet access to “%1”").arg(nameOf(f, db)));
    }
    const Group* subnet = nullptr;
    for (const Id& g : model.ancestors(db)) {
        if (model.group(g)->kind == GroupKind::Subnet) {
            subnet = model.group(g);
            break;
        }
    }
    if (!subnet)
        return EditResult::failure(FixText::tr("“%1” is in no subnet").arg(nameOf(f, db)));
    // A private sibling subnet, else a new one beside the public one.
    Id target;
    for (const Id& g : model.groupsIn(subnet->parent)) {
        const Group* sibling = model.group(g);
        if (sibling->kind == GroupKind::Subnet && sibling->props.value("public", false) != true) {
            target = g;
            break;
        }
    }
    if (target.isEmpty()) {
        Group g;
        g.kind = GroupKind::Subnet;
        g.name = FixText::tr("Private subnet");
        g.parent = subnet->parent;
        g.props = Json{{"public", false}};
        g.box = QRectF(subnet->box.topRight() + QPointF(kGap, 0), QSizeF(kNodeWidth + 2 * kGap, subnet->box.height()));
        target = f.addGroup(std::move(g));
    }
    f.moveInto(node->id, target);
    return f.commit(FixText::tr("Fix: move “%1” into a private subnet").arg(nameOf(f, db)));
}

struct QuickFix {
    const char* rule;
    EditResult (*apply)(Fixer&, const Finding&);
};

const QuickFix kFixes[] = {
    {"missing-iam", missingIam},
    {"missing-secrets", missingSecrets},
    {"no-observability", noObservability},
    {"no-cost-controls", noCostControls},
    {"no-model-monitoring", noModelMonitoring},
    {"public-database", publicDatabase},
};

const QuickFix* fixFor(const QString& rule)
{
    for (const QuickFix& q : kFixes) {
        if (rule == QLatin1String(q.rule))
            return &q;
    }
    return nullptr;
}

} // namespace

bool canFix(const Finding& finding)
{
    return fixFor(finding.rule) != nullptr;
}

EditResult quickFix(Architecture& model, const Catalog& catalog, const Finding& finding, const FixOptions& options)
{
    const QuickFix* q = fixFor(finding.rule);
    if (!q)
        return EditResult::failure(FixText::tr("there is no quick fix for %1").arg(finding.rule));
    for (const Id& id : finding.nodes) {
        if (!model.node(id))
            return EditResult::failure(FixText::tr("the finding is out of date: “%1” is gone").arg(id));
    }
    Fixer fixer(model, catalog, options);
    return q->apply(fixer, finding);
}

} // namespace cw::fix
