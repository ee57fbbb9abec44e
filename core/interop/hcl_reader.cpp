#include "interop/hcl_reader.h"

#include <QCoreApplication>
#include <QRegularExpression>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};
} // namespace

namespace cw::interop {

namespace {

using Json = nlohmann::json;

enum class Tok { Ident, String, Number, Punct, Newline, End };

struct Token {
    Tok kind = Tok::End;
    QString text;            ///< identifier, the string's literal value, the number or punctuation
    bool interpolated = false; ///< a string with ${...} or %{...}: not a literal
    QSet<QString> refs;      ///< references inside a string's interpolations
    int line = 0, column = 0;
};

// Names that start a traversal but are not resources.
bool isResourceStart(const QString& name)
{
    static const QSet<QString> others{QStringLiteral("var"), QStringLiteral("local"), QStringLiteral("data"),
        QStringLiteral("module"), QStringLiteral("each"), QStringLiteral("count"), QStringLiteral("path"),
        QStringLiteral("self"), QStringLiteral("terraform")};
    return name.contains(QLatin1Char('_')) && !others.contains(name);
}

class Lexer {
public:
    explicit Lexer(const QString& text) : m_text(text) {}

    std::vector<Token> run()
    {
        std::vector<Token> out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('\n')) {
                out.push_back(token(Tok::Newline, QStringLiteral("\n")));
                advance();
            } else if (c.isSpace()) {
                advance();
            } else if (c == QLatin1Char('#') || (c == QLatin1Char('/') && peek(1) == QLatin1Char('/'))) {
                while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('\n'))
                    advance();
            } else if (c == QLatin1Char('/') && peek(1) == QLatin1Char('*')) {
                const int line = m_line, column = m_column;
                advance(2);
                while (m_pos < m_text.size() && !(m_text[m_pos] == QLatin1Char('*') && peek(1) == QLatin1Char('/')))
                    advance();
                if (m_pos >= m_text.size())
                    fail(line, column, ImportText::tr("a /* comment is never closed"));
                advance(2);
            } else if (c == QLatin1Char('"')) {
                out.push_back(quoted());
            } else if (c == QLatin1Char('<') && peek(1) == QLatin1Char('<') && (peek(2).isLetter() || peek(2) == QLatin1Char('-'))) {
                out.push_back(heredoc());
            } else if (c.isDigit()) {
                Token t = token(Tok::Number, QString());
                while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == QLatin1Char('.')
                           || ((m_text[m_pos] == QLatin1Char('+') || m_text[m_pos] == QLatin1Char('-'))
                               && (m_text[m_pos - 1] == QLatin1Char('e') || m_text[m_pos - 1] == QLatin1Char('E'))))) {
                    t.text += m_text[m_pos];
                    advance();
                }
                out.push_back(t);
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                Token t = token(Tok::Ident, QString());
                while (m_pos < m_text.size()
                    && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == QLatin1Char('_') || m_text[m_pos] == QLatin1Char('-'))) {
                    t.text += m_text[m_pos];
                    advance();
                }
                out.push_back(t);
            } else {
                out.push_back(token(Tok::Punct, QString(c)));
                advance();
            }
        }
        out.push_back(token(Tok::End, QString()));
        return out;
    }

