// Terraform import (core/interop/terraform_import.h, hcl_reader.h): the HCL subset a
// diagram needs, read exactly, and refused with its place when it is not HCL; real
// modules (the EKS getting-started example, infracost's examples) and a real
// `terraform show -json` plan become nodes, groups, memberships, edges and settings.
#include "core_test_helpers.h"

#include "interop/hcl_reader.h"
#include "interop/terraform_import.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cw;
using namespace cw::interop;

namespace {

const QString kTerraform = QStringLiteral(CW_TEST_DATA "/interop/terraform/");

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

std::vector<std::pair<QString, QString>> module(const QString& folder)
{
    std::vector<std::pair<QString, QString>> files;
    const QDir dir(kTerraform + folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.tf")}, QDir::Files, QDir::Name))
        files.emplace_back(dir.filePath(name), readText(dir.filePath(name)));
    return files;
}

const Node* named(const Diagram& d, const QString& name)
{
    for (const Node& n : d.nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

bool joined(const Diagram& d, const Id& from, const Id& to)
{
    for (const Edge& e : d.edges)
        if (e.from == from && e.to == to)
            return true;
    return false;
}

} // namespace

class TestTerraformImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsResourcesLiteralsAndReferences()
    {
        const QString text = QStringLiteral(R"(# a comment
terraform { required_providers { aws = { source = "hashicorp/aws" } } }
variable "size" { default = 3 }
/* a block
   comment */
resource "aws_instance" "api" {
  instance_type = "m5.large"  // trailing comment
  count         = 2
  offset        = -4
  ebs_optimized = true
  subnet_id     = aws_subnet.private.id
  ami           = data.aws_ami.ubuntu.id
  tags = {
    Name = "api-${var.env}"
    Db   = "${aws_db_instance.main.address}:5432"
  }
  user_data = <<-EOT
    #!/bin/sh
    echo ${aws_s3_bucket.models.bucket}
  EOT
  lifecycle { ignore_changes = [tags] }
}
resource "aws_subnet" "private" { vpc_id = aws_vpc.main.id }
)");
        const std::vector<HclResource> r = readHclResources(text);
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r[0].address(), QStringLiteral("aws_instance.api"));
        QCOMPARE(r[0].line, 6);
        QCOMPARE(QString::fromStdString(r[0].attributes.value("instance_type", std::string())), QStringLiteral("m5.large"));
        QCOMPARE(r[0].attributes.value("count", 0), 2);
        QCOMPARE(r[0].attributes.value("offset", 0), -4);
        QCOMPARE(r[0].attributes.value("ebs_optimized", false), true);
        QVERIFY(!r[0].attributes.contains("tags"));
        QCOMPARE(r[0].references, (QSet<QString>{QStringLiteral("aws_subnet.private"), QStringLiteral("aws_db_instance.main"),
                                      QStringLiteral("aws_s3_bucket.models")}));
        QCOMPARE(r[1].references, QSet<QString>{QStringLiteral("aws_vpc.main")});
    }

    void refusesWhatIsNotHcl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        QTest::newRow("open string") << QStringLiteral("resource \"a_b\" \"c\" {\n  x = \"oops\n}\n") << QStringLiteral("line 2, column 7")
                                     << QStringLiteral("string is never closed");
        QTest::newRow("open block") << QStringLiteral("resource \"a_b\" \"c\" {\n  x = 1\n") << QStringLiteral("line 1, column 20")
                                    << QStringLiteral("{ is never closed");
        QTest::newRow("open heredoc") << QStringLiteral("resource \"a_b\" \"c\" {\n  x = <<EOT\nhello\n}\n")
                                      << QStringLiteral("line 2, column 7") << QStringLiteral("heredoc <<EOT is never closed");
        QTest::newRow("open comment") << QStringLiteral("/* never\n") << QStringLiteral("line 1, column 1")
                                      << QStringLiteral("comment is never closed");
        QTest::newRow("no braces") << QStringLiteral("resource \"a_b\" \"c\"\n") << QStringLiteral("line 1, column 19")
                                   << QStringLiteral("no { after its labels");
        QTest::newRow("JSON given") << QStringLiteral("{\"resource\": {}}") << QStringLiteral("line 1, column 1")
                                    << QStringLiteral("expected a block or an attribute");
    }
    void refusesWhatIsNotHcl()
    {
        QFETCH(QString, text);
        QFETCH(QString, place);
        QFETCH(QString, message);
        try {
            readHclResources(text);
            QFAIL("read text that is not HCL");
        } catch (const LoadError& e) {
            QCOMPARE(e.place, place);
            QVERIFY2(e.message.contains(message), qPrintable(e.message));
        }
    }

