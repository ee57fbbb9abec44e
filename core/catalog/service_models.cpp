#include "service_models.h"

namespace cw::service_models {

namespace {
constexpr Manager Y = Manager::You;
constexpr Manager P = Manager::Provider;
} // namespace

const std::vector<Layer>& layers()
{
    static const std::vector<Layer> all = {
        {QStringLiteral("code"), QStringLiteral("Application code"), QStringLiteral("code")},
        {QStringLiteral("data"), QStringLiteral("Data"), QStringLiteral("data")},
        {QStringLiteral("runtime"), QStringLiteral("Runtime"), QStringLiteral("runtime")},
        {QStringLiteral("os"), QStringLiteral("Operating system"), QStringLiteral("OS")},
        {QStringLiteral("virtualization"), QStringLiteral("Virtualization"), QStringLiteral("virtualization")},
        {QStringLiteral("servers"), QStringLiteral("Servers"), QStringLiteral("servers")},
        {QStringLiteral("network"), QStringLiteral("Networking"), QStringLiteral("networking")},
    };
    return all;
}

const std::vector<ModelInfo>& models()
{
    // Layers: code, data, runtime, OS, virtualization, servers, networking.
    static const std::vector<ModelInfo> all = {
        {QStringLiteral("IaaS"), QStringLiteral("Infrastructure as a Service"),
            QStringLiteral("AWS EC2, Google Compute Engine, Azure VMs"),
            QStringLiteral("Full control, any OS: you patch, secure and scale the machines yourself."),
            {Y, Y, Y, Y, P, P, P}},
        {QStringLiteral("CaaS"), QStringLiteral("Containers as a Service"),
            QStringLiteral("AWS ECS/EKS, Google GKE, Azure AKS"),
            QStringLiteral(
                "You package the app with its dependencies in an image; the provider runs the hosts it lands on."),
            {Y, Y, Y, P, P, P, P}},
        {QStringLiteral("PaaS"), QStringLiteral("Platform as a Service"),
            QStringLiteral("Heroku, Google App Engine, AWS Elastic Beanstalk; managed databases and ML platforms"),
            QStringLiteral("You bring code and data; the platform runs them."), {Y, Y, P, P, P, P, P}},
        {QStringLiteral("FaaS"), QStringLiteral("Functions as a Service"),
            QStringLiteral("AWS Lambda, Google Cloud Functions, Azure Functions"),
            QStringLiteral(
                "Serverless: your code runs only when an event calls it, scales by itself and is paid per execution."),
            {Y, Y, P, P, P, P, P}},
        {QStringLiteral("SaaS"), QStringLiteral("Software as a Service"),
            QStringLiteral("Gmail, Dropbox, Salesforce, Slack; hosted model APIs"),
            QStringLiteral("A finished product: you just use it."), {P, P, P, P, P, P, P}},
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
        return QStringLiteral("You just use it. The provider manages everything: %1.").arg(theirs);
    return QStringLiteral("You manage: %1. The provider manages: %2.").arg(yours.join(QStringLiteral(", ")), theirs);
}

QString notACloudServiceSentence()
{
    return QStringLiteral("Not a cloud service: people or systems outside the cloud, managed by whoever owns them.");
}

} // namespace cw::service_models
