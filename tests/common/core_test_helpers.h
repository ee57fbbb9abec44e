#pragma once

// Shared helpers for the core's unit tests: a small hand-built diagram, fixture
// loading, and checks with failure messages that say what differs.

#include "catalog/catalog.h"
#include "diagram_difference.h"
#include "edit/undo_record.h"
#include "io/cwa_reader.h"
#include "io/cwa_writer.h"
#include "model/architecture.h"

#include <QByteArrayList>
#include <QDir>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <type_traits>

namespace cw::test {

/// Absolute path of a file under tests/data.
inline QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(CW_TEST_DATA)).filePath(relative);
}

inline const Catalog& catalog()
{
    return Catalog::builtin();
}

inline LoadResult loadFixture(const QString& relative)
{
    return readCwaFile(dataPath(relative), catalog());
}

/// A small AWS architecture that touches every part of the model:
///   r1 (region) > vpc (vpc) > pub (public subnet), priv (private subnet)
///   nodes users (top), lb (pub), api (priv, default service name "EC2" and the AWS
///   default instance type), db (priv), bucket (r1, empty name), backup (r1, own
///   provider azure), iam (top)
///   edges e1 users->lb, e2 lb->api, e3 api->db, e4 api->bucket, e5 iam->api,
///   e6 iam->vpc (an edge to a group)
inline Diagram smallDiagram()
{
    Diagram d;
    d.meta.title = QStringLiteral("Test shop");
    d.meta.provider = QStringLiteral("aws");
    d.meta.region = QStringLiteral("us-east-1");

    auto group = [&](const char* id, GroupKind kind, const char* name, const char* parent, QRectF box,
                     Json props = Json::object()) {
        Group g;
        g.id = QString::fromLatin1(id);
        g.kind = kind;
        g.name = QString::fromLatin1(name);
        g.parent = QString::fromLatin1(parent);
        g.box = box;
        g.props = std::move(props);
        d.groups.push_back(g);
    };
    group("r1", GroupKind::Region, "us-east-1", "", QRectF(0, 0, 1400, 800));
    group("vpc", GroupKind::Vpc, "VPC", "r1", QRectF(40, 60, 1000, 600));
    group("pub", GroupKind::Subnet, "Public", "vpc", QRectF(80, 120, 300, 400), Json{{"public", true}});
    group("priv", GroupKind::Subnet, "Private", "vpc", QRectF(420, 120, 560, 400), Json{{"public", false}});

    auto node = [&](const char* id, const char* kind, const char* name, const char* in, QPointF pos,
                    Json props = Json::object(), const char* provider = "") {
        Node n;
        n.id = QString::fromLatin1(id);
        n.kind = QString::fromLatin1(kind);
        n.name = QString::fromLatin1(name);
        n.group = QString::fromLatin1(in);
        n.pos = pos;
        n.props = std::move(props);
        n.provider = QString::fromLatin1(provider);
        d.nodes.push_back(n);
    };
    node("users", "external.users", "Customers", "", QPointF(-300, 300), Json{{"requests_per_month", 1000000}});
    node("lb", "network.load_balancer", "Ingress", "pub", QPointF(120, 200));
    node("api", "compute.vm", "EC2", "priv", QPointF(460, 200), Json{{"instance_type", "m5.large"}, {"count", 2}});
    node("db", "database.sql", "Orders DB", "priv", QPointF(700, 200),
        Json{{"instance_type", "db.t3.large"}, {"storage_gb", 100}});
    node("bucket", "storage.object", "", "r1", QPointF(1100, 100), Json{{"storage_gb", 500}});
    node("backup", "storage.object", "Blob Storage", "r1", QPointF(1100, 300), Json::object(), "azure");
    node("iam", "security.iam", "Roles", "", QPointF(-300, 500));

    auto edge = [&](const char* id, const char* from, const char* to, EdgeKind kind, const char* label = "") {
        Edge e;
        e.id = QString::fromLatin1(id);
        e.from = QString::fromLatin1(from);
        e.to = QString::fromLatin1(to);
        e.kind = kind;
        e.label = QString::fromLatin1(label);
        d.edges.push_back(e);
    };
    edge("e1", "users", "lb", EdgeKind::Request, "HTTPS");
    edge("e2", "lb", "api", EdgeKind::Request);
    edge("e3", "api", "db", EdgeKind::Data);
    edge("e4", "api", "bucket", EdgeKind::Data);
    edge("e5", "iam", "api", EdgeKind::Control);
    edge("e6", "iam", "vpc", EdgeKind::Control);
    return d;
}

inline QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

/// Ids of a list of entities, in file order.
template <typename T> QStringList idsOf(const std::vector<T>& list)
{
    QStringList ids;
    for (const T& item : list)
        ids << item.id;
    return ids;
}

