#include "json_text.h"
#include <QCoreApplication>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw {

QString jsonText(const nlohmann::json& value)
{
    if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    if (value.is_null())
        return {};
    return QString::fromStdString(value.dump());
}

QString jsonString(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? jsonText(*it) : QString();
}

QStringList jsonStringList(const nlohmann::json& array)
{
    QStringList out;
    if (array.is_array()) {
        for (const auto& v : array) {
            if (v.is_string())
                out << jsonText(v);
        }
    }
    return out;
}

QString jsonTypeName(const nlohmann::json& j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::null: return QStringLiteral("null");
    case nlohmann::json::value_t::boolean: return LoadText::tr("a boolean");
    case nlohmann::json::value_t::string: return LoadText::tr("a string");
    case nlohmann::json::value_t::array: return LoadText::tr("an array");
    case nlohmann::json::value_t::object: return LoadText::tr("an object");
    default: return LoadText::tr("a number");
    }
}

} // namespace cw
