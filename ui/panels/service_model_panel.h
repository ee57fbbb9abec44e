#pragma once

#include "model/kinds.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace cw {

class Architecture;
class Catalog;

/// The "Service Model" dock: for the selected node, the course's cloud service stack
/// (seeds/004) from application code and data down to networking, each layer marked
/// "you" or "provider" under the node's service model, and one sentence saying the split
/// (core/catalog/service_models.h). Read-only; follows the selection and the model.
class ServiceModelPanel final : public QWidget {
    Q_OBJECT

public:
    ServiceModelPanel(const Architecture& model, const Catalog& catalog, QWidget* parent = nullptr);

    /// Shows the first node among ids (the canvas lists nodes first); none: a hint.
    void showSelection(const QList<Id>& ids);
    Id shownId() const { return m_shown; }

    /// What the panel says, for tests and screen readers.
    QString heading() const;
    QString sentence() const;
    /// One line per layer, top to bottom: "Runtime: provider".
    QStringList layerLines() const;

private:
    void refresh();

    const Architecture& m_model;
    const Catalog& m_catalog;
    Id m_shown;
    QLabel* m_heading = nullptr;
    QLabel* m_sentence = nullptr;
    QLabel* m_note = nullptr;
    QWidget* m_stack = nullptr;
    QList<QLabel*> m_layerNames;
    QList<QLabel*> m_layerManagers;
};

} // namespace cw
