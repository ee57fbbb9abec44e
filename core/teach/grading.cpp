#include "grading.h"

#include "catalog/effective_values.h"
#include "cost/cost_export.h"
#include "cost/cost_model.h"
#include "rules/validator.h"

#include <QObject>

#include <algorithm>

namespace cw::teach {

bool Grade::passed() const
{
    return std::all_of(conditions.begin(), conditions.end(), [](const ConditionResult& r) { return r.met; });
}

int Grade::metCount() const
{
    return int(std::count_if(conditions.begin(), conditions.end(), [](const ConditionResult& r) { return r.met; }));
}

namespace {

// "a" or "an" before a service name: "an Elastic Load Balancing", "an S3 bucket", "a GKE".
QString article(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("a");
    const QChar first = name.front().toUpper();
    const bool acronym = name.size() > 1 && (name[1].isUpper() || name[1].isDigit());
    const QString vowelSound = acronym ? QStringLiteral("AEFHILMNORSX") : QStringLiteral("AEIOU");
    return vowelSound.contains(first) ? QStringLiteral("an") : QStringLiteral("a");
}

// Money rounded to the cent, half away from zero, as usdText() shows it.
qint64 cents(cost::Money m)
{
    const qint64 micros = m.micros();
    return micros >= 0 ? (micros + 5000) / 10000 : -((-micros + 5000) / 10000);
}

class Grader {
public:
    Grader(const Catalog& catalog, const cost::PriceBook& prices, const RuleBook& rules, const Architecture& model)
        : m_catalog(catalog)
        , m_prices(prices)
        , m_rules(rules)
        , m_model(model)
        , m_provider(model.meta().provider.isEmpty() ? QStringLiteral("generic") : model.meta().provider)
    {
    }

    ConditionResult grade(const Condition& c)
    {
        ConditionResult r;
        r.condition = c;
        switch (c.type) {
        case ConditionType::NoFinding: gradeNoFinding(c, r); break;
        case ConditionType::Finding: gradeFinding(c, r); break;
        case ConditionType::HasKind: gradeHasKind(c, r); break;
        case ConditionType::Connected: gradeConnected(c, r); break;
        case ConditionType::MonthlyCostBelow: gradeCost(c, r); break;
        }
        return r;
    }

    /// "a Secrets Manager node (security.secrets)": the kind as the student's palette names it.
    QString aKind(const QString& kind) const
    {
        const QString name = m_catalog.serviceName(kind, m_provider);
        // Whole phrases, so a translation need not know English articles.
        return article(name) == QLatin1String("an") ? QObject::tr("an %1 node (%2)").arg(name, kind)
                                                    : QObject::tr("a %1 node (%2)").arg(name, kind);
    }

    /// "\"missing-iam\" finding (Workload without IAM)"
    QString findingText(const QString& id) const
    {
        const RuleInfo* info = m_rules.rule(id);
        return info ? QObject::tr("\"%1\" finding (%2)").arg(id, info->title)
                    : QObject::tr("\"%1\" finding").arg(id);
    }

    QString connectionText(const Condition& c) const
    {
        const QString from = aKind(c.from);
        const QString to = aKind(c.to);
        if (!c.edge)
            return QObject::tr("an edge from %1 to %2").arg(from, to);
        switch (*c.edge) {
        case EdgeKind::Request: return QObject::tr("a request edge from %1 to %2").arg(from, to);
        case EdgeKind::Data: return QObject::tr("a data edge from %1 to %2").arg(from, to);
        case EdgeKind::Event: return QObject::tr("an event edge from %1 to %2").arg(from, to);
        case EdgeKind::Control: return QObject::tr("a control edge from %1 to %2").arg(from, to);
        }
        return QObject::tr("an edge from %1 to %2").arg(from, to);
    }

    /// "api → db is a data edge"
    QString isEdgeOfKind(const Edge& e) const
    {
        switch (e.kind) {
        case EdgeKind::Request: return QObject::tr("%1 is a request edge").arg(arrow(e));
        case EdgeKind::Data: return QObject::tr("%1 is a data edge").arg(arrow(e));
        case EdgeKind::Event: return QObject::tr("%1 is an event edge").arg(arrow(e));
        case EdgeKind::Control: return QObject::tr("%1 is a control edge").arg(arrow(e));
        }
        return arrow(e);
    }

private:
    // Findings of every rule, whatever the diagram's profile: a student cannot pass
    // "no missing-iam finding" by choosing a profile that leaves the rule out.
    const std::vector<Finding>& findings()
    {
        if (!m_findings) {
            if (m_model.meta().ruleProfile == RuleBook::defaultProfile()) {
                m_findings = validate(m_model, m_catalog, m_rules);
            } else {
                Diagram all = m_model.diagram();
                all.meta.ruleProfile = RuleBook::defaultProfile();
                Architecture copy;
                copy.reset(std::move(all));
                m_findings = validate(copy, m_catalog, m_rules);
            }
        }
        return *m_findings;
    }

