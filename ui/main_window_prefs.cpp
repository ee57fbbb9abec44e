// MainWindow's side of Edit ▸ Preferences: showing the dialog and applying its values.
#include "main_window.h"

#include "appearance.h"
#include "autosave.h"
#include "canvas/diagram_scene.h"
#include "document.h"
#include "panels/cost_panel.h"
#include "prefs/preferences_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QStatusBar>

namespace cw {

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_prefs, m_doc->catalog().providers(), this);
    connect(&dialog, &PreferencesDialog::applyRequested, this, [this](const Preferences& p) {
        const bool newLanguage = p.language != m_prefs.language;
        applyPreferences(p);
        p.save();
        // Menus, the catalog and the rules are translated as the program starts.
        statusBar()->showMessage(newLanguage
                ? tr("Preferences applied; the new language takes effect when Cloudwright starts again")
                : tr("Preferences applied"),
            newLanguage ? 10000 : 4000);
    });
    dialog.exec();
}

void MainWindow::applyPreferences(const Preferences& prefs)
{
    const bool first = !m_prefsApplied;
    m_prefsApplied = true;
    if (first || prefs.theme != m_prefs.theme)
        Appearance::instance().apply(prefs.theme);
    m_snapAction->setChecked(prefs.snapToGrid);
    m_scene->setGridSize(prefs.gridSize);
    m_autosaver->setInterval(prefs.autosaveIntervalMs());
    // Cost display: what the cost panel shows; its own boxes stay free to change after.
    if (first || prefs.costHorizonMonths != m_prefs.costHorizonMonths) {
        QComboBox* horizon = m_costPanel->horizonBox();
        if (const int i = horizon->findData(prefs.costHorizonMonths); i >= 0)
            horizon->setCurrentIndex(i);
    }
    if (first || prefs.costByYear != m_prefs.costByYear)
        m_costPanel->periodBox()->setCurrentIndex(prefs.costByYear ? 1 : 0);
    m_prefs = prefs;
}

} // namespace cw
