#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

/// Reading text out of JSON values, the same way everywhere (files, catalog, rule book,
/// inspector).
namespace cw {

/// The text of a JSON string (UTF-8); any other value as its JSON ("3", "true"), and
/// null as the empty string.
QString jsonText(const nlohmann::json& value);
/// What kind of value it is, for messages: "a string", "an array", "null"...
QString jsonTypeName(const nlohmann::json& value);
/// The string at key in an object; empty when the key is missing or not a string.
QString jsonString(const nlohmann::json& object, const char* key);
/// The strings of an array, skipping anything else; empty for a non-array.
QStringList jsonStringList(const nlohmann::json& array);

} // namespace cw
