// Colour is never the only signal (issue 15): a finding's severity has a shape of its own on
// the canvas's badges, in the legend and in the findings list (octagon, triangle, circle),
// and a public subnet is hatched and tagged where a private one is plain; told apart in
// greyscale, in the light and the dark theme alike. The report's overview marks errors with
// a shape as well as a red outline.
#include "appearance.h"
#include "catalog/catalog.h"
#include "document.h"
#include "panels/findings_panel.h"
#include "theme.h"
#include "validation_controller.h"
#include "view/diagram_overview.h"
#include "view/finding_badge.h"
#include "view/group_item.h"
#include "view/severity_shape.h"
#include "widget_test_helpers.h"

#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cw;

Q_DECLARE_METATYPE(cw::Severity)

namespace {

QImage badgeImage(Severity severity)
{
    QImage image(40, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    FindingBadge badge;
    badge.count = 1;
    badge.worst = severity;
    paintFindingBadge(&painter, QPointF(20, 20), badge);
    return image;
}

/// Pixels covered by one picture and not the other: the difference in shape, whatever the colours.
int shapeDifference(const QImage& a, const QImage& b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += std::abs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))) > 128 ? 1 : 0;
    }
    return n;
}

/// A subnet drawn alone at 1:1 and made grey, as on a greyscale print.
QImage greySubnet(bool isPublic)
{
    Group g;
    g.id = isPublic ? QStringLiteral("pub") : QStringLiteral("priv");
    g.kind = GroupKind::Subnet;
    g.name = QStringLiteral("Web tier");
    g.props = Json::object({{"public", isPublic}});
    g.box = QRectF(0, 0, 240, 140);
    GroupItem item(g, Catalog::builtin(), QStringLiteral("aws"));
    QImage image(244, 144, QImage::Format_ARGB32_Premultiplied);
    image.fill(theme::colors().canvas);
    QPainter painter(&image);
    painter.translate(2, 2);
    QStyleOptionGraphicsItem option;
    option.exposedRect = item.boundingRect();
    item.paint(&painter, &option, nullptr);
    painter.end();
    return image.convertToFormat(QImage::Format_Grayscale8);
}

/// How far apart the greys along a row of the subnet's body are: 0 for a plain fill.
int greyRangeAcrossTheBody(const QImage& grey)
{
    int lo = 255;
    int hi = 0;
    const int y = 100; // well below the title bar
    for (int x = 20; x < 220; ++x) {
        lo = std::min(lo, qGray(grey.pixel(x, y)));
        hi = std::max(hi, qGray(grey.pixel(x, y)));
    }
    return hi - lo;
}

} // namespace

class TestColourSignals : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        m_window = test::openWindow();
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        Appearance::instance().apply(ThemeChoice::Light);
        m_window->document().undoStack().setClean();
        m_window.reset();
    }

    void severitiesDifferInShape_data()
    {
        QTest::addColumn<Severity>("a");
        QTest::addColumn<Severity>("b");
        QTest::addColumn<bool>("dark");
        for (bool dark : {false, true}) {
            const char* look = dark ? "dark" : "light";
            QTest::addRow("error/warning, %s", look) << Severity::Error << Severity::Warning << dark;
            QTest::addRow("error/info, %s", look) << Severity::Error << Severity::Info << dark;
            QTest::addRow("warning/info, %s", look) << Severity::Warning << Severity::Info << dark;
        }
    }

    void severitiesDifferInShape()
    {
        QFETCH(Severity, a);
        QFETCH(Severity, b);
        QFETCH(bool, dark);
        Appearance::instance().apply(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        // the badges on cards and edges, and so in the legend
        const int badges = shapeDifference(badgeImage(a), badgeImage(b));
        QVERIFY2(badges > 25, qPrintable(QString::number(badges)));
        // the findings list's icons
        const QImage iconA = severityIcon(a).pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage iconB = severityIcon(b).pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
        const int icons = shapeDifference(iconA, iconB);
        QVERIFY2(icons > 25, qPrintable(QString::number(icons)));
        Appearance::instance().apply(ThemeChoice::Light);
    }

    void theFindingsListShowsEachSeveritysShape()
    {
        auto* tree = m_window->findingsPanel()->findChild<QTreeWidget*>(QStringLiteral("findingsTree"));
        QVERIFY(tree);
        QVERIFY(tree->topLevelItemCount() > 0); // the sample has findings
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* severityRow = tree->topLevelItem(i);
            if (severityRow->data(0, Qt::UserRole + 2).toString() == QLatin1String("suppressed"))
                continue;
            QVERIFY2(!severityRow->icon(0).isNull(), qPrintable(severityRow->text(0)));
        }
    }

    void subnetsDifferInGreyscale_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void subnetsDifferInGreyscale()
    {
        QFETCH(bool, dark);
        Appearance::instance().apply(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        const QImage pub = greySubnet(true);
        const QImage priv = greySubnet(false);
        Appearance::instance().apply(ThemeChoice::Light);
        // The public subnet's body is hatched (lines that stand out from the fill in grey), the
        // private one's plain.
        QVERIFY2(greyRangeAcrossTheBody(pub) >= 20, qPrintable(QString::number(greyRangeAcrossTheBody(pub))));
        QCOMPARE(greyRangeAcrossTheBody(priv), 0);
    }

    void subnetsAreTagged()
    {
        Group g;
        g.kind = GroupKind::Subnet;
        g.name = QStringLiteral("Public subnet A"); // the name saying it does not take the tag away
        g.props = Json::object({{"public", true}});
        g.box = QRectF(0, 0, 300, 120);
        const GroupItem pub(g, Catalog::builtin(), QStringLiteral("aws"));
        QVERIFY(pub.isPublicSubnet());
        QCOMPARE(pub.tag(), QStringLiteral("Public"));
        g.props = Json::object({{"public", false}});
        const GroupItem priv(g, Catalog::builtin(), QStringLiteral("aws"));
        QVERIFY(!priv.isPublicSubnet());
        QCOMPARE(priv.tag(), QStringLiteral("Private"));
        g.kind = GroupKind::Vpc;
        QVERIFY(GroupItem(g, Catalog::builtin(), QStringLiteral("aws")).tag().isEmpty());
    }

    void theOverviewMarksErrorsWithAShape()
    {
        const Architecture& model = m_window->document().model();
        m_window->validation().flush();
        const std::vector<Finding> findings = m_window->validation().findings();
        QSet<Id> withError;
        for (const Finding& f : findings) {
            if (!f.suppressed && f.severity == Severity::Error)
                for (const Id& id : f.nodes)
                    withError.insert(id);
        }
        const QString svg = QString::fromUtf8(image::overviewFigure(model, Catalog::builtin(), findings).svg);
        QCOMPARE(int(svg.count(QStringLiteral("<polygon"))), int(withError.size()));
        QCOMPARE(int(svg.count(QStringLiteral(">!</text>"))), int(withError.size()));
    }
};

QTEST_MAIN(TestColourSignals)
#include "tst_colour_signals.moc"
