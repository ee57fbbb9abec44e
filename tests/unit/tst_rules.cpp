// The pitfall rules against their fixtures, laid out as KICS lays out its queries: one
// folder per rule under tests/rules, with positive*.cwa files that must fire the rule and
// negative*.cwa files, near-identical, that must not. Also: the rule book and the checks
// agree, suppression and profiles work, and the incremental validator always equals a
// full run. (The course's own cases, and what findings name: tst_rule_cases.cpp.)
//
// CW_RANDOM_SEED and CW_RANDOM_STEPS override the seeds and the length of the
// incremental property test, to replay a failure or to run longer.
#include "rule_test_helpers.h"

#include "edit/edits.h"
#include "rules/rule_book.h"
#include "rules/rule_check.h"
#include "rules/validator.h"

#include <QDirIterator>
#include <QRandomGenerator>

#include <memory>

using namespace cw;
using namespace cw::test;

namespace {

constexpr int kDefaultSteps = 300;

/// The pitfalls the course names (design.md); the classroom profile runs exactly these.
const QStringList kCourseRules{"missing-iam", "missing-secrets", "no-observability", "no-cost-controls",
    "mixed-data-stores", "too-many-services", "public-database", "single-point-of-failure", "serverless-misfit",
    "spot-for-serving", "no-model-monitoring"};

/// The findings of a that b lacks (order aside), or, when both hold the same findings,
/// the first one whose place differs.
std::vector<Finding> missingFrom(const std::vector<Finding>& a, const std::vector<Finding>& b)
{
    std::vector<Finding> out;
    for (const Finding& f : a) {
        if (std::find(b.cbegin(), b.cend(), f) == b.cend())
            out.push_back(f);
    }
    if (out.empty()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i >= b.size() || a[i] != b[i]) {
                Finding moved = a[i];
                moved.message = QStringLiteral("(in both, but here at place %1) ").arg(i) + moved.message;
                out.push_back(moved);
                break;
            }
        }
    }
    return out;
}

const RuleCheck* checkFor(const QString& rule)
{
    for (const RuleCheck& c : ruleChecks()) {
        if (rule == QLatin1String(c.id))
            return &c;
    }
    return nullptr;
}

struct Fixture {
    QString rule;
    QString path;
    bool positive = false;
};

/// Every positive*.cwa and negative*.cwa under tests/rules/<rule>/.
QList<Fixture> fixtures()
{
    QList<Fixture> out;
    const QDir root(rulesDir());
    for (const QString& rule : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (rule == kSeedFolder)
            continue;
        const QDir folder(root.filePath(rule));
        for (const QString& name : folder.entryList({QStringLiteral("*.cwa")}, QDir::Files, QDir::Name)) {
            const bool positive = name.startsWith(QLatin1String("positive"));
            if (positive || name.startsWith(QLatin1String("negative")))
                out.append({rule, folder.filePath(name), positive});
        }
    }
    return out;
}

void addFixtureRows(bool positivesOnly)
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("positive");
    const QList<Fixture> all = fixtures();
    QVERIFY2(!all.isEmpty(), qPrintable(QStringLiteral("no fixtures under %1").arg(rulesDir())));
    for (const Fixture& f : all) {
        if (positivesOnly && !f.positive)
            continue;
        QTest::newRow(qPrintable(f.rule + QLatin1Char('/') + QFileInfo(f.path).fileName()))
            << f.rule << f.path << f.positive;
    }
}

/// Random edits that matter to the rules: nodes of every kind, edges of the kind the
/// editor proposes, removals, regrouping, the properties rules read, reliability and
/// profile switches, suppressions, and undo of earlier edits.
class RandomEdits {
public:
    RandomEdits(quint32 seed, Architecture& model)
        : m_random(seed)
        , m_model(model)
    {
        for (const KindInfo& k : cw::test::catalog().kinds())
            m_kinds << k.kind;
    }

    /// Applies one edit (or undo); returns what it was.
    QString step()
    {
        EditResult r = edit();
        if (r.ok() && r.record) {
            m_done.push_back(std::move(r.record));
            ++m_applied;
        }
        return m_log.isEmpty() ? QString() : m_log.last();
    }

