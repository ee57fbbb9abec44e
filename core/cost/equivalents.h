#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cw::cost {

/// One instance type of one provider, as resources/pricing/equivalents.json lists it.
struct InstanceInfo {
    QString service;  ///< "vm", "sql", "cache", "warehouse", "build"
    QString provider; ///< "aws", "gcp", "azure"
    QString type;     ///< e.g. "m5.large"
    QString cls;      ///< burstable, general, compute, memory, accelerator, gpu, sql, ...
    QString family;   ///< e.g. "n2", "dsv5": what family discounts are keyed by
    QString arch;     ///< "arm64" for Arm types, else empty
    int vcpu = 0;     ///< 0 when not listed
    QString gpuModel; ///< e.g. "T4", empty without GPUs
    QString gpuTier;  ///< inference, v100, a100, h100
    int gpuCount = 0;
    QHash<QString, QString> targets; ///< other provider -> its nearest type (missing: none)
    QHash<QString, QString> why;     ///< other provider -> why there is no equivalent
};

/// The result of mapping a type or a region to another provider: the target, or why
/// there is none.
struct Mapping {
    QString target;
    QString reason;
    bool found() const { return !target.isEmpty(); }
};

/// Nearest equivalents of instance types and regions across providers. Data, not code:
/// read from resources/pricing/equivalents.json and checked on load (every target is a
/// listed type of its provider, every missing target says why).
class Equivalents {
public:
    /// Parses the file; on failure returns nullopt and says what is wrong and where,
    /// starting with fileName.
    static std::optional<Equivalents> fromJson(const QByteArray& bytes, const QString& fileName, QString* error);

    /// The service whose types a node kind's instance_type names ("vm" for compute.vm,
    /// "ml" for ml.endpoint...); empty when the kind has no instance types.
    QString serviceOfKind(const QString& kind) const { return m_kindServices.value(kind); }
    const InstanceInfo* instance(const QString& service, const QString& provider, const QString& type) const;
    /// Every listed type of a service at a provider, in file order.
    QStringList types(const QString& service, const QString& provider) const;

    /// The nearest type at provider `to` for a node of `kind` using `type` at `from`.
    /// SageMaker's "ml." types map through their EC2 type.
    Mapping mapInstanceType(const QString& kind, const QString& type, const QString& from, const QString& to) const;
    /// The nearest region at `to`; the first row of the region table naming it wins.
    Mapping mapRegion(const QString& region, const QString& from, const QString& to) const;
    /// The listed info for a kind's type, following the "ml." prefix like the mapping.
    const InstanceInfo* instanceForKind(const QString& kind, const QString& provider, const QString& type) const;

private:
    struct Prefix {
        QString base;
        QHash<QString, QString> byProvider;
    };
    /// (service, type without prefix) for a kind; nullopt when the type lacks the prefix.
    std::optional<QString> baseType(const QString& service, const QString& provider, const QString& type) const;

    std::vector<InstanceInfo> m_instances;
    QHash<QString, int> m_index; ///< "service|provider|type" -> m_instances
    QHash<QString, QString> m_kindServices;
    QHash<QString, Prefix> m_prefixes;
    std::vector<QHash<QString, QString>> m_regions; ///< provider -> region, one per row
};

} // namespace cw::cost
