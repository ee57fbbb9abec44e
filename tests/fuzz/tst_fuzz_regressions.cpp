// Replays, in every build, what the fuzz target checks (loader_checks.h) on every file
// the fuzzer ever broke the loader with (tests/fuzz/regressions), on the bad files
// (which must be refused) and on the golden files (which must open).

#include "loader_checks.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace cw;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loaderChecks_data();
    void loaderChecks();
};

namespace {

enum class Expect { Either, Loads, Refused };

void addFolder(const QString& folder, const QString& label, Expect expect)
{
    const QDir dir(folder);
    QVERIFY2(dir.exists(), qPrintable(folder));
    int added = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name == QLatin1String("README.md") || name == QLatin1String("SHA256SUMS"))
            continue;
        QTest::newRow(qPrintable(label + name)) << dir.filePath(name) << int(expect);
        ++added;
    }
    if (expect != Expect::Either)
        QVERIFY2(added > 0, qPrintable(QStringLiteral("no files in %1").arg(folder)));
}

} // namespace

void TestFuzzRegressions::loaderChecks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expect");
    addFolder(QStringLiteral(CW_FUZZ_REGRESSIONS), QStringLiteral("regressions/"), Expect::Either);
    addFolder(QStringLiteral(CW_TEST_DATA "/bad"), QStringLiteral("bad/"), Expect::Refused);
    addFolder(QStringLiteral(CW_TEST_DATA "/golden"), QStringLiteral("golden/"), Expect::Loads);
}

void TestFuzzRegressions::loaderChecks()
{
    QFETCH(QString, path);
    QFETCH(int, expect);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const fuzz::LoaderCheck check = fuzz::checkLoader(file.readAll(), QFileInfo(path).fileName());
    QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
    if (Expect(expect) == Expect::Loads)
        QVERIFY2(check.loaded, "a golden file must open");
    else if (Expect(expect) == Expect::Refused)
        QVERIFY2(!check.loaded, "a bad file must be refused");
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
