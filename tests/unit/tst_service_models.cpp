// The service-model responsibility table (core/catalog/service_models.h) against the
// course's "cloud service stack" (seeds/004): who manages each layer under IaaS, PaaS
// and SaaS as the seed draws it, CaaS and FaaS between them; every kind in the catalog
// names a model the table knows; the start page's summaries (core/teach/start_entries.h).
#include "core_test_helpers.h"

#include "catalog/service_models.h"
#include "cost/price_book.h"
#include "rules/rule_book.h"
#include "teach/lesson_reader.h"
#include "teach/start_entries.h"

#include <QtTest>

using namespace cw;
using namespace cw::service_models;

class TestServiceModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stackRunsFromCodeToNetworking()
    {
        QStringList ids;
        for (const Layer& l : layers())
            ids << l.id;
        QCOMPARE(ids, QStringList({"code", "data", "runtime", "os", "virtualization", "servers", "network"}));
        QStringList order;
        for (const ModelInfo& m : models()) {
            order << m.id;
            QCOMPARE(m.split.size(), layers().size());
        }
        QCOMPARE(order, QStringList({"IaaS", "CaaS", "PaaS", "FaaS", "SaaS"}));
    }

    void splitFollowsTheSeed_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("yours");
        QTest::addColumn<QStringList>("theirs");
        // seeds/004: "You manage: OS, runtime, code, data / Provider manages: Virtualization, servers, network".
        QTest::newRow("IaaS") << "IaaS" << QStringList({"code", "data", "runtime", "OS"})
                              << QStringList({"virtualization", "servers", "networking"});
        // Containers: "Package app + dependencies": the image (code, runtime) is yours, the hosts are not.
        QTest::newRow("CaaS") << "CaaS" << QStringList({"code", "data", "runtime"})
                              << QStringList({"OS", "virtualization", "servers", "networking"});
        // seeds/004: "You manage: Code, data / Provider manages: Runtime, OS, servers".
        QTest::newRow("PaaS") << "PaaS" << QStringList({"code", "data"})
                              << QStringList({"runtime", "OS", "virtualization", "servers", "networking"});
        // Serverless functions: "Run code without servers".
        QTest::newRow("FaaS") << "FaaS" << QStringList({"code", "data"})
                              << QStringList({"runtime", "OS", "virtualization", "servers", "networking"});
        // seeds/004: "You manage: Just use it / Provider manages: Everything".
        QTest::newRow("SaaS") << "SaaS" << QStringList()
                              << QStringList(
                                     {"code", "data", "runtime", "OS", "virtualization", "servers", "networking"});
    }

    void splitFollowsTheSeed()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, yours);
        QFETCH(QStringList, theirs);
        const ModelInfo* m = service_models::model(model);
        QVERIFY(m);
        QCOMPARE(m->layersOf(Manager::You), yours);
        QCOMPARE(m->layersOf(Manager::Provider), theirs);
        QVERIFY(!m->longName.isEmpty());
        QVERIFY(!m->examples.isEmpty());
        QVERIFY(!m->note.isEmpty());
    }

    // Less to manage as the stack goes from IaaS to SaaS: a layer the provider takes over
    // stays the provider's.
    void eachModelManagesNoMoreThanTheOneBefore()
    {
        const std::vector<ModelInfo>& all = models();
        for (size_t i = 1; i < all.size(); ++i) {
            for (size_t l = 0; l < layers().size(); ++l) {
                if (all[i - 1].split[l] == Manager::Provider)
                    QCOMPARE(all[i].split[l], Manager::Provider);
            }
        }
        QCOMPARE(model(QStringLiteral("IaaS"))->managerOf(QStringLiteral("os")), Manager::You);
        QCOMPARE(model(QStringLiteral("PaaS"))->managerOf(QStringLiteral("os")), Manager::Provider);
    }

    void sentences()
    {
        QCOMPARE(model(QStringLiteral("FaaS"))->sentence(),
            QStringLiteral(
                "You manage: code, data. The provider manages: runtime, OS, virtualization, servers, networking."));
        QCOMPARE(model(QStringLiteral("IaaS"))->sentence(),
            QStringLiteral(
                "You manage: code, data, runtime, OS. The provider manages: virtualization, servers, networking."));
        QVERIFY(model(QStringLiteral("SaaS"))->sentence().startsWith(QStringLiteral("You just use it.")));
        QVERIFY(!model(QStringLiteral("-")));
        QVERIFY(!model(QStringLiteral("XaaS")));
        QVERIFY(!notACloudServiceSentence().isEmpty());
    }

    // Every kind the palette offers has a model the overlay can colour and explain.
    void everyCatalogKindNamesAKnownModel()
    {
        for (const KindInfo& k : test::catalog().kinds())
            QVERIFY2(k.serviceModel == QLatin1String("-") || model(k.serviceModel),
                qPrintable(k.kind + QStringLiteral(": ") + k.serviceModel));
        QCOMPARE(test::catalog().kind(QStringLiteral("compute.function"))->serviceModel, QStringLiteral("FaaS"));
        QCOMPARE(test::catalog().kind(QStringLiteral("compute.vm"))->serviceModel, QStringLiteral("IaaS"));
    }

    // The start page's cards: every bundled template and lesson, with the figures the
    // validator and the cost model give for it.
    void startEntries()
    {
        const auto templates = teach::templateEntries(test::catalog(), RuleBook::builtin(), cost::PriceBook::builtin());
        QCOMPARE(templates.size(), size_t(teach::builtinTemplateIds().size()));
        QCOMPARE(templates.size(), size_t(7));
        for (const teach::TemplateEntry& t : templates) {
            QVERIFY2(!t.description.isEmpty(), qPrintable(t.id));
            QVERIFY(t.title != t.id);
            QCOMPARE(t.summary.nodes, int(t.diagram.nodes.size()));
            QVERIFY(t.summary.nodes > 0);
            QVERIFY2(t.summary.month1.micros() > 0, qPrintable(t.id));
        }
        const teach::TemplateEntry& first = templates.front();
        QCOMPARE(first.id, QStringLiteral("01-typical-ml-product"));
        QCOMPARE(first.summary.nodes, 11);
        QCOMPARE(first.summary.findings.errors, 0);
        QCOMPARE(first.summary.findings.warnings, 1);
        QVERIFY(first.summary.month1.toDouble() > 200 && first.summary.month1.toDouble() < 320);

        const auto lessons = teach::lessonEntries(test::catalog(), RuleBook::builtin());
        QCOMPARE(lessons.size(), teach::builtinLessons().size());
        QVERIFY(!lessons.empty());
        for (const teach::LessonEntry& l : lessons) {
            QVERIFY(l.path.startsWith(QStringLiteral(":/lessons/")));
            QVERIFY(l.path.endsWith(QStringLiteral(".json")));
            QVERIFY(!l.lesson.steps.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestServiceModels)
#include "tst_service_models.moc"
