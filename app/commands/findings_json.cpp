#include "findings_json.h"

#include "console.h"

namespace cw::cli {

nlohmann::json findingJson(const Finding& f)
{
    nlohmann::json nodes = nlohmann::json::array();
    for (const Id& id : f.nodes)
        nodes.push_back(utf8(id));
    nlohmann::json edges = nlohmann::json::array();
    for (const Id& id : f.edges)
        edges.push_back(utf8(id));
    nlohmann::json item = {{"rule", utf8(f.rule)}, {"severity", utf8(toString(f.severity))},
        {"message", utf8(f.message)}, {"nodes", nodes}, {"fix", utf8(f.fix)}, {"title", utf8(f.title)},
        {"pillar", utf8(toString(f.pillar))}, {"edges", edges}};
    if (f.suppressed) {
        item["suppressed"] = true;
        item["reason"] = utf8(f.suppressedBecause);
    }
    return item;
}

nlohmann::json findingsJson(const std::vector<Finding>& findings)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Finding& f : findings)
        list.push_back(findingJson(f));
    return list;
}

} // namespace cw::cli
