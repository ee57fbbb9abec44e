#include "json_text.h"

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
    case nlohmann::json::value_t::boolean: return QStringLiteral("a boolean");
    case nlohmann::json::value_t::string: return QStringLiteral("a string");
    case nlohmann::json::value_t::array: return QStringLiteral("an array");
    case nlohmann::json::value_t::object: return QStringLiteral("an object");
    default: return QStringLiteral("a number");
    }
}

} // namespace cw
