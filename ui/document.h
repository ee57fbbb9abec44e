#pragma once

#include "catalog/catalog.h"
#include "edit/change_set.h"
#include "io/load_error.h"
#include "model/architecture.h"

#include <QObject>
#include <QUndoStack>

namespace cw {

/// An open diagram in the editor: the model, its undo history and its file.
/// Widgets and canvas items send every edit through apply(), so each becomes one
/// entry in the history.
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(const Catalog& catalog, QObject* parent = nullptr);

    Architecture& model() { return m_model; }
    const Architecture& model() const { return m_model; }
    const Catalog& catalog() const { return m_catalog; }
    QUndoStack& undoStack() { return m_undo; }

    /// Takes the result of a core edit: pushes its undo record, or reports the refusal
    /// through editRefused(). Returns true when the edit was applied.
    bool apply(EditResult result);

    /// The file on disk, empty for a diagram never saved (the sample, a new diagram).
    QString filePath() const { return m_path; }
    /// The name for the title bar: the file name, or the diagram's title.
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean() || m_recovered; }

    /// Replaces the diagram with the file's content; on failure nothing changes.
    bool open(const QString& path, LoadError* error);
    /// Replaces the diagram with the built-in sample (no file).
    void openSample();
    /// Replaces the diagram with an empty one (no file).
    void newDiagram();
    /// Saves atomically; on failure the diagram stays open and modified.
    bool saveAs(const QString& path, QString* error);
    /// Opens recovered work: unsaved by definition, belonging to originalPath (may be empty).
    void recover(Diagram diagram, const QString& originalPath);

Q_SIGNALS:
    void editRefused(const QString& why);
    void filePathChanged(const QString& path);
    /// The whole diagram was replaced (open, new, sample, recovery).
    void replaced();
    void modifiedChanged(bool modified);

private:
    void replace(Diagram diagram, const QString& path);

    const Catalog& m_catalog;
    Architecture m_model;
    QUndoStack m_undo;
    QString m_path;
    bool m_recovered = false; ///< recovered work counts as unsaved until saved
};

} // namespace cw
