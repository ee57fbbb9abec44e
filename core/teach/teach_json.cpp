#include "teach_json.h"

#include "catalog/catalog.h"
#include "io/json_input.h"
#include "model/json_text.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <vector>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw::teach {

void fail(const Place& place, QString message)
{
    throw ReadFailure{place.text(), std::move(message)};
}

void fail(QString place, QString message)
{
    throw ReadFailure{std::move(place), std::move(message)};
}

void checkHeader(const Json& doc, const QString& format, int newest, const QString& what)
{
    if (!doc.is_object())
        fail(QString(), LoadText::tr("not %1: the document is %2, not an object").arg(what, jsonTypeName(doc)));
    const Json* f = find(doc, "format");
    if (!f)
        fail(QString(), LoadText::tr("not %1: \"format\" is missing").arg(what));
    if (!f->is_string() || jsonText(*f) != format) {
        const bool diagram = f->is_string() && jsonText(*f) == QLatin1String("cloudwright");
        fail(QStringLiteral("format"),
            diagram ? LoadText::tr("not %1: \"format\" is %2, expected \"%3\" (this is a diagram, not %1)")
                          .arg(what, describeJson(*f), format)
                    : LoadText::tr("not %1: \"format\" is %2, expected \"%3\"").arg(what, describeJson(*f), format));
    }
    const Json* v = find(doc, "formatVersion");
    if (!v)
        fail(QString(), LoadText::tr("\"formatVersion\" is missing"));
    // A whole number too large for 64 bits arrives as a double; it is newer all the same.
    const bool huge = v->is_number_float() && std::isfinite(v->get<double>()) && v->get<double>() >= 9.2e18;
    if (!v->is_number_integer() && !huge)
        fail(QStringLiteral("formatVersion"), LoadText::tr("must be a whole number, found %1").arg(describeJson(*v)));
    const bool newer = huge
        || (v->is_number_unsigned() ? v->get<std::uint64_t>() > std::uint64_t(newest) : v->get<std::int64_t>() > newest);
    if (newer)
        fail(QStringLiteral("formatVersion"),
            LoadText::tr("written for a newer Cloudwright (format version %1); this version reads %2 format "
                         "version %3 and older, so it does not use the file rather than half-read it")
                .arg(describeJson(*v), format)
                .arg(newest));
    if (v->get<std::int64_t>() < 1)
        fail(QStringLiteral("formatVersion"),
            LoadText::tr("format version %1 does not exist").arg(v->get<std::int64_t>()));
}

const Json* find(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

QString stringValue(const Json& value, const Place& place, bool nonEmpty)
{
    if (!value.is_string())
        fail(place, LoadText::tr("must be a string, found %1").arg(jsonTypeName(value)));
    const QString text = jsonText(value).trimmed();
    if (nonEmpty && text.isEmpty())
        fail(place, LoadText::tr("must not be empty"));
    return text;
}

QString requiredString(const Json& object, const Place& place, const char* key, bool nonEmpty)
{
    const Json* value = find(object, key);
    if (!value)
        fail(place, QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
    return stringValue(*value, place.dot(key), nonEmpty);
}

void requireObject(const Json& value, const Place& place, const QString& shape)
{
    if (value.is_object())
        return;
    fail(place,
        shape.isEmpty() ? LoadText::tr("must be an object, found %1").arg(jsonTypeName(value))
                        : LoadText::tr("must be an object such as %1, found %2").arg(shape, jsonTypeName(value)));
}

void refuseUnknownKeys(
    const Json& object, const Place& place, std::initializer_list<const char*> known, const QString& what)
{
    QStringList names;
    for (const char* k : known)
        names << QLatin1String(k);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!names.contains(key)) {
            QString choices = names.mid(0, names.size() - 1).join(QStringLiteral(", "));
            choices = names.size() > 1 ? LoadText::tr("%1 or %2", "a list's last two").arg(choices, names.last())
                                       : names.value(0);
            fail(place.dot(it.key()),
                LoadText::tr("unknown field \"%1\" in %2%3; expected %4")
                    .arg(key, what, didYouMean(key, names), choices));
        }
    }
}

namespace {

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min({row[std::size_t(j)] + 1, row[std::size_t(j - 1)] + 1,
                diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[std::size_t(b.size())];
}

} // namespace

QString didYouMean(const QString& word, const QStringList& choices)
{
    int best = 3;
    QString pick;
    for (const QString& c : choices) {
        const int d = editDistance(word, c);
        if (d < best) {
            best = d;
            pick = c;
        }
    }
    return pick.isEmpty() ? QString() : LoadText::tr(" (did you mean \"%1\"?)").arg(pick);
}

std::optional<LoadError> refusal(const QString& fileName, const std::function<void()>& read)
{
    try {
        read();
    } catch (const ReadFailure& f) {
        return LoadError{fileName, f.place, f.message};
    } catch (const Json::exception& e) {
        return LoadError{fileName, {}, LoadText::tr("unexpected content: %1").arg(QString::fromUtf8(e.what()))};
    }
    return std::nullopt;
}

std::optional<LoadError> readJsonDocument(
    const QByteArray& bytes, const QString& fileName, const std::function<void(const Json&)>& read)
{
    QString place;
    QString message;
    const std::optional<Json> doc = parseJsonInput(bytes, &place, &message);
    if (!doc)
        return LoadError{fileName, place, message};
    return refusal(fileName, [&] { read(*doc); });
}

} // namespace cw::teach
