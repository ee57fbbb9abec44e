#pragma once

#include "model/diagram.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace cw {

class Catalog;

/// Edit > Connect To… (the keyboard's way to draw an edge): from the selected node to
/// one picked from a filtered list, with the kind the editor would propose (changeable)
/// and an optional label.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(const Diagram& diagram, const Catalog& catalog, const Id& from, QWidget* parent = nullptr);

    Id target() const;
    EdgeKind kind() const;
    QString label() const;
    /// Picks a target (as a click on its row would); false when it is not listed.
    bool setTarget(const Id& id);
    void setKind(EdgeKind kind);
    void setFilter(const QString& text);
    int listed() const; ///< rows shown by the filter

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void targetChanged();

    const Diagram& m_diagram;
    const Catalog& m_catalog;
    Id m_from;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_label = nullptr;
};

} // namespace cw
