#include "interop/import_result.h"

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};
} // namespace

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
    const QString list = parts.join(QStringLiteral(", "));
    if (resources) {
        return total == 1 ? ImportText::tr("%1 resource not recognised: %2").arg(total).arg(list)
                          : ImportText::tr("%1 resources not recognised: %2").arg(total).arg(list);
    }
    return total == 1 ? ImportText::tr("%1 shape not recognised: %2").arg(total).arg(list)
                      : ImportText::tr("%1 shapes not recognised: %2").arg(total).arg(list);
}

QString ImportSummary::unrecognisedLine() const
{
    const QString u = unrecognisedText();
    return u.isEmpty() ? QString() : ImportText::tr("%1 (kept as import notes in the diagram's meta)").arg(u);
}

QStringList ImportSummary::lines() const
{
    QStringList out;
    if (pages.size() > 1)
        out << ImportText::tr("Page \"%1\" of %2 (choose another with --page)").arg(page).arg(pages.size());
    if (files > 1)
        out << ImportText::tr("%1 .tf files of the module read").arg(files);
    const int percent = providerShapes == 0 ? 100 : int(std::floor(100.0 * typed / providerShapes));
    out << (things == QLatin1String("resources")
            ? ImportText::tr("%1 of %2 resources became typed nodes (%3%)").arg(typed).arg(providerShapes).arg(percent)
            : ImportText::tr("%1 of %2 provider shapes became typed nodes (%3%)")
                  .arg(typed)
                  .arg(providerShapes)
                  .arg(percent));
    out << ImportText::tr("%1 nodes, %2 groups, %3 edges; provider %4").arg(nodes).arg(groups).arg(edges).arg(provider);
    if (const QString u = unrecognisedLine(); !u.isEmpty())
        out << u;
    if (edgesLeftOut > 0)
        out << (edgesLeftOut == 1 ? ImportText::tr("%1 edge left out: an end is not a service or group")
                                  : ImportText::tr("%1 edges left out: an end is not a service or group"))
                   .arg(edgesLeftOut);
    if (folded > 0)
        out << ImportText::tr("%1 parts folded into what they belong to (node groups into clusters, listeners into "
                              "load balancers, ...)")
                   .arg(folded);
    if (!supporting.empty()) {
        QStringList parts;
        for (const auto& [type, count] : supporting)
            parts << QStringLiteral("%1 × %2").arg(count).arg(type);
        out << ImportText::tr("%1 supporting resources (policies, routes, addresses) not drawn: %2")
                   .arg(otherShapes)
                   .arg(parts.join(QStringLiteral(", ")));
    } else if (otherShapes > 0) {
        out << ImportText::tr("%1 other shapes (text, boxes, lines) left out as drawing").arg(otherShapes);
    }
    return out;
}

} // namespace cw::interop