    void theEksExampleModule()
    {
        const ImportResult r = terraformImportFiles(
            module(QStringLiteral("hashicorp-terraform-provider-aws/examples/eks-getting-started")), test::catalog());
        const Diagram& d = r.diagram;
        QCOMPARE(d.meta.provider, QStringLiteral("aws"));
        QCOMPARE(r.summary.files, 7);
        const Node* cluster = named(d, QStringLiteral("demo"));
        const Node* clusterRole = named(d, QStringLiteral("demo-cluster"));
        QVERIFY(cluster && clusterRole);
        QCOMPARE(cluster->kind, QStringLiteral("compute.kubernetes"));
        QCOMPARE(clusterRole->kind, QStringLiteral("security.iam"));
        // The role governs the cluster (a control edge from it), the node group's role too
        // (the node group folds into its cluster).
        QVERIFY(joined(d, clusterRole->id, cluster->id));
        QVERIFY(joined(d, named(d, QStringLiteral("demo-node"))->id, cluster->id));
        QCOMPARE(r.summary.folded, 2); // the node group; the security group rule into its group
        // The VPC and its subnets: the cluster in the (public) subnet, the subnet in the VPC.
        QCOMPARE(d.groups.size(), std::size_t(2));
        const Group& vpc = d.groups[0].kind == GroupKind::Vpc ? d.groups[0] : d.groups[1];
        const Group& subnet = d.groups[0].kind == GroupKind::Subnet ? d.groups[0] : d.groups[1];
        QCOMPARE(subnet.parent, vpc.id);
        QCOMPARE(subnet.props.value("public", false), true);
        QCOMPARE(cluster->group, subnet.id);
        QVERIFY(r.summary.unrecognised.empty());
        QCOMPARE(r.summary.typed, r.summary.providerShapes);
        QVERIFY(r.summary.otherShapes >= 7); // policy attachments, routes, the gateway
        for (const Node& n : d.nodes)
            QVERIFY2(!n.pos.isNull() || n.id == d.nodes.front().id, qPrintable(n.id)); // laid out
    }

    void settingsBecomeProperties()
    {
        const ImportResult r = terraformImportFiles(module(QStringLiteral("infracost-infracost/examples/terraform")), test::catalog());
        const Node* web = named(r.diagram, QStringLiteral("instance1"));
        QVERIFY(web);
        QCOMPARE(web->kind, QStringLiteral("compute.vm"));
        QCOMPARE(QString::fromStdString(web->props.value("instance_type", std::string())), QStringLiteral("t3.micro"));
        const Node* db = named(r.diagram, QStringLiteral("db_mysql"));
        QVERIFY(db);
        QCOMPARE(db->kind, QStringLiteral("database.sql"));
        QCOMPARE(QString::fromStdString(db->props.value("engine", std::string())), QStringLiteral("mysql"));
        QCOMPARE(QString::fromStdString(db->props.value("instance_type", std::string())), QStringLiteral("db.t2.micro"));
        QCOMPARE(db->props.value("storage_gb", 0), 20);
        QCOMPARE(named(r.diagram, QStringLiteral("lc1"))->kind, QStringLiteral("compute.vm")); // an autoscaling group
        QCOMPARE(named(r.diagram, QStringLiteral("alb1"))->kind, QStringLiteral("network.load_balancer"));
        QVERIFY(r.summary.typed * 10 >= r.summary.providerShapes * 7); // at least 70% typed
    }

    void aPlanJson()
    {
        const QByteArray plan = readText(kTerraform + QStringLiteral("infracost-infracost/examples/small_terraform/plan.json")).toUtf8();
        const ImportResult r = terraformImportJson(plan, test::catalog());
        QCOMPARE(r.summary.format, QStringLiteral("Terraform plan"));
        QCOMPARE(r.diagram.nodes.size(), std::size_t(4));
        const Node* web = named(r.diagram, QStringLiteral("web_app"));
        QVERIFY(web);
        QCOMPARE(QString::fromStdString(web->props.value("instance_type", std::string())), QStringLiteral("t3.micro"));
        QCOMPARE(named(r.diagram, QStringLiteral("storage_option_1"))->props.value("storage_gb", 0), 15);
        QCOMPARE(named(r.diagram, QStringLiteral("nat"))->kind, QStringLiteral("network.nat_gateway"));
    }

