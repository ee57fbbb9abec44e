#include "quick_fixes.h"

#include "catalog/effective_values.h"

#include "roles.h"

#include "edit/id_allocator.h"

#include "cost/cost_model.h"

#include <QSet>

#include <cmath>

namespace cw::fix {

namespace {

constexpr double kGap = 40.0;

/// One fix under construction: an EditBatch with helpers to place and wire new nodes.
class Fixer {
public:
    Fixer(Architecture& model, const Catalog& catalog, Placement placement)
        : m_model(model)
        , m_catalog(catalog)
        , m_changes(model)
        , m_ids(m_changes)
        , m_placement(placement)
    {
    }

    EditBatch& changes() { return m_changes; }
    const Architecture& model() const { return m_model; }
    const Catalog& catalog() const { return m_catalog; }

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

    /// Adds a node of kind near a point, in group, on a spot no other card covers.
    Id addNode(const char* kind, const Id& group, QPointF near)
    {
        Node n;
        const KindInfo* info = m_catalog.kind(QString::fromLatin1(kind));
        n.id = m_ids.take(info->shortName() + QLatin1Char('1'));
        n.kind = QString::fromLatin1(kind);
        n.name = info->serviceName(m_model.meta().provider);
        n.group = group;
        n.pos = freeSpot(near, group);
        const Id id = n.id;
        m_placed.append(QRectF(n.pos, QSizeF(kNodeWidth, kNodeHeight)));
        m_changes.put(std::move(n));
        m_created.append(id);
        return id;
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

    /// Puts a node into a group, on a free spot inside its box.
    void moveInto(const Id& node, const Id& group)
    {
        Node moved = *m_changes.node(node);
        moved.group = group;
        const QRectF box = m_changes.group(group)->box;
        moved.pos = freeSpot(box.topLeft() + QPointF(24, 44), group, node);
        m_placed.append(QRectF(moved.pos, QSizeF(kNodeWidth, kNodeHeight)));
        m_changes.put(std::move(moved));
        m_moved.append(node);
    }

    Id addGroup(Group g)
    {
        g.id = m_ids.take(toString(g.kind) + QLatin1Char('1'));
        const Id id = g.id;
        m_changes.put(std::move(g));
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
    // A card there would cover another card, or the frame of a group it is not in (a
    // subnet's title, say).
    bool taken(const QRectF& card, const Id& group, const Id& ignore) const
    {
        const QRectF padded = card.adjusted(-12, -12, 12, 12);
        for (const Node& n : m_model.nodes()) {
            if (n.id != ignore && padded.intersects(nodeRect(n)))
                return true;
        }
        for (const QRectF& r : m_placed) {
            if (padded.intersects(r))
                return true;
        }
        QSet<Id> around;
        for (Id g = group; !g.isEmpty() && m_changes.group(g) && !around.contains(g); g = m_changes.group(g)->parent)
            around.insert(g);
        for (const Group& g : m_model.groups()) {
            if (!around.contains(g.id) && padded.intersects(g.box))
                return true;
        }
        return false;
    }

    // Tries spots on growing rings around near: inside the group's box first, then
    // anywhere free (the group grows to hold the card).
    QPointF freeSpot(QPointF near, const Id& group, const Id& ignore = {}) const
    {
        if (m_placement == Placement::Near)
            return near;
        const Group* g = group.isEmpty() ? nullptr : m_changes.group(group);
        const QRectF inside = g ? g->box.adjusted(8, 36, -8, -8) : QRectF();
        const double stepX = kNodeWidth + kGap;
        const double stepY = kNodeHeight + kGap;
        for (const bool mustBeInside : {true, false}) {
            for (int ring = 0; ring < 12; ++ring) {
                for (int dy = -ring; dy <= ring; ++dy) {
                    for (int dx = -ring; dx <= ring; ++dx) {
                        if (std::max(std::abs(dx), std::abs(dy)) != ring)
                            continue;
                        const QPointF at(std::round((near.x() + dx * stepX) / 20) * 20,
                            std::round((near.y() + dy * stepY) / 20) * 20);
                        const QRectF card(at, QSizeF(kNodeWidth, kNodeHeight));
                        if ((!g || !mustBeInside || inside.contains(card)) && !taken(card, group, ignore))
                            return at;
                    }
                }
            }
        }
        return near + QPointF(0, kNodeHeight + kGap); // crowded: overlap rather than fail
    }

    Architecture& m_model;
    const Catalog& m_catalog;
    EditBatch m_changes;
    edit::IdAllocator m_ids;
    QList<QRectF> m_placed;
    QList<Id> m_created;
    QList<Id> m_moved;
    Placement m_placement;
};

QString nameOf(const Fixer& f, const Id& id)
{
    return displayName(f.catalog(), f.model(), id);
}

// Where a new account-wide service goes: beside the subject, in its region.
QPointF beside(const Architecture& model, const Id& id)
{
    const Node* n = model.node(id);
    return n ? n->pos + QPointF(kNodeWidth + kGap, 0) : QPointF();
}

EditResult missingIam(Fixer& f, const Finding& finding)
{
    const Id workload = finding.nodes.value(0);
    Id iam;
    if (const Node* n = f.existing("security.iam"))
        iam = n->id;
    else
        iam = f.addNode("security.iam", f.regionOf(workload), beside(f.model(), workload));
    f.connect(iam, workload, EdgeKind::Control);
    return f.commit(QStringLiteral("Fix: an IAM role for “%1”").arg(nameOf(f, workload)));
}

EditResult missingSecrets(Fixer& f, const Finding& finding)
{
    const Id store = finding.nodes.value(0);
    const Id secrets = f.addNode("security.secrets", f.regionOf(store), beside(f.model(), store));
    // The workloads that use the store read its credentials from the secret manager.
    for (const Id& e : f.model().edgesAt(store)) {
        const Edge* edge = f.model().edge(e);
        const Id& other = edge->from == store ? edge->to : edge->from;
        const Node* n = f.model().node(other);
        if (n && roles::isWorkload(f.catalog(), n->kind))
            f.connect(other, secrets, EdgeKind::Data);
    }
    return f.commit(QStringLiteral("Fix: a secret manager for “%1”").arg(nameOf(f, store)));
}

EditResult noObservability(Fixer& f, const Finding& finding)
{
    const Id first = finding.nodes.value(0);
    Id monitor;
    if (const Node* n = f.existing("observability.monitoring"))
        monitor = n->id;
    else
        monitor = f.addNode("observability.monitoring", f.regionOf(first), beside(f.model(), first) + QPointF(0, -100));
    for (const Id& id : finding.nodes) {
        const Node* n = f.model().node(id);
        if (n && (roles::isWorkload(f.catalog(), n->kind) || roles::isManagedEdge(f.catalog(), n->kind)))
            f.connect(monitor, id, EdgeKind::Control);
    }
    return f.commit(QStringLiteral("Fix: monitoring on the request path"));
}

} // namespace

std::optional<qint64> proposedBudgetLimit(const Architecture& model, const Catalog& catalog)
{
    const cost::Projection p = cost::project(catalog, cost::PriceBook::builtin(), model, 1);
    if (!p.complete() || p.usage > 0)
        return std::nullopt; // a total that leaves a node out would set the limit too low
    const qint64 micros = p.perMonth.front().total.micros();
    // 20% headroom, rounded up to a whole ten dollars; never under $10.
    const qint64 withHeadroom = (micros * 6 + 4) / 5;
    const qint64 ten = 10'000'000;
    return std::max<qint64>(1, (withHeadroom + ten - 1) / ten) * 10;
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
        QRectF bounds;
        for (const Node& n : model.nodes())
            bounds |= nodeRect(n);
        for (const Group& g : model.groups())
            bounds |= g.box;
        budget = f.addNode("cost.budget", Id(), bounds.topLeft() + QPointF(0, -kNodeHeight - 2 * kGap));
    }
    for (const Id& t : std::as_const(targets))
        f.connect(budget, t, EdgeKind::Control);
    Node node = *f.changes().node(budget);
    if (effectiveValue(f.catalog(), model, node, "monthly_limit").is_number())
        return f.commit(QStringLiteral("Fix: connect “%1” to what costs money").arg(nameOf(f, budget)));
    const std::optional<qint64> limit = proposedBudgetLimit(model, f.catalog());
    if (!limit)
        return f.commit(QStringLiteral("Fix: a budget with a cost alert (no limit set: the cost estimate is "
                                       "incomplete, set monthly_limit yourself)"));
    if (!node.props.is_object())
        node.props = Json::object();
    node.props["monthly_limit"] = *limit;
    f.changes().put(std::move(node));
    return f.commit(QStringLiteral("Fix: a budget with a cost alert at $%1 a month").arg(*limit));
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
            monitor = f.addNode("observability.monitoring", f.regionOf(endpoint), beside(model, endpoint));
        f.connect(monitor, endpoint, EdgeKind::Control);
    }
    const Node* m = f.changes().node(monitor);
    const Id alert = f.addNode("observability.alerting", m->group, m->pos + QPointF(0, kNodeHeight + kGap));
    f.connect(alert, monitor, EdgeKind::Control);
    return f.commit(QStringLiteral("Fix: a model-quality alert for “%1”").arg(nameOf(f, endpoint)));
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
        return f.commit(QStringLiteral("Fix: no direct internet access to “%1”").arg(nameOf(f, db)));
    }
    const Group* subnet = nullptr;
    for (const Id& g : model.ancestors(db)) {
        if (model.group(g)->kind == GroupKind::Subnet) {
            subnet = model.group(g);
            break;
        }
    }
    if (!subnet)
        return EditResult::failure(QStringLiteral("“%1” is in no subnet").arg(nameOf(f, db)));
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
        g.name = QStringLiteral("Private subnet");
        g.parent = subnet->parent;
        g.props = Json{{"public", false}};
        g.box = QRectF(subnet->box.topRight() + QPointF(kGap, 0), QSizeF(kNodeWidth + 2 * kGap, subnet->box.height()));
        target = f.addGroup(std::move(g));
    }
    f.moveInto(node->id, target);
    return f.commit(QStringLiteral("Fix: move “%1” into a private subnet").arg(nameOf(f, db)));
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

EditResult quickFix(Architecture& model, const Catalog& catalog, const Finding& finding, Placement placement)
{
    const QuickFix* q = fixFor(finding.rule);
    if (!q)
        return EditResult::failure(QStringLiteral("there is no quick fix for %1").arg(finding.rule));
    for (const Id& id : finding.nodes) {
        if (!model.node(id))
            return EditResult::failure(QStringLiteral("the finding is out of date: “%1” is gone").arg(id));
    }
    Fixer fixer(model, catalog, placement);
    return q->apply(fixer, finding);
}

} // namespace cw::fix
