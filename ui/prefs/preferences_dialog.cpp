#include "preferences_dialog.h"

#include "i18n/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <iterator>

namespace cw {

namespace {
template <typename W> W* named(W* widget, const QString& objectName, const QString& accessibleName, const QString& tip)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(tip);
    return widget;
}

void selectData(QComboBox* box, const QVariant& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

PreferencesDialog::PreferencesDialog(
    const Preferences& current, const std::vector<ProviderInfo>& providers, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_theme = named(new QComboBox(this), QStringLiteral("prefTheme"), tr("Theme"),
        tr("Light, Dark, or follow the desktop (System). Images, reports and other exports stay light."));
    m_theme->addItem(tr("Light"), themeKey(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), themeKey(ThemeChoice::Dark));
    m_theme->addItem(tr("System"), themeKey(ThemeChoice::System));

    m_language = named(new QComboBox(this), QStringLiteral("prefLanguage"), tr("Language"),
        tr("The language of menus, messages, the catalog and the rules. System follows the desktop's "
           "language. A change takes effect when Cloudwright starts again."));
    m_language->addItem(tr("System"), QStringLiteral("system"));
    // Each language by its own name, as language pickers do.
    m_language->addItem(i18n::nativeName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString& code : i18n::availableLanguages())
        m_language->addItem(i18n::nativeName(code), code);

    m_snap = named(new QCheckBox(tr("Snap to grid"), this), QStringLiteral("prefSnap"), tr("Snap to grid"),
        tr("Moved and dropped cards land on the canvas grid (View ▸ Snap to Grid, Ctrl+Shift+G)"));

    m_grid = named(new QSpinBox(this), QStringLiteral("prefGridSize"), tr("Grid size"),
        tr("The spacing of the canvas grid, in pixels at 100% zoom: what cards snap to and what the arrow keys "
           "move them by"));
    m_grid->setRange(Preferences::kMinGrid, Preferences::kMaxGrid);
    m_grid->setSingleStep(5);
    m_grid->setSuffix(tr(" px"));

    m_autosave = named(new QDoubleSpinBox(this), QStringLiteral("prefAutosave"), tr("Autosave interval"),
        tr("How often unsaved work is copied to the autosave folder, in minutes; it is also copied "
           "when you pause after an edit"));
    m_autosave->setRange(0.5, 60);
    m_autosave->setSingleStep(0.5);
    m_autosave->setDecimals(1);
    m_autosave->setSuffix(tr(" min"));

    m_provider = named(new QComboBox(this), QStringLiteral("prefProvider"), tr("Default provider"),
        tr("The provider a new diagram (File ▸ New) starts with; open diagrams keep theirs"));
    for (const ProviderInfo& p : providers)
        m_provider->addItem(p.name, p.id);
    if (m_provider->findData(QStringLiteral("generic")) < 0)
        m_provider->insertItem(0, tr("Generic"), QStringLiteral("generic"));

    m_region = named(new QLineEdit(this), QStringLiteral("prefRegion"), tr("Default region"),
        tr("The region a new diagram starts with, as the provider names it (us-east-1, westeurope); "
           "empty for none"));
    m_region->setPlaceholderText(tr("none"));

    m_horizon = named(new QComboBox(this), QStringLiteral("prefHorizon"), tr("Cost horizon"),
        tr("How many months the cost panel projects when it opens"));
    for (int months : {12, 24, 36, 60})
        m_horizon->addItem(tr("%1 months").arg(months), months);
    m_period = named(new QComboBox(this), QStringLiteral("prefPeriod"), tr("Cost periods"),
        tr("Whether the cost chart shows each month or each year"));
    m_period->addItem(tr("By month"), false);
    m_period->addItem(tr("By year"), true);

    auto* look = new QGroupBox(tr("Appearance"), this);
    auto* lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Theme:"), m_theme);
    lookForm->addRow(tr("&Language:"), m_language);
    auto* editing = new QGroupBox(tr("Editing"), this);
    auto* editForm = new QFormLayout(editing);
    editForm->addRow(m_snap);
    editForm->addRow(tr("&Grid size:"), m_grid);
    editForm->addRow(tr("&Autosave every:"), m_autosave);
    auto* fresh = new QGroupBox(tr("New diagrams"), this);
    auto* freshForm = new QFormLayout(fresh);
    freshForm->addRow(tr("&Provider:"), m_provider);
    freshForm->addRow(tr("&Region:"), m_region);
    auto* cost = new QGroupBox(tr("Cost display"), this);
    auto* costForm = new QFormLayout(cost);
    costForm->addRow(tr("&Horizon:"), m_horizon);
    costForm->addRow(tr("&Show:"), m_period);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
        this);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Apply these settings and close"));
    m_buttons->button(QDialogButtonBox::Apply)->setToolTip(tr("Apply these settings and keep the dialog open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing anything not yet applied"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Put the default values in the fields (applied on OK or Apply)"));
    for (QAbstractButton* b : m_buttons->buttons())
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    // Down the fields as they are read, then the buttons.
    QWidget* order[] = {m_theme, m_language, m_snap, m_grid, m_autosave, m_provider, m_region, m_horizon, m_period,
        m_buttons};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton* b) {
        switch (m_buttons->standardButton(b)) {
        case QDialogButtonBox::Ok:
            Q_EMIT applyRequested(values());
            accept();
            break;
        case QDialogButtonBox::Apply: Q_EMIT applyRequested(values()); break;
        case QDialogButtonBox::RestoreDefaults: setValues(Preferences()); break;
        default: reject(); break;
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(look);
    layout->addWidget(editing);
    layout->addWidget(fresh);
    layout->addWidget(cost);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setValues(current);
}

Preferences PreferencesDialog::values() const
{
    Preferences p;
    p.theme = themeFromKey(m_theme->currentData().toString());
    p.language = m_language->currentData().toString();
    p.snapToGrid = m_snap->isChecked();
    p.gridSize = m_grid->value();
    p.autosaveMinutes = m_autosave->value();
    p.defaultProvider = m_provider->currentData().toString();
    p.defaultRegion = m_region->text().trimmed();
    p.costHorizonMonths = m_horizon->currentData().toInt();
    p.costByYear = m_period->currentData().toBool();
    return p;
}

void PreferencesDialog::setValues(const Preferences& p)
{
    selectData(m_theme, themeKey(p.theme));
    selectData(m_language, p.language);
    m_snap->setChecked(p.snapToGrid);
    m_grid->setValue(p.gridSize);
    m_autosave->setValue(p.autosaveMinutes);
    selectData(m_provider, p.defaultProvider);
    m_region->setText(p.defaultRegion);
    selectData(m_horizon, p.costHorizonMonths);
    selectData(m_period, p.costByYear);
}

} // namespace cw
