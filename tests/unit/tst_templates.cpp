// The architecture templates (resources/templates): each one loads without a place for
// anything (so the editor lays it out with dot), has the kinds, findings and month-1 cost
// its meta.template claims, keeps its description through a save, and laid out by dot has
// no overlapping cards, no member outside its frame and no routed edge through a card.
#include "core_test_helpers.h"
#include "layout_checks.h"
#include "route_checks.h"
#include "rule_test_helpers.h"

#include "cost/cost_model.h"
#include "cost/price_book.h"
#include "layout/arrange.h"

#include <QtTest>

using namespace cw;

namespace {

QString templatesDir()
{
    return QDir::cleanPath(test::dataPath(QStringLiteral("../../resources/templates")));
}

Diagram loadTemplate(const QString& name)
{
    const LoadResult r = readCwaFile(QDir(templatesDir()).filePath(name), test::catalog());
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.toString()));
    return r.ok() ? *r.diagram : Diagram{};
}

// The template's own claims, meta.template.
const Json& claims(const Diagram& d)
{
    static const Json none = Json::object();
    const auto it = d.meta.extra.find("template");
    return it != d.meta.extra.end() && it->is_object() ? *it : none;
}

} // namespace

class TestTemplates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSevenTemplatesAreThere()
    {
        const QStringList files = QDir(templatesDir()).entryList({QStringLiteral("*.cwa")}, QDir::Files);
        QCOMPARE(files.size(), 7);
    }

    // The program carries them (core's resources), as they are on disk.
    void bundledWithTheProgram_data() { eachTemplate_data(); }
    void bundledWithTheProgram()
    {
        QFETCH(QString, file);
        QFile bundled(QStringLiteral(":/templates/") + file);
        QFile onDisk(QDir(templatesDir()).filePath(file));
        QVERIFY2(bundled.open(QIODevice::ReadOnly), qPrintable(file + QStringLiteral(" is not in :/templates")));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY(bundled.readAll() == onDisk.readAll());
    }

    void eachTemplate_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(templatesDir()).entryList({QStringLiteral("*.cwa")}, QDir::Files);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    // Opens without error and without a place for anything, and says what it is.
    void eachTemplate()
    {
        QFETCH(QString, file);
        const LoadResult r = readCwaFile(QDir(templatesDir()).filePath(file), test::catalog());
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY2(r.unplaced, "a template leaves positions to the automatic layout");
        const Meta& m = r.diagram->meta;
        QVERIFY(!m.title.isEmpty());
        QVERIFY(m.provider == QLatin1String("aws") || m.provider == QLatin1String("gcp"));
        QVERIFY(!m.region.isEmpty());
        const auto description = m.extra.find("description");
        QVERIFY(description != m.extra.end() && description->is_string());
        QVERIFY2(description->get<std::string>().size() > 300, "the description is a paragraph a student reads");
        QVERIFY(claims(*r.diagram).contains("kinds"));
        QVERIFY(!r.diagram->groups.empty());
    }

    void hasTheKindsItNames_data() { eachTemplate_data(); }
    void hasTheKindsItNames()
    {
        QFETCH(QString, file);
        const Diagram d = loadTemplate(file);
        const Json& kinds = claims(d).value("kinds", Json::array());
        QVERIFY(kinds.size() >= 5);
        for (const Json& k : kinds) {
            const QString kind = QString::fromStdString(k.get<std::string>());
            const bool present
                = std::any_of(d.nodes.begin(), d.nodes.end(), [&](const Node& n) { return n.kind == kind; });
            QVERIFY2(present, qPrintable(QStringLiteral("no %1 node").arg(kind)));
        }
    }

    void findingsAreWhatItClaims_data() { eachTemplate_data(); }
    void findingsAreWhatItClaims()
    {
        QFETCH(QString, file);
        const Diagram d = loadTemplate(file);
        const Json findings = claims(d).value("findings", Json::object());
        QVERIFY(findings.contains("errors") && findings.contains("warnings"));
        const std::vector<Finding> all = test::findingsOf(d);
        int errors = 0, warnings = 0;
        for (const Finding& f : all) {
            if (f.suppressed)
                continue;
            errors += f.severity == Severity::Error;
            warnings += f.severity == Severity::Warning;
        }
        const QString seen = test::describe(all);
        QVERIFY2(errors == findings.at("errors").get<int>(), qPrintable(seen));
        QVERIFY2(warnings == findings.at("warnings").get<int>(), qPrintable(seen));
    }

    void monthOneCostIsInItsRange_data() { eachTemplate_data(); }
    void monthOneCostIsInItsRange()
    {
        QFETCH(QString, file);
        const Diagram d = loadTemplate(file);
        const Json range = claims(d).value("monthlyUSD", Json::array());
        QCOMPARE(range.size(), std::size_t(2));
        Architecture model;
        model.reset(d);
        const cost::Projection p = cost::project(test::catalog(), cost::PriceBook::builtin(), model, 1);
        // The price book lacks some services (e.g. WAF hours, scheduler invocations): the
        // claim is about the priced nodes' total, as `cloudwright cost` prints it.
        QVERIFY(p.priced > 0);
        const double total = p.perMonth.front().total.toDouble();
        const QString says = QStringLiteral("month 1 costs %1, the template says %2 to %3")
                                 .arg(total)
                                 .arg(range[0].get<double>())
                                 .arg(range[1].get<double>());
        QVERIFY2(total >= range[0].get<double>() && total <= range[1].get<double>(), qPrintable(says));
    }

    void laysOutCleanly_data() { eachTemplate_data(); }
    void laysOutCleanly()
    {
        QFETCH(QString, file);
        Diagram d = loadTemplate(file);
        layout::ArrangeOptions options;
        options.catalog = &test::catalog();
        const layout::Arrangement a = layout::arrange(d, options);
        QCOMPARE(a.engine, QStringLiteral("dot"));
        layout::applyArrangement(d, a);
        Architecture model;
        model.reset(d);
        const QStringList bad = test::placementProblems(d) + test::crossings(model, routing::routeAll(model));
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral("; "))));
    }

    // meta.description and meta.template are project additions the reader keeps as
    // unknown meta fields: a save writes them back unchanged.
    void metaAdditionsSurviveASave_data() { eachTemplate_data(); }
    void metaAdditionsSurviveASave()
    {
        QFETCH(QString, file);
        const Diagram d = loadTemplate(file);
        const LoadResult again = readCwa(writeCwa(d), file, test::catalog());
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QVERIFY(again.diagram->meta.extra.value("description", Json()) == d.meta.extra.value("description", Json()));
        QVERIFY(again.diagram->meta.extra.value("template", Json()) == claims(d));
        QVERIFY(!claims(d).empty());
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
