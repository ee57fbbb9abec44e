#include "document.h"

#include "io/cwa_reader.h"
#include "io/cwa_writer.h"
#include "layout/arrange.h"
#include "undo_adapter.h"

#include <QFile>
#include <QFileInfo>

namespace cw {

Document::Document(const Catalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    m_undo.setUndoLimit(0); // unlimited: memory per record is small (values of the touched items)
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
}

bool Document::request(const Edit& edit, QList<Id>* created)
{
    EditResult result = edit(m_model);
    if (!result.ok()) {
        Q_EMIT editRefused(result.error);
        return false;
    }
    if (created)
        *created = result.created;
    if (std::unique_ptr<UndoRecord> settled = settle()) {
        // One undo step: undoing the edit takes the cards and frames it grew back too.
        if (!result.record)
            result.record = std::move(settled);
        else if (!result.record->absorb(*settled))
            qWarning("Document: the canvas's follow-up changed more than it may (not undoable)");
    }
    const QString what = result.record ? result.record->text() : QString();
    if (result.record)
        m_undo.push(new UndoAdapter(m_model, std::move(result.record)));
    if (!result.notes.isEmpty())
        Q_EMIT editNotes(what, result.notes);
    return true;
}

QString Document::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    return m_model.meta().title.isEmpty() ? tr("Untitled") : m_model.meta().title;
}

bool Document::open(const QString& path, LoadError* error)
{
    LoadResult loaded = readCwaFile(path, m_catalog);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.error;
        return false;
    }
    if (loaded.unplaced) { // nothing had a place: lay it out as someone would draw it
        layout::ArrangeOptions options;
        options.catalog = &m_catalog;
        layout::applyArrangement(*loaded.diagram, layout::arrange(*loaded.diagram, options));
    }
    replace(std::move(*loaded.diagram), QFileInfo(path).absoluteFilePath());
    return true;
}

void Document::openSample()
{
    QFile file(QStringLiteral(":/samples/ml-product.cwa"));
    file.open(QIODevice::ReadOnly);
    LoadResult loaded = readCwa(file.readAll(), QStringLiteral("sample"), m_catalog);
    Q_ASSERT_X(loaded.ok(), "Document", qPrintable(loaded.error.toString()));
    replace(loaded.ok() ? std::move(*loaded.diagram) : Diagram(), QString());
}

void Document::newDiagram()
{
    replace(Diagram(), QString()); // Meta's defaults: the one answer, for files that leave them out too
}

void Document::openDiagram(Diagram diagram)
{
    replace(std::move(diagram), QString());
}

bool Document::saveAs(const QString& path, QString* error)
{
    if (!saveCwaFile(path, m_model.diagram(), error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) {
        m_path = absolute;
        Q_EMIT filePathChanged(m_path);
    }
    m_undo.setClean();
    if (std::exchange(m_recovered, false))
        Q_EMIT modifiedChanged(false);
    return true;
}

void Document::recover(Diagram diagram, const QString& originalPath)
{
    replace(std::move(diagram), originalPath);
    m_recovered = true;
    Q_EMIT modifiedChanged(true);
}

void Document::replace(Diagram diagram, const QString& path)
{
    m_undo.clear();
    const bool wasRecovered = std::exchange(m_recovered, false);
    m_model.reset(std::move(diagram));
    m_path = path;
    Q_EMIT filePathChanged(m_path);
    if (wasRecovered)
        Q_EMIT modifiedChanged(false);
    Q_EMIT replaced();
    settle(); // part of what was opened: no undo step, not a modification
}

void Document::setSettle(Edit settle)
{
    m_settle = std::move(settle);
    std::unique_ptr<UndoRecord> settled = this->settle();
    if (settled && m_undo.count() > 0)
        m_undo.push(new UndoAdapter(m_model, std::move(settled)));
}

std::unique_ptr<UndoRecord> Document::settle()
{
    if (!m_settle)
        return {};
    EditResult result = m_settle(m_model);
    if (!result.ok()) {
        qWarning("Document: the canvas could not fit the model to its drawing: %s", qPrintable(result.error));
        return {};
    }
    return std::move(result.record);
}

} // namespace cw
