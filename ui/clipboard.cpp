#include "clipboard.h"

#include "io/cwa_reader.h"
#include "io/cwa_writer.h"

#include <QMimeData>

namespace cw {

QString fragmentMimeType()
{
    return QStringLiteral("application/x-cloudwright-fragment");
}

QMimeData* fragmentToMime(const Diagram& fragment)
{
    auto* mime = new QMimeData;
    const QByteArray bytes = writeCwa(fragment);
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
    return std::move(*loaded.diagram);
}

} // namespace cw
