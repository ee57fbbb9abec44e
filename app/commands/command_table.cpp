#include "command_table.h"

#include "console.h"
#include "handlers.h"
#include "io/printable.h"

namespace cw::cli {

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
        QStringLiteral(
            "print the result as JSON on stdout; bad input as {\"error\":{\"file\",\"place\",\"message\"}}"));
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> table{
        {QStringLiteral("validate"), QStringLiteral("FILE [--json]"),
            QStringLiteral("check FILE against the pitfall rules of its profile"),
            QStringLiteral("One line per finding and a summary. Exit 0 when no finding is an error, 1 when some\n"
                           "are, 2 for bad input (FILE: PLACE: MESSAGE on stderr)."),
            {QStringLiteral("FILE")}, {jsonOption()}, Application::Core, &runValidate},
        {QStringLiteral("cost"), QStringLiteral("FILE [--months N] [--json|--csv]"),
            QStringLiteral("monthly cost of FILE per node and category, over N months (default 12)"),
            QStringLiteral("List prices in USD, 730 hours a month, no free tiers; usage grows by each node's\n"
                           "growth_pct_per_month. An unknown price is shown as unknown, never as zero, and the\n"
                           "total then says it is incomplete. Exit 0, or 2 for bad input (docs/cost.md)."),
            {QStringLiteral("FILE")},
            {QCommandLineOption(QStringLiteral("months"), QStringLiteral("months to project, 1 to 60 (default 12)"),
                 QStringLiteral("N")),
                jsonOption(),
                QCommandLineOption(
                    QStringLiteral("csv"), QStringLiteral("one row per node and month, with a header line"))},
            Application::Core, &runCost},
        {QStringLiteral("diff"), QStringLiteral("OLD NEW [--months N] [--json|--md]"),
            QStringLiteral("what changes in cost and findings between two versions of a diagram"),
            QStringLiteral("Month-1 cost per node and in total (and the total over N months, default 12), and the\n"
                           "findings NEW adds and resolves, matched by rule, nodes and edges. --md writes a\n"
                           "Markdown comment for a pull request. Exit 0, or 2 for bad input."),
            {QStringLiteral("OLD"), QStringLiteral("NEW")},
            {QCommandLineOption(QStringLiteral("months"), QStringLiteral("months to project, 1 to 60 (default 12)"),
                 QStringLiteral("N")),
                jsonOption(),
                QCommandLineOption(QStringLiteral("md"), QStringLiteral("a Markdown comment for a pull request"))},
            Application::Core, &runDiff},
        {QStringLiteral("export"), QStringLiteral("FILE -o OUT.{drawio,tf,mmd} [--json]"),
            QStringLiteral("export FILE as draw.io, a Terraform skeleton or Mermaid architecture-beta"),
            QStringLiteral("The format follows OUT's suffix: .drawio (draw.io's own provider shapes, groups as\n"
                           "containers), .tf (a Terraform skeleton: providers, one resource per node with its\n"
                           "type and size, sensitive variables for secrets, outputs for endpoints, TODO comments\n"
                           "where the choice is yours; a starting point, not a deployment) or .mmd (Mermaid\n"
                           "architecture-beta). Nodes with no mapping are listed in a comment, never dropped.\n"
                           "Prints what was written (--json: {\"output\",\"format\",\"nodes\",\"unmapped\"}).\n"
                           "Exit 0, or 2 for bad input, an unknown suffix or when OUT cannot be written."),
            {QStringLiteral("FILE")},
            {QCommandLineOption(QStringLiteral("o"), QStringLiteral("the file to write (required); .drawio, .tf or .mmd"),
                 QStringLiteral("OUT")),
                jsonOption()},
            Application::Core, &runExport},
        {QStringLiteral("import"), QStringLiteral("IN.{drawio,xml} -o OUT.cwa [--page N] [--json]"),
            QStringLiteral("a draw.io diagram as a Cloudwright diagram"),
            QStringLiteral("Plain and compressed draw.io files, one page of a multi-page file (--page: its number\n"
                           "from 1 or its name; default the first). Provider shapes (AWS, Google Cloud, Azure\n"
                           "libraries) and icons labelled with a service become typed nodes, containers groups\n"
                           "(membership by geometry), edges between services edges; positions are kept and\n"
                           "OUT.cwa has a full layout. What is not recognised is listed, and kept under the\n"
                           "meta's importNotes. Prints a summary (--json: {\"nodes\",\"groups\",\"edges\",\n"
                           "\"unmapped\":[{\"source\",\"count\"}], ...}). Exit 0 when IN was read, even with\n"
                           "unmapped shapes; 2 for bad input, an unknown page or when OUT.cwa cannot be written.\n"
                           "Terraform (.tf, plan JSON) is not read yet."),
            {QStringLiteral("IN")},
            {QCommandLineOption(
                 QStringLiteral("o"), QStringLiteral("the .cwa file to write (required)"), QStringLiteral("OUT.cwa")),
                QCommandLineOption(QStringLiteral("page"), QStringLiteral("the page to import: its number or name"),
                    QStringLiteral("N")),
                jsonOption()},
            Application::Core, &runImport},
        {QStringLiteral("layout"), QStringLiteral("FILE -o OUT.cwa [--keep-positions] [--json]"),
            QStringLiteral("lay FILE out (or only route its edges) and write the result to OUT.cwa"),
            QStringLiteral("OUT.cwa has, for every node and group, layout x, y, w and h (top-left corner and size\n"
                           "as drawn) and, for every edge, layout points: its route from the source's border to\n"
                           "the target's, in right angles unless the edge is straight. Without --keep-positions\n"
                           "the whole diagram is arranged first (routes shaped by hand whose ends move are\n"
                           "dropped); so is a file in which nothing has a place yet. Prints one line: what was\n"
                           "laid out, with which engine, and where (--json: {\"nodes\",\"groups\",\"edges\",\n"
                           "\"engine\",\"output\"}). Exit 0, or 2 for bad input or when OUT.cwa cannot be written."),
            {QStringLiteral("FILE")},
            {QCommandLineOption(
                 QStringLiteral("o"), QStringLiteral("the .cwa file to write (required)"), QStringLiteral("OUT.cwa")),
                QCommandLineOption(QStringLiteral("keep-positions"),
                    QStringLiteral("leave nodes and groups where they are; only route the edges")),
                jsonOption()},
            Application::Core, &runLayout},
        {QStringLiteral("report"), QStringLiteral("FILE -o OUT.{html,md,pdf} [--months N] [--json]"),
            QStringLiteral("write the architecture report of FILE as HTML, Markdown or PDF"),
            QStringLiteral("The diagram, an inventory by category, the findings as an improvement plan (highest\n"
                           "risk first, each with why, how to fix and what the fix costs), suppressed findings,\n"
                           "the cost table and chart over N months (default 12) with the budget, kept scenarios,\n"
                           "and the assumptions with each price's source and date. HTML is one self-contained\n"
                           "file; Markdown writes OUT-diagram.svg and OUT-cost.svg next to OUT.md; PDF is paged.\n"
                           "Dated today, or by SOURCE_DATE_EPOCH when set. Needs no display. Exit 0, or 2 for\n"
                           "bad input or when OUT cannot be written."),
            {QStringLiteral("FILE")},
            {QCommandLineOption(QStringLiteral("o"), QStringLiteral("the report to write: .html, .md or .pdf (required)"),
                 QStringLiteral("OUT")),
                QCommandLineOption(QStringLiteral("months"), QStringLiteral("months of cost to show, 1 to 60 (default 12)"),
                    QStringLiteral("N")),
                jsonOption()},
            Application::Gui, &runReport},
        {QStringLiteral("render"),
            QStringLiteral("FILE -o OUT.{png,svg,pdf} [--scale S] [--transparent] [--legend] [--json]"),
            QStringLiteral("draw FILE as an image: PNG, SVG or PDF, as the editor draws it"),
            QStringLiteral("The whole diagram with its findings as badges and each card's month-1 cost, without\n"
                           "grid or selection, on white (or nothing, with --transparent). PNG has S pixels per\n"
                           "unit (default 1); SVG and PDF keep text as text and glyphs as vectors, and the PDF\n"
                           "page fits the diagram. A file in which nothing has a place yet is laid out first.\n"
                           "Needs no display. Prints one line: what was written and its size (--json:\n"
                           "{\"output\",\"width\",\"height\",\"nodes\",\"findings\"}). Exit 0, or 2 for bad input\n"
                           "or when OUT cannot be written."),
            {QStringLiteral("FILE")},
            {QCommandLineOption(QStringLiteral("o"),
                 QStringLiteral("the image to write (required): .png, .svg or .pdf"), QStringLiteral("OUT")),
                QCommandLineOption(QStringLiteral("scale"),
                    QStringLiteral("PNG pixels per diagram unit, greater than 0 and at most 16 (default 1)"),
                    QStringLiteral("S")),
                QCommandLineOption(QStringLiteral("transparent"), QStringLiteral("no background (PNG and SVG)")),
                QCommandLineOption(
                    QStringLiteral("legend"), QStringLiteral("add the key to edge kinds and badges in a free corner")),
                jsonOption()},
            Application::Gui, &runRender},
        {QStringLiteral("advise"), QStringLiteral("FILE --node ID [--json]"),
            QStringLiteral("serverless vs containers vs VMs for one workload of FILE"),
            QStringLiteral("Compares functions, containers and VMs for the workload node ID: whether each fits,\n"
                           "its monthly cost from the same prices as `cost`, the reasons for and against, one\n"
                           "recommendation by the course's rules, the break-even request count and the checklist\n"
                           "for moving from serverless to containers (docs/advice.md). Exit 0, or 2 for bad\n"
                           "input: an unknown node id, or a node that is not a workload."),
            {QStringLiteral("FILE")},
            {QCommandLineOption(QStringLiteral("node"), QStringLiteral("the id of the workload node (required)"),
                 QStringLiteral("ID")),
                jsonOption()},
            Application::Core, &runAdvise},
        {QStringLiteral("check"), QStringLiteral("FILE --exercise EXERCISE [--json]"),
            QStringLiteral("grade FILE against an exercise file: what is met, what is still missing"),
            QStringLiteral("One line per condition of the exercise, in its order: [x] met or [ ] still missing,\n"
                           "with what is there or what to add (docs/lessons.md). Findings come from the same rules\n"
                           "as `validate` (every rule the exercise names, whatever the diagram's profile;\n"
                           "suppressed findings do not count), costs from the same prices as `cost` (month 1).\n"
                           "--json: {\"passed\",\"exercise\",\"conditions\":[{\"met\",\"message\",\"condition\"}]}.\n"
                           "Exit 0 when every condition is met, 1 when some are not yet, 2 for bad input in\n"
                           "either file (FILE or EXERCISE: PLACE: MESSAGE on stderr)."),
            {QStringLiteral("FILE")},
            {QCommandLineOption(QStringLiteral("exercise"),
                 QStringLiteral("the exercise file (format cloudwright-exercise) to grade against (required)"),
                 QStringLiteral("EXERCISE")),
                jsonOption()},
            Application::Core, &runCheck},
    };
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show this help"));
}

