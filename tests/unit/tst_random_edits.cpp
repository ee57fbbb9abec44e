// Thousands of seeded random edits, undos and redos through the mutation API, kept on a
// history that behaves like QUndoStack (merging continuous edits). After every step:
// the model is consistent, it is exactly the state the history says it should be, a
// refused edit changed nothing, and changed() named exactly what changed. At the end
// everything is undone back to the start and redone to the end.
//
// CW_RANDOM_SEED and CW_RANDOM_STEPS override the seeds and the length, to replay a
// failure or to run longer.
#include "core_test_helpers.h"

#include "cost/price_book.h"
#include "edit/edits.h"

#include <QRandomGenerator>

#include <deque>
#include <memory>
#include <set>

using namespace cw;

namespace {

constexpr int kDefaultSteps = 3000;
constexpr std::size_t kMaxNodes = 60;

/// Commands as QUndoStack keeps them: a list, a current index, merging on push.
class History {
public:
    /// Returns true when the command merged into the one before it.
    bool push(std::unique_ptr<UndoRecord> command)
    {
        m_commands.resize(m_index);
        if (m_index > 0) {
            UndoRecord& top = *m_commands[m_index - 1];
            if (!top.mergeKey().isEmpty() && top.mergeKey() == command->mergeKey() && top.mergeWith(*command)) {
                if (top.isNoOp()) {
                    m_commands.pop_back();
                    --m_index;
                }
                return true;
            }
        }
        m_commands.push_back(std::move(command));
        ++m_index;
        return false;
    }
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_commands.size(); }
    void undo(Architecture& model) { m_commands[--m_index]->undo(model); }
    void redo(Architecture& model) { m_commands[m_index++]->redo(model); }
    std::size_t index() const { return m_index; }

private:
    std::vector<std::unique_ptr<UndoRecord>> m_commands;
    std::size_t m_index = 0;
};

