#include "tidy_up.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "document.h"
#include "edit/edits.h"
#include "layout/arrange.h"

#include <QAction>
#include <QGuiApplication>
#include <QHash>

#include <chrono>
#include <future>

namespace cw {

namespace {

QString counted(qsizetype n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace

TidyUp::TidyUp(Document& document, DiagramScene& scene, DiagramView& view, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_scene(scene)
    , m_view(view)
{
    m_action = new QAction(tr("Tidy &Up Diagram"), this);
    m_action->setObjectName(QStringLiteral("tidyUp"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_action, &QAction::triggered, this, &TidyUp::run);
    connect(&m_scene, &QGraphicsScene::selectionChanged, this, &TidyUp::update);
    connect(&m_doc.model(), &Architecture::changed, this, &TidyUp::update);
    connect(&m_doc.model(), &Architecture::modelReset, this, &TidyUp::update);
    update();
}

QList<Id> TidyUp::scope() const
{
    QList<Id> ids;
    for (const Id& id : m_scene.selectedIds()) {
        const EntityType t = m_doc.model().typeOf(id);
        if (t == EntityType::Node || t == EntityType::Group)
            ids.append(id);
    }
    return ids;
}

void TidyUp::update()
{
    const bool part = !scope().isEmpty();
    const Architecture& model = m_doc.model();
    m_action->setEnabled(part || !model.nodes().empty() || !model.groups().empty());
    m_action->setText(part ? tr("Tidy &Up Selection") : tr("Tidy &Up Diagram"));
    const QString tip = part ? tr("Lay out the selected nodes and groups again where they are, so that they "
                                  "read left to right (one undoable step)")
                             : tr("Lay out the whole diagram so that it reads left to right: entry, network, "
                                  "compute, data; groups compact, few crossings (one undoable step)");
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
}

bool TidyUp::run()
{
    const QList<Id> only = scope();
    const Architecture& model = m_doc.model();
    if (only.isEmpty() && model.nodes().empty() && model.groups().empty())
        return false;

    // The layout runs on a copy, off the GUI thread, with the card sizes as drawn now:
    // nothing it reads changes under it, and a slow one can show the busy cursor.
    QHash<Id, QSizeF> sizes;
    for (const Node& n : model.nodes()) {
        const QRectF card = m_scene.cardRect(n.id);
        sizes.insert(n.id, card.isNull() ? nodeRect(n).size() : card.size());
    }
    layout::ArrangeOptions options;
    options.only = only;
    options.catalog = &m_doc.catalog();
    options.cardSize = [sizes](const Node& n) { return sizes.value(n.id, nodeRect(n).size()); };
    auto pending = std::async(
        std::launch::async, [diagram = model.diagram(), options] { return layout::arrange(diagram, options); });
    if (pending.wait_for(std::chrono::milliseconds(kBusyAfterMs)) != std::future_status::ready) {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        // Let the cursor show; user input waits until the layout is in.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        pending.wait();
        QGuiApplication::restoreOverrideCursor();
    }
    const layout::Arrangement arrangement = pending.get();

    const QString verb = only.isEmpty() ? tr("Tidy Up Diagram") : tr("Tidy Up Selection");
    QString refusal;
    const QMetaObject::Connection listen
        = connect(&m_doc, &Document::editRefused, this, [&refusal](const QString& why) { refusal = why; });
    const bool done = m_doc.request([&](Architecture& m) { return edit::arrange(m, arrangement, verb); });
    disconnect(listen);
    if (!done) {
        if (refusal.startsWith(QLatin1String("nothing to tidy")))
            Q_EMIT message(
                only.isEmpty() ? tr("The diagram is already tidy") : tr("The selection is already tidy"), 6000);
        return false; // any other refusal the window already reports
    }

    // Bring what moved into view when it left it; else the view stays where it is.
    QRectF area;
    for (auto it = arrangement.nodePos.cbegin(); it != arrangement.nodePos.cend(); ++it)
        area |= m_scene.rectOf(it.key());
    for (auto it = arrangement.groupBox.cbegin(); it != arrangement.groupBox.cend(); ++it)
        area |= m_scene.rectOf(it.key());
    const QRectF visible = m_view.mapToScene(m_view.viewport()->rect()).boundingRect();
    if (!area.isNull() && !visible.contains(area)) {
        if (only.isEmpty())
            m_view.fitToView();
        else
            m_view.reveal(area);
    }
    const QString what = counted(arrangement.nodePos.size(), tr("1 node"), tr("%1 nodes")) + tr(" and ")
        + counted(arrangement.groupBox.size(), tr("1 group"), tr("%1 groups"));
    Q_EMIT message(tr("%1: arranged %2 with %3; Ctrl+Z puts them back").arg(verb, what, arrangement.engine), 8000);
    return true;
}

} // namespace cw