    int applied() const { return m_applied; }
    QString log() const { return m_log.join(QStringLiteral("\n  ")); }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    template <typename T> Id pickFrom(const std::vector<T>& list)
    {
        return list.empty() ? Id() : list[std::size_t(m_random.bounded(int(list.size())))].id;
    }
    Id anyNode() { return pickFrom(m_model.nodes()); }
    Id anyGroup() { return pickFrom(m_model.groups()); }
    Id anyEdge() { return pickFrom(m_model.edges()); }
    Id anyGroupOrTop() { return chance(25) ? Id() : anyGroup(); }

    void note(const QString& what)
    {
        m_log << what;
        if (m_log.size() > 15)
            m_log.removeFirst();
    }

    Json anyPropertyValue(const QString& key)
    {
        if (key == QLatin1String("pricing"))
            return chance(50) ? Json("spot") : Json("on_demand");
        if (key == QLatin1String("count"))
            return between(1, 3);
        if (key == QLatin1String("max_runtime_min"))
            return chance(50) ? 5 : 60;
        if (key == QLatin1String("requests_per_month"))
            return chance(50) ? 1000.0 : 5e8;
        if (key == QLatin1String("stage")) {
            static const char* const stages[] = {"dev", "staging", "prod"};
            return stages[m_random.bounded(3)];
        }
        return chance(50); // multi_az, gpu, backup, public
    }

    EditResult edit()
    {
        const Catalog& catalog = cw::test::catalog();
        const bool crowded = m_model.nodes().size() > 40;
        switch (crowded ? 2 : m_random.bounded(18)) {
        case 0:
        case 1: {
            edit::NewNode spec;
            spec.kind = m_kinds[qsizetype(m_random.bounded(int(m_kinds.size())))];
            spec.group = anyGroupOrTop();
            spec.pos = QPointF(between(0, 2000), between(0, 1200));
            note(QStringLiteral("addNode %1 in %2").arg(spec.kind, spec.group));
            return edit::addNode(m_model, catalog, spec);
        }
        case 2: {
            const Id id = chance(70) ? anyNode() : chance(50) ? anyEdge() : anyGroup();
            note(QStringLiteral("remove %1").arg(id));
            return edit::removeItems(m_model, {id});
        }
        case 3:
        case 4:
        case 5: {
            const Id from = chance(90) ? anyNode() : anyGroup();
            const Id to = chance(85) ? anyNode() : anyGroup();
            EdgeKind kind = EdgeKind(m_random.bounded(4));
            if (chance(75))
                kind = catalog.proposeEdgeKind(m_model.node(from) ? m_model.node(from)->kind : QString(),
                    m_model.node(to) ? m_model.node(to)->kind : QString());
            note(QStringLiteral("connect %1 -> %2 %3").arg(from, to, toString(kind)));
            return edit::connect(m_model, from, to, kind);
        }
        case 6: {
            const Id e = anyEdge();
            note(QStringLiteral("disconnect %1").arg(e));
            return edit::disconnect(m_model, e);
        }
        case 7:
        case 8: {
            const Id id = chance(80) ? anyNode() : anyGroup();
            const Id target = anyGroupOrTop();
            note(QStringLiteral("regroup %1 into %2").arg(id, target));
            return edit::regroup(m_model, {id}, target);
        }
        case 9: {
            edit::NewGroup spec;
            spec.kind = GroupKind(m_random.bounded(5));
            spec.parent = anyGroupOrTop();
            spec.box = QRectF(between(0, 2000), between(0, 1200), 400, 300);
            if (spec.kind == GroupKind::Subnet)
                spec.props = Json{{"public", chance(50)}};
            else if (spec.kind == GroupKind::Environment)
                spec.props = Json{{"stage", anyPropertyValue(QStringLiteral("stage"))}};
            note(QStringLiteral("addGroup %1 in %2").arg(toString(spec.kind), spec.parent));
            return edit::addGroup(m_model, catalog, spec);
        }
        case 10:
        case 11:
        case 12: {
            static const QStringList nodeKeys{
                "pricing", "multi_az", "gpu", "count", "backup", "max_runtime_min", "requests_per_month"};
            const bool group = chance(25);
            const Id id = group ? anyGroup() : anyNode();
            const Group* g = m_model.group(id);
            const QString key = !group                   ? nodeKeys[qsizetype(m_random.bounded(int(nodeKeys.size())))]
                : g && g->kind == GroupKind::Environment ? QStringLiteral("stage")
                                                         : QStringLiteral("public");
            const Json value = chance(10) ? Json() : anyPropertyValue(key);
            note(QStringLiteral("setProperty %1.%2 = %3").arg(id, key, QString::fromStdString(value.dump())));
            return edit::setProperty(m_model, catalog, id, key, value);
        }
        case 13: {
            Meta meta = m_model.meta();
            if (chance(70)) {
                meta.reliability = meta.reliability == QLatin1String("critical") ? QStringLiteral("standard")
                                                                                 : QStringLiteral("critical");
            } else {
                static const QStringList profiles{"all", "classroom", "security", "cost", "reliability", "ml"};
                meta.ruleProfile = profiles[qsizetype(m_random.bounded(int(profiles.size())))];
            }
            note(QStringLiteral("setMeta reliability %1, profile %2").arg(meta.reliability, meta.ruleProfile));
            return edit::setMeta(m_model, meta);
        }
        case 14: {
            const Id id = chance(70) ? anyNode() : anyGroup();
            note(QStringLiteral("rename %1").arg(id));
            return edit::rename(m_model, id, QStringLiteral("Renamed %1").arg(between(1, 9)));
        }
        case 15:
        case 16: {
            // Suppress a rule on a node, or lift a suppression; a finding is suppressed by
            // any node it names, so this touches findings about the node's neighbours too.
            const Id id = anyNode();
            const std::vector<RuleInfo>& rules = RuleBook::builtin().rules();
            const QString rule = rules[std::size_t(m_random.bounded(int(rules.size())))].id;
            if (chance(70)) {
                note(QStringLiteral("suppress %1 on %2").arg(rule, id));
                return edit::suppress(
                    m_model, Catalog::builtin(), id, rule, QStringLiteral("reason %1").arg(between(1, 3)));
            }
            note(QStringLiteral("unsuppress %1 on %2").arg(rule, id));
            return edit::unsuppress(m_model, Catalog::builtin(), id, rule);
        }
        default: {
            // Undo the latest edit still on the list, as the history would.
            if (m_done.empty())
                return {};
            note(QStringLiteral("undo \"%1\"").arg(m_done.back()->text()));
            m_done.back()->undo(m_model);
            m_done.pop_back();
            return {};
        }
        }
    }