    void ofRule(const QString& rule, std::vector<const Finding*>& open, int& suppressed)
    {
        suppressed = 0;
        for (const Finding& f : findings()) {
            if (f.rule != rule)
                continue;
            if (f.suppressed)
                ++suppressed;
            else
                open.push_back(&f);
        }
    }

    void gradeNoFinding(const Condition& c, ConditionResult& r)
    {
        std::vector<const Finding*> open;
        int suppressed = 0;
        ofRule(c.rule, open, suppressed);
        r.met = open.empty();
        if (r.met) {
            r.message = QObject::tr("No %1").arg(findingText(c.rule));
            if (suppressed > 0)
                r.message += QObject::tr(" (%1 suppressed with a reason)").arg(suppressed);
            return;
        }
        r.message = QObject::tr("Still reported: a %1: %2").arg(findingText(c.rule), open.front()->message);
        if (open.size() > 1)
            r.message += QObject::tr(" (and %1 more)").arg(open.size() - 1);
    }

    void gradeFinding(const Condition& c, ConditionResult& r)
    {
        std::vector<const Finding*> open;
        int suppressed = 0;
        ofRule(c.rule, open, suppressed);
        r.met = !open.empty();
        if (r.met) {
            r.message = QObject::tr("Reported, as asked: a %1: %2").arg(findingText(c.rule), open.front()->message);
            return;
        }
        r.message = QObject::tr("Not reported yet: a %1").arg(findingText(c.rule));
        if (suppressed > 0)
            r.message += QObject::tr("; the diagram suppresses it, which hides it from the check");
    }

    void gradeHasKind(const Condition& c, ConditionResult& r)
    {
        const auto n = int(std::count_if(
            m_model.nodes().begin(), m_model.nodes().end(), [&](const Node& node) { return node.kind == c.kind; }));
        r.met = n >= c.min;
        const QString name = m_catalog.serviceName(c.kind, m_provider);
        if (r.met) {
            r.message = n == 1 ? QObject::tr("Has %1").arg(aKind(c.kind))
                               : QObject::tr("Has %1 %2 nodes (%3)").arg(n).arg(name, c.kind);
            if (c.min > 1)
                r.message += QObject::tr(", at least %1 asked").arg(c.min);
        } else if (c.min == 1) {
            r.message = QObject::tr("Still missing: %1").arg(aKind(c.kind));
        } else {
            // Two whole clauses, each in its singular or plural.
            const QString more = c.min - n == 1 ? QObject::tr("1 more %1 node (%2)").arg(name, c.kind)
                                                : QObject::tr("%1 more %2 nodes (%3)").arg(c.min - n).arg(name, c.kind);
            const QString there = n == 1 ? QObject::tr("1 of the %1 asked is there").arg(c.min)
                                         : QObject::tr("%1 of the %2 asked are there").arg(n).arg(c.min);
            r.message = QObject::tr("Still missing: %1; %2").arg(more, there);
        }
    }

    QString arrow(const Edge& e) const
    {
        return QObject::tr("%1 → %2").arg(e.from, e.to);
    }

    void gradeConnected(const Condition& c, ConditionResult& r)
    {
        auto kindOf = [&](const Id& id) {
            const Node* n = m_model.node(id);
            return n ? n->kind : QString();
        };
        const Edge* wrongKind = nullptr;
        const Edge* backwards = nullptr;
        for (const Edge& e : m_model.edges()) {
            const QString from = kindOf(e.from);
            const QString to = kindOf(e.to);
            if (from == c.from && to == c.to) {
                if (!c.edge || e.kind == *c.edge) {
                    r.met = true;
                    r.message = QObject::tr("Connected: %1 is %2").arg(arrow(e), connectionText(c));
                    return;
                }
                if (!wrongKind)
                    wrongKind = &e;
            } else if (from == c.to && to == c.from && (!c.edge || e.kind == *c.edge) && !backwards) {
                backwards = &e;
            }
        }
        auto has = [&](const QString& kind) {
            return std::any_of(m_model.nodes().begin(), m_model.nodes().end(),
                [&](const Node& node) { return node.kind == kind; });
        };
        QString why;
        if (!has(c.from) && !has(c.to) && c.from != c.to)
            why = QObject::tr("the diagram has neither node yet");
        else if (!has(c.from))
            why = QObject::tr("the diagram has no %1 node yet").arg(m_catalog.serviceName(c.from, m_provider));
        else if (!has(c.to))
            why = QObject::tr("the diagram has no %1 node yet").arg(m_catalog.serviceName(c.to, m_provider));
        else if (wrongKind)
            why = isEdgeOfKind(*wrongKind);
        else if (backwards)
            why = QObject::tr("%1 runs the other way round").arg(arrow(*backwards));
        else
            why = QObject::tr("the two are not connected");
        r.message = QObject::tr("Still missing: %1; %2").arg(connectionText(c), why);
    }

