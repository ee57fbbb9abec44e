#include "cli.h"
#include "main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

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

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = arguments(argc, argv);
    if (cw::cli::isHeadless(args)) {
        // Headless commands never touch a display.
        QCoreApplication app(argc, argv);
        setIdentity();
        return cw::cli::runHeadless(args);
    }
    if (args.size() > 2 || (args.size() == 2 && args[1].startsWith(QLatin1Char('-')))) {
        QTextStream(stderr) << "cloudwright: unexpected arguments\n" << cw::cli::usage();
        return cw::cli::BadInput;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("cloudwright"));
    cw::MainWindow window;
    window.show();
    if (args.size() == 2) {
        if (!window.openFile(args[1]))
            window.newDiagram();
    } else {
        window.openSample();
    }
    return app.exec();
}
