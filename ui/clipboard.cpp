#include "clipboard.h"

#include "io/cwa_reader.h"
#include "io/cwa_writer.h"

#include <QMimeData>
#include <QSet>

namespace cw {

QString fragmentMimeType()
{
    return QStringLiteral("application/x-cloudwright-fragment");
}

namespace {
// A fragment may name groups it does not contain (nodes copied out of a subnet). A
// .cwa file may not, so those references travel in a field of their own and come
// back on paste, where they hold if the target diagram has such a group.
constexpr const char* kOutside = "clipboardOutsideGroups";
} // namespace

QMimeData* fragmentToMime(const Diagram& fragment)
{
    Diagram copy = fragment;
    QSet<Id> inside;
    for (const Group& g : copy.groups)
        inside.insert(g.id);
    Json outside = Json::object();
    for (Group& g : copy.groups) {
        if (!g.parent.isEmpty() && !inside.contains(g.parent)) {
            outside[g.id.toStdString()] = g.parent.toStdString();
            g.parent.clear();
        }
    }
    for (Node& n : copy.nodes) {
        if (!n.group.isEmpty() && !inside.contains(n.group)) {
            outside[n.id.toStdString()] = n.group.toStdString();
            n.group.clear();
        }
    }
    if (!outside.empty())
        copy.extra[kOutside] = outside;
    auto* mime = new QMimeData;
    const QByteArray bytes = writeCwa(copy);
    mime->setData(fragmentMimeType(), bytes);
    mime->setText(QString::fromUtf8(bytes));
    return mime;
}

std::optional<Diagram> fragmentFromMime(const QMimeData* mime, const Catalog& catalog)
{
    if (!mime)
        return std::nullopt;
    QByteArray bytes = mime->data(fragmentMimeType());
    if (bytes.isEmpty() && mime->hasText() && mime->text().contains(QLatin1String("\"cloudwright\"")))
        bytes = mime->text().toUtf8(); // a .cwa document copied as text from elsewhere
    if (bytes.isEmpty())
        return std::nullopt;
    LoadResult loaded = readCwa(bytes, QStringLiteral("clipboard"), catalog);
    if (!loaded.ok())
        return std::nullopt;
    Diagram fragment = std::move(*loaded.diagram);
    const auto outside = fragment.extra.find(kOutside);
    if (outside != fragment.extra.end() && outside->is_object()) {
        auto groupOf = [&](const Id& id) {
            const auto it = outside->find(id.toStdString());
            return it != outside->end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        for (Group& g : fragment.groups) {
            if (g.parent.isEmpty())
                g.parent = groupOf(g.id);
        }
        for (Node& n : fragment.nodes) {
            if (n.group.isEmpty())
                n.group = groupOf(n.id);
        }
        fragment.extra.erase(outside);
    }
    return fragment;
}

} // namespace cw
