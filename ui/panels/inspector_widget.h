#pragma once

#include "model/architecture.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QScrollArea;

namespace cw {

class Document;

/// Edits what is selected: a node (name, provider, the kind's properties with
/// proper editors and ranges), an edge (kind, label), a group (name, its props), or,
/// with nothing selected, the diagram's settings. Every change is one edit through
/// the Document, so it can be undone.
class InspectorWidget : public QWidget {
    Q_OBJECT

public:
    explicit InspectorWidget(Document& document, QWidget* parent = nullptr);

    void showSelection(const QList<Id>& ids);
    /// Puts the keyboard in the name field (after a double click on the canvas).
    void focusName();
    Id shownId() const { return m_shown; }

private:
    void rebuild();
    void refresh();
    void onModelChanged(const ChangeSummary& summary);

    void buildDiagram(QFormLayout* form);
    void buildNode(QFormLayout* form, const Node& node);
    void buildGroup(QFormLayout* form, const Group& group);
    void buildEdge(QFormLayout* form, const Edge& edge);
    void buildProperty(QFormLayout* form, const Id& id, const QString& key, const QString& kind);
    QWidget* nameEditor(const Id& id);
    QLabel* heading(const QString& html);

    Document& m_doc;
    QScrollArea* m_scroll = nullptr;
    QList<Id> m_selection;
    Id m_shown;
    QWidget* m_nameEdit = nullptr;
    /// Put the model's current values into the editors (signals blocked).
    QList<std::function<void()>> m_loaders;
};

} // namespace cw