    void gradeCost(const Condition& c, ConditionResult& r)
    {
        const QString goal = cost::usdText(c.below);
        const QString problem = currencyProblem(m_model.meta().currency);
        if (!problem.isEmpty()) {
            r.message = QObject::tr("Cannot check the cost goal of below %1: %2").arg(goal, problem);
            return;
        }
        // The figure `cloudwright cost` prints as month 1's total: priced nodes only. A node
        // whose price is unknown is named, never counted as zero without a word.
        const cost::Projection p = cost::project(m_catalog, m_prices, m_model, 1);
        const cost::Money total = p.perMonth.front().total;
        QStringList unknown;
        for (const cost::NodeCost& n : p.nodes) {
            if (n.status == cost::NodeStatus::Unpriced && !n.notBilled)
                unknown << QObject::tr("%1 (%2)").arg(displayName(m_catalog, m_model, n.id), n.id);
        }
        QString left;
        if (!unknown.isEmpty()) {
            const QString names = unknown.size() > 3
                ? unknown.mid(0, 3).join(QObject::tr(", ")) + QObject::tr(" and %1 more").arg(unknown.size() - 3)
                : unknown.join(QObject::tr(", "));
            left = unknown.size() == 1 ? QObject::tr(" (%1 not counted: its price is unknown)").arg(names)
                                       : QObject::tr(" (%1 not counted: their price is unknown)").arg(names);
        }
        // Compared in whole cents, as both figures are shown: "$244.00, below the goal of
        // $244.00" would read as a mistake.
        r.met = cents(total) < cents(c.below);
        r.message = r.met ? QObject::tr("Month 1 costs %1%2, below the goal of %3").arg(cost::usdText(total), left, goal)
                          : QObject::tr("Month 1 costs %1%2; the goal is below %3").arg(cost::usdText(total), left, goal);
    }

    const Catalog& m_catalog;
    const cost::PriceBook& m_prices;
    const RuleBook& m_rules;
    const Architecture& m_model;
    QString m_provider;
    std::optional<std::vector<Finding>> m_findings;
};

} // namespace

Grade grade(const Catalog& catalog, const cost::PriceBook& prices, const RuleBook& rules, const Architecture& model,
    const Exercise& exercise)
{
    Grader grader(catalog, prices, rules, model);
    Grade g;
    g.conditions.reserve(exercise.conditions.size());
    for (const Condition& c : exercise.conditions)
        g.conditions.push_back(grader.grade(c));
    return g;
}

QString describe(const Catalog& catalog, const RuleBook& rules, const Condition& c, const QString& provider)
{
    const QString at = provider.isEmpty() ? QStringLiteral("generic") : provider;
    Diagram d;
    d.meta.provider = at;
    Architecture empty;
    empty.reset(std::move(d));
    const Grader g(catalog, cost::PriceBook::builtin(), rules, empty);
    switch (c.type) {
    case ConditionType::NoFinding: return QObject::tr("No %1").arg(g.findingText(c.rule));
    case ConditionType::Finding: return QObject::tr("The check reports a %1").arg(g.findingText(c.rule));
    case ConditionType::HasKind:
        if (c.min == 1)
            return QObject::tr("At least one %1 node (%2)").arg(catalog.serviceName(c.kind, at), c.kind);
        return QObject::tr("At least %1 %2 nodes (%3)").arg(c.min).arg(catalog.serviceName(c.kind, at), c.kind);
    case ConditionType::Connected: {
        QString text = g.connectionText(c);
        text[0] = text[0].toUpper();
        return text;
    }
    case ConditionType::MonthlyCostBelow:
        return QObject::tr("Month 1 costs less than %1").arg(cost::usdText(c.below));
    }
    return {};
}

} // namespace cw::teach
