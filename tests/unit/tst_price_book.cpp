// The price book: prices checked by hand against the facts rows, every instance type the
// catalog suggests resolving to a price or a stated unknown, discounts, exact fixed-point
// money, and a broken pricing or equivalents file giving one clear line naming the place.
// The cross-provider mappings are tested in tst_price_equivalents.cpp.
#include "catalog/catalog.h"
#include "cost/price_book.h"

#include <QFile>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace cw;
using namespace cw::cost;
using Json = nlohmann::json;

namespace {

QByteArray resource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray builtinPricing()
{
    return resource(QStringLiteral(":/pricing/pricing.json"));
}

QByteArray builtinEquivalents()
{
    return resource(QStringLiteral(":/pricing/equivalents.json"));
}

const QStringList kProviders{QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure")};

QString bookRegion(const QString& provider)
{
    return PriceBook::builtin().regions(provider).value(0);
}

/// Kinds whose instance_type the catalog suggests per provider.
QStringList kindsWithInstanceTypes()
{
    QStringList kinds;
    for (const KindInfo& k : Catalog::builtin().kinds()) {
        if (k.suggestions.contains("instance_type"))
            kinds << k.kind;
    }
    return kinds;
}

} // namespace

class TestPriceBook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtinLoads()
    {
        const PriceBook& book = PriceBook::builtin();
        QCOMPARE(book.hoursPerMonth(), 730);
        QCOMPARE(book.currency(), QStringLiteral("USD"));
        QCOMPARE(book.regions(QStringLiteral("aws")), QStringList{QStringLiteral("us-east-1")});
        QCOMPARE(book.regions(QStringLiteral("gcp")), QStringList{QStringLiteral("us-central1")});
        QCOMPARE(book.regions(QStringLiteral("azure")), QStringList{QStringLiteral("eastus")});
        QVERIFY(book.entries().size() > 400);
    }

