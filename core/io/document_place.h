#pragma once

// Where a value sits in a .cwa document, for the loader's messages.

#include "model/diagram.h"

#include <QString>

#include <cstddef>
#include <string>

namespace cw {

/// Where a value sits in the document ("nodes[3] (id \"api\").props.count"), as a
/// chain of steps on the stack. It becomes text only when something is wrong, so
/// reading a good file builds no place strings at all.
class Place {
public:
    explicit Place(const char* name)
        : m_step(Step::Name)
        , m_text(name)
    {
    }

    Place operator[](std::size_t index) const { return Place(this, Step::Index, nullptr, nullptr, nullptr, index); }
    Place withId(const Id& id) const { return Place(this, Step::WithId, nullptr, nullptr, &id, 0); }
    Place dot(const char* field) const { return Place(this, Step::Field, field, nullptr, nullptr, 0); }
    Place dot(const std::string& key) const { return Place(this, Step::Key, nullptr, &key, nullptr, 0); }

    QString text() const
    {
        QString out = m_parent ? m_parent->text() : QString();
        switch (m_step) {
        case Step::Name: out += QLatin1String(m_text); break;
        case Step::Index: out += QStringLiteral("[%1]").arg(m_index); break;
        case Step::WithId: out += QStringLiteral(" (id \"%1\")").arg(*m_id); break;
        // A field of the unnamed root, Place(""), is named without a dot: "conditions".
        case Step::Field: out += (out.isEmpty() ? QString() : QStringLiteral(".")) + QLatin1String(m_text); break;
        case Step::Key:
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromStdString(*m_key);
            break;
        }
        return out;
    }

private:
    enum class Step { Name, Index, WithId, Field, Key };

    Place(const Place* parent, Step step, const char* text, const std::string* key, const Id* id, std::size_t index)
        : m_parent(parent)
        , m_step(step)
        , m_text(text)
        , m_key(key)
        , m_id(id)
        , m_index(index)
    {
    }

    const Place* m_parent = nullptr;
    Step m_step;
    const char* m_text = nullptr;
    const std::string* m_key = nullptr;
    const Id* m_id = nullptr;
    std::size_t m_index = 0;
};

} // namespace cw