/// The first line where two diagrams differ as written to a file, for failure messages.
inline QString describeDifference(const Diagram& actual, const Diagram& expected)
{
    const std::optional<LineDifference> diff = firstDifferingLine(actual, expected);
    if (!diff)
        return QStringLiteral("diagrams differ below the precision the file keeps");
    return QStringLiteral("diagrams differ at line %1:\n   actual: %2\n expected: %3")
        .arg(diff->line)
        .arg(QString::fromUtf8(diff->actual), QString::fromUtf8(diff->expected));
}

/// The line the writer gives one entity, for failure messages.
template <typename T> QByteArray entityLine(const T& entity)
{
    Diagram d;
    if constexpr (std::is_same_v<T, Node>)
        d.nodes.push_back(entity);
    else if constexpr (std::is_same_v<T, Group>)
        d.groups.push_back(entity);
    else
        d.edges.push_back(entity);
    for (const QByteArray& line : writeCwa(d).split('\n')) {
        if (line.startsWith("    {"))
            return line.trimmed();
    }
    return {};
}

} // namespace cw::test

// Readable values in QCOMPARE failure messages. (GroupKind and EdgeKind cannot get
// one: cw::toString() returning QString wins the lookup; compare their names instead.)
namespace QTest {
template <> inline char* toString(const cw::EntityType& type)
{
    static const char* const names[] = {"None", "Node", "Group", "Edge"};
    return qstrdup(names[int(type)]);
}
template <> inline char* toString(const cw::Node& node)
{
    return qstrdup(cw::test::entityLine(node).constData());
}
template <> inline char* toString(const cw::Group& group)
{
    return qstrdup(cw::test::entityLine(group).constData());
}
template <> inline char* toString(const cw::Edge& edge)
{
    return qstrdup(cw::test::entityLine(edge).constData());
}
template <> inline char* toString(const cw::Meta& meta)
{
    cw::Diagram d;
    d.meta = meta;
    return qstrdup(cw::writeCwa(d).split('\n').value(3).trimmed().constData());
}
} // namespace QTest

/// Fails the test with the first differing line when two Diagrams are not equal.
#define CW_COMPARE_DIAGRAMS(actual, expected)                                                                          \
    do {                                                                                                               \
        const ::cw::Diagram& cwActual_ = (actual);                                                                     \
        const ::cw::Diagram& cwExpected_ = (expected);                                                                 \
        if (!(cwActual_ == cwExpected_))                                                                               \
            QFAIL(qPrintable(::cw::test::describeDifference(cwActual_, cwExpected_)));                                 \
    } while (false)

/// Compares JSON values (QCOMPARE cannot: nlohmann::json converts to too many types).
#define CW_COMPARE_JSON(actual, expected)                                                                              \
    do {                                                                                                               \
        const ::cw::Json cwActual_ = (actual);                                                                         \
        const ::cw::Json cwExpected_ = (expected);                                                                     \
        QVERIFY2(cwActual_ == cwExpected_,                                                                             \
            qPrintable(                                                                                                \
                QStringLiteral("JSON differs:\n   actual: %1\n expected: %2")                                          \
                    .arg(QString::fromStdString(cwActual_.dump()), QString::fromStdString(cwExpected_.dump()))));      \
    } while (false)

/// Fails the test with every broken invariant of the model listed.
#define CW_VERIFY_INVARIANTS(model)                                                                                    \
    do {                                                                                                               \
        const QStringList cwProblems_ = (model).checkInvariants();                                                     \
        QVERIFY2(cwProblems_.isEmpty(),                                                                                \
            qPrintable(QStringLiteral("model inconsistent: ") + cwProblems_.join(QStringLiteral("; "))));              \
    } while (false)

namespace cw::test {

/// The contract of every applied edit: undo gives back exactly `before` (file order
/// included), redo exactly the state after the edit, and the model stays consistent
/// at every step. Runs two rounds: a record must stay right however often it is undone
/// and redone.
inline void verifyUndoRedo(Architecture& model, UndoRecord& command, const Diagram& before)
{
    const Diagram after = model.diagram();
    CW_VERIFY_INVARIANTS(model);
    for (int round = 0; round < 2; ++round) {
        command.undo(model);
        CW_VERIFY_INVARIANTS(model);
        CW_COMPARE_DIAGRAMS(model.diagram(), before);
        command.redo(model);
        CW_VERIFY_INVARIANTS(model);
        CW_COMPARE_DIAGRAMS(model.diagram(), after);
    }
}

} // namespace cw::test

#define CW_VERIFY_UNDO_REDO(model, command, before)                                                                    \
    do {                                                                                                               \
        ::cw::test::verifyUndoRedo((model), (command), (before));                                                      \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
