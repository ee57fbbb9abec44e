#include "service_models.h"

#include <QCoreApplication>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(CatalogText)
};
} // namespace

namespace cw::service_models {

namespace {
constexpr Manager Y = Manager::You;
constexpr Manager P = Manager::Provider;
} // namespace

const std::vector<Layer>& layers()
{
    static const std::vector<Layer> all = {
        {QStringLiteral("code"), CatalogText::tr("Application code"), CatalogText::tr("code")},
        {QStringLiteral("data"), CatalogText::tr("Data"), CatalogText::tr("data")},
        {QStringLiteral("runtime"), CatalogText::tr("Runtime"), CatalogText::tr("runtime")},
        {QStringLiteral("os"), CatalogText::tr("Operating system"), CatalogText::tr("OS")},
        {QStringLiteral("virtualization"), CatalogText::tr("Virtualization"), CatalogText::tr("virtualization")},
        {QStringLiteral("servers"), CatalogText::tr("Servers"), CatalogText::tr("servers")},
        {QStringLiteral("network"), CatalogText::tr("Networking"), CatalogText::tr("networking")},
    };
    return all;
}

const std::vector<ModelInfo>& models()
{
    // Layers: code, data, runtime, OS, virtualization, servers, networking.
    static const std::vector<ModelInfo> all = {
        {QStringLiteral("IaaS"), CatalogText::tr("Infrastructure as a Service"),
            CatalogText::tr("AWS EC2, Google Compute Engine, Azure VMs"),
            CatalogText::tr("Full control, any OS: you patch, secure and scale the machines yourself."),
            {Y, Y, Y, Y, P, P, P}},
        {QStringLiteral("CaaS"), CatalogText::tr("Containers as a Service"),
            CatalogText::tr("AWS ECS/EKS, Google GKE, Azure AKS"),
            CatalogText::tr(
                "You package the app with its dependencies in an image; the provider runs the hosts it lands on."),
            {Y, Y, Y, P, P, P, P}},
        {QStringLiteral("PaaS"), CatalogText::tr("Platform as a Service"),
            CatalogText::tr("Heroku, Google App Engine, AWS Elastic Beanstalk; managed databases and ML platforms"),
            CatalogText::tr("You bring code and data; the platform runs them."), {Y, Y, P, P, P, P, P}},
        {QStringLiteral("FaaS"), CatalogText::tr("Functions as a Service"),
            CatalogText::tr("AWS Lambda, Google Cloud Functions, Azure Functions"),
            CatalogText::tr(
                "Serverless: your code runs only when an event calls it, scales by itself and is paid per execution."),
            {Y, Y, P, P, P, P, P}},
        {QStringLiteral("SaaS"), CatalogText::tr("Software as a Service"),
            CatalogText::tr("Gmail, Dropbox, Salesforce, Slack; hosted model APIs"),
            CatalogText::tr("A finished product: you just use it."), {P, P, P, P, P, P, P}},
    };
    return all;
}

const ModelInfo* model(const QString& id)
{
    for (const ModelInfo& m : models()) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

Manager ModelInfo::managerOf(const QString& layerId) const
{
    const std::vector<Layer>& all = layers();
    for (size_t i = 0; i < all.size() && i < split.size(); ++i) {
        if (all[i].id == layerId)
            return split[i];
    }
    return Manager::Provider;
}

QStringList ModelInfo::layersOf(Manager who) const
{
    QStringList out;
    const std::vector<Layer>& all = layers();
    for (size_t i = 0; i < all.size() && i < split.size(); ++i) {
        if (split[i] == who)
            out << all[i].word;
    }
    return out;
}

QString ModelInfo::sentence() const
{
    const QStringList yours = layersOf(Manager::You);
    const QString theirs = layersOf(Manager::Provider).join(QStringLiteral(", "));
    if (yours.isEmpty()) // the seed's SaaS: "You manage: just use it. Provider manages: everything"
        return CatalogText::tr("You just use it. The provider manages everything: %1.").arg(theirs);
    return CatalogText::tr("You manage: %1. The provider manages: %2.").arg(yours.join(QStringLiteral(", ")), theirs);
}

QString notACloudServiceSentence()
{
    return CatalogText::tr("Not a cloud service: people or systems outside the cloud, managed by whoever owns them.");
}

} // namespace cw::service_models
