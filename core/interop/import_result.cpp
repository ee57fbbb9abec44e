#include "interop/import_result.h"

#include <cmath>

namespace cw::interop {

QString ImportSummary::unrecognisedText(int listed) const
{
    int total = 0;
    for (const auto& [key, count] : unrecognised)
        total += count;
    if (total == 0)
        return QString();
    QStringList parts;
    for (const auto& [key, count] : unrecognised) {
        if (parts.size() == listed) {
            parts << QStringLiteral("…");
            break;
        }
        parts << QStringLiteral("%1 × %2").arg(count).arg(key);
    }
    const bool resources = things == QLatin1String("resources");
    return QStringLiteral("%1 %2 not recognised: %3")
        .arg(total)
        .arg(resources ? (total == 1 ? QStringLiteral("resource") : QStringLiteral("resources"))
                       : (total == 1 ? QStringLiteral("shape") : QStringLiteral("shapes")),
            parts.join(QStringLiteral(", ")));
}

QStringList ImportSummary::lines() const
{
    QStringList out;
    if (pages.size() > 1)
        out << QStringLiteral("Page \"%1\" of %2 (choose another with --page)").arg(page).arg(pages.size());
    if (files > 1)
        out << QStringLiteral("%1 .tf files of the module read").arg(files);
    out << QStringLiteral("%1 of %2 %3 became typed nodes (%4%)")
               .arg(typed)
               .arg(providerShapes)
               .arg(things)
               .arg(providerShapes == 0 ? 100 : int(std::floor(100.0 * typed / providerShapes)));
    out << QStringLiteral("%1 nodes, %2 groups, %3 edges; provider %4").arg(nodes).arg(groups).arg(edges).arg(provider);
    if (const QString u = unrecognisedText(); !u.isEmpty())
        out << u + QStringLiteral(" (kept as import notes in the diagram's meta)");
    if (edgesLeftOut > 0)
        out << QStringLiteral("%1 %2 left out: an end is not a service or group")
                   .arg(edgesLeftOut)
                   .arg(edgesLeftOut == 1 ? QStringLiteral("edge") : QStringLiteral("edges"));
    if (folded > 0)
        out << QStringLiteral("%1 parts folded into what they belong to (node groups into clusters, listeners into "
                              "load balancers, ...)")
                   .arg(folded);
    if (!supporting.empty()) {
        QStringList parts;
        for (const auto& [type, count] : supporting)
            parts << QStringLiteral("%1 × %2").arg(count).arg(type);
        out << QStringLiteral("%1 supporting resources (policies, routes, addresses) not drawn: %2")
                   .arg(otherShapes)
                   .arg(parts.join(QStringLiteral(", ")));
    } else if (otherShapes > 0) {
        out << QStringLiteral("%1 other shapes (text, boxes, lines) left out as drawing").arg(otherShapes);
    }
    return out;
}

} // namespace cw::interop