QString optionNames(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

QString usageLine(const Command& command)
{
    return QStringLiteral("Usage: cloudwright %1 %2\n").arg(command.name, command.synopsis);
}

} // namespace

QString shortUsage(const Command& command)
{
    return usageLine(command) + QStringLiteral("Run \"cloudwright %1 --help\" for its options.\n").arg(command.name);
}

QString commandHelp(const Command& command)
{
    QString summary = command.summary; // a clause in the program's list, a sentence here
    if (!summary.isEmpty())
        summary[0] = summary[0].toUpper();
    QString text = usageLine(command) + QLatin1Char('\n') + summary + QStringLiteral(".\n");
    if (!command.details.isEmpty())
        text += command.details + QLatin1Char('\n');
    QList<QCommandLineOption> options = command.options;
    options << helpOption();
    qsizetype width = 0;
    for (const QCommandLineOption& option : options)
        width = std::max(width, optionNames(option).size());
    text += QStringLiteral("\nOptions:\n");
    for (const QCommandLineOption& option : options)
        text += QStringLiteral("  %1  %2\n").arg(optionNames(option), -int(width)).arg(option.description());
    return text;
}

int runCommand(const Command& command, const QStringList& args)
{
    QCommandLineParser parser;
    // Single-dash words are options by name (-o OUT), never bundles of letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command.options);
    parser.addOption(helpOption());
    // The parser skips the first word as the program's name.
    const bool parsed = parser.parse(QStringList{QStringLiteral("cloudwright")} + args);
    // Even when parsing failed, the options it did recognise are set: --json still applies.
    const bool json = parser.optionNames().contains(QLatin1String("json"));
    const QString who = QStringLiteral("cloudwright ") + command.name;
    if (!parsed) {
        const QStringList unknown = parser.unknownOptionNames();
        QString message;
        if (!unknown.isEmpty()) {
            message
                = QStringLiteral("unknown option %1%2")
                      .arg(unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), unknown.first());
        } else {
            // Qt's own sentence ("Missing value after '--months'."), as the clause our lines use.
            message = parser.errorText();
            if (message.endsWith(QLatin1Char('.')))
                message.chop(1);
            if (!message.isEmpty())
                message[0] = message[0].toLower();
        }
        return usageError(who, message, shortUsage(command), json);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << commandHelp(command);
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != command.arguments.size()) {
        const QString expected = command.arguments.join(QLatin1Char(' '));
        const QString message = positional.size() < command.arguments.size()
            ? QStringLiteral("expected %1").arg(expected)
            : QStringLiteral("expected only %1, found also \"%2\"")
                  .arg(expected, positional.at(command.arguments.size()));
        return usageError(who, message, shortUsage(command), json);
    }
    return command.run(Invocation{command, parser, positional, json});
}

} // namespace cw::cli
