#include "cwa_reader.h"

#include "auto_layout.h"
#include "document_reader.h"
#include "json_input.h"
#include <QCoreApplication>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw {

LoadResult readCwa(const QByteArray& bytes, const QString& fileName, const Catalog& catalog)
{
    LoadResult result;
    auto failWith = [&](const QString& place, const QString& message) {
        result.error = LoadError{fileName, place, message};
        return result;
    };
    QString place;
    QString message;
    std::optional<Json> doc = parseJsonInput(bytes, &place, &message);
    if (!doc)
        return failWith(place, message);

    try {
        LayoutNeeds needs;
        Diagram d = readDocument(*doc, catalog, needs);
        result.laidOut = !needs.position.isEmpty() || !needs.size.isEmpty();
        result.unplaced = !d.nodes.empty() && needs.position.size() == qsizetype(d.nodes.size() + d.groups.size());
        if (result.laidOut)
            autoLayout(d, needs);
        result.diagram = std::move(d);
    } catch (const ReadFailure& f) {
        return failWith(f.place, f.message);
    } catch (const Json::exception& e) {
        return failWith({}, LoadText::tr("unexpected content: %1").arg(QString::fromUtf8(e.what())));
    }
    return result;
}

LoadResult readCwaFile(const QString& path, const Catalog& catalog)
{
    LoadResult result;
    const std::optional<QByteArray> bytes = readInputFile(path, &result.error);
    if (!bytes)
        return result;
    return readCwa(*bytes, path, catalog);
}

} // namespace cw
