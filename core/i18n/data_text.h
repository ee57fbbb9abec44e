#pragma once

#include <QString>

#include <vector>

namespace cw {

/// The translation path for text that is data: the catalog's names, descriptions and help,
/// the rule book's titles and advice. Code marks its strings with tr(); data cannot, so the
/// readers pass each display string through dataText() as they read it. With a translator
/// installed (the editor installs one for the user's language) the text comes back
/// translated; without one (the command line, the tests) it comes back as written.
///
/// The translations live in resources/translations/cloudwright_data_<lang>.ts. Which
/// strings they must cover is found by reading the built-in catalog and rule book with a
/// DataTextRecorder (see collectDataStrings()), so the list can never drift from the readers.
namespace data_context {
inline constexpr char kCatalog[] = "CatalogData";
inline constexpr char kRuleBook[] = "RuleBookData";
} // namespace data_context

/// text, translated in context; note says where it comes from, for the translator.
QString dataText(const char* context, const QString& text, const QString& note);

/// One string the data readers passed through dataText().
struct DataString {
    QString context;
    QString text;
    QString note;
};

/// While one exists, every dataText() call is also recorded (in order, without repeats).
/// Not thread-safe: record on one thread while nothing else reads data.
class DataTextRecorder {
public:
    DataTextRecorder();
    ~DataTextRecorder();
    DataTextRecorder(const DataTextRecorder&) = delete;
    DataTextRecorder& operator=(const DataTextRecorder&) = delete;

    const std::vector<DataString>& strings() const { return m_strings; }
    void record(const char* context, const QString& text, const QString& note);

private:
    std::vector<DataString> m_strings;
    DataTextRecorder* m_previous = nullptr;
};

/// Every string of the built-in catalog and rule book that dataText() translates.
std::vector<DataString> collectDataStrings();

} // namespace cw
