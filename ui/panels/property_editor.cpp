#include "property_editor.h"

#include "eliding_combo_box.h"

#include <QCheckBox>
#include <QHash>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <climits>
#include <cmath>

namespace cw {

namespace {

// How a choice reads in the editor ("on_demand" is "On demand"); the file keeps the value.
// Every enum value of the built-in catalog has a label here; a value only a newer catalog
// knows is shown as the file writes it (it is data, like an instance type).
QString choiceLabel(const QString& value)
{
    static const QHash<QString, QString> known{
        {QStringLiteral("on_demand"), QObject::tr("On demand")},
        {QStringLiteral("reserved_1y"), QObject::tr("Reserved, 1 year")},
        {QStringLiteral("reserved_3y"), QObject::tr("Reserved, 3 years")},
        {QStringLiteral("spot"), QObject::tr("Spot / preemptible")},
        {QStringLiteral("standard"), QObject::tr("Standard", "storage tier")},
        {QStringLiteral("infrequent"), QObject::tr("Infrequent access")},
        {QStringLiteral("archive"), QObject::tr("Archive", "storage tier")},
        {QStringLiteral("deep_archive"), QObject::tr("Deep archive")},
        {QStringLiteral("dev"), QObject::tr("Development", "environment")},
        {QStringLiteral("staging"), QObject::tr("Staging", "environment")},
        {QStringLiteral("prod"), QObject::tr("Production", "environment")},
        {QStringLiteral("steady"), QObject::tr("Steady", "traffic pattern")},
        {QStringLiteral("spiky"), QObject::tr("Spiky", "traffic pattern")},
        {QStringLiteral("small"), QObject::tr("Small", "size")},
        {QStringLiteral("medium"), QObject::tr("Medium", "size")},
        {QStringLiteral("large"), QObject::tr("Large", "size")},
    };
    return known.value(value, value);
}
// Range, unit and the "not set" value below the minimum, for whole and decimal numbers.
template <typename Spin, typename Number>
void setUpSpin(Spin* spin, Number lo, Number hi, const QString& suffix, bool noDefault)
{
    spin->setRange(noDefault ? lo - 1 : lo, hi);
    if (noDefault)
        spin->setSpecialValueText(PropertyEditor::tr("not set"));
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
}

QString jsonText(const Json& v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}
} // namespace

PropertyEditor::PropertyEditor(const PropertyDef& def, const QStringList& suggestions, QWidget* parent)
    : QWidget(parent)
    , m_def(def)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString suffix = def.unit.isEmpty() ? QString() : QLatin1Char(' ') + def.unit;
    const bool noDefault = def.defaultValue.is_null();
    m_hasSpecialValue = noDefault && (def.type == PropertyType::Int || def.type == PropertyType::Number);
    switch (def.type) {
    case PropertyType::Int: {
        auto* spin = new QSpinBox(this);
        setUpSpin(spin, def.min ? int(std::max<double>(*def.min, INT_MIN + 1)) : -1000000000,
            def.max ? int(std::min<double>(*def.max, INT_MAX)) : 1000000000, suffix, noDefault);
        connect(spin, &QSpinBox::valueChanged, this, &PropertyEditor::emitFromEditor);
        m_editor = spin;
        break;
    }
    case PropertyType::Number: {
        auto* spin = new QDoubleSpinBox(this);
        const double hi = def.max.value_or(1e15);
        // Counts of requests, tokens or gigabytes read better without decimals.
        spin->setDecimals(hi > 1e6 ? 0 : 2);
        setUpSpin(spin, def.min.value_or(-1e15), hi, suffix, noDefault);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PropertyEditor::emitFromEditor);
        m_editor = spin;
        break;
    }
    case PropertyType::Bool: {
        auto* box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, &PropertyEditor::emitFromEditor);
        m_editor = box;
        break;
    }
    case PropertyType::Enum: {
        auto* combo = new ElidingComboBox(this);
        for (const QString& v : def.values)
            combo->addItem(choiceLabel(v), v); // the file's value stays the item's data
        connect(combo, &QComboBox::activated, this, &PropertyEditor::emitFromEditor);
        m_editor = combo;
        break;
    }
    case PropertyType::String: {
        auto* combo = new ElidingComboBox(this);
        combo->setEditable(true);
        combo->addItems(suggestions);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(tr("not set"));
        connect(combo, &QComboBox::activated, this, &PropertyEditor::emitFromEditor);
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, &PropertyEditor::emitFromEditor);
        m_editor = combo;
        break;
    }
    }
    m_editor->setToolTip(def.help);
    // Spin boxes size themselves to their largest value; the inspector is narrow.
    m_editor->setMinimumWidth(60);
    m_editor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_editor);
    setFocusProxy(m_editor);
}

void PropertyEditor::setValue(const Json& value, const Json& fallback)
{
    m_loading = true;
    const Json& shown = value.is_null() ? fallback : value;
    if (auto* spin = qobject_cast<QSpinBox*>(m_editor)) {
        spin->setValue(shown.is_number() ? int(shown.get<double>()) : spin->minimum());
    } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(m_editor)) {
        dspin->setValue(shown.is_number() ? shown.get<double>() : dspin->minimum());
    } else if (auto* box = qobject_cast<QCheckBox*>(m_editor)) {
        box->setChecked(shown.is_boolean() && shown.get<bool>());
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        if (combo->isEditable()) {
            combo->setEditText(jsonText(value));
            combo->lineEdit()->setPlaceholderText(fallback.is_string() ? jsonText(fallback) : tr("not set"));
        } else {
            combo->setCurrentIndex(std::max(0, int(combo->findData(jsonText(shown)))));
        }
    }
    m_loading = false;
}

void PropertyEditor::emitFromEditor()
{
    if (m_loading)
        return;
    Json value;
    if (auto* spin = qobject_cast<QSpinBox*>(m_editor)) {
        if (!(m_hasSpecialValue && spin->value() == spin->minimum()))
            value = spin->value();
    } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(m_editor)) {
        if (!(m_hasSpecialValue && dspin->value() == dspin->minimum()))
            value = dspin->value();
    } else if (auto* box = qobject_cast<QCheckBox*>(m_editor)) {
        value = box->isChecked();
    } else if (auto* combo = qobject_cast<QComboBox*>(m_editor)) {
        const QString text = combo->isEditable() ? combo->currentText().trimmed() : combo->currentData().toString();
        if (!text.isEmpty())
            value = text.toStdString();
    }
    Q_EMIT edited(value);
}

} // namespace cw
