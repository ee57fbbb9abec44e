// The Help menu: the user guide (F1), the keyboard shortcuts, the start page and About.
#include "main_window.h"

#include "help/about_dialog.h"
#include "help/help_window.h"
#include "help/shortcuts_dialog.h"

#include <QMenu>
#include <QMenuBar>

namespace cw {

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    const auto add = [help](const QString& text, const QString& name, const QKeySequence& key, const QString& tip) {
        QAction* a = help->addAction(text);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        return a;
    };
    connect(add(tr("&User Guide"), QStringLiteral("userGuideAction"), QKeySequence::HelpContents,
                tr("How to design, check and cost an architecture in Cloudwright (F1)")),
        &QAction::triggered, this, [this] {
            if (!m_help)
                m_help = new HelpWindow(this);
            m_help->setWindowFlag(Qt::Window);
            m_help->show();
            m_help->raise();
            m_help->activateWindow();
        });
    connect(add(tr("&Keyboard Shortcuts"), QStringLiteral("shortcutsAction"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
                tr("Every command's keys, and the canvas's")),
        &QAction::triggered, this, [this] {
            ShortcutsDialog dialog(menuBar(), this);
            dialog.exec();
        });
    connect(add(tr("&Start Page"), QStringLiteral("startPageAction"), {}, tr("Templates and lessons to start from")),
        &QAction::triggered, this, &MainWindow::showStartPage);
    help->addSeparator();
    connect(add(tr("&About Cloudwright"), QStringLiteral("aboutAction"), {}, tr("The version, the licence and where the prices come from")),
        &QAction::triggered, this, [this] {
            AboutDialog dialog(this);
            dialog.exec();
        });
}

} // namespace cw
