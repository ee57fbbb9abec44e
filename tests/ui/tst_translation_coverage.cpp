// Issue 15, "Language": every string the editor shows goes through translation. A
// pseudo-translator, installed before the catalog, the rule book or any window exists,
// answers every lookup with the source in brackets ("⟦Save⟧") and records what it was asked.
// The editor is then built on the sample and driven through its panels, overlays, menus and
// dialogs; every visible text is collected, and any that has letters, no bracket, and is
// not the user's data (or the short list below) escaped translation. The second half checks
// that every lookup the editor made exists in the Linguist files, so a tr() in a class
// without Q_OBJECT, or a string lupdate cannot see, is found too.
#include "connect_dialog.h"
#include "document.h"
#include "export_image_dialog.h"
#include "import_summary_dialog.h"
#include "pricing_menu.h"
#include "validation_controller.h"
#include "visible_text.h"
#include "widget_test_helpers.h"
#include "advisor/advisor_panel.h"
#include "advisor/paste_points_dialog.h"
#include "advisor/scaling_tab.h"
#include "cost/price_book.h"
#include "help/about_dialog.h"
#include "help/help_window.h"
#include "help/shortcuts_dialog.h"
#include "i18n/language.h"
#include "panels/cost_panel.h"
#include "panels/scenario_bar.h"
#include "prefs/preferences_dialog.h"
#include "report/report_dialog.h"
#include "rules/rule_book.h"
#include "start/start_page.h"
#include "teach/lesson_session.h"
#include "teach/presentation_mode.h"
#include "teach/start_entries.h"

#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QXmlStreamReader>

#include <functional>

using namespace cw;
using namespace cw::test;

namespace {


/// The bundled lessons' and templates' own text (titles, summaries, narration, quizzes):
/// course material written in files, like a teacher's own lessons, not program strings.
const QStringList& lessonContent()
{
    static const QStringList texts = [] {
        QStringList out;
        for (const teach::LessonEntry& e : teach::lessonEntries(Catalog::builtin(), RuleBook::builtin())) {
            out << e.lesson.title << e.lesson.summary << e.lesson.diagram.meta.title;
            for (const teach::LessonStep& step : e.lesson.steps) {
                out << step.title << step.narration;
                for (const teach::QuizQuestion& q : step.quiz)
                    out << q.question << q.choices << q.explanation;
                if (step.exercise)
                    out << step.exercise->title << step.exercise->text;
            }
        }
        for (const teach::TemplateEntry& t :
            teach::templateEntries(Catalog::builtin(), RuleBook::builtin(), cost::PriceBook::builtin()))
            out << t.title << t.description;
        return out;
    }();
    return texts;
}

QStringList fixedData(const Catalog& c);

/// The user's data in the document, and what the catalog names that is not prose: product
/// names (EC2) and ids.
QStringList userData(Document& doc)
{
    static const QStringList fixed = fixedData(doc.catalog());
    QStringList out = fixed;
    const Diagram& d = doc.model().diagram();
    auto props = [&out](const Json& j) {
        if (!j.is_object())
            return;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.value().is_string())
                out << QString::fromStdString(it.value().get<std::string>());
        }
    };
    out << d.meta.title << d.meta.region << d.meta.provider << doc.displayName() << doc.filePath()
        << QFileInfo(doc.filePath()).fileName();
    for (const Node& n : d.nodes) {
        out << n.id << n.name << n.kind;
        props(n.props);
        for (const Suppression& sup : n.suppress)
            out << sup.reason; // the user's reason for accepting a finding
    }
    for (const Group& g : d.groups) {
        out << g.id << g.name;
        props(g.props);
    }
    for (const Edge& e : d.edges)
        out << e.id << e.label;
    for (const Scenario& s : d.scenarios) {
        out << s.name;
        for (const ScenarioNode& n : s.nodes)
            out << n.id << n.name << n.kind; // as kept: a node deleted since still shows
    }
    return out;
}

