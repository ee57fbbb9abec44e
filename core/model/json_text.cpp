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

} // namespace cw