template <typename T>
QString entityDiff(const std::vector<T>& before, const std::vector<T>& after, const QList<Id>& added,
    const QList<Id>& removed, const QList<Id>& changed, const char* what)
{
    QHash<Id, const T*> old;
    for (const T& v : before)
        old.insert(v.id, &v);
    std::set<QString> wantAdded, wantRemoved, wantChanged;
    for (const T& v : after) {
        const T* was = old.value(v.id);
        if (!was)
            wantAdded.insert(v.id);
        else if (!(*was == v))
            wantChanged.insert(v.id);
        old.remove(v.id);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        wantRemoved.insert(it.key());
    auto asSet = [](const QList<Id>& l) { return std::set<QString>(l.cbegin(), l.cend()); };
    auto text = [](const std::set<QString>& s) { return QStringList(s.cbegin(), s.cend()).join(QLatin1Char(',')); };
    if (asSet(added) != wantAdded || asSet(removed) != wantRemoved || asSet(changed) != wantChanged
        || added.size() != qsizetype(wantAdded.size()) || removed.size() != qsizetype(wantRemoved.size())
        || changed.size() != qsizetype(wantChanged.size()))
        return QStringLiteral("summary of %1 says added [%2] removed [%3] changed [%4], the model shows added [%5] "
                              "removed [%6] changed [%7]")
            .arg(QLatin1String(what), text(asSet(added)), text(asSet(removed)), text(asSet(changed)), text(wantAdded),
                text(wantRemoved), text(wantChanged));
    return {};
}

/// Why summary does not describe the step from before to after, or empty when it does.
QString summaryMismatch(const ChangeSummary& s, const Diagram& before, const Diagram& after)
{
    QString problem = entityDiff(before.nodes, after.nodes, s.nodesAdded, s.nodesRemoved, s.nodesChanged, "nodes");
    if (problem.isEmpty())
        problem = entityDiff(before.groups, after.groups, s.groupsAdded, s.groupsRemoved, s.groupsChanged, "groups");
    if (problem.isEmpty())
        problem = entityDiff(before.edges, after.edges, s.edgesAdded, s.edgesRemoved, s.edgesChanged, "edges");
    if (problem.isEmpty() && s.metaChanged != (before.meta != after.meta))
        problem = QStringLiteral("summary says metaChanged=%1").arg(s.metaChanged);
    return problem;
}

class RandomSession {
public:
    RandomSession(quint32 seed, Architecture& model)
        : m_random(seed)
        , m_model(model)
    {
        QObject::connect(
            &m_model, &Architecture::changed, &m_model, [this](const ChangeSummary& s) { m_summaries.push_back(s); });
        for (const KindInfo& k : catalog().kinds())
            m_kinds << k.kind;
        for (const char* key : {"count", "instance_type", "hours_per_month", "pricing", "storage_gb", "storage_class",
                 "requests_per_month", "memory_mb", "multi_az", "gpu", "growth_pct_per_month", "public", "stage",
                 "x-custom"})
            m_keys << QString::fromLatin1(key);
        m_states.push_back(writeCwa(m_model.diagram()));
    }

    /// Runs one random step; returns what went wrong, or an empty string.
    QString step()
    {
        const Diagram before = m_model.diagram();
        m_summaries.clear();
        const int dice = int(m_random.bounded(100));
        if (dice < 12)
            return undo(before);
        if (dice < 22)
            return redo(before);
        EditResult result = randomEdit();
        if (!result.ok() || !result.record) {
            if (!result.ok() && result.error.isEmpty())
                return QStringLiteral("a refusal without a reason");
            if (writeCwa(m_model.diagram()) != m_states[m_history.index()] || m_model.diagram() != before)
                return QStringLiteral("an edit that returned no command changed the model (%1)").arg(result.error);
            if (!m_summaries.empty())
                return QStringLiteral("an edit that changed nothing emitted changed()");
            return consistency();
        }
        if (m_model.diagram() == before)
            return QStringLiteral("an edit returned a command but changed nothing");
        if (m_summaries.size() != 1)
            return QStringLiteral("an applied edit emitted changed() %1 times").arg(m_summaries.size());
        if (const QString s = summaryMismatch(m_summaries.front(), before, m_model.diagram()); !s.isEmpty())
            return s;
        const std::size_t depth = m_history.index();
        m_history.push(std::move(result.record));
        // Merged into the edit before it and together they change nothing: the record is
        // dropped, and the model must be as it was before that earlier edit.
        if (m_history.index() < depth && writeCwa(m_model.diagram()) != m_states[m_history.index()])
            return QStringLiteral("edits that cancel out left the model changed");
        m_states.resize(m_history.index() + 1);
        m_states[m_history.index()] = writeCwa(m_model.diagram());
        ++m_applied;
        return consistency();
    }

    QString undoAll()
    {
        while (m_history.canUndo()) {
            m_summaries.clear();
            const Diagram before = m_model.diagram();
            if (const QString s = undo(before); !s.isEmpty())
                return s;
        }
        return {};
    }

    QString redoAll()
    {
        while (m_history.canRedo()) {
            m_summaries.clear();
            const Diagram before = m_model.diagram();
            if (const QString s = redo(before); !s.isEmpty())
                return s;
        }
        return {};
    }

    QString log() const { return QStringList(m_log.cbegin(), m_log.cend()).join(QStringLiteral("\n  ")); }
    int applied() const { return m_applied; }

private:
    QString consistency() const
    {
        const QStringList problems = m_model.checkInvariants();
        return problems.isEmpty() ? QString() : QStringLiteral("inconsistent: ") + problems.join(QStringLiteral("; "));
    }

    QString afterHistoryStep(const Diagram& before, const char* what)
    {
        if (const QString s = consistency(); !s.isEmpty())
            return s;
        if (writeCwa(m_model.diagram()) != m_states[m_history.index()])
            return QStringLiteral("%1 did not restore the recorded state:\n%2")
                .arg(QLatin1String(what),
                    cw::test::describeDifference(m_model.diagram(), readBack(m_states[m_history.index()])));
        if (m_summaries.size() != 1)
            return QStringLiteral("%1 emitted changed() %2 times").arg(QLatin1String(what)).arg(m_summaries.size());
        return summaryMismatch(m_summaries.front(), before, m_model.diagram());
    }

    static Diagram readBack(const QByteArray& bytes)
    {
        LoadResult r = readCwa(bytes, QStringLiteral("state"), catalog());
        return r.diagram.value_or(Diagram());
    }

    QString undo(const Diagram& before)
    {
        note(QStringLiteral("undo"));
        if (!m_history.canUndo())
            return {};
        m_history.undo(m_model);
        return afterHistoryStep(before, "undo");
    }

    QString redo(const Diagram& before)
    {
        note(QStringLiteral("redo"));
        if (!m_history.canRedo())
            return {};
        m_history.redo(m_model);
        return afterHistoryStep(before, "redo");
    }

    void note(const QString& what)
    {
        m_log.push_back(what);
        if (m_log.size() > 12)
            m_log.pop_front();
    }

    static const Catalog& catalog() { return cw::test::catalog(); }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list[qsizetype(m_random.bounded(int(list.size())))];
    }

    template <typename T> Id pickFrom(const std::vector<T>& list)
    {
        if (list.empty() || chance(3))
            return QStringLiteral("ghost");
        return list[std::size_t(m_random.bounded(int(list.size())))].id;
    }
    Id anyNode() { return pickFrom(m_model.nodes()); }
    Id anyGroup() { return pickFrom(m_model.groups()); }
    Id anyEdge() { return pickFrom(m_model.edges()); }
    Id anyGroupOrTop() { return chance(30) ? Id() : anyGroup(); }
    Id anyItem()
    {
        switch (m_random.bounded(3)) {
        case 0: return anyNode();
        case 1: return anyGroup();
        default: return anyEdge();
        }
    }
    QList<Id> someItems(int most)
    {
        QList<Id> ids;
        for (int i = between(1, most); i > 0; --i)
            ids << (chance(60) ? anyNode() : chance(70) ? anyGroup() : anyEdge());
        return ids;
    }
    QString anyProvider()
    {
        static const QStringList providers{"aws", "gcp", "azure", "generic", "", "ibm"};
        return pick(providers);
    }
    QPointF anyPoint() { return QPointF(between(-2000, 3000), between(-2000, 3000)); }
    QRectF anyBox() { return QRectF(anyPoint(), QSizeF(chance(5) ? 0 : between(120, 900), between(100, 700))); }

    Json anyValue(const QString& key)
    {
        if (chance(10))
            return Json();
        const PropertyDef* def = catalog().property(key);
        if (!def)
            return chance(50) ? Json(between(0, 9)) : Json("custom");
        switch (def->type) {
        case PropertyType::Int: return chance(10) ? Json(2.5) : Json(between(-1, 12));
        case PropertyType::Number: return chance(10) ? Json("12") : Json(between(-5, 800) / 4.0);
        case PropertyType::Bool: return chance(10) ? Json("yes") : Json(chance(50));
        case PropertyType::Enum: return chance(10) ? Json("bogus") : Json(pick(def->values).toStdString());
        case PropertyType::String: {
            // Sometimes a provider's default, so that provider switches have work to do.
            const Id node = anyNode();
            if (const Node* n = m_model.node(node); n && chance(50))
                return catalog().defaultValue(n->kind, key, m_model.providerOf(*n));
            return chance(10) ? Json(5) : Json("m5.large");
        }
        }
        return Json();
    }

    EditResult randomEdit()
    {
        const bool crowded = m_model.nodes().size() > kMaxNodes;
        switch (crowded ? 2 : m_random.bounded(19)) {
        case 0:
        case 1: {
            edit::NewNode spec;
            spec.kind = chance(3) ? QStringLiteral("compute.mainframe") : pick(m_kinds);
            spec.group = anyGroupOrTop();
            spec.pos = anyPoint();
            spec.provider = chance(80) ? QString() : anyProvider();
            if (chance(30)) {
                const QString key = pick(m_keys);
                const Json value = anyValue(key);
                if (!value.is_null())
                    spec.props[key.toStdString()] = value;
            }
            note(QStringLiteral("addNode %1 in %2").arg(spec.kind, spec.group));
            return edit::addNode(m_model, catalog(), spec);
        }
        case 2: {
            const QList<Id> ids = someItems(3);
            note(QStringLiteral("removeItems %1").arg(ids.join(QLatin1Char(','))));
            return edit::removeItems(m_model, ids);
        }
        case 3: {
            edit::NewGroup spec;
            spec.kind = GroupKind(m_random.bounded(5));
            spec.parent = anyGroupOrTop();
            spec.box = anyBox();
            if (chance(20))
                spec.props = Json{{"public", chance(80) ? Json(chance(50)) : Json("no")}};
            note(QStringLiteral("addGroup %1 in %2").arg(toString(spec.kind), spec.parent));
            return edit::addGroup(m_model, catalog(), spec);
        }
        case 4:
        case 5: {
            const Id from = chance(80) ? anyNode() : anyGroup();
            const Id to = chance(80) ? anyNode() : anyGroup();
            const auto kind = EdgeKind(m_random.bounded(4));
            note(QStringLiteral("connect %1 -> %2 %3").arg(from, to, toString(kind)));
            return edit::connect(m_model, from, to, kind, chance(30) ? QStringLiteral("label") : QString());
        }
        case 6: {
            const Id e = chance(90) ? anyEdge() : anyNode();
            note(QStringLiteral("disconnect %1").arg(e));
            return edit::disconnect(m_model, e);
        }
        case 7:
        case 8: {
            const QList<Id> ids = someItems(3);
            const QPointF delta(between(-200, 200), between(-200, 200));
            QHash<Id, Id> drop;
            if (chance(35))
                drop.insert(pick(ids), anyGroupOrTop());
            note(QStringLiteral("moveItems %1 by %2,%3%4")
                     .arg(ids.join(QLatin1Char(',')))
                     .arg(delta.x())
                     .arg(delta.y())
                     .arg(drop.isEmpty() ? QString() : QStringLiteral(" into ") + drop.cbegin().value()));
            return edit::moveItems(m_model, ids, delta, drop);
        }
        case 9: {
            const QList<Id> ids = someItems(2);
            const Id target = anyGroupOrTop();
            note(QStringLiteral("regroup %1 into %2").arg(ids.join(QLatin1Char(',')), target));
            return edit::regroup(m_model, ids, target);
        }
        case 10: {
            const Id g = anyGroup();
            note(QStringLiteral("resizeGroup %1").arg(g));
            return edit::resizeGroup(m_model, g, anyBox());
        }
        case 11: {
            const QList<Id> ids = someItems(4);
            const auto how = edit::Alignment(m_random.bounded(8));
            note(QStringLiteral("alignItems %1 %2").arg(ids.join(QLatin1Char(','))).arg(int(how)));
            return edit::alignItems(m_model, ids, how);
        }
        case 12:
        case 13: {
            // Often the same node and key again, as typing into one field does.
            const Id id = m_lastPropertyTarget.isEmpty() || chance(40) ? (chance(80) ? anyNode() : anyGroup())
                                                                       : m_lastPropertyTarget;
            const QString key = chance(50) && !m_lastPropertyKey.isEmpty() ? m_lastPropertyKey : pick(m_keys);
            m_lastPropertyTarget = id;
            m_lastPropertyKey = key;
            const Json value = anyValue(key);
            note(QStringLiteral("setProperty %1.%2 = %3").arg(id, key, QString::fromStdString(value.dump())));
            return edit::setProperty(m_model, catalog(), id, key, value);
        }
        case 14: {
            const Id id = anyItem();
            note(QStringLiteral("rename %1").arg(id));
            return edit::rename(m_model, id, chance(20) ? QString() : QStringLiteral("Name %1").arg(between(1, 5)));
        }
        case 15: {
            const Id id = anyNode();
            const QString provider = anyProvider();
            note(QStringLiteral("setNodeProvider %1 %2").arg(id, provider));
            return edit::setNodeProvider(m_model, catalog(), id, provider);
        }
        case 16: {
            const Id e = anyEdge();
            if (chance(50)) {
                note(QStringLiteral("setEdgeKind %1").arg(e));
                return edit::setEdgeKind(m_model, e, EdgeKind(m_random.bounded(4)));
            }
            note(QStringLiteral("setEdgeLabel %1").arg(e));
            return edit::setEdgeLabel(m_model, e, QStringLiteral("L%1").arg(between(1, 3)));
        }
        case 17: {
            if (chance(50)) {
                const QString provider = anyProvider();
                note(QStringLiteral("switchProvider %1").arg(provider));
                return edit::switchProvider(m_model, catalog(), cost::PriceBook::builtin(), provider);
            }
            Meta meta = m_model.meta();
            meta.title = QStringLiteral("Title %1").arg(between(1, 3));
            meta.reliability = chance(45) ? QStringLiteral("standard")
                : chance(90)              ? QStringLiteral("critical")
                                          : QStringLiteral("high");
            note(QStringLiteral("setMeta %1 %2").arg(meta.title, meta.reliability));
            return edit::setMeta(m_model, meta);
        }
        default: {
            const QList<Id> ids = someItems(3);
            note(QStringLiteral("paste copy of %1").arg(ids.join(QLatin1Char(','))));
            return edit::paste(m_model, edit::copyFragment(m_model, ids), QPointF(between(0, 80), between(0, 80)));
        }
        }
    }

    QRandomGenerator m_random;
    Architecture& m_model;
    History m_history;
    std::vector<QByteArray> m_states; ///< the model as written, after each command on the history
    std::vector<ChangeSummary> m_summaries;
    std::deque<QString> m_log;
    QStringList m_kinds;
    QStringList m_keys;
    Id m_lastPropertyTarget;
    QString m_lastPropertyKey;
    int m_applied = 0;
};

} // namespace

