#pragma once

// A synthetic architecture at the scale design.md measures: nodes spread over regions,
// VPCs and subnets (neighbours in the list sit side by side), edges along request
// flows between near neighbours, and a share of long edges between random nodes.
// Deterministic for a given seed, so benchmark figures compare across runs.

#include "catalog/catalog.h"
#include "model/diagram.h"

#include <random>

namespace cw::test {

inline Diagram syntheticDiagram(
    int nodeCount = 10000, int edgeCount = 15000, double longShare = 0.1, unsigned seed = 42)
{
    const Catalog& catalog = Catalog::builtin();
    std::mt19937 rng(seed);
    Diagram d;
    d.meta.title = QStringLiteral("Synthetic %1").arg(nodeCount);
    d.meta.provider = QStringLiteral("aws");

    const int regions = std::max(1, nodeCount / 1000);
    const int subnetsPerRegion = 4; // two VPCs with a public and a private subnet each
    const int perSubnet = (nodeCount + regions * subnetsPerRegion - 1) / (regions * subnetsPerRegion);
    const int columns = 16;
    const double cell = 240, row = 96;
    const double subnetW = columns * cell + 40;
    const double subnetH = ((perSubnet + columns - 1) / columns) * row + 60;
    QList<Id> subnets;
    for (int r = 0; r < regions; ++r) {
        const double rx = 0, ry = r * (2 * subnetH + 400);
        Group region;
        region.id = QStringLiteral("region%1").arg(r);
        region.kind = GroupKind::Region;
        region.name = region.id;
        region.box = QRectF(rx, ry, 4 * subnetW + 200, 2 * subnetH + 300);
        d.groups.push_back(region);
        for (int v = 0; v < 2; ++v) {
            Group vpc;
            vpc.id = QStringLiteral("vpc%1_%2").arg(r).arg(v);
            vpc.kind = GroupKind::Vpc;
            vpc.name = vpc.id;
            vpc.parent = region.id;
            vpc.box = QRectF(rx + 40 + v * (2 * subnetW + 80), ry + 60, 2 * subnetW + 40, subnetH + 80);
            d.groups.push_back(vpc);
            for (int s = 0; s < 2; ++s) {
                Group subnet;
                subnet.id = QStringLiteral("subnet%1_%2_%3").arg(r).arg(v).arg(s);
                subnet.kind = GroupKind::Subnet;
                subnet.name = subnet.id;
                subnet.parent = vpc.id;
                subnet.props = Json{{"public", s == 0}};
                subnet.box = QRectF(vpc.box.x() + 20 + s * subnetW, vpc.box.y() + 40, subnetW - 20, subnetH);
                subnets.append(subnet.id);
                d.groups.push_back(subnet);
            }
        }
    }
    std::vector<QRectF> boxes;
    for (const Group& g : d.groups)
        boxes.push_back(g.box);

    const auto& kinds = catalog.kinds();
    QHash<Id, int> fill;
    for (int i = 0; i < nodeCount; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        const KindInfo& kind = kinds[std::size_t(i) % kinds.size()];
        n.kind = kind.kind;
        n.name = kind.serviceName(QStringLiteral("aws")) + QStringLiteral(" %1").arg(i);
        const Id subnet = subnets[std::min<qsizetype>(i / perSubnet, subnets.size() - 1)];
        n.group = subnet;
        const int slot = fill[subnet]++;
        const Group* g = nullptr;
        for (const Group& candidate : d.groups) {
            if (candidate.id == subnet) {
                g = &candidate;
                break;
            }
        }
        n.pos = g->box.topLeft() + QPointF(20 + (slot % columns) * cell, 40 + (slot / columns) * row);
        if (kind.props.contains(QStringLiteral("count")))
            n.props["count"] = 1 + int(rng() % 4);
        d.nodes.push_back(std::move(n));
    }
    // Flows: most edges join near neighbours; longShare of them join any two nodes.
    std::uniform_int_distribution<int> any(0, nodeCount - 1);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    const EdgeKind edgeKinds[] = {EdgeKind::Request, EdgeKind::Data, EdgeKind::Event, EdgeKind::Control};
    for (int i = 0; i < edgeCount; ++i) {
        const int to = i % nodeCount;
        int from = chance(rng) < longShare ? any(rng) : to - 1 - int(rng() % 24);
        if (from < 0)
            from += nodeCount;
        if (from == to)
            from = (to + 1) % nodeCount;
        Edge e;
        e.id = QStringLiteral("e%1").arg(i);
        e.from = d.nodes[std::size_t(from)].id;
        e.to = d.nodes[std::size_t(to)].id;
        e.kind = edgeKinds[rng() % 4];
        d.edges.push_back(std::move(e));
    }
    return d;
}

} // namespace cw::test
