#include "start_page.h"

#include "start_card.h"
#include "thumbnails.h"

#include "accessibility.h"
#include "catalog/catalog.h"
#include "cost/cost_export.h"
#include "cost/price_book.h"
#include "rules/rule_book.h"
#include "teach/start_entries.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <functional>
#include <limits>

namespace cw {

namespace {
const QSize kThumbnail(296, 166);
constexpr int kGap = 14;

// "1 node", "11 nodes": the build loads no translator, so %n plurals would read "node(s)".
QString count(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

QString findingsText(const FindingCounts& c)
{
    QStringList parts;
    if (c.errors)
        parts << count(c.errors, StartPage::tr("1 error"), StartPage::tr("%1 errors"));
    if (c.warnings)
        parts << count(c.warnings, StartPage::tr("1 warning"), StartPage::tr("%1 warnings"));
    if (c.infos)
        parts << count(c.infos, StartPage::tr("1 info"), StartPage::tr("%1 infos"));
    return parts.isEmpty() ? StartPage::tr("no findings") : parts.join(QStringLiteral(", "));
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    label->setFont(f);
    return label;
}
} // namespace

StartPage::StartPage(const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setWindowTitle(tr("Start — Cloudwright"));
    setWindowModality(Qt::WindowModal);
    setAccessibleName(tr("Start page"));
    setStyleSheet(QStringLiteral(
        "QFrame[startCard=\"true\"] { background: white; border: 1px solid #d0d7de; border-radius: 8px; }"
        "QFrame[startCard=\"true\"]:hover { border: 1px solid #90a4ae; }"
        "QFrame[startCard=\"true\"]:focus { border: 2px solid #1e88e5; }"
        "QFrame[startCard=\"true\"] QLabel { border: none; background: transparent; }"));

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* heading = new QVBoxLayout;
    auto* title = sectionTitle(tr("Start a diagram"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    heading->addWidget(title);
    heading->addWidget(
        new QLabel(tr("Open a template as a new, untitled diagram, or a lesson to walk a class through it."), this));
    header->addLayout(heading, 1);
    auto* blank = new QPushButton(tr("&Blank Diagram"), this);
    blank->setObjectName(QStringLiteral("blankButton"));
    blank->setToolTip(tr("Start an empty diagram"));
    auto* open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("openButton"));
    open->setToolTip(tr("Open a .cwa file"));
    for (QPushButton* b : {blank, open}) {
        b->setAutoDefault(false); // Enter belongs to the focused card
        header->addWidget(b, 0, Qt::AlignBottom);
    }
    connect(blank, &QPushButton::clicked, this, [this] { choose([this] { Q_EMIT blankRequested(); }); });
    connect(open, &QPushButton::clicked, this, [this] { choose([this] { Q_EMIT openRequested(); }); });
    layout->addLayout(header);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("startScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    build(catalog);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Close the start page; the open diagram stays"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // A sensible size on a laptop (1280x800) and on a large screen: most of the window.
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1280, 800);
    const QSize area = parent ? parent->window()->size().boundedTo(screen.size()) : screen.size();
    resize(std::clamp(area.width() * 17 / 20, 640, 1500), std::clamp(area.height() * 9 / 10, 480, 1000));
    setMinimumSize(420, 360);
}

void StartPage::build(const Catalog& catalog)
{
    auto* content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("startContent"));
    auto* v = new QVBoxLayout(content);
    v->setSpacing(kGap);
    const qreal dpr = devicePixelRatioF();

    const std::vector<teach::TemplateEntry> templates
        = teach::templateEntries(catalog, RuleBook::builtin(), cost::PriceBook::builtin());
    v->addWidget(sectionTitle(tr("Templates"), content));
    m_templateGrid = new QGridLayout;
    m_templateGrid->setSpacing(kGap);
    for (const teach::TemplateEntry& t : templates) {
        const teach::DiagramSummary& s = t.summary;
        const QString facts = count(s.nodes, tr("1 node"), tr("%1 nodes")) + QStringLiteral(" · ")
            + findingsText(s.findings) + QStringLiteral(" · ")
            + (s.costComplete ? tr("%1/mo").arg(cost::usdText(s.month1))
                              : tr("%1/mo + unpriced").arg(cost::usdText(s.month1)));
        auto* card = new StartCard(t.id, diagramThumbnail(t.path, t.diagram, catalog, kThumbnail, dpr), t.title,
            t.description, facts, content);
        card->setObjectName(QStringLiteral("template:%1").arg(t.id));
        connect(card, &StartCard::activated, this,
            [this](const QString& id) { choose([this, id] { Q_EMIT templateChosen(id); }); });
        m_templateCards << card;
    }
    v->addLayout(m_templateGrid);

    v->addSpacing(kGap / 2);
    v->addWidget(sectionTitle(tr("Lessons"), content));
    m_lessonGrid = new QGridLayout;
    m_lessonGrid->setSpacing(kGap);
    for (const teach::LessonEntry& l : teach::lessonEntries(catalog, RuleBook::builtin())) {
        QString on;
        for (const teach::TemplateEntry& t : templates) {
            if (t.id == l.lesson.templateId)
                on = tr(" · on “%1”").arg(t.title);
        }
        const QString facts = count(int(l.lesson.steps.size()), tr("1 step"), tr("%1 steps")) + on;
        auto* card = new StartCard(l.path, diagramThumbnail(l.path, l.lesson.diagram, catalog, kThumbnail, dpr),
            l.lesson.title, l.lesson.summary, facts, content);
        card->setObjectName(QStringLiteral("lesson:%1").arg(l.lesson.id));
        connect(card, &StartCard::activated, this,
            [this](const QString& path) { choose([this, path] { Q_EMIT lessonChosen(path); }); });
        m_lessonCards << card;
    }
    if (m_lessonCards.isEmpty())
        v->addWidget(new QLabel(tr("No lessons are bundled with this build."), content));
    v->addLayout(m_lessonGrid);
    v->addStretch(1);
    for (StartCard* card : m_templateCards + m_lessonCards)
        connect(card, &StartCard::moveRequested, this, [this, card](int key) { moveFocus(card, key); });
    m_scroll->setWidget(content);
    reflow();
}

void StartPage::reflow()
{
    const int cardWidth = kThumbnail.width() + 22;
    const int width = m_scroll->viewport()->width() - 2 * kGap;
    const int columns = std::max(1, (width + kGap) / (cardWidth + kGap));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (auto [grid, cards] : {std::pair{m_templateGrid, &m_templateCards}, std::pair{m_lessonGrid, &m_lessonCards}}) {
        for (StartCard* card : *cards)
            grid->removeWidget(card);
        for (int i = 0; i < cards->size(); ++i)
            grid->addWidget(cards->at(i), i / columns, i % columns, Qt::AlignTop | Qt::AlignLeft);
        for (int c = 0; c < grid->columnCount(); ++c)
            grid->setColumnStretch(c, 0);
        grid->setColumnStretch(columns, 1); // cards keep their width; what is left goes right
    }
}

void StartPage::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    reflow();
}

void StartPage::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    reflow();
    if (!m_templateCards.isEmpty() && !qobject_cast<StartCard*>(focusWidget()))
        m_templateCards.first()->setFocus(Qt::OtherFocusReason);
}

