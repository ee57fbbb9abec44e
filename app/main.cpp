#include "canvas/diagram_view.h"
#include "cli.h"
#include "i18n/language.h"
#include "main_window.h"
#include "prefs/preferences.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cloudwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Cloudwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDWRIGHT_VERSION));
}

QStringList arguments(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// For the start-up benchmark: quit as soon as the canvas has been painted once.
class FirstPaintWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

// Qt's platform start-up warns when there is no XDG runtime directory (a CI container, a
// cron job); a drawing command never uses one, and its stderr is for the user's errors.
QtMessageHandler g_previousHandler = nullptr;
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void quitAfterFirstPaint(cw::MainWindow& window)
{
    window.view()->viewport()->installEventFilter(new FirstPaintWatcher(&window));
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = arguments(argc, argv);
    switch (cw::cli::startup(args)) {
    case cw::cli::Startup::Headless: {
        // Headless commands never touch a display.
        QCoreApplication app(argc, argv);
        setIdentity();
        return cw::cli::runHeadless(args);
    }
    case cw::cli::Startup::HeadlessGui: {
        // Commands that draw need a QApplication (QGraphicsScene registers with it), still
        // without a display: the offscreen platform.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        QApplication app(argc, argv);
        setIdentity();
        return cw::cli::runHeadless(args);
    }
    case cw::cli::Startup::Editor: break;
    }
    if (const std::optional<int> refused = cw::cli::editorRefusal(args))
        return *refused;

    QApplication app(argc, argv);
    setIdentity();
    // The user's language first: the catalog and the rule book are translated as they are
    // read, and the first window reads them. The command line stays in English (scripts
    // and their logs read it).
    cw::i18n::installTranslations(
        app, cw::i18n::resolveLanguage(cw::Preferences::load().language, QLocale::system().uiLanguages()));
    // The desktop entry and AppStream id (resources/desktop/): window managers match on it.
    QApplication::setDesktopFileName(QStringLiteral("org.cloudwright.cloudwright"));
    cw::MainWindow window;
    window.show();
    // Work a crashed session left behind comes first; then what was asked for.
    if (!window.offerRecovery()) {
        if (args.size() == 2) {
            if (!window.openFile(args[1]))
                window.newDiagram();
        } else {
            window.openSample();
        }
    }
    if (qEnvironmentVariableIsSet("CLOUDWRIGHT_EXIT_AFTER_FIRST_PAINT"))
        quitAfterFirstPaint(window);
    return app.exec();
}
