#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace cw {

class Document;

/// An autosaved diagram left behind by a session that did not end cleanly.
struct Recoverable {
    QString id;
    QString file;         ///< the autosaved .cwa
    QString originalPath; ///< the file it belongs to, empty for a diagram never saved
    QString title;
    QDateTime savedAt;
};

/// Keeps a copy of unsaved work in the user's data folder: every 30 seconds while there
/// are unsaved edits, and when the user pauses after an edit. Writing happens on a
/// worker thread (the UI only copies the values), atomically, so a kill at any moment
/// leaves the last complete copy. A lock file marks the session as alive; copies whose
/// lock is stale belong to a session that crashed and are offered for recovery.
class Autosaver : public QObject {
    Q_OBJECT

public:
    explicit Autosaver(Document& document, QObject* parent = nullptr);
    ~Autosaver() override;

    /// Where autosaves live (AppDataLocation/autosave).
    static QString folder();
    /// Copies left by sessions that ended without cleaning up, newest first.
    static QList<Recoverable> findRecoverable();
    /// Deletes a recoverable copy the user declined.
    static void discard(const Recoverable& r);

    /// Continues a recovered session's copy instead of starting a new one.
    void adopt(const Recoverable& r);
    /// Writes a copy now if there are unsaved edits not yet copied.
    void saveNow();
    /// Removes this session's copy (the work is saved, or the user threw it away).
    void discardCopy();
    /// Waits until pending writes are on disk (tests, and closing).
    void waitForWrites();

    QString copyPath() const;
    int interval() const { return m_periodic.interval(); }
    /// Edit ▸ Preferences: how often a copy is written while there are unsaved edits
    /// (CLOUDWRIGHT_AUTOSAVE_SECONDS, the tests' override, wins).
    void setInterval(int msec);

Q_SIGNALS:
    void saved(const QString& path);

private:
    void onEdited();
    void writeMeta(const QString& path, const QString& originalPath, const QString& title) const;

    Document& m_doc;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_periodic;
    QTimer m_idle;
    bool m_pending = false; ///< edits not yet copied
    QThreadPool m_writer;   ///< one thread: copies are written in order
};

} // namespace cw