private:
    QChar peek(int ahead) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    void advance(int n = 1)
    {
        for (int i = 0; i < n && m_pos < m_text.size(); ++i, ++m_pos) {
            if (m_text[m_pos] == QLatin1Char('\n')) {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
        }
    }
    Token token(Tok kind, const QString& text) const
    {
        Token t;
        t.kind = kind;
        t.text = text;
        t.line = m_line;
        t.column = m_column;
        return t;
    }
    [[noreturn]] static void fail(int line, int column, const QString& message)
    {
        throw LoadError{QString(), QStringLiteral("line %1, column %2").arg(line).arg(column), message};
    }

    // ${ ... } inside a string: the references in it, found by lexing it on its own.
    void interpolation(Token& t, int line, int column)
    {
        advance(2);
        int depth = 1;
        QString inner;
        while (m_pos < m_text.size() && depth > 0) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}') && --depth == 0)
                break;
            inner += c;
            advance();
        }
        if (m_pos >= m_text.size())
            fail(line, column, ImportText::tr("a ${ interpolation is never closed"));
        advance();
        t.interpolated = true;
        referencesIn(inner, t.refs);
    }

    Token quoted()
    {
        const int line = m_line, column = m_column;
        Token t = token(Tok::String, QString());
        advance();
        while (true) {
            if (m_pos >= m_text.size() || m_text[m_pos] == QLatin1Char('\n'))
                fail(line, column, ImportText::tr("a string is never closed (a \" is missing on this line)"));
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('"')) {
                advance();
                return t;
            }
            if (c == QLatin1Char('\\')) {
                const QChar e = peek(1);
                t.text += e == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : e == QLatin1Char('t') ? QChar(QLatin1Char('\t')) : e;
                advance(2);
            } else if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && peek(1) == QLatin1Char('{')) {
                interpolation(t, line, column);
            } else {
                t.text += c;
                advance();
            }
        }
    }

    Token heredoc()
    {
        const int line = m_line, column = m_column;
        Token t = token(Tok::String, QString());
        advance(2);
        if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('-'))
            advance();
        QString marker;
        while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == QLatin1Char('_'))) {
            marker += m_text[m_pos];
            advance();
        }
        while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('\n'))
            advance();
        advance();
        while (true) {
            if (m_pos >= m_text.size())
                fail(line, column, ImportText::tr("the heredoc <<%1 is never closed (no line saying %1)").arg(marker));
            const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
            const QString lineText = m_text.mid(m_pos, end < 0 ? -1 : end - m_pos);
            if (lineText.trimmed() == marker) {
                advance(int(lineText.size()));
                return t;
            }
            referencesIn(lineText, t.refs);
            if (lineText.contains(QLatin1String("${")))
                t.interpolated = true;
            t.text += lineText + QLatin1Char('\n');
            advance(int(lineText.size()) + 1);
        }
    }

public:
    // Traversals "a_b.c" in expression text (an interpolation, a heredoc line).
    static void referencesIn(const QString& text, QSet<QString>& refs)
    {
        static const QRegularExpression traversal(QStringLiteral("\\b([A-Za-z][A-Za-z0-9_-]*)\\.([A-Za-z_][A-Za-z0-9_-]*)"));
        auto it = traversal.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() > 0 && text[m.capturedStart() - 1] == QLatin1Char('.'))
                continue; // the middle of a longer traversal (data.aws_ami.x)
            if (isResourceStart(m.captured(1)))
                refs.insert(m.captured(1) + QLatin1Char('.') + m.captured(2));
        }
    }

private:
    const QString& m_text;
    qsizetype m_pos = 0;
    int m_line = 1, m_column = 1;
};

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : m_t(std::move(tokens)) {}

    std::vector<HclResource> run()
    {
        std::vector<HclResource> out;
        while (true) {
            skipNewlines();
            const Token& t = cur();
            if (t.kind == Tok::End)
                return out;
            if (t.kind != Tok::Ident)
                fail(t, ImportText::tr("expected a block or an attribute, found \"%1\"").arg(t.text));
            if (next(1).kind == Tok::Punct && next(1).text == QLatin1String("=")) {
                m_i += 2; // a top-level attribute (in a .tfvars-like file): skip its value
                expressionEnd();
                continue;
            }
            const Token head = t;
            ++m_i;
            QStringList labels;
            while (cur().kind == Tok::String || cur().kind == Tok::Ident) {
                labels << cur().text;
                ++m_i;
            }
            if (!(cur().kind == Tok::Punct && cur().text == QLatin1String("{")))
                fail(cur(), ImportText::tr("the %1 block has no { after its labels").arg(head.text));
            if (head.text == QLatin1String("resource") && labels.size() == 2) {
                HclResource r;
                r.type = labels[0];
                r.name = labels[1];
                r.line = head.line;
                ++m_i;
                body(&r, 0);
                out.push_back(std::move(r));
            } else {
                ++m_i;
                body(nullptr, 0);
            }
        }
    }

