#pragma once

#include "catalog/catalog.h"

#include <QWidget>

#include <functional>

namespace cw {

/// An editor for one catalog property, picked by its type: spin boxes with the
/// property's range and unit, a check box, a list of values, or free text with the
/// provider's suggestions. It shows a value and reports the user's new one; a null
/// value means "not set" (the default applies).
class PropertyEditor : public QWidget {
    Q_OBJECT

public:
    PropertyEditor(const PropertyDef& def, const QStringList& suggestions, QWidget* parent = nullptr);

    /// Shows value; when it is null, shows fallback (the default) and marks it unset.
    void setValue(const Json& value, const Json& fallback);
    const PropertyDef& definition() const { return m_def; }
    QWidget* editor() const { return m_editor; }

Q_SIGNALS:
    void edited(const cw::Json& value);

private:
    void emitFromEditor();

    PropertyDef m_def;
    QWidget* m_editor = nullptr;
    bool m_hasSpecialValue = false; ///< the spin box's minimum stands for "not set"
    bool m_loading = false;
};

} // namespace cw
