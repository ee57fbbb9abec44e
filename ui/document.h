#pragma once

#include "catalog/catalog.h"
#include "edit/edit_result.h"
#include "io/load_error.h"
#include "model/architecture.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace cw {

/// An open diagram in the editor: the model, its undo history and its file.
/// The one road for every edit: widgets and canvas items get the model read-only and
/// send each edit through request(), which runs it and pushes its undo record, so
/// every change is one entry in the history and none can be left out of it.
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(const Catalog& catalog, QObject* parent = nullptr);

    /// Read-only: change it through request().
    const Architecture& model() const { return m_model; }
    const Catalog& catalog() const { return m_catalog; }
    QUndoStack& undoStack() { return m_undo; }

    /// A core edit (core/edit/edits.h) bound to its arguments, run on the model.
    using Edit = std::function<EditResult(Architecture& model)>;
    /// Runs an edit and pushes its undo record (merging it into the last entry when
    /// both carry the same merge key), or reports the refusal through editRefused().
    /// What an applied edit could not do as asked (EditResult::notes) goes out through
    /// editNotes(). Returns true when the edit was applied; created, when given,
    /// receives the ids it made.
    bool request(const Edit& edit, QList<Id>* created = nullptr);

    /// Keeps the model in step with how the canvas draws it (cards grown for their text):
    /// run after every applied edit, its changes join that edit's undo step; run after
    /// the diagram is replaced, its changes count as part of what was opened, so a file
    /// is not marked modified just because it was drawn. Returns an empty result when
    /// nothing needs to change. One at a time; an empty function removes it. Runs once
    /// at once, for the diagram open now (its own undo step if there is history).
    void setSettle(Edit settle);

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
    /// Replaces the diagram with one made elsewhere (a template, an import, a benchmark's
    /// synthetic diagram), with no file and an empty history.
    void openDiagram(Diagram diagram);
    /// Saves atomically; on failure the diagram stays open and modified.
    bool saveAs(const QString& path, QString* error);
    /// Opens recovered work: unsaved by definition, belonging to originalPath (may be empty).
    void recover(Diagram diagram, const QString& originalPath);

Q_SIGNALS:
    void editRefused(const QString& why);
    /// An applied edit kept something as it was (a type with no equivalent...): `what` is
    /// the edit's undo text, each note one line for the user.
    void editNotes(const QString& what, const QStringList& notes);
    void filePathChanged(const QString& path);
    /// The whole diagram was replaced (open, new, sample, recovery).
    void replaced();
    void modifiedChanged(bool modified);

private:
    void replace(Diagram diagram, const QString& path);
    std::unique_ptr<UndoRecord> settle();

    const Catalog& m_catalog;
    Architecture m_model;
    QUndoStack m_undo;
    QString m_path;
    bool m_recovered = false; ///< recovered work counts as unsaved until saved
    Edit m_settle;
};

} // namespace cw