private:
    const Token& cur() const { return m_t[std::min(m_i, m_t.size() - 1)]; }
    const Token& next(std::size_t k) const { return m_t[std::min(m_i + k, m_t.size() - 1)]; }
    void skipNewlines()
    {
        while (cur().kind == Tok::Newline)
            ++m_i;
    }
    [[noreturn]] static void fail(const Token& t, const QString& message)
    {
        throw LoadError{QString(), QStringLiteral("line %1, column %2").arg(t.line).arg(t.column), message};
    }

    // Reads tokens up to the closing } of a block body; records what a resource needs.
    void body(HclResource* r, int depth)
    {
        const Token open = m_t[m_i - 1];
        while (true) {
            skipNewlines();
            const Token& t = cur();
            if (t.kind == Tok::End)
                fail(open, ImportText::tr("a { is never closed"));
            if (t.kind == Tok::Punct && t.text == QLatin1String("}")) {
                ++m_i;
                return;
            }
            if (t.kind == Tok::Ident && next(1).kind == Tok::Punct
                && (next(1).text == QLatin1String("=") || next(1).text == QLatin1String(":"))) {
                const QString key = t.text;
                m_i += 2;
                const std::size_t from = m_i;
                expressionEnd();
                if (r) {
                    collect(r, from, m_i);
                    if (depth == 0 && m_i - from == 1)
                        literal(r, key, m_t[from]);
                    else if (depth == 0 && m_i - from == 2 && m_t[from].text == QLatin1String("-")
                        && m_t[from + 1].kind == Tok::Number)
                        literal(r, key, m_t[from + 1], -1);
                }
                continue;
            }
            // A nested block: name, labels, { body }.
            ++m_i;
            while (cur().kind == Tok::String || cur().kind == Tok::Ident)
                ++m_i;
            if (!(cur().kind == Tok::Punct && cur().text == QLatin1String("{")))
                fail(t, ImportText::tr("expected an attribute (name = value) or a block, found \"%1\"").arg(t.text));
            ++m_i;
            body(r, depth + 1);
        }
    }

    // The end of an expression: a newline, } or , outside brackets.
    void expressionEnd()
    {
        int depth = 0;
        const Token start = cur();
        while (true) {
            const Token& t = cur();
            if (t.kind == Tok::End) {
                if (depth > 0)
                    fail(start, ImportText::tr("a bracket opened in this value is never closed"));
                return;
            }
            if (t.kind == Tok::Punct) {
                if (t.text == QLatin1String("(") || t.text == QLatin1String("[") || t.text == QLatin1String("{"))
                    ++depth;
                else if (t.text == QLatin1String(")") || t.text == QLatin1String("]") || t.text == QLatin1String("}")) {
                    if (depth == 0)
                        return;
                    --depth;
                } else if (t.text == QLatin1String(",") && depth == 0)
                    return;
            }
            if (t.kind == Tok::Newline && depth == 0)
                return;
            ++m_i;
        }
    }

    void collect(HclResource* r, std::size_t from, std::size_t to) const
    {
        for (std::size_t i = from; i < to; ++i) {
            const Token& t = m_t[i];
            r->references.unite(t.refs);
            if (t.kind == Tok::Ident && isResourceStart(t.text) && i + 2 < to && m_t[i + 1].text == QLatin1String(".")
                && m_t[i + 2].kind == Tok::Ident && !(i > from && m_t[i - 1].text == QLatin1String(".")))
                r->references.insert(t.text + QLatin1Char('.') + m_t[i + 2].text);
        }
    }

    static void literal(HclResource* r, const QString& key, const Token& t, int sign = 1)
    {
        const std::string k = key.toStdString();
        if (t.kind == Tok::String && !t.interpolated) {
            r->attributes[k] = t.text.toStdString();
        } else if (t.kind == Tok::Number) {
            bool ok = false;
            const double v = t.text.toDouble(&ok);
            if (ok) {
                if (v == std::floor(v) && std::abs(v) < 9e15)
                    r->attributes[k] = sign * static_cast<long long>(v);
                else
                    r->attributes[k] = sign * v;
            }
        } else if (t.kind == Tok::Ident && (t.text == QLatin1String("true") || t.text == QLatin1String("false"))) {
            r->attributes[k] = t.text == QLatin1String("true");
        }
    }

    std::vector<Token> m_t;
    std::size_t m_i = 0;
};

} // namespace

std::vector<HclResource> readHclResources(const QString& text)
{
    Lexer lexer(text);
    return Parser(lexer.run()).run();
}

} // namespace cw::interop
