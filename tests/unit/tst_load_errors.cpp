// Every kind of bad input gives one clear line, "FILE: PLACE: MESSAGE", and no diagram:
// one fixture per case under tests/data/bad, named after the case. A bad file never
// crashes the reader, however it is broken.
#include "core_test_helpers.h"
#include "io/printable.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace cw;
using cw::test::dataPath;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList badFiles()
{
    QStringList files = QDir(dataPath(QStringLiteral("bad"))).entryList({QStringLiteral("*.cwa")}, QDir::Files);
    files.sort();
    return files;
}

struct BadCase {
    const char* file;  ///< tests/data/bad/FILE.cwa
    const char* place; ///< where the error is; empty for the whole file
    const char* phrase;
};

// One row per fixture under tests/data/bad.
const BadCase kBadCases[] = {
    // Not JSON at all; the place is where parsing stopped.
    {"empty-file", "", "the file is empty"},
    {"whitespace-only", "", "the file is empty"},
    {"not-json", "line 4, column 8", "not valid JSON"},
    {"not-json-trailing-garbage", "line 17, column 2", "expected end of input"},
    {"unterminated", "line 6, column 57", "unexpected end of input"},
    {"invalid-utf8", "line 10, column 52", "UTF-8"},
    {"binary-garbage", "line 1, column 1", "not valid JSON"},
    {"nul-after-document", "line 1, column 43", "a NUL byte"}, // what follows must not be ignored
    {"huge-number", "line 10, column 158", "number overflow parsing '1e400'"},
    {"deeply-nested", "line 16, column 212", "nested more than 200 levels deep"},
    // JSON, but not a Cloudwright file of a version this program reads.
    {"top-level-array", "", "not a Cloudwright file: the document is an array"},
    {"missing-format", "", "\"format\" is missing"},
    {"wrong-format", "format", "\"drawio\", expected \"cloudwright\""},
    {"missing-format-version", "", "\"formatVersion\" is missing"},
    {"format-version-2", "formatVersion", "written by a newer Cloudwright (format version 2)"},
    {"format-version-huge", "formatVersion", "written by a newer Cloudwright"},
    {"format-version-beyond-64-bits", "formatVersion", "written by a newer Cloudwright (format version 1e+20)"},
    {"format-version-string", "formatVersion", "must be a whole number, found \"1\""},
    {"format-version-fraction", "formatVersion", "must be a whole number, found 1.5"},
    {"format-version-0", "formatVersion", "format version 0 does not exist"},
    {"format-version-negative", "formatVersion", "format version -3 does not exist"},
    // Kinds the contract does not have.
    {"unknown-node-kind", "nodes[1] (id \"db\").kind", "unknown node kind \"database.graph\""},
    // An id with a line break and a terminal escape in it: the message stays one line.
    {"control-characters-in-id", "nodes[0] (id \"a\nb\x1b[31mRED\").kind", "unknown node kind \"compute.mainframe\""},
    {"missing-node-kind", "nodes[1] (id \"db\")", "\"kind\" is missing"},
    {"unknown-group-kind", "groups[1] (id \"sub\").kind", "unknown group kind \"cluster\""},
    {"unknown-edge-kind", "edges[0] (id \"e1\").kind", "unknown edge kind \"stream\""},
    // References and ids.
    {"dangling-edge-from", "edges[0] (id \"e1\").from", "names \"ghost\", which is no node or group of this file"},
    {"dangling-edge-to", "edges[0] (id \"e1\").to", "dangling edge"},
    {"edge-to-edge", "edges[1] (id \"e2\").to", "names \"e1\", which is no node or group"},
    {"edge-without-to", "edges[0] (id \"e1\")", "needs \"from\" and \"to\""},
    {"node-in-missing-group", "nodes[1] (id \"db\").group", "names a group \"private\" that does not exist"},
    {"node-in-node", "nodes[1] (id \"db\").group", "names a group \"api\" that does not exist"},
    {"missing-parent-group", "groups[1] (id \"sub\").parent", "names a group \"region\" that does not exist"},
    {"duplicate-id-node-node", "nodes[1]", "duplicate id \"api\" (already used by nodes[0])"},
    {"duplicate-id-node-edge", "nodes[1]", "duplicate id \"db\" (already used by edges[0])"},
    {"duplicate-id-group-group", "groups[1]", "duplicate id \"vpc\" (already used by groups[0])"},
    {"missing-id", "nodes[1]", "\"id\" is missing"},
    {"empty-id", "nodes[1].id", "must not be empty"},
    {"id-not-string", "groups[1].id", "must be a string, found a number"},
    {"group-cycle-2", "groups[0] (id \"vpc\").parent", "the groups form a cycle: vpc → sub → vpc"},
    {"group-cycle-3", "groups[0] (id \"vpc\").parent", "the groups form a cycle: vpc → zone → sub → vpc"},
    {"group-self-parent", "groups[0] (id \"vpc\").parent", "the groups form a cycle: vpc → vpc"},
    // Wrong types and values out of range.
    {"name-not-string", "nodes[0] (id \"api\").name", "must be a string, found a number"},
    {"count-negative", "nodes[0] (id \"api\").props.count", "must be a whole number from 0 to 100000, found -1"},
    {"count-fraction", "nodes[0] (id \"api\").props.count", "must be a whole number from 0 to 100000, found 2.5"},
    {"count-too-large", "nodes[0] (id \"api\").props.count", "found 100001"},
    {"count-string", "nodes[0] (id \"api\").props.count", "found \"2\""},
    {"pricing-unknown", "nodes[0] (id \"api\").props.pricing",
        "must be one of on_demand, reserved_1y, reserved_3y, spot, found \"cheap\""},
    {"multi-az-string", "nodes[0] (id \"api\").props.multi_az", "must be true or false, found \"yes\""},
    {"group-public-string", "groups[1] (id \"sub\").props.public", "must be true or false, found \"no\""},
    {"props-not-object", "nodes[1] (id \"db\").props", "must be an object, found an array"},
    {"layout-x-string", "nodes[0] (id \"api\").layout.x", "must be a number, found a string"},
    {"layout-x-without-y", "nodes[0] (id \"api\").layout", "needs both \"x\" and \"y\""},
    {"layout-not-object", "nodes[0] (id \"api\").layout", "must be an object, found an array"},
    {"node-layout-w-without-h", "nodes[0] (id \"api\").layout", "needs both \"w\" and \"h\""},
    {"edge-route-one-point", "edges[0] (id \"e1\").layout.points", "needs at least two points"},
    {"edge-route-point-not-pair", "edges[0] (id \"e1\").layout.points[1]", "must be a point [x, y], found [300,108,5]"},
    {"edge-style-curved", "edges[0] (id \"e1\").layout.style",
        "unknown edge style \"curved\"; expected orthogonal or straight"},
    {"layout-far-away", "nodes[0] (id \"api\").layout.x", "must be a coordinate between -1e9 and 1e9"},
    {"group-layout-w-zero", "groups[0] (id \"vpc\").layout.w", "must be greater than 0, found 0"},
    {"group-layout-h-negative", "groups[0] (id \"vpc\").layout.h", "must be greater than 0, found -5"},
    {"meta-provider-ibm", "meta.provider", "unknown provider \"ibm\""},
    {"meta-reliability-high", "meta.reliability", "must be \"standard\" or \"critical\", found \"high\""},
    {"meta-not-object", "meta", "must be an object, found a string"},
    {"node-provider-unknown", "nodes[1] (id \"db\").provider", "unknown provider \"oracle\""},
    {"suppress-not-array", "nodes[0] (id \"api\").suppress", "must be an array, found an object"},
    {"suppress-without-rule", "nodes[0] (id \"api\").suppress[0].rule", "must name a rule id"},
    {"nodes-not-array", "nodes", "must be an array, found an object"},
    {"node-not-object", "nodes[1]", "must be an object, found a string"},
    {"scenarios-not-array", "scenarios", "must be an array, found an object"},
    {"scenario-without-name", "scenarios[0]", "\"name\" is missing"},
    {"scenario-name-not-string", "scenarios[0].name", "must be a string, found a number"},
    {"scenario-without-monthly", "scenarios[0]", "\"monthly\" is missing"},
    {"scenario-monthly-negative", "scenarios[0].monthly[1]", "must be an amount in US dollars from 0 to 1e9, found -2"},
    {"scenario-duplicate-name", "scenarios[1].name",
        "duplicate scenario name \"On VMs\" (already used by scenarios[0])"},
    {"scenario-months-mismatch", "scenarios[0].months", "is 3 but \"monthly\" holds 2 months"},
    {"scenario-node-monthly-string", "scenarios[0].nodes[0] (id \"api\").monthly", "must be an amount in US dollars"},
};

} // namespace

class TestLoadErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badFile_data();
    void badFile();
    void everyBadFileHasACase();
    void missingFile();
    void folderInsteadOfFile();
    void unreadableFile();
    void truncatedFilesNeverCrash();
    void corruptedFilesNeverCrash();
};

void TestLoadErrors::badFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("phrase");
    for (const BadCase& c : kBadCases)
        QTest::newRow(c.file) << QString::fromUtf8(c.file) << QString::fromUtf8(c.place) << QString::fromUtf8(c.phrase);
}

void TestLoadErrors::badFile()
{
    QFETCH(QString, file);
    QFETCH(QString, place);
    QFETCH(QString, phrase);
    const QString path = dataPath(QStringLiteral("bad/%1.cwa").arg(file));
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" is missing")));

    const LoadResult r = readCwaFile(path, cw::test::catalog());
    QVERIFY(!r.ok());
    QVERIFY(!r.diagram.has_value()); // never a partial diagram
    QVERIFY(!r.laidOut);
    QCOMPARE(r.error.file, path);
    QCOMPARE(r.error.place, place);
    QVERIFY2(r.error.message.contains(phrase), qPrintable(QStringLiteral("message: ") + r.error.message));

    // The one line the command line prints and the editor shows.
    const QString line = r.error.toString();
    QCOMPARE(line,
        printable(place.isEmpty() ? path + QStringLiteral(": ") + r.error.message
                                  : path + QStringLiteral(": ") + place + QStringLiteral(": ") + r.error.message));
    QVERIFY2(!line.contains(QLatin1Char('\n')) && !line.contains(QLatin1Char('\r')), qPrintable(line));
    QVERIFY2(!line.contains(QChar(0x1b)), qPrintable(line));  // no terminal escapes from the file
    QVERIFY(!line.contains(QLatin1String("json.exception"))); // no library internals
    QVERIFY(line.size() < 400);

    // Reading the same bytes from memory (the clipboard, autosave) says the same.
    const LoadResult fromMemory = readCwa(readAll(path), QStringLiteral("clipboard"), cw::test::catalog());
    QVERIFY(!fromMemory.ok());
    QCOMPARE(fromMemory.error.file, QStringLiteral("clipboard"));
    QCOMPARE(fromMemory.error.place, r.error.place);
    QCOMPARE(fromMemory.error.message, r.error.message);
}