    QRandomGenerator m_random;
    Architecture& m_model;
    QStringList m_kinds;
    QStringList m_log;
    std::vector<std::unique_ptr<UndoRecord>> m_done;
    int m_applied = 0;
};

} // namespace

class RulesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ------------------------------------------------------------ the rule book and the checks

    void everyRuleHasCheckAndFixtures()
    {
        const RuleBook& book = RuleBook::builtin();
        QVERIFY(qsizetype(book.rules().size()) >= kCourseRules.size() + 11);
        const QDir root(rulesDir());
        for (const RuleInfo& r : book.rules()) {
            QVERIFY2(checkFor(r.id), qPrintable(r.id + QStringLiteral(" has no check")));
            for (const QString* text : {&r.title, &r.fires, &r.why, &r.fix, &r.source})
                QVERIFY2(!text->trimmed().isEmpty(), qPrintable(r.id + QStringLiteral(" lacks a text")));
            for (const char* name : {"positive.cwa", "negative.cwa"}) {
                const QString path = root.filePath(r.id + QLatin1Char('/') + QLatin1String(name));
                QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("missing fixture %1").arg(path)));
            }
        }
    }

    void everyCheckHasRuleEntry()
    {
        const RuleBook& book = RuleBook::builtin();
        QSet<QString> seen;
        for (const RuleCheck& c : ruleChecks()) {
            const QString id = QString::fromLatin1(c.id);
            QVERIFY2(book.rule(id), qPrintable(id + QStringLiteral(" is not in rules.json")));
            QVERIFY2(!seen.contains(id), qPrintable(id + QStringLiteral(" has two checks")));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), qsizetype(book.rules().size()));
    }

    void everyFixtureFolderIsARule()
    {
        const QDir root(rulesDir());
        for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (folder != kSeedFolder)
                QVERIFY2(RuleBook::builtin().rule(folder), qPrintable(folder + QStringLiteral(" names no rule")));
        }
    }

    void profiles()
    {
        const RuleBook& book = RuleBook::builtin();
        const RuleProfile* all = book.profile(QStringLiteral("all"));
        QVERIFY(all);
        QVERIFY(all->rules.isEmpty());
        const RuleProfile* classroom = book.profile(QStringLiteral("classroom"));
        QVERIFY(classroom);
        QCOMPARE(cw::test::sorted(classroom->rules), cw::test::sorted(kCourseRules));
        // Every rule belongs to some profile besides "all", and none is left out of every one.
        for (const RuleInfo& r : book.rules()) {
            bool listed = false;
            for (const RuleProfile& p : book.profiles())
                listed = listed || (p.id != all->id && p.rules.contains(r.id));
            QVERIFY2(listed, qPrintable(r.id + QStringLiteral(" is in no profile but \"all\"")));
        }
        for (const char* id : {"security", "cost", "reliability"})
            QVERIFY2(book.profile(QLatin1String(id)), id);
    }

    // ------------------------------------------------------------ the fixtures

    void fixture_data() { addFixtureRows(false); }

    void fixture()
    {
        QFETCH(QString, rule);
        QFETCH(QString, path);
        QFETCH(bool, positive);
        const Diagram d = load(path);
        QVERIFY2(!d.nodes.empty(), qPrintable(path + QStringLiteral(" does not load")));
        const std::vector<Finding> all = findingsOf(d);
        const std::vector<Finding> mine = ofRule(all, rule);
        if (!positive) {
            QVERIFY2(
                mine.empty(), qPrintable(QStringLiteral("%1 fires on a negative:\n  %2").arg(rule, describe(mine))));
            return;
        }
        QVERIFY2(!mine.empty(),
            qPrintable(QStringLiteral("%1 does not fire; the findings are:\n  %2").arg(rule, describe(all))));
        QVERIFY2(std::any_of(mine.cbegin(), mine.cend(), [](const Finding& f) { return !f.suppressed; }),
            "every finding of the rule is suppressed");
        Architecture model;
        model.reset(d);
        for (const Finding& f : all) {
            QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty() && !f.title.isEmpty() && !f.source.isEmpty(),
                qPrintable(describe(f)));
            const RuleCheck* check = checkFor(f.rule);
            QVERIFY(check);
            // Only a diagram-wide check may speak about the whole diagram, naming no node.
            if (f.nodes.isEmpty())
                QVERIFY2(check->scope == RuleCheck::Scope::Diagram, qPrintable(describe(f)));
            for (const Id& id : f.nodes)
                QVERIFY2(model.node(id), qPrintable(QStringLiteral("names no node %1: %2").arg(id, describe(f))));
            for (const Id& id : f.edges)
                QVERIFY2(model.edge(id), qPrintable(QStringLiteral("names no edge %1: %2").arg(id, describe(f))));
            // A node check names the node it checked first.
            if (check->scope == RuleCheck::Scope::Node)
                QVERIFY2(!f.nodes.isEmpty(), qPrintable(describe(f)));
        }
    }

    // ------------------------------------------------------------ suppression

    void suppression_data() { addFixtureRows(true); }

    void suppression()
    {
        QFETCH(QString, rule);
        QFETCH(QString, path);
        Diagram d = load(path);
        const std::vector<Finding> before = ofRule(findingsOf(d), rule);
        QVERIFY(!before.empty());
        const auto named
            = std::find_if(before.cbegin(), before.cend(), [](const Finding& f) { return !f.nodes.isEmpty(); });
        if (named == before.cend())
            QSKIP("the rule's findings here are about the whole diagram; there is no node to suppress them on");
        const Finding target = *named;
        // On the last node the finding names: any node it names suppresses it.
        const Id on = target.nodes.last();
        const QString reason = QStringLiteral("accepted risk: %1").arg(rule);
        auto suppressOn = [&](Diagram& diagram, const QString& suppressedRule) {
            for (Node& n : diagram.nodes) {
                if (n.id == on)
                    n.suppress.push_back(Suppression{suppressedRule, reason, Json()});
            }
        };
        // A suppression of another rule changes nothing.
        Diagram other = d;
        suppressOn(other,
            rule == QLatin1String("orphan-node") ? QStringLiteral("missing-iam") : QStringLiteral("orphan-node"));
        QVERIFY(ofRule(findingsOf(other), rule) == before);

        suppressOn(d, rule);
        Architecture model;
        model.reset(d);
        Validator validator;
        validator.run(model);
        const std::vector<Finding> after = ofRule(validator.findings(), rule);
        QCOMPARE(after.size(), before.size()); // kept, never dropped
        bool found = false;
        for (const Finding& f : after) {
            if (f.nodes == target.nodes && f.message == target.message) {
                found = true;
                QVERIFY(f.suppressed);
                QCOMPARE(f.suppressedBecause, reason);
            }
            if (!f.nodes.contains(on))
                QVERIFY2(!f.suppressed, qPrintable(describe(f)));
        }
        QVERIFY(found);
        // Suppressed findings do not count.
        const FindingCounts counts = validator.counts();
        QVERIFY(counts.suppressed >= 1);
        int unsuppressed = 0;
        for (const Finding& f : validator.findings())
            unsuppressed += f.suppressed ? 0 : 1;
        QCOMPARE(counts.errors + counts.warnings + counts.infos, unsuppressed);
    }

    // ------------------------------------------------------------ profiles

    void profileFiltering_data() { addFixtureRows(true); }

    void profileFiltering()
    {
        QFETCH(QString, rule);
        QFETCH(QString, path);
        const RuleBook& book = RuleBook::builtin();
        Diagram d = load(path);
        QVERIFY(!ofRule(findingsOf(d), rule).empty());
        int without = 0;
        for (const RuleProfile& p : book.profiles()) {
            d.meta.ruleProfile = p.id;
            const bool runs = p.rules.isEmpty() || p.rules.contains(rule);
            QCOMPARE(!ofRule(findingsOf(d), rule).empty(), runs);
            without += runs ? 0 : 1;
        }
        QVERIFY2(without > 0, "some profile should leave the rule out");
        // A profile this version does not know runs every rule.
        d.meta.ruleProfile = QStringLiteral("from-a-newer-version");
        QVERIFY(!ofRule(findingsOf(d), rule).empty());
    }

    // ------------------------------------------------------------ incremental equals full

    void incrementalEqualsFull_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("burst"); // edits merged (ChangeSummary::merge) into one update, as the editor does
        const QDir rules(rulesDir());
        const QStringList files{cw::test::dataPath(QStringLiteral("../../resources/samples/ml-product.cwa")),
            rules.filePath(QStringLiteral("seed-churn/churn-good.cwa")),
            rules.filePath(QStringLiteral("cross-environment-data/positive.cwa")),
            rules.filePath(QStringLiteral("public-database/positive.cwa")),
            rules.filePath(QStringLiteral("no-model-registry/positive-2.cwa")),
            rules.filePath(QStringLiteral("too-many-services/positive.cwa"))};
        const QByteArray fixedSeed = qgetenv("CW_RANDOM_SEED");
        quint32 seed = 1;
        for (const QString& file : files) {
            for (int round = 0; round < 3; ++round, ++seed) {
                const quint32 s = fixedSeed.isEmpty() ? seed : fixedSeed.toUInt();
                const int burst = round == 2 ? 3 : 1;
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 seed %2 burst %3").arg(QFileInfo(file).fileName()).arg(s).arg(burst)))
                    << file << s << burst;
            }
        }
    }

    void incrementalEqualsFull()
    {
        QFETCH(QString, path);
        QFETCH(quint32, seed);
        QFETCH(int, burst);
        bool ok = false;
        int steps = qEnvironmentVariableIntValue("CW_RANDOM_STEPS", &ok);
        if (!ok || steps <= 0)
            steps = kDefaultSteps;
        const Diagram start = load(path);
        QVERIFY(!start.nodes.empty());

        Architecture model;
        model.reset(start);
        Validator validator;
        validator.run(model);
        ChangeSummary pending;
        QObject::connect(
            &model, &Architecture::changed, &model, [&](const ChangeSummary& summary) { pending.merge(summary); });
        RandomEdits edits(seed, model);
        for (int step = 0; step < steps; ++step) {
            const QString what = edits.step();
            if ((step + 1) % burst != 0)
                continue;
            validator.update(model, std::exchange(pending, ChangeSummary()));
            const std::vector<Finding> full = validate(model);
            if (validator.findings() != full) {
                QFAIL(qPrintable(QStringLiteral("seed %1 (replay: CW_RANDOM_SEED=%1), step %2, after %3:\n"
                                                "only incremental:\n  %4\nonly full:\n  %5\nrecent edits:\n  %6")
                                     .arg(seed)
                                     .arg(step)
                                     .arg(what, describe(missingFrom(validator.findings(), full)),
                                         describe(missingFrom(full, validator.findings())), edits.log())));
            }
        }
        QVERIFY2(edits.applied() > steps / 3, qPrintable(QStringLiteral("only %1 edits applied").arg(edits.applied())));
    }
};

QTEST_GUILESS_MAIN(RulesTest)
#include "tst_rules.moc"