    // Figures read off shared/facts/pricing.md and llm-and-ml-prices.md by hand.
    void pricesMatchFacts_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("usd");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("confidence");
        QTest::addColumn<QString>("asOf");
        QTest::newRow("EC2 m5.large") << "aws"
                                      << "vm:m5.large"
                                      << "0.096"
                                      << "hour"
                                      << "A"
                                      << "2026-07-20";
        QTest::newRow("EKS control plane") << "aws"
                                           << "kubernetes:control_plane"
                                           << "0.1"
                                           << "cluster_hour"
                                           << "A"
                                           << "2025-07-07";
        QTest::newRow("Lambda GB-second") << "aws"
                                          << "function:duration"
                                          << "0.0000166667"
                                          << "gb_second"
                                          << "A"
                                          << "2024-07-01";
        QTest::newRow("Fargate vCPU") << "aws"
                                      << "container:vcpu"
                                      << "0.04048"
                                      << "vcpu_hour"
                                      << "A"
                                      << "2025-07-07";
        QTest::newRow("S3 Standard") << "aws"
                                     << "object:standard"
                                     << "0.023"
                                     << "gb_month"
                                     << "A"
                                     << "2025-07-07";
        QTest::newRow("RDS Multi-AZ") << "aws"
                                      << "sql:postgres:db.m5.large:multi_az"
                                      << "0.356"
                                      << "hour"
                                      << "C"
                                      << "2024-08-09";
        QTest::newRow("p5.48xlarge") << "aws"
                                     << "vm:p5.48xlarge"
                                     << "55.04"
                                     << "hour"
                                     << "A"
                                     << "2026-07-20";
        QTest::newRow("SageMaker g4dn") << "aws"
                                        << "ml_endpoint:ml.g4dn.xlarge"
                                        << "0.7364"
                                        << "hour"
                                        << "C"
                                        << "2026-09-27";
        QTest::newRow("Bedrock Sonnet out") << "aws"
                                            << "llm:claude-sonnet-4.6:output_1m"
                                            << "15"
                                            << "1m_tokens"
                                            << "C"
                                            << "2026-06-26";
        QTest::newRow("n2-standard-8") << "gcp"
                                       << "vm:n2-standard-8"
                                       << "0.388472"
                                       << "hour"
                                       << "A"
                                       << "2026-07-30";
        QTest::newRow("a3-highgpu-8g") << "gcp"
                                       << "vm:a3-highgpu-8g"
                                       << "88.4899999"
                                       << "hour"
                                       << "A"
                                       << "2026-07-30";
        QTest::newRow("N1 sustained use") << "gcp"
                                          << "discount:vm:n1:sustained_use"
                                          << "30"
                                          << "percent_off"
                                          << "C"
                                          << "2026-07-30";
        // 2 x 0.0413 + 8 x 0.0070, added up by the loader; arithmetic lowers A to C.
        QTest::newRow("Cloud SQL 2 vCPU 8 GB") << "gcp"
                                               << "sql:postgres:db-custom-2-8192"
                                               << "0.1386"
                                               << "hour"
                                               << "C"
                                               << "2024-07-01";
        QTest::newRow("Cloud SQL 1 vCPU 3.75 GB") << "gcp"
                                                  << "sql:mysql:db-custom-1-3840"
                                                  << "0.06755"
                                                  << "hour"
                                                  << "C"
                                                  << "2024-07-01";
        QTest::newRow("NC4as_T4_v3 estimate") << "azure"
                                              << "vm:Standard_NC4as_T4_v3"
                                              << "0.526"
                                              << "hour"
                                              << "E"
                                              << "2025-12-01";
        QTest::newRow("Azure ML = VM price") << "azure"
                                             << "ml_training:Standard_NC6s_v3"
                                             << "3.06"
                                             << "hour"
                                             << "A"
                                             << "2024-07-01";
        QTest::newRow("gpt-4o input") << "azure"
                                      << "llm:gpt-4o:input_1m"
                                      << "2.75"
                                      << "1m_tokens"
                                      << "A"
                                      << "2025-12-01";
        QTest::newRow("Azure egress estimate") << "azure"
                                               << "egress:internet"
                                               << "0.087"
                                               << "gb"
                                               << "E"
                                               << "—";
    }
    void pricesMatchFacts()
    {
        QFETCH(QString, provider);
        QFETCH(QString, key);
        QFETCH(QString, usd);
        QFETCH(QString, unit);
        QFETCH(QString, confidence);
        QFETCH(QString, asOf);
        const PriceLookup p = PriceBook::builtin().find(provider, bookRegion(provider), key);
        QVERIFY2(p.isKnown(), qPrintable(p.reason));
        QCOMPARE(p.entry->amount.toDecimal(), usd);
        QCOMPARE(p.entry->unit, unit);
        QCOMPARE(toString(p.entry->confidence), confidence);
        QCOMPARE(p.entry->asOf, asOf);
        QVERIFY(!p.entry->source.isEmpty());
    }

    void unknownIsNeverZero_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<bool>("listed");
        QTest::newRow("cache not in facts") << "aws"
                                            << "us-east-1"
                                            << "cache:cache.t3.micro"
                                            << "not in the pricing facts" << true;
        QTest::newRow("warehouse") << "azure"
                                   << "eastus"
                                   << "warehouse:DW100c"
                                   << "Synapse" << true;
        QTest::newRow("Container Apps") << "azure"
                                        << "eastus"
                                        << "container:vcpu"
                                        << "Container Apps" << true;
        QTest::newRow("other region") << "aws"
                                      << "eu-west-1"
                                      << "vm:m5.large"
                                      << "covers us-east-1" << false;
        QTest::newRow("unlisted key") << "gcp"
                                      << "us-central1"
                                      << "vm:n9-imaginary"
                                      << "no gcp us-central1 price" << false;
        QTest::newRow("unknown provider") << "ibm"
                                          << "us-south"
                                          << "vm:bx2-2x8"
                                          << "no prices for provider" << false;
    }
    void unknownIsNeverZero()
    {
        QFETCH(QString, provider);
        QFETCH(QString, region);
        QFETCH(QString, key);
        QFETCH(QString, phrase);
        QFETCH(bool, listed);
        const PriceLookup p = PriceBook::builtin().find(provider, region, key);
        QVERIFY(!p.isKnown());
        QCOMPARE(p.entry != nullptr, listed);
        QVERIFY2(p.reason.contains(phrase), qPrintable(p.reason));
    }

    // Every instance type the palette offers prices, or says why it cannot.
    void everySuggestedTypeResolves()
    {
        const PriceBook& book = PriceBook::builtin();
        int priced = 0;
        int checked = 0;
        for (const QString& kind : kindsWithInstanceTypes()) {
            for (const QString& provider : kProviders) {
                QStringList types = Catalog::builtin().suggestions(kind, QStringLiteral("instance_type"), provider);
                const Json def = Catalog::builtin().defaultValue(kind, QStringLiteral("instance_type"), provider);
                if (def.is_string())
                    types << QString::fromStdString(def.get<std::string>());
                for (const QString& type : types) {
                    const QString key = book.instanceKey(kind, type);
                    QVERIFY2(!key.isEmpty(), qPrintable(kind));
                    const PriceLookup p = book.find(provider, bookRegion(provider), key);
                    const QString where = QStringLiteral("%1 %2 %3").arg(kind, provider, type);
                    QVERIFY2(p.entry, qPrintable(where + QStringLiteral(": ") + p.reason));
                    QVERIFY2(p.isKnown() || !p.reason.isEmpty(), qPrintable(where));
                    priced += p.isKnown() ? 1 : 0;
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 150);
        QVERIFY(priced > checked / 2);
    }

    void discounts_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("percent"); // empty: unknown
        QTest::addColumn<QString>("confidence");
        QTest::newRow("EC2 1y, all types") << "aws"
                                           << "m5.large"
                                           << "reserved_1y"
                                           << "37.3"
                                           << "A";
        QTest::newRow("N2 3y CUD") << "gcp"
                                   << "n2-standard-8"
                                   << "reserved_3y"
                                   << "55"
                                   << "A";
        QTest::newRow("A3 spot") << "gcp"
                                 << "a3-highgpu-8g"
                                 << "spot"
                                 << "42.8"
                                 << "A";
        QTest::newRow("Dsv5 RI 1y") << "azure"
                                    << "Standard_D2s_v5"
                                    << "reserved_1y"
                                    << "38.3"
                                    << "C";
        QTest::newRow("F2 RI falls back to the estimate") << "azure"
                                                          << "Standard_F2"
                                                          << "reserved_1y"
                                                          << "40"
                                                          << "E";
        QTest::newRow("no Azure sustained use") << "azure"
                                                << "Standard_D2s_v5"
                                                << "sustained_use"
                                                << ""
                                                << "";
    }
    void discounts()
    {
        QFETCH(QString, provider);
        QFETCH(QString, type);
        QFETCH(QString, model);
        QFETCH(QString, percent);
        QFETCH(QString, confidence);
        const PriceLookup d = PriceBook::builtin().vmDiscount(provider, bookRegion(provider), type, model);
        QCOMPARE(d.isKnown(), !percent.isEmpty());
        if (percent.isEmpty()) {
            QVERIFY(!d.reason.isEmpty());
            return;
        }
        QCOMPARE(d.entry->amount.toDecimal(), percent);
        QCOMPARE(d.entry->unit, QStringLiteral("percent_off"));
        QCOMPARE(toString(d.entry->confidence), confidence);
    }

    void moneyIsExact()
    {
        // A million GB-seconds at $0.0000166667 is $16.6667, to the micro-dollar.
        const UnitPrice gbs = *UnitPrice::fromDecimal(QStringLiteral("0.0000166667"));
        QCOMPARE(gbs.cost(qint64(1000000) * 1000000).micros(), qint64(16666700));
        // 730 h of m5.large, summed over 36 months and 10,000 nodes, stays exact.
        const Money month = UnitPrice::fromDecimal(QStringLiteral("0.096"))->cost(730.0);
        QCOMPARE(month.toDecimal(), QStringLiteral("70.08"));
        Money total;
        for (int i = 0; i < 360000; ++i)
            total += month;
        QCOMPARE(total.toDecimal(), QStringLiteral("25228800.00"));
        // Numbers and decimal strings read the same; rounding is half away from zero.
        QCOMPARE(UnitPrice::fromDecimal(QStringLiteral("1.66667e-05"))->toDecimal(), QStringLiteral("0.0000166667"));
        QCOMPARE(UnitPrice::fromPicos(5).cost(qint64(100000)).micros(), qint64(0));
        QCOMPARE(UnitPrice::fromDecimal(QStringLiteral("0.0000005"))->cost(1.0).micros(), qint64(1));
        QString why;
        QVERIFY(!UnitPrice::fromDecimal(QStringLiteral("0.0000000000001"), &why));
        QVERIFY2(why.contains(QStringLiteral("more than 12 decimals")), qPrintable(why));
        QVERIFY(!UnitPrice::fromDecimal(QStringLiteral("-1"), &why));
        QVERIFY(!UnitPrice::fromDecimal(QStringLiteral("1.2.3"), &why));
    }

    void malformedFilesSayWhere_data()
    {
        QTest::addColumn<QString>("path");  // JSON pointer into pricing.json, or "eq:" + pointer
        QTest::addColumn<QString>("value"); // JSON text to put there; "<remove>" removes it
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << ""
                                  << "<garbage>"
                                  << "pricing.json: is not a JSON object";
        QTest::newRow("format") << "/format"
                                << "\"other\""
                                << "pricing.json: format: must be \"cloudwright-pricing\"";
        QTest::newRow("newer version") << "/formatVersion"
                                       << "2"
                                       << "pricing.json: formatVersion: 2 is newer";
        QTest::newRow("bad amount") << "/prices/1/usd"
                                    << "\"0.09x\""
                                    << "pricing.json: prices[1] (aws vm:m5.large): \"usd\" \"0.09x\" is not a decimal";
        QTest::newRow("unit undeclared") << "/prices/1/unit"
                                         << "\"fortnight\""
                                         << "prices[1] (aws vm:m5.large): unit \"fortnight\" is not declared";
        QTest::newRow("no source") << "/prices/1/source"
                                   << "<remove>"
                                   << "prices[1] (aws vm:m5.large): \"source\" is missing";
        QTest::newRow("bad confidence") << "/prices/1/confidence"
                                        << "\"Z\""
                                        << "confidence \"Z\" is not one of A, B, C, E";
        QTest::newRow("other region") << "/prices/1/region"
                                      << "\"eu-west-1\""
                                      << "region \"eu-west-1\" is not one of the aws";
        QTest::newRow("duplicate") << "/prices/1/key"
                                   << "\"vm:t3.medium\""
                                   << "prices[1] (aws vm:t3.medium): is listed twice";
        QTest::newRow("usd and unknown") << "/prices/1/unknown"
                                         << "\"why\""
                                         << "needs exactly one of";
        QTest::newRow("equivalent missing")
            << "eq:/types/vm/aws/m5.large/gcp"
            << "\"n9-standard-2\""
            << "equivalents.json: types.vm.aws.\"m5.large\".gcp: \"n9-standard-2\" is not a listed gcp vm type";
        QTest::newRow("no reason for none") << "eq:/types/vm/aws/m5.large/gcp"
                                            << "null"
                                            << "why.gcp (or why.*) must say why";
    }
    void malformedFilesSayWhere()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QByteArray pricing = builtinPricing();
        QByteArray equivalents = builtinEquivalents();
        if (value == QLatin1String("<garbage>")) {
            pricing = "{ not json";
        } else {
            const bool eq = path.startsWith(QLatin1String("eq:"));
            QByteArray& bytes = eq ? equivalents : pricing;
            Json doc = Json::parse(bytes.toStdString());
            const Json::json_pointer ptr((eq ? path.mid(3) : path).toStdString());
            if (value == QLatin1String("<remove>"))
                doc[ptr.parent_pointer()].erase(ptr.back());
            else
                doc[ptr] = Json::parse(value.toStdString());
            bytes = QByteArray::fromStdString(doc.dump());
        }
        QString error;
        QVERIFY(!PriceBook::fromJson(pricing, equivalents, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestPriceBook)
#include "tst_price_book.moc"
