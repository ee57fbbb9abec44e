#pragma once

#include "catalog/catalog.h"
#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace cw {

/// Edit ▸ Preferences: theme, language, snapping, autosave, what a new diagram starts
/// with, and how costs are shown. It only edits values: OK and Apply hand them to
/// whoever applies and saves them (applyRequested), Cancel drops them, Restore Defaults
/// puts the defaults in the fields (applied on OK or Apply, like any change).
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(
        const Preferences& current, const std::vector<ProviderInfo>& providers, QWidget* parent = nullptr);

    Preferences values() const;
    void setValues(const Preferences& p);

Q_SIGNALS:
    void applyRequested(const Preferences& values);

private:
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_snap = nullptr;
    QSpinBox* m_grid = nullptr;
    QDoubleSpinBox* m_autosave = nullptr;
    QComboBox* m_provider = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_horizon = nullptr;
    QComboBox* m_period = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace cw
