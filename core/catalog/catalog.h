#pragma once

#include "model/diagram.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace cw {

enum class PropertyType { Int, Number, Bool, String, Enum };

/// One property a node or group may carry: its type, range and default.
struct PropertyDef {
    QString key;
    QString label;
    QString unit;
    QString help;
    PropertyType type = PropertyType::String;
    std::optional<double> min;
    std::optional<double> max;
    QStringList values;      ///< enum values
    QStringList suggestions; ///< offered for free-text strings
    Json defaultValue;       ///< null when the property has no default
};

struct Category {
    QString id;
    QString name;
    QString color; ///< "#RRGGBB"; the ui turns it into a QColor
};

/// A node kind of the contract: category, service model, per-provider names.
struct KindInfo {
    QString kind;
    QString category;
    QString serviceModel; ///< IaaS, PaaS, CaaS, FaaS, SaaS or "-"
    QString description;
    QString icon;                      ///< path under resources/, e.g. "icons/compute.vm.svg"
    QHash<QString, QString> names;     ///< provider ("generic", "aws", ...) -> service name
    QStringList props;                 ///< property keys, most important first
    Json defaults = Json::object();    ///< key -> value, or key -> {provider: value}
    Json suggestions = Json::object(); ///< key -> {provider: [values]}

    /// The service's name at a provider, e.g. "EC2" for compute.vm at aws.
    QString serviceName(const QString& provider) const;
    /// The short part of the kind after the dot, e.g. "vm"; used to make ids.
    QString shortName() const;
};

struct GroupKindInfo {
    GroupKind kind = GroupKind::Vpc;
    QString name;
    QString description;
    QString icon;       ///< path under resources/
    QString iconPublic; ///< for subnets: the public one's glyph
    QHash<QString, QString> names;
    QStringList props;

    QString displayName(const QString& provider) const;
};

struct EdgeKindInfo {
    EdgeKind kind = EdgeKind::Request;
    QString name;
    QString description;
};

/// The service catalog: every kind the palette offers, the inspector edits and the
/// loader accepts. Data, not code: it is read from resources/catalog/catalog.json.
class Catalog {
public:
    /// The catalog compiled into the program.
    static const Catalog& builtin();
    /// Parses a catalog document; on failure returns nullopt and sets error.
    static std::optional<Catalog> fromJson(const QByteArray& bytes, QString* error);

    const std::vector<Category>& categories() const { return m_categories; }
    const std::vector<KindInfo>& kinds() const { return m_kinds; }
    const std::vector<GroupKindInfo>& groupKinds() const { return m_groupKinds; }
    const std::vector<EdgeKindInfo>& edgeKinds() const { return m_edgeKinds; }

    const KindInfo* kind(const QString& kind) const;
    const Category* category(const QString& id) const;
    const PropertyDef* property(const QString& key) const;
    const GroupKindInfo* groupKind(GroupKind kind) const;
    const EdgeKindInfo* edgeKind(EdgeKind kind) const;

    /// Service name of kind at provider; the kind itself when unknown.
    QString serviceName(const QString& kind, const QString& provider) const;
    /// The value a node shows when the property is not set: the kind's default for the
    /// provider, else the property's default; null when there is none.
    Json defaultValue(const QString& kind, const QString& key, const QString& provider) const;
    QStringList suggestions(const QString& kind, const QString& key, const QString& provider) const;
    /// Why value is not acceptable for property key ("must be a whole number from 0 to
    /// 100000"), or an empty string when it is (or the key is unknown).
    QString checkValue(const QString& key, const Json& value) const;
    /// The edge kind a connection between two node kinds most likely is; the editor
    /// proposes it and a file that leaves an edge's kind out gets it.
    EdgeKind proposeEdgeKind(const QString& fromKind, const QString& toKind) const;

private:
    std::vector<Category> m_categories;
    std::vector<KindInfo> m_kinds;
    std::vector<GroupKindInfo> m_groupKinds;
    std::vector<EdgeKindInfo> m_edgeKinds;
    QHash<QString, int> m_kindIndex;
    QHash<QString, PropertyDef> m_properties;
};

/// A readable form of a JSON value for messages: strings quoted, long values cut.
QString describeJson(const Json& value);

} // namespace cw
