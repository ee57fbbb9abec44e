#include "diagram.h"

namespace cw {

const Suppression* Node::suppression(const QString& rule) const
{
    for (const Suppression& s : suppress) {
        if (s.rule == rule)
            return &s;
    }
    return nullptr;
}

bool Node::sameApartFromLayout(const Node& o) const
{
    return id == o.id && kind == o.kind && name == o.name && provider == o.provider && group == o.group
        && props == o.props && suppress == o.suppress && extra == o.extra;
}

bool Node::operator==(const Node& o) const
{
    return sameApartFromLayout(o) && pos == o.pos && size == o.size && layoutExtra == o.layoutExtra;
}

bool Group::sameApartFromLayout(const Group& o) const
{
    return id == o.id && kind == o.kind && name == o.name && parent == o.parent && props == o.props && extra == o.extra;
}

bool Group::operator==(const Group& o) const
{
    return sameApartFromLayout(o) && box == o.box && layoutExtra == o.layoutExtra;
}

bool Edge::sameApartFromLayout(const Edge& o) const
{
    return id == o.id && from == o.from && to == o.to && kind == o.kind && label == o.label && extra == o.extra;
}

bool Edge::operator==(const Edge& o) const
{
    return sameApartFromLayout(o) && points == o.points && style == o.style && layoutExtra == o.layoutExtra;
}

QRectF nodeRect(const Node& node)
{
    return QRectF(node.pos, node.size.isEmpty() ? QSizeF(kNodeWidth, kNodeHeight) : node.size);
}

QString toString(EdgeStyle style)
{
    return style == EdgeStyle::Straight ? QStringLiteral("straight") : QStringLiteral("orthogonal");
}

std::optional<EdgeStyle> edgeStyleFromString(const QString& text)
{
    if (text == QLatin1String("orthogonal"))
        return EdgeStyle::Orthogonal;
    if (text == QLatin1String("straight"))
        return EdgeStyle::Straight;
    return std::nullopt;
}

bool Meta::operator==(const Meta& o) const
{
    return title == o.title && provider == o.provider && region == o.region && reliability == o.reliability
        && currency == o.currency && ruleProfile == o.ruleProfile && extra == o.extra;
}

bool Diagram::operator==(const Diagram& o) const
{
    return meta == o.meta && groups == o.groups && nodes == o.nodes && edges == o.edges && scenarios == o.scenarios
        && extra == o.extra;
}

} // namespace cw