class TestRandomEdits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void randomSequence_data();
    void randomSequence();
    void thousandShortSequences();
};

void TestRandomEdits::randomSequence_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("fromSample");
    bool fixed = false;
    const quint32 wanted = qEnvironmentVariableIntValue("CW_RANDOM_SEED", &fixed);
    if (fixed) {
        QTest::newRow("seed from CW_RANDOM_SEED") << wanted << true;
        return;
    }
    QTest::newRow("seed 1, from the small diagram") << 1u << false;
    QTest::newRow("seed 2, from the small diagram") << 2u << false;
    QTest::newRow("seed 3, from the sample") << 3u << true;
}

void TestRandomEdits::randomSequence()
{
    QFETCH(quint32, seed);
    QFETCH(bool, fromSample);
    bool set = false;
    const int steps = qEnvironmentVariableIntValue("CW_RANDOM_STEPS", &set);
    const int count = set && steps > 0 ? steps : kDefaultSteps;

    Architecture model;
    if (fromSample) {
        const LoadResult sample = cw::test::loadFixture(QStringLiteral("golden/v1-every-field.cwa"));
        QVERIFY2(sample.ok(), qPrintable(sample.error.toString()));
        model.reset(*sample.diagram);
    } else {
        model.reset(cw::test::smallDiagram());
    }
    const Diagram start = model.diagram();
    RandomSession session(seed, model);

    for (int i = 0; i < count; ++i) {
        const QString problem = session.step();
        QVERIFY2(problem.isEmpty(),
            qPrintable(QStringLiteral("seed %1, step %2: %3\nlast steps:\n  %4")
                           .arg(seed)
                           .arg(i)
                           .arg(problem, session.log())));
    }
    // The random walk must have done real work, not only refusals.
    QVERIFY2(session.applied() > count / 3, qPrintable(QStringLiteral("only %1 edits applied").arg(session.applied())));

    // The walk may end with undone edits waiting: the history's end is after them.
    QString tip = session.redoAll();
    QVERIFY2(tip.isEmpty(), qPrintable(QStringLiteral("seed %1, redoing to the end: %2").arg(seed).arg(tip)));
    // Whatever the edits built, the file format holds it exactly.
    const Diagram end = model.diagram();
    const LoadResult reread = readCwa(writeCwa(end), QStringLiteral("end state"), cw::test::catalog());
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
    QVERIFY(!reread.laidOut);
    CW_COMPARE_DIAGRAMS(*reread.diagram, end);

    QString problem = session.undoAll();
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1, undoing all: %2").arg(seed).arg(problem)));
    CW_COMPARE_DIAGRAMS(model.diagram(), start);
    problem = session.redoAll();
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1, redoing all: %2").arg(seed).arg(problem)));
    CW_COMPARE_DIAGRAMS(model.diagram(), end);
}

