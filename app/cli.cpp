#include "cli.h"

#include "commands/command_table.h"
#include "commands/console.h"
#include "io/printable.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace cw::cli {

namespace {

const QString kHint = QStringLiteral("Run \"cloudwright --help\" for the commands.\n");

bool isProgramOption(const QString& arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v") || arg == QLatin1String("--help")
        || arg == QLatin1String("-h");
}

// A word shaped like a command name ("cost", "valdate"), not like a path ("a.cwa", "d/x").
bool looksLikeCommand(const QString& arg)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return word.match(arg).hasMatch();
}

// --json anywhere before "--": the caller wants errors as JSON even when the command is unknown.
bool asksForJson(const QStringList& args)
{
    for (const QString& arg : args.mid(1)) {
        if (arg == QLatin1String("--"))
            return false;
        if (arg == QLatin1String("--json"))
            return true;
    }
    return false;
}

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// "cloudwright: unknown command "valdate" (did you mean "validate"?)" and the hint.
int unknownCommand(const QString& name, bool alsoNoFile, bool json)
{
    QString message = QStringLiteral("unknown command \"%1\"").arg(name);
    for (const Command& command : commands()) {
        if (editDistance(name, command.name) <= 2) {
            message += QStringLiteral(" (did you mean \"%1\"?)").arg(command.name);
            break;
        }
    }
    if (alsoNoFile)
        message += QStringLiteral(", and no file of that name");
    return usageError(QStringLiteral("cloudwright"), message, kHint, json);
}

} // namespace

QString usage()
{
    QList<QPair<QString, QString>> rows{
        {QStringLiteral("cloudwright [FILE]"), QStringLiteral("open the editor (no FILE: the built-in sample)")}};
    for (const Command& command : commands())
        rows.append({QStringLiteral("cloudwright %1 %2").arg(command.name, command.synopsis), command.summary});
    rows.append({QStringLiteral("cloudwright COMMAND --help"), QStringLiteral("the options of one command")});
    rows.append({QStringLiteral("cloudwright --version | --help"), QString()});
    // Long usage lines put their summary on the next line rather than pushing all others right.
    const qsizetype width = 34;
    QString text = QStringLiteral("Usage:\n");
    for (const auto& [line, summary] : rows) {
        text += QStringLiteral("  ") + line;
        if (summary.isEmpty())
            text += QLatin1Char('\n');
        else if (line.size() <= width)
            text += QString(width - line.size() + 2, QLatin1Char(' ')) + summary + QLatin1Char('\n');
        else
            text += QLatin1Char('\n') + QString(width + 4, QLatin1Char(' ')) + summary + QLatin1Char('\n');
    }
    text += QStringLiteral("\nExit codes: 0 success (validate: no finding at error level; check: every condition\n"
                           "met), 1 findings at error level (check: some condition not met yet), 2 bad input\n"
                           "(missing file, not JSON, wrong format, newer format version, unknown kind, dangling\n"
                           "edge, unknown command or option, ...): one line on stderr, FILE: PLACE: MESSAGE, and\n"
                           "with --json {\"error\":{...}} on stdout.\n");
    return text;
}

Startup startup(const QStringList& args)
{
    if (args.size() < 2)
        return Startup::Editor;
    const QString& first = args.at(1);
    if (const Command* command = findCommand(first))
        return command->application == Application::Gui ? Startup::HeadlessGui : Startup::Headless;
    // The editor takes one FILE and no option: anything else is a mistake to report headless.
    // ("-" is a file name, as it is for commands.)
    if ((first.startsWith(QLatin1Char('-')) && first != QLatin1String("-")) || args.size() > 2)
        return Startup::Headless;
    if (looksLikeCommand(first) && !QFileInfo::exists(first))
        return Startup::Headless;
    return Startup::Editor;
}

int runHeadless(const QStringList& args)
{
    const QString& first = args.at(1);
    if (const Command* command = findCommand(first))
        return runCommand(*command, args.mid(2));
    const bool json = asksForJson(args);
    if (isProgramOption(first)) {
        if (args.size() > 2)
            return usageError(
                QStringLiteral("cloudwright"), first + QStringLiteral(" takes no arguments"), kHint, json);
        if (first == QLatin1String("--version") || first == QLatin1String("-v"))
            out() << "cloudwright " << CLOUDWRIGHT_VERSION << "\n";
        else
            out() << "Cloudwright: design cloud architectures for ML products.\n\n" << usage();
        return Ok;
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(QStringLiteral("cloudwright"), QStringLiteral("unknown option ") + first, kHint, json);
    if (looksLikeCommand(first))
        return unknownCommand(first, args.size() == 2, json);
    return usageError(QStringLiteral("cloudwright"),
        QStringLiteral("unexpected arguments after %1 (the editor opens one FILE)").arg(first), kHint, json);
}

std::optional<int> editorRefusal(const QStringList& args)
{
    if (args.size() == 2) {
        const QFileInfo file(args[1]);
        if (!file.exists()) {
            err() << "cloudwright: " << printable(args[1]) << ": no such file\n";
            return BadInput;
        }
        if (file.isDir()) {
            err() << "cloudwright: " << printable(args[1]) << ": a folder, not a .cwa file\n";
            return BadInput;
        }
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a display Qt would abort; say why instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        err() << "cloudwright: no display to open the editor on (DISPLAY is not set); "
                 "`cloudwright validate FILE` needs none\n";
        return BadInput;
    }
#endif
    return std::nullopt;
}

} // namespace cw::cli
