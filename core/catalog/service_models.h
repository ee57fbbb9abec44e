#pragma once

// Who manages what under each cloud service model: the "cloud service stack" of the
// course (seeds/004, "Service Models"), from application code and data down to the
// network. The seed draws IaaS, PaaS and SaaS; CaaS and FaaS follow its compute options
// (containers package the app with its dependencies; functions run code without servers).
// Domain data, read by the canvas's service-model overlay and its panel.

#include <QString>
#include <QStringList>

#include <vector>

namespace cw::service_models {

enum class Manager { You, Provider };

/// One layer of the stack, top (application code) to bottom (networking).
struct Layer {
    QString id;   ///< "runtime"
    QString name; ///< "Runtime", as the stack shows it
    QString word; ///< "runtime", as a sentence names it
};

/// One service model and how it splits the stack.
struct ModelInfo {
    QString id;                 ///< "PaaS", as KindInfo::serviceModel names it
    QString longName;           ///< "Platform as a Service"
    QString examples;           ///< "Heroku, Google App Engine, AWS Elastic Beanstalk"
    QString note;               ///< one more sentence on what sets it apart
    std::vector<Manager> split; ///< who manages each of layers(), in their order

    Manager managerOf(const QString& layerId) const;
    /// The sentence words of the layers that manager has, top to bottom.
    QStringList layersOf(Manager who) const;
    /// "You manage: code, data. The provider manages: runtime, OS, virtualization, servers, networking."
    QString sentence() const;
};

/// The stack's layers, top to bottom.
const std::vector<Layer>& layers();
/// IaaS, CaaS, PaaS, FaaS, SaaS: from the most the user manages to the least.
const std::vector<ModelInfo>& models();
/// A model by id ("FaaS"); nullptr for "-" (not a cloud service) and unknown ids.
const ModelInfo* model(const QString& id);
/// What the panel says for a kind whose service model is "-" (users, outside apps).
QString notACloudServiceSentence();

} // namespace cw::service_models
