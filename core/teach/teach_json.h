#pragma once

// What the exercise and lesson readers share: failing with a place, the format header,
// typed fields, and "did you mean" for ids a teacher mistyped.

#include "io/document_place.h"
#include "io/document_reader.h"
#include "io/load_error.h"

#include <QByteArray>

#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace cw::teach {

[[noreturn]] void fail(const Place& place, QString message);
[[noreturn]] void fail(QString place, QString message);

/// Checks "format" and "formatVersion" of a document: the format named `format` (what
/// is the file's kind for messages, "an exercise file"), at a version from 1 to newest.
void checkHeader(const Json& doc, const QString& format, int newest, const QString& what);

/// The value at key, or nullptr when the object does not have it.
const Json* find(const Json& object, const char* key);
/// The string at key of object (the object at `place`; Place("") for the document); fails when missing, not a string, or (when
/// nonEmpty) blank. Leading and trailing white space is dropped.
QString requiredString(const Json& object, const Place& place, const char* key, bool nonEmpty = true);
/// A string value (trimmed); fails when not a string or, when nonEmpty, blank.
QString stringValue(const Json& value, const Place& place, bool nonEmpty = true);
/// Fails unless value is an object; `shape` shows one in the message ("{\"hasKind\": ...}").
void requireObject(const Json& value, const Place& place, const QString& shape = {});
/// Fails at the first key of object not in known, naming what the object is and the keys it takes.
void refuseUnknownKeys(const Json& object, const Place& place, std::initializer_list<const char*> known,
    const QString& what);

/// Runs read, turning what it throws on bad input (a ReadFailure, a JSON type error) into
/// a LoadError naming fileName; nothing when it read.
std::optional<LoadError> refusal(const QString& fileName, const std::function<void()>& read);
/// Parses bytes as one JSON document (io/json_input.h) and runs read on it, as refusal().
std::optional<LoadError> readJsonDocument(
    const QByteArray& bytes, const QString& fileName, const std::function<void(const Json&)>& read);

/// " (did you mean \"x\"?)" for the choice within two edits of word, else empty.
QString didYouMean(const QString& word, const QStringList& choices);

} // namespace cw::teach