// A thousand short, different walks: each keeps the invariants at every step (step()
// checks them), and ends where replaying its history from the start ends.
void TestRandomEdits::thousandShortSequences()
{
    constexpr quint32 kSequences = 1000;
    constexpr int kSteps = 40;
    const Diagram start = cw::test::smallDiagram();
    int applied = 0;
    for (quint32 seed = 1000; seed < 1000 + kSequences; ++seed) {
        Architecture model;
        model.reset(start);
        RandomSession session(seed, model);
        for (int i = 0; i < kSteps; ++i) {
            const QString problem = session.step();
            QVERIFY2(problem.isEmpty(),
                qPrintable(QStringLiteral("seed %1, step %2: %3\nlast steps:\n  %4")
                               .arg(seed)
                               .arg(i)
                               .arg(problem, session.log())));
        }
        applied += session.applied();
        // The walk may end with undone edits waiting: the history's end is after them.
        QString tip = session.redoAll();
        QVERIFY2(tip.isEmpty(), qPrintable(QStringLiteral("seed %1, redoing to the end: %2").arg(seed).arg(tip)));
        const Diagram end = model.diagram();
        // Replay: back to the start, then every edit of the history again.
        QString problem = session.undoAll();
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1, undoing all: %2").arg(seed).arg(problem)));
        QVERIFY2(model.diagram() == start,
            qPrintable(QStringLiteral("seed %1: undoing all does not reach the start").arg(seed)));
        problem = session.redoAll();
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1, redoing all: %2").arg(seed).arg(problem)));
        QVERIFY2(model.diagram() == end,
            qPrintable(QStringLiteral("seed %1: replaying the edits ends elsewhere").arg(seed)));
        QVERIFY(model.checkInvariants().isEmpty());
    }
    QVERIFY2(applied > int(kSequences) * kSteps / 3, qPrintable(QStringLiteral("only %1 edits applied").arg(applied)));
}

QTEST_GUILESS_MAIN(TestRandomEdits)
#include "tst_random_edits.moc"
