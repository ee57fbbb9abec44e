#pragma once

#include "model/diagram.h"

#include <QHash>
#include <QSizeF>
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

/// A cloud provider a diagram or node may name ("generic" is provider-neutral).
struct ProviderInfo {
    QString id;   ///< "aws"
    QString name; ///< "AWS"
};

/// What part a node kind plays in an architecture, as the rules see it; a kind lists
/// its roles in the catalog ("roles": ["workload", "paid"]). Bits of KindInfo::roles.
enum class Role : unsigned {
    Workload = 1u << 0,         ///< runs code
    DataStore = 1u << 1,        ///< keeps data
    OperationalStore = 1u << 2, ///< a transactional store serving the product
    Analytics = 1u << 3,        ///< works on data for analysis or training
    EntryPoint = 1u << 4,       ///< where requests come from (users, outside apps)
    ManagedEdge = 1u << 5,      ///< a managed way in from the internet
    Replicable = 1u << 6,       ///< runs on machines that can be made redundant
    Paid = 1u << 7,             ///< costs money in the cloud
    MlWorkload = 1u << 8,       ///< notebooks, training, endpoints
    Database = 1u << 9,         ///< a database service
};

/// One line of a kind's billing recipe: which price applies and what quantity it takes
/// (docs/cost.md, "Billing recipes").
struct BillingLine {
    QString component;                  ///< "Requests", shown in the line items
    QString key;                        ///< the price book key, may hold {model}, {engine}...
    std::vector<std::string> quantity;  ///< factors: property keys or @tokens, multiplied
    double scale = 1;                   ///< a constant factor (1e-6 for "per million")
    QString measure = QStringLiteral("each"); ///< the unit the quantity counts in
    QStringList providers;              ///< only at these providers; empty for all
    bool usage = false;                 ///< grows with growth_pct_per_month
    bool optional = false;              ///< no price at a provider is not a gap
};

/// How a kind is charged, read once from its `billing` object.
struct BillingRecipe {
    bool given = false;     ///< the kind has a billing object
    bool notBilled = false; ///< the kind costs nothing itself
    QString notBilledWhy;
    bool instances = false; ///< count x hours x the instance type's hourly price
    std::vector<BillingLine> lines;
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
    unsigned roles = 0;                ///< Role bits
    /// The edge kind a connection to or from this kind is, by itself; see
    /// Catalog::proposeEdgeKind for how the two ends' wishes combine.
    std::optional<EdgeKind> connectsAs;
    Json billing; ///< how the kind is charged, as the file gives it; null when not given
    BillingRecipe recipe; ///< the same, typed, for the cost estimate
    /// How the kind reads in other tools (docs/interop.md): "mermaid" (an icon name),
    /// "drawio" ({provider: style fragment}), "terraform" ({provider: {"type", "attributes",
    /// "todo", "secrets", "outputs"}}). An empty object when the catalog gives none.
    Json interop = Json::object();

    bool has(Role role) const { return (roles & unsigned(role)) != 0; }
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
    /// "drawio" ({provider: container style}) and, for subnets, "drawioPublic".
    Json interop = Json::object();

    QString displayName(const QString& provider) const;
};

/// A group entry of the palette: a group kind with the props a drop gives it (a public
/// and a private subnet are one kind with a different "public").
struct PaletteGroup {
    QString id; ///< the entry is "group:<id>", e.g. "group:subnet:public"
    GroupKind kind = GroupKind::Vpc;
    QString name;                  ///< empty: the group kind's name; else also the name a dropped group gets
    QHash<QString, QString> names; ///< provider -> name, overriding name
    QString description;
    QString icon; ///< path under resources/; empty: the group kind's icon
    QSizeF size;
    Json props = Json::object();

    /// The name the palette shows at a provider.
    QString displayName(const GroupKindInfo& kindInfo, const QString& provider) const;
    /// The name a dropped group gets at a provider; empty leaves the kind's name to show.
    QString groupName(const QString& provider) const;
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

    const std::vector<ProviderInfo>& providers() const { return m_providers; }
    const std::vector<Category>& categories() const { return m_categories; }
    const std::vector<KindInfo>& kinds() const { return m_kinds; }
    const std::vector<GroupKindInfo>& groupKinds() const { return m_groupKinds; }
    const std::vector<EdgeKindInfo>& edgeKinds() const { return m_edgeKinds; }
    const std::vector<PaletteGroup>& paletteGroups() const { return m_paletteGroups; }
    /// The catalog-wide part of the interop mappings ("drawioNode" styles per provider,
    /// "terraformProviders"); see docs/interop.md. An empty object when not given.
    const Json& interop() const { return m_interop; }

    const KindInfo* kind(const QString& kind) const;
    const Category* category(const QString& id) const;
    const PropertyDef* property(const QString& key) const;
    const GroupKindInfo* groupKind(GroupKind kind) const;
    const EdgeKindInfo* edgeKind(EdgeKind kind) const;
    const PaletteGroup* paletteGroup(const QString& id) const;

    bool isKnownProvider(const QString& provider) const;
    /// "Google Cloud" for "gcp"; the id itself when unknown.
    QString providerName(const QString& provider) const;
    /// The provider ids for messages: "aws, gcp, azure or generic".
    QString providerChoices() const;
    /// Whether a kind plays a role; an unknown kind plays none.
    bool hasRole(const QString& kind, Role role) const
    {
        const KindInfo* info = this->kind(kind);
        return info && info->has(role);
    }

    /// Service name of kind at provider; the kind itself when unknown.
    QString serviceName(const QString& kind, const QString& provider) const;
    /// The value a node shows when the property is not set: the kind's default for the
    /// provider, else the property's default; null when there is none.
    Json defaultValue(const QString& kind, const QString& key, const QString& provider) const;
    /// The same default, without copying it or converting the key (hot in the cost model
    /// and the rules); a null Json when there is none.
    const Json& defaultRef(const QString& kind, const char* key, const QString& provider) const;
    QStringList suggestions(const QString& kind, const QString& key, const QString& provider) const;
    /// Why value is not acceptable for property key ("must be a whole number from 0 to
    /// 100000"), or an empty string when it is (or the key is unknown).
    QString checkValue(const QString& key, const Json& value) const;
    /// The edge kind a connection between two node kinds most likely is; the editor
    /// proposes it and a file that leaves an edge's kind out gets it. Each end's
    /// connectsAs counts, the stronger wins: control, then event, then data; request
    /// when neither end has one.
    EdgeKind proposeEdgeKind(const QString& fromKind, const QString& toKind) const;

private:
    friend class CatalogParser;

    std::vector<ProviderInfo> m_providers;
    std::vector<Category> m_categories;
    std::vector<KindInfo> m_kinds;
    std::vector<GroupKindInfo> m_groupKinds;
    std::vector<EdgeKindInfo> m_edgeKinds;
    std::vector<PaletteGroup> m_paletteGroups;
    QHash<QString, int> m_kindIndex;
    QHash<QString, PropertyDef> m_properties;
    Json m_interop = Json::object();
    Json m_propertyDefaults = Json::object(); ///< key -> PropertyDef::defaultValue, for defaultRef()
};

/// A readable form of a JSON value for messages: strings quoted, long values cut.
QString describeJson(const Json& value);

} // namespace cw
