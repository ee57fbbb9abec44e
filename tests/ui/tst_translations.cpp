// The shipped translations: complete, placeholders kept, in step with the sources (code and
// data), and installed by language the way the editor does at start-up.
#include "catalog/catalog.h"
#include "i18n/data_text.h"
#include "i18n/language.h"
#include "ts_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace cw;
using cw::test::readTsFile;
using cw::test::TsFile;
using cw::test::TsMessage;

namespace {

const QString kTsDir = QStringLiteral(CLOUDWRIGHT_SOURCE_DIR "/resources/translations");

QStringList tsFiles()
{
    return QDir(kTsDir).entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
}

// "%1", "%L2", "%n": the placeholders a translation must keep.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return found;
}

QString key(const QString& context, const QString& source, const QString& comment = QString())
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

QSet<QString> keys(const TsFile& ts)
{
    QSet<QString> out;
    for (const TsMessage& m : ts.messages) {
        if (!m.vanished)
            out.insert(key(m.context, m.source, m.comment));
    }
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFileReads_data();
    void everyFileReads();
    void everyMessageTranslated_data() { everyFileReads_data(); }
    void everyMessageTranslated();
    void placeholdersKept_data() { everyFileReads_data(); }
    void placeholdersKept();
    void dataStringsInStep();
    void codeStringsInStep();
    void languageResolved_data();
    void languageResolved();
    void danishInstalled();
};

void TestTranslations::everyFileReads_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = tsFiles();
    QVERIFY2(files.contains(QStringLiteral("cloudwright_da.ts")), "the Danish code translation is missing");
    QVERIFY2(files.contains(QStringLiteral("cloudwright_data_da.ts")), "the Danish data translation is missing");
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestTranslations::everyFileReads()
{
    QFETCH(QString, file);
    const TsFile ts = readTsFile(kTsDir + QLatin1Char('/') + file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), "no messages");
    QVERIFY2(!ts.language.isEmpty(), "the file names no language");
}

// A shipped language is complete: a string left in English in a Danish menu is a bug.
void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, file);
    const TsFile ts = readTsFile(kTsDir + QLatin1Char('/') + file);
    QStringList missing;
    for (const TsMessage& m : ts.messages) {
        if (m.vanished)
            continue;
        bool empty = m.translations.isEmpty();
        for (const QString& t : m.translations)
            empty = empty || t.isEmpty();
        if (m.unfinished || empty)
            missing << QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(80));
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 untranslated in %2:\n  %3")
                       .arg(missing.size())
                       .arg(file, missing.mid(0, 40).join(QStringLiteral("\n  ")))));
}

// "%1 reads %2" must not lose or invent a placeholder; a plural form may leave %n out
// ("én node").
void TestTranslations::placeholdersKept()
{
    QFETCH(QString, file);
    const TsFile ts = readTsFile(kTsDir + QLatin1Char('/') + file);
    QStringList wrong;
    for (const TsMessage& m : ts.messages) {
        if (m.vanished || m.unfinished)
            continue;
        QSet<QString> wanted = placeholders(m.source);
        for (const QString& t : m.translations) {
            QSet<QString> got = placeholders(t);
            if (m.numerus) {
                wanted.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (got != wanted)
                wrong << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(m.context, m.source.left(60), t.left(60));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

// Every text the catalog and the rule book show is in the data translation: a new kind or
// rule without `update_translations` fails here.
void TestTranslations::dataStringsInStep()
{
    const TsFile ts = readTsFile(kTsDir + QStringLiteral("/cloudwright_data_da.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QSet<QString> have = keys(ts);
    const std::vector<DataString> strings = collectDataStrings();
    QVERIFY(strings.size() > 300);
    QStringList missing;
    for (const DataString& s : strings) {
        if (!have.contains(key(s.context, s.text)))
            missing << QStringLiteral("%1 (%2): \"%3\"").arg(s.context, s.note, s.text.left(80));
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("not in cloudwright_data_da.ts (run the update_translations target):\n  ")
            + missing.join(QStringLiteral("\n  "))));
}

// lupdate over today's sources finds nothing the checked-in file lacks.
void TestTranslations::codeStringsInStep()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("cloudwright_da.ts"));
    QVERIFY(QFile::copy(kTsDir + QStringLiteral("/cloudwright_da.ts"), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CLOUDWRIGHT_SOURCE_DIR));
    lupdate.start(QStringLiteral(CLOUDWRIGHT_LUPDATE),
        {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
            QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    const TsFile fresh = readTsFile(copy);
    const TsFile shipped = readTsFile(kTsDir + QStringLiteral("/cloudwright_da.ts"));
    const QSet<QString> before = keys(shipped);
    const QSet<QString> after = keys(fresh);
    QStringList added;
    for (const QString& k : after - before)
        added << QString(k).replace(QChar(0x1f), QLatin1String(" | "));
    QStringList gone;
    for (const QString& k : before - after)
        gone << QString(k).replace(QChar(0x1f), QLatin1String(" | "));
    QVERIFY2(added.isEmpty() && gone.isEmpty(),
        qPrintable(QStringLiteral("cloudwright_da.ts is behind the sources (run the update_translations "
                                  "target).\nNew:\n  %1\nGone:\n  %2")
                       .arg(added.join(QStringLiteral("\n  ")), gone.join(QStringLiteral("\n  ")))));
}

void TestTranslations::languageResolved_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system Danish") << "system" << QStringList{"da-DK"} << "da";
    QTest::newRow("system Danish underscore") << "system" << QStringList{"da_DK"} << "da";
    QTest::newRow("system English first") << "system" << QStringList{"en-US", "da-DK"} << "en";
    QTest::newRow("system French then Danish") << "system" << QStringList{"fr-FR", "da-DK"} << "da";
    QTest::newRow("system unshipped") << "system" << QStringList{"fr-FR"} << "en";
    QTest::newRow("system none") << "system" << QStringList{} << "en";
    QTest::newRow("English forced") << "en" << QStringList{"da-DK"} << "en";
    QTest::newRow("Danish forced") << "da" << QStringList{"en-GB"} << "da";
    QTest::newRow("unknown preference follows system") << "xx" << QStringList{"da"} << "da";
}

void TestTranslations::languageResolved()
{
    QFETCH(QString, preference);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(i18n::resolveLanguage(preference, system), expected);
}

// What the editor does at start-up: the translators go in, then the catalog reads Danish.
void TestTranslations::danishInstalled()
{
    QVERIFY(i18n::availableLanguages().contains(QStringLiteral("da")));
    QCOMPARE(i18n::nativeName(QStringLiteral("da")), QStringLiteral("Dansk"));
    QVERIFY(i18n::installTranslations(*QCoreApplication::instance(), QStringLiteral("da")));
    QFile file(QStringLiteral(":/catalog/catalog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<Catalog> catalog = Catalog::fromJson(file.readAll(), &error);
    QVERIFY2(catalog, qPrintable(error));
    // The catalog's words in Danish, the providers' product names as they are.
    QCOMPARE(catalog->category(QStringLiteral("storage"))->name, QStringLiteral("Lagring"));
    QCOMPARE(catalog->kind(QStringLiteral("compute.vm"))->names.value(QStringLiteral("generic")),
        QStringLiteral("Virtuel maskine"));
    QCOMPARE(catalog->kind(QStringLiteral("compute.vm"))->names.value(QStringLiteral("aws")), QStringLiteral("EC2"));
    QCOMPARE(QCoreApplication::translate("cw::MainWindow", "&File"), QStringLiteral("&Filer"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
