#pragma once

#include "model/diagram.h"

#include <QTreeWidget>
#include <QWidget>

class QLineEdit;

namespace cw {

class Catalog;

/// The tree the palette shows; drags carry the entry as DiagramScene's mime type.
class PaletteTree : public QTreeWidget {
    Q_OBJECT

public:
    explicit PaletteTree(QWidget* parent = nullptr);
    static constexpr int EntryRole = Qt::UserRole + 1;

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
};

/// The service palette, built from the catalog: groups and every node kind by
/// category, named in the diagram's provider's words, with a search field.
/// Drag an entry onto the canvas to add it, or press Enter on it (the keyboard's way).
class PaletteWidget : public QWidget {
    Q_OBJECT

public:
    explicit PaletteWidget(const Catalog& catalog, QWidget* parent = nullptr);

    /// Renames the entries for a provider ("EC2" for aws, "Compute Engine" for gcp).
    void setProvider(const QString& provider);
    void setFilter(const QString& text);
    QTreeWidget* tree() const { return m_tree; }
    /// The tree item of an entry ("node:compute.vm", "group:subnet:public"), or null.
    QTreeWidgetItem* itemFor(const QString& entry) const;

Q_SIGNALS:
    /// Enter or a double-click on an entry: add it (at the view's centre), as a drop would.
    void entryActivated(const QString& entry);

private:
    void build();
    void applyFilter();

    const Catalog& m_catalog;
    QString m_provider = Meta().provider;
    QLineEdit* m_search = nullptr;
    PaletteTree* m_tree = nullptr;
};

} // namespace cw