void StartPage::moveFocus(StartCard* from, int key)
{
    const QList<StartCard*> all = m_templateCards + m_lessonCards;
    StartCard* to = nullptr;
    const int i = int(all.indexOf(from));
    if (key == Qt::Key_Home)
        to = all.first();
    else if (key == Qt::Key_End)
        to = all.last();
    else if (key == Qt::Key_Left)
        to = i > 0 ? all[i - 1] : nullptr;
    else if (key == Qt::Key_Right)
        to = i + 1 < all.size() ? all[i + 1] : nullptr;
    else {
        // Up and down: the nearest card in the next row that way, across the two sections.
        QWidget* content = m_scroll->widget();
        const QPoint here = from->mapTo(content, from->rect().center());
        const bool down = key == Qt::Key_Down;
        long best = std::numeric_limits<long>::max();
        for (StartCard* c : all) {
            const QPoint p = c->mapTo(content, c->rect().center());
            const int dy = down ? p.y() - here.y() : here.y() - p.y();
            if (dy <= from->height() / 4)
                continue;
            const long score = long(dy) * 4 + std::abs(p.x() - here.x());
            if (score < best) {
                best = score;
                to = c;
            }
        }
    }
    if (to) {
        to->setFocus(Qt::TabFocusReason);
        m_scroll->ensureWidgetVisible(to, kGap, kGap);
    }
}

void StartPage::choose(const std::function<void()>& emitChoice)
{
    accept();
    emitChoice();
}

} // namespace cw