    void aStateWithCountedInstancesAndReferences()
    {
        const QByteArray state = R"({"format_version": "1.0", "values": {"root_module": {"resources": [
            {"address": "aws_instance.api[0]", "mode": "managed", "type": "aws_instance", "name": "api", "index": 0, "values": {"instance_type": "t3.small"}},
            {"address": "aws_instance.api[1]", "mode": "managed", "type": "aws_instance", "name": "api", "index": 1, "values": {"instance_type": "t3.small"}},
            {"address": "data.aws_ami.x", "mode": "data", "type": "aws_ami", "name": "x", "values": {}}],
            "child_modules": [{"resources": [{"address": "module.db.aws_db_instance.main", "mode": "managed", "type": "aws_db_instance", "name": "main", "values": {"engine": "postgres", "allocated_storage": -20}}]}]}}})";
        const ImportResult r = terraformImportJson(state, test::catalog());
        QCOMPARE(r.summary.format, QStringLiteral("Terraform state"));
        QCOMPARE(r.diagram.nodes.size(), std::size_t(2));
        QCOMPARE(named(r.diagram, QStringLiteral("api"))->props.value("count", 0), 2);
        // allocated_storage -20 is not a storage size the file format allows: the settings go,
        // the database stays, and the note says why.
        const Node* db = named(r.diagram, QStringLiteral("main"));
        QVERIFY(db && !db->props.contains("storage_gb"));
        QVERIFY(r.diagram.meta.extra.value("importNotes", Json::array()).dump().find("settingsLeftOut") != std::string::npos);
    }

    // Damaged .tf text is refused with a line and column, or read: never a crash.
    void survivesDamagedText()
    {
        const QString original = readText(kTerraform + QStringLiteral("infracost-infracost/examples/terraform/main.tf"));
        QVERIFY(!original.isEmpty());
        QRandomGenerator random(1202);
        int refused = 0;
        for (int round = 0; round < 400; ++round) {
            QString text = original;
            const qsizetype at = qsizetype(random.bounded(quint32(text.size())));
            if (round % 2 == 0)
                text.remove(at, qsizetype(random.bounded(60u)));
            else
                text.insert(at, QString(QChar(QLatin1String("\"{}[]<$#/*=\n")[qsizetype(random.bounded(12u))])));
            try {
                terraformImportFiles({{QStringLiteral("main.tf"), text}}, test::catalog());
            } catch (const LoadError& e) {
                QCOMPARE(e.file, QStringLiteral("main.tf"));
                QVERIFY2(e.place.startsWith(QLatin1String("line ")), qPrintable(e.place));
                ++refused;
            }
        }
        QVERIFY(refused > 0);
    }

    // Every real fixture, with what it must give: resources typed of those drawn, groups,
    // edges, and what is left unrecognised.
    void realConfigurations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("typed");
        QTest::addColumn<int>("resources");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("edges");
        QTest::addColumn<QStringList>("unrecognised");
        QTest::newRow("terraform-provider-aws eks-getting-started")
            << QStringLiteral("hashicorp-terraform-provider-aws/examples/eks-getting-started/vpc.tf") << 6 << 6 << 2 << 3
            << QStringList();
        QTest::newRow("infracost terraform")
            << QStringLiteral("infracost-infracost/examples/terraform/main.tf") << 17 << 17 << 0 << 0 << QStringList();
        QTest::newRow("infracost small_terraform")
            << QStringLiteral("infracost-infracost/examples/small_terraform/main.tf") << 4 << 4 << 0 << 0 << QStringList();
        QTest::newRow("infracost small_terraform plan")
            << QStringLiteral("infracost-infracost/examples/small_terraform/plan.json") << 4 << 4 << 0 << 0 << QStringList();
        QTest::newRow("terraform-docs-samples vertex_ai endpoint")
            << QStringLiteral("terraform-google-modules-terraform-docs-samples/vertex_ai/endpoint/main.tf") << 1 << 1 << 0 << 0
            << QStringList();
        QTest::newRow("terraform-docs-samples gke gpu")
            << QStringLiteral("terraform-google-modules-terraform-docs-samples/gke/standard/zonal/gpu/main.tf") << 1 << 1 << 0
            << 0 << QStringList();
    }
    void realConfigurations()
    {
        QFETCH(QString, path);
        QFETCH(int, typed);
        QFETCH(int, resources);
        QFETCH(int, groups);
        QFETCH(int, edges);
        QFETCH(QStringList, unrecognised);
        const ImportResult r = terraformImportPath(kTerraform + path, test::catalog());
        QCOMPARE(r.summary.typed, typed);
        QCOMPARE(r.summary.providerShapes, resources);
        QCOMPARE(r.summary.groups, groups);
        QCOMPARE(r.summary.edges, edges);
        QStringList left;
        for (const auto& [type, n] : r.summary.unrecognised)
            left << type;
        QCOMPARE(left, unrecognised);
        QVERIFY(r.summary.typed * 10 >= r.summary.providerShapes * 7);
    }

    void refusesJsonThatIsNotTerraform_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("resource {") << QStringLiteral("not valid JSON");
        QTest::newRow("a diagram") << QByteArray(R"({"format": "cloudwright", "formatVersion": 1})")
                                   << QStringLiteral("no \"format_version\"");
        QTest::newRow("no modules") << QByteArray(R"({"format_version": "1.2", "planned_values": {}})")
                                    << QStringLiteral("no root_module");
    }
    void refusesJsonThatIsNotTerraform()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        try {
            terraformImportJson(bytes, test::catalog());
            QFAIL("read JSON that is not Terraform's");
        } catch (const LoadError& e) {
            QVERIFY2(e.message.contains(message), qPrintable(e.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerraformImport)
#include "tst_terraform_import.moc"