/// What never changes while the test runs: the catalog's names and values, the price book's
/// references, the languages' own names, the bundled lessons.
QStringList fixedData(const Catalog& c)
{
    QStringList out;
    // Every string a JSON value holds (suggested values, defaults: engine names, instance types).
    std::function<void(const Json&)> strings = [&out, &strings](const Json& j) {
        if (j.is_string())
            out << QString::fromStdString(j.get<std::string>());
        else if (j.is_object() || j.is_array())
            for (const Json& v : j)
                strings(v);
    };
    for (const KindInfo& k : c.kinds()) {
        strings(k.suggestions);
        strings(k.defaults);
        for (const QString& key : k.props) {
            if (const PropertyDef* def = c.property(key))
                out << def->values << def->suggestions;
        }
        out << k.kind;
        for (auto it = k.names.begin(); it != k.names.end(); ++it) {
            if (it.key() != QLatin1String("generic"))
                out << it.value();
        }
    }
    for (const GroupKindInfo& g : c.groupKinds()) {
        for (auto it = g.names.begin(); it != g.names.end(); ++it) {
            if (it.key() != QLatin1String("generic"))
                out << it.value();
        }
    }
    for (const PaletteGroup& g : c.paletteGroups()) {
        for (auto it = g.names.begin(); it != g.names.end(); ++it) {
            if (it.key() != QLatin1String("generic"))
                out << it.value();
        }
    }
    // The price book's references: where each price comes from, as the source says it.
    // Its notes on a price it lacks are its own text too (resources/pricing/pricing.json
    // "unknown"), not on the data translation path yet.
    for (const cost::PriceEntry& e : cost::PriceBook::builtin().entries())
        out << e.source << e.item << e.asOf << e.key << e.region << e.sourceRegion << e.unknownReason;
    // Each language's name in that language (the Preferences list): never translated.
    QStringList languages = i18n::availableLanguages();
    languages << QStringLiteral("en");
    for (const QString& code : std::as_const(languages))
        out << i18n::nativeName(code);
    out << lessonContent();
    return out;
}

PseudoTranslator* g_translator = nullptr;

/// (context, source) of every message in a Linguist file.
QSet<QPair<QString, QString>> tsMessages(const QString& path, bool* ok)
{
    QSet<QPair<QString, QString>> out;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok)
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("context"))
            context.clear();
        else if (xml.name() == QLatin1String("name") && context.isEmpty())
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            out.insert({context, xml.readElementText()});
    }
    *ok = !xml.hasError();
    return out;
}

} // namespace

class TestTranslationCoverage : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    Document& doc() { return m_window->document(); }

    void settle()
    {
        // The advisor and its scaling simulation work a moment after a change: now.
        m_window->advisorPanel()->flush();
        for (ScalingTab* tab : m_window->findChildren<ScalingTab*>())
            tab->flush();
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }

    /// Every escape under root not reported before (the window is walked again in each
    /// area: what it showed already is not listed twice), prefixed with what was selected.
    void collect(QWidget* root, const QString& prefix, QStringList* report)
    {
        Collector c(userData(doc()) + m_extraData);
        c.tree(root);
        for (const Escape& e : std::as_const(c.escapes)) {
            const QString line = QStringLiteral("%1: \"%2\"").arg(e.where, e.text);
            if (m_reported.contains(line))
                continue;
            m_reported.insert(line);
            report->append(QStringLiteral("  %1%2").arg(prefix, line));
        }
    }

    /// Fails with the list (printed in full: a test message is cut short) when any escaped.
    static void expectNone(const QStringList& report)
    {
        for (const QString& line : report)
            qInfo().noquote() << "escaped:" << line;
        QVERIFY2(report.isEmpty(),
            qPrintable(QStringLiteral("%1 text(s) escaped translation, listed above").arg(report.size())));
    }

    void expectTranslated(QWidget* root)
    {
        QStringList report;
        collect(root, QString(), &report);
        expectNone(report);
    }

    void selectEach(const QList<Id>& ids, QStringList* report)
    {
        for (const Id& id : ids) {
            m_window->scene()->selectOnly({id});
            settle();
            collect(m_window.get(), QStringLiteral("[%1] ").arg(id), report);
        }
    }

    QSet<QString> m_reported;
    QStringList m_extraData; ///< data a dialog shows that is not in the document (an import's)

