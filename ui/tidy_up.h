#pragma once

#include "model/diagram.h"

#include <QObject>

class QAction;
class QMenu;

namespace cw {

class DiagramScene;
class DiagramView;
class Document;

/// Arrange ▸ Tidy Up: lays out the whole diagram, or the selected nodes and groups, with
/// the automatic layout (core/layout/arrange.h) as one undoable step (edit::arrange), from
/// the card sizes the canvas draws. Shows a busy cursor when the layout takes a while,
/// brings the arranged part into view when it left it, and says what it did.
class TidyUp : public QObject {
    Q_OBJECT

public:
    /// How long the layout may run before the busy cursor shows.
    static constexpr int kBusyAfterMs = 300;

    TidyUp(Document& document, DiagramScene& scene, DiagramView& view, QObject* parent = nullptr);

    /// The menu action: "Tidy Up Diagram" or "Tidy Up Selection", Ctrl+Shift+L.
    QAction* action() const { return m_action; }
    /// What the action arranges now: the selected nodes and groups, or empty for all.
    QList<Id> scope() const;

public Q_SLOTS:
    /// Arranges the scope; true when something moved.
    bool run();
    /// Follows the selection and the diagram: the action's text and whether it is enabled.
    void update();

Q_SIGNALS:
    /// What a run did (or why it did nothing), for the status bar.
    void message(const QString& text, int timeoutMs);

private:
    Document& m_doc;
    DiagramScene& m_scene;
    DiagramView& m_view;
    QAction* m_action = nullptr;
};

} // namespace cw
