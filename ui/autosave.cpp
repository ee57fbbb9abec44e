#include "autosave.h"

#include "document.h"
#include "io/cwa_writer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace cw {

namespace {
constexpr int kDefaultSeconds = 30;
constexpr int kIdleMs = 3000;

QString pathFor(const QString& id, const char* suffix)
{
    return QDir(Autosaver::folder()).filePath(id + QLatin1String(suffix));
}
} // namespace

void Autosaver::setInterval(int msec)
{
    if (qEnvironmentVariableIsSet("CLOUDWRIGHT_AUTOSAVE_SECONDS") || msec <= 0)
        return;
    m_periodic.setInterval(msec);
    m_idle.setInterval(std::min(kIdleMs, msec));
}

Autosaver::Autosaver(Document& document, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_writer.setMaxThreadCount(1);
    // Tests shorten the period; people get the 30 seconds promised.
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CLOUDWRIGHT_AUTOSAVE_SECONDS", &ok);
    m_periodic.setInterval((ok && seconds > 0 ? seconds : kDefaultSeconds) * 1000);
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::min(kIdleMs, m_periodic.interval()));
    connect(&m_periodic, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::saveNow);
    m_periodic.start();
    connect(&m_doc.undoStack(), &QUndoStack::indexChanged, this, &Autosaver::onEdited);
    connect(&m_doc, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discardCopy(); // saved, or undone back to the saved state
    });
    connect(&m_doc, &Document::replaced, this, [this] {
        discardCopy();
        m_pending = m_doc.isModified();
    });
}

Autosaver::~Autosaver()
{
    waitForWrites();
}

QString Autosaver::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("autosave"));
}

QString Autosaver::copyPath() const
{
    return pathFor(m_id, ".cwa");
}

void Autosaver::onEdited()
{
    if (!m_doc.isModified())
        return;
    m_pending = true;
    m_idle.start(); // restarts: the copy is written once the user pauses
}

void Autosaver::saveNow()
{
    if (!m_pending || !m_doc.isModified())
        return;
    m_pending = false;
    if (!m_lock) {
        QDir().mkpath(folder());
        m_lock = std::make_unique<QLockFile>(pathFor(m_id, ".lock"));
        m_lock->setStaleLockTime(0);
        m_lock->tryLock(0);
    }
    // Copying the values is quick; serializing and writing happen on the worker.
    const Diagram copy = m_doc.model().diagram();
    const QString path = copyPath();
    writeMeta(pathFor(m_id, ".json"), m_doc.filePath(), m_doc.displayName());
    m_writer.start([this, copy, path] {
        QString error;
        if (saveCwaFile(path, copy, &error))
            QMetaObject::invokeMethod(
                this, [this, path] { Q_EMIT saved(path); }, Qt::QueuedConnection);
        else
            qWarning("Autosave failed: %s", qPrintable(error));
    });
}

void Autosaver::writeMeta(const QString& path, const QString& originalPath, const QString& title) const
{
    const QJsonObject meta{{QStringLiteral("original"), originalPath}, {QStringLiteral("title"), title},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(meta).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void Autosaver::waitForWrites()
{
    m_writer.waitForDone();
}

void Autosaver::discardCopy()
{
    m_idle.stop();
    m_pending = false;
    waitForWrites();
    QFile::remove(pathFor(m_id, ".cwa"));
    QFile::remove(pathFor(m_id, ".json"));
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

void Autosaver::adopt(const Recoverable& r)
{
    discardCopy();
    m_id = r.id;
    QDir().mkpath(folder());
    m_lock = std::make_unique<QLockFile>(pathFor(m_id, ".lock"));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
}

QList<Recoverable> Autosaver::findRecoverable()
{
    QList<Recoverable> found;
    const QDir dir(folder());
    for (const QString& name : dir.entryList({QStringLiteral("*.cwa")}, QDir::Files)) {
        Recoverable r;
        r.id = name.chopped(4);
        r.file = dir.filePath(name);
        // A session still running holds its lock; a crashed one left it stale.
        QLockFile lock(pathFor(r.id, ".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile meta(pathFor(r.id, ".json"));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject m = QJsonDocument::fromJson(meta.readAll()).object();
            r.originalPath = m.value(QStringLiteral("original")).toString();
            r.title = m.value(QStringLiteral("title")).toString();
            r.savedAt = QDateTime::fromString(m.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        }
        if (!r.savedAt.isValid())
            r.savedAt = QFileInfo(r.file).lastModified().toUTC();
        found.append(r);
    }
    std::sort(
        found.begin(), found.end(), [](const Recoverable& a, const Recoverable& b) { return a.savedAt > b.savedAt; });
    return found;
}

void Autosaver::discard(const Recoverable& r)
{
    QFile::remove(r.file);
    QFile::remove(pathFor(r.id, ".json"));
    QFile::remove(pathFor(r.id, ".lock"));
}

} // namespace cw