// A fixture without an expectation would test nothing.
void TestLoadErrors::everyBadFileHasACase()
{
    QStringList expected;
    for (const BadCase& c : kBadCases)
        expected << QString::fromUtf8(c.file) + QStringLiteral(".cwa");
    expected.sort();
    QCOMPARE(badFiles(), expected);
}

void TestLoadErrors::missingFile()
{
    const QString path = dataPath(QStringLiteral("bad/no-such-file.cwa"));
    const LoadResult r = readCwaFile(path, cw::test::catalog());
    QVERIFY(!r.ok());
    QCOMPARE(r.error.toString(), path + QStringLiteral(": no such file"));
}

void TestLoadErrors::folderInsteadOfFile()
{
    const QString path = dataPath(QStringLiteral("bad"));
    const LoadResult r = readCwaFile(path, cw::test::catalog());
    QVERIFY(!r.ok());
    QCOMPARE(r.error.file, path);
    QVERIFY2(r.error.message.contains(QLatin1String("folder")), qPrintable(r.error.message));
}

void TestLoadErrors::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locked.cwa"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(readAll(dataPath(QStringLiteral("golden/v1-minimal.cwa"))));
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::WriteOwner));
    if (QFile(path).open(QIODevice::ReadOnly))
        QSKIP("permissions do not apply (running as root)");
    const LoadResult r = readCwaFile(path, cw::test::catalog());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.message.startsWith(QLatin1String("cannot be read")), qPrintable(r.error.message));
}

// Every prefix of a real file: each is either refused with a message or read whole.
void TestLoadErrors::truncatedFilesNeverCrash()
{
    const QByteArray full = readAll(dataPath(QStringLiteral("golden/v1-every-field.cwa")));
    QVERIFY(!full.isEmpty());
    int refused = 0;
    for (qsizetype n = 0; n < full.size(); n += 3) {
        const LoadResult r = readCwa(full.left(n), QStringLiteral("cut.cwa"), cw::test::catalog());
        if (r.ok())
            continue;
        ++refused;
        QVERIFY(!r.diagram.has_value());
        QVERIFY2(!r.error.message.isEmpty(), qPrintable(QString::number(n)));
    }
    QVERIFY(refused > int(full.size() / 3) - 2);
    QVERIFY(readCwa(full, QStringLiteral("whole.cwa"), cw::test::catalog()).ok());
}

// Random byte changes in a real file: refused with a message, or read into a diagram
// the model accepts as consistent.
void TestLoadErrors::corruptedFilesNeverCrash()
{
    const QByteArray full = readAll(dataPath(QStringLiteral("golden/v1-every-field.cwa")));
    QRandomGenerator random(388487);
    static const char replacements[]
        = {'"', '{', '}', '[', ']', ',', ':', '0', '9', '-', 'e', '.', '\\', 'x', '\0', '\n'};
    int loaded = 0;
    for (int i = 0; i < 1500; ++i) {
        QByteArray bytes = full;
        for (int k = int(random.bounded(1, 4)); k > 0; --k) {
            const qsizetype at = qsizetype(random.bounded(int(bytes.size())));
            bytes[at] = random.bounded(4) == 0 ? char(random.bounded(256))
                                               : replacements[random.bounded(int(sizeof(replacements)))];
        }
        const LoadResult r = readCwa(bytes, QStringLiteral("corrupt.cwa"), cw::test::catalog());
        if (!r.ok()) {
            QVERIFY2(!r.error.message.isEmpty(), bytes.constData());
            continue;
        }
        ++loaded;
        Architecture model;
        model.reset(*r.diagram);
        const QStringList problems = model.checkInvariants();
        QVERIFY2(problems.isEmpty(),
            qPrintable(problems.join(QStringLiteral("; ")) + QStringLiteral("\n") + QString::fromUtf8(bytes)));
    }
    QVERIFY(loaded > 0); // some changes land in names and numbers and are fine
}

QTEST_GUILESS_MAIN(TestLoadErrors)
#include "tst_load_errors.moc"
