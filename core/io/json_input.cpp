#include "json_input.h"

#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>
#include <algorithm>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw {

namespace {

// Line and column (both from 1) of the byte at a 0-based offset.
QString lineColumn(const QByteArray& bytes, std::size_t offset)
{
    offset = std::min<std::size_t>(offset, std::size_t(bytes.size()));
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (bytes[qsizetype(i)] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes[qsizetype(i)]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

// nlohmann's parser is iterative, but unbounded nesting still costs memory and every
// recursive consumer after it (dump, destruction); refuse absurd depth up front.
std::optional<std::size_t> tooDeep(const QByteArray& bytes)
{
    int depth = 0;
    bool inString = false;
    const char* p = bytes.constData();
    const std::size_t n = std::size_t(bytes.size());
    for (std::size_t i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::nullopt;
}

// Where nlohmann's parser stops on an error it reports without a place (a number too
// large for a double): a second pass that builds nothing and keeps the position.
class ErrorLocator final : public nlohmann::json_sax<Json> {
public:
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const Json::exception&) override
    {
        m_position = position;
        return false;
    }

    std::size_t position() const { return m_position; }

private:
    std::size_t m_position = 0; ///< counts from 1, like parse_error::byte; 0: no error
};

} // namespace

std::optional<Json> parseJsonInput(const QByteArray& bytes, QString* place, QString* message)
{
    auto failWith = [&](const QString& where, const QString& what) -> std::optional<Json> {
        *place = where;
        *message = what;
        return std::nullopt;
    };
    // Scanned, not trimmed: a huge file of blanks need not be copied to find it is empty.
    const bool blank = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
    if (blank)
        return failWith({}, LoadText::tr("the file is empty"));
    // JSON never holds a raw NUL byte (a string writes it \u0000), and nlohmann's parser
    // takes one for the end of the input: what follows would be ignored. Reported unless
    // the parser stops on something earlier.
    const qsizetype nul = bytes.indexOf('\0');
    auto failAtNul = [&] {
        return failWith(lineColumn(bytes, std::size_t(nul)),
            LoadText::tr("not valid JSON: a NUL byte (the file holds binary data, or is not UTF-8 text)"));
    };
    if (const auto at = tooDeep(bytes))
        return failWith(
            lineColumn(bytes, *at), LoadText::tr("the JSON is nested more than %1 levels deep").arg(kMaxJsonDepth));

    Json doc;
    try {
        doc = Json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const Json::parse_error& e) {
        // nlohmann reports "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        QString what = QString::fromUtf8(e.what());
        const qsizetype colon = what.indexOf(QStringLiteral(": "));
        what = colon >= 0 ? what.mid(colon + 2) : what;
        // e.byte counts from 1 and points at the byte where parsing stopped.
        const std::size_t stop = e.byte > 0 ? e.byte - 1 : 0;
        if (nul >= 0 && stop >= std::size_t(nul))
            return failAtNul();
        return failWith(lineColumn(bytes, stop), LoadText::tr("not valid JSON: %1").arg(what));
    } catch (const Json::exception& e) {
        QString what = QString::fromUtf8(e.what());
        const qsizetype bracket = what.indexOf(QLatin1Char(']'));
        ErrorLocator locator;
        Json::sax_parse(bytes.constBegin(), bytes.constEnd(), &locator);
        const QString where = locator.position() > 0 ? lineColumn(bytes, locator.position() - 1) : QString();
        return failWith(where, LoadText::tr("not valid JSON: %1").arg(bracket >= 0 ? what.mid(bracket + 2) : what));
    }
    if (nul >= 0)
        return failAtNul();
    return doc;
}

std::optional<QByteArray> readInputFile(const QString& path, LoadError* error)
{
    const QFileInfo info(path);
    auto failWith = [&](const QString& message) -> std::optional<QByteArray> {
        *error = LoadError{path, {}, message};
        return std::nullopt;
    };
    if (!info.exists())
        return failWith(LoadText::tr("no such file"));
    if (info.isDir())
        return failWith(LoadText::tr("is a folder, not a file"));
    if (info.size() > kMaxInputFileBytes)
        return failWith(LoadText::tr("the file is larger than 1 GiB"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(LoadText::tr("cannot be read: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace cw