private Q_SLOTS:
    void initTestCase()
    {
        // Before the catalog and rule book are read (static, once) and before any window.
        g_translator = new PseudoTranslator;
        QCoreApplication::installTranslator(g_translator);
        m_window = test::openWindow();
        QVERIFY(m_window);
        QVERIFY(tr("File").startsWith(kOpen));
    }

    void cleanupTestCase()
    {
        if (m_window)
            m_window->document().undoStack().setClean();
        m_window.reset();
    }

    void visibleTextIsTranslated_data()
    {
        QTest::addColumn<QString>("area");
        for (const char* area : {"window", "nodes", "groups", "edges", "validation", "costs", "advisor", "pricing",
                 "serviceModels", "preferences", "connect", "exportImage", "report", "importSummary", "help",
                 "shortcuts", "about", "pastePoints", "startPage", "scenario", "lessons", "presentation"})
            QTest::newRow(area) << QString::fromLatin1(area);
    }

    void visibleTextIsTranslated()
    {
        QFETCH(QString, area);
        const Diagram& d = doc().model().diagram();
        if (area == QLatin1String("window")) {
            settle();
            expectTranslated(m_window.get());
        } else if (area == QLatin1String("nodes") || area == QLatin1String("groups") || area == QLatin1String("edges")) {
            QList<Id> ids;
            if (area == QLatin1String("nodes"))
                for (const Node& n : d.nodes)
                    ids << n.id;
            if (area == QLatin1String("groups"))
                for (const Group& g : d.groups)
                    ids << g.id;
            if (area == QLatin1String("edges"))
                for (const Edge& e : d.edges)
                    ids << e.id;
            QVERIFY(!ids.isEmpty());
            QStringList report;
            selectEach(ids, &report);
            m_window->scene()->selectOnly({});
            expectNone(report);
        } else if (area == QLatin1String("validation")) {
            m_window->validation().flush();
            settle();
            expectTranslated(m_window.get());
        } else if (area == QLatin1String("costs")) {
            m_window->showCostsAction()->setChecked(true);
            m_window->showCostsAction()->trigger();
            m_window->showCostsAction()->setChecked(true);
            settle();
            expectTranslated(m_window.get());
        } else if (area == QLatin1String("advisor")) {
            m_window->advisorDock()->show();
            QStringList report;
            QList<Id> ids;
            for (const Node& n : d.nodes)
                ids << n.id;
            selectEach(ids, &report);
            expectNone(report);
        } else if (area == QLatin1String("pricing")) {
            Q_EMIT m_window->pricingMenu()->aboutToShow();
            // Applied: the status bar says what it did and what it costs.
            m_window->pricingMenu()->action(QStringLiteral("everything"), QStringLiteral("reserved_1y"))->trigger();
            settle();
            expectTranslated(m_window.get());
            doc().undoStack().undo();
            settle();
        } else if (area == QLatin1String("serviceModels")) {
            m_window->setServiceModelOverlay(true);
            settle();
            expectTranslated(m_window.get());
            m_window->setServiceModelOverlay(false);
        } else if (area == QLatin1String("preferences")) {
            PreferencesDialog dialog(m_window->preferences(), doc().catalog().providers(), m_window.get());
            expectTranslated(&dialog);
        } else if (area == QLatin1String("connect")) {
            ConnectDialog dialog(d, doc().catalog(), d.nodes.front().id, m_window.get());
            expectTranslated(&dialog);
        } else if (area == QLatin1String("exportImage")) {
            for (auto format : {image::Format::Png, image::Format::Svg, image::Format::Pdf}) {
                ExportImageDialog dialog(format, true, m_window.get());
                expectTranslated(&dialog);
            }
        } else if (area == QLatin1String("report")) {
            ReportDialog dialog(doc(), m_window->validation().findings(), m_window.get());
            dialog.show();
            settle();
            expectTranslated(&dialog);
        } else if (area == QLatin1String("importSummary")) {
            interop::ImportSummary s;
            s.format = QStringLiteral("draw.io");
            s.page = QStringLiteral("Page-1");
            s.pages = {QStringLiteral("Page-1"), QStringLiteral("Page-2")};
            s.providerShapes = 5;
            s.typed = 3;
            s.nodes = 4;
            s.groups = 1;
            s.edges = 2;
            s.unrecognised = {{QStringLiteral("mxgraph.aws4.mystery"), 2}};
            // What the file named: shapes and resource types the import did not know.
            m_extraData = {QStringLiteral("mxgraph.aws4.mystery"), QStringLiteral("aws_mystery_thing")};
            s.otherShapes = 3;
            ImportSummaryDialog dialog(QStringLiteral("sketch.drawio"), s, m_window.get());
            expectTranslated(&dialog);
            interop::ImportSummary t;
            t.format = QStringLiteral("Terraform");
            t.things = QStringLiteral("resources");
            t.providerShapes = 7;
            t.typed = 5;
            t.nodes = 5;
            t.files = 2;
            t.folded = 1;
            t.supporting = {{QStringLiteral("aws_iam_role_policy_attachment"), 3}};
            t.unrecognised = {{QStringLiteral("aws_mystery_thing"), 1}};
            ImportSummaryDialog tf(QStringLiteral("main.tf"), t, m_window.get());
            expectTranslated(&tf);
            m_extraData.clear();
        } else if (area == QLatin1String("help")) {
            HelpWindow help;
            expectTranslated(&help);
        } else if (area == QLatin1String("shortcuts")) {
            ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
            expectTranslated(&dialog);
        } else if (area == QLatin1String("about")) {
            AboutDialog dialog(m_window.get());
            expectTranslated(&dialog);
        } else if (area == QLatin1String("pastePoints")) {
            PastePointsDialog dialog(QStringLiteral("0 10\n6 30\n12 80"), [](const QString&) { return QString(); }, m_window.get());
            expectTranslated(&dialog);
        } else if (area == QLatin1String("startPage")) {
            StartPage page(doc().catalog(), m_window.get());
            expectTranslated(&page);
        } else if (area == QLatin1String("scenario")) {
            // A kept estimate, then a change: the scenario bar and the difference table.
            QVERIFY(m_window->costPanel()->scenarios()->keep(QStringLiteral("Before the change")));
            m_window->scene()->selectOnly({d.nodes.front().id});
            m_window->deleteSelection();
            settle();
            expectTranslated(m_window.get());
            doc().undoStack().undo();
            settle();
        } else if (area == QLatin1String("lessons")) {
            // Every step of every bundled lesson: narration, quizzes, exercises, the views they open.
            QStringList report;
            for (const teach::LessonEntry& e : teach::lessonEntries(Catalog::builtin(), RuleBook::builtin())) {
                doc().undoStack().setClean();
                QVERIFY2(m_window->openLesson(e.path), qPrintable(e.path));
                LessonSession* session = m_window->lessonSession();
                for (int step = 0; step < session->stepCount(); ++step) {
                    session->setStep(step);
                    settle();
                    collect(m_window.get(), QStringLiteral("[%1 step %2] ").arg(e.lesson.id).arg(step + 1), &report);
                }
            }
            expectNone(report);
        } else if (area == QLatin1String("presentation")) {
            m_window->presentation()->enter();
            settle();
            expectTranslated(m_window.get());
            m_window->presentation()->leave();
            m_window->closeLesson();
            settle();
        }
    }

    void everyLookupIsInTheLinguistFiles()
    {
        const QString dir = QStringLiteral(CLOUDWRIGHT_SOURCE_DIR "/resources/translations/");
        bool ok = false;
        auto known = tsMessages(dir + QStringLiteral("cloudwright_da.ts"), &ok);
        QVERIFY(ok);
        known.unite(tsMessages(dir + QStringLiteral("cloudwright_data_da.ts"), &ok));
        QVERIFY(ok);
        QSet<QString> ours;
        for (const auto& m : std::as_const(known))
            ours.insert(m.first);

        QTranslator qt;
        const bool haveQt = qt.load(QStringLiteral("qtbase_da"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QStringList missing;
        for (const Lookup& l : g_translator->lookups()) {
            if (known.contains({l.context, l.source}))
                continue;
            const bool qtContext = l.context.startsWith(QLatin1Char('Q')) && !ours.contains(l.context);
            if (qtContext) {
                // Qt's own strings come with Qt's translation; a few internal lookups
                // (QT_LAYOUT_DIRECTION) are not prose and need none.
                if (!haveQt || l.source.startsWith(QLatin1String("QT_")))
                    continue;
                if (!qt.translate(l.context.toUtf8().constData(), l.source.toUtf8().constData(),
                         l.disambiguation.isEmpty() ? nullptr : l.disambiguation.toUtf8().constData())
                         .isEmpty())
                    continue;
                if (!qt.translate(l.context.toUtf8().constData(), l.source.toUtf8().constData(), nullptr, 1).isEmpty())
                    continue;
            }
            missing << QStringLiteral("  %1 / \"%2\"%3").arg(l.context, l.source,
                l.disambiguation.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.disambiguation));
        }
        QVERIFY2(!g_translator->lookups().empty(), "the editor asked for no translation at all");
        for (const QString& line : std::as_const(missing))
            qInfo().noquote() << "missing:" << line;
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 lookup(s) not in resources/translations (a tr() in a class without "
                                      "Q_OBJECT, a translate() lupdate cannot see, or update_translations not "
                                      "run), listed above")
                           .arg(missing.size())));
    }
};

QTEST_MAIN(TestTranslationCoverage)
#include "tst_translation_coverage.moc"
