#include "data_text.h"

#include "catalog/catalog.h"
#include "rules/rule_book.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace cw {

namespace {

DataTextRecorder* g_recorder = nullptr;

QByteArray resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The built-in %s is missing from the program's resources.", qPrintable(path));
    return file.readAll();
}

} // namespace

QString dataText(const char* context, const QString& text, const QString& note)
{
    if (text.isEmpty())
        return text;
    if (g_recorder)
        g_recorder->record(context, text, note);
    if (!QCoreApplication::instance())
        return text;
    return QCoreApplication::translate(context, text.toUtf8().constData());
}

DataTextRecorder::DataTextRecorder()
    : m_previous(g_recorder)
{
    g_recorder = this;
}

DataTextRecorder::~DataTextRecorder()
{
    g_recorder = m_previous;
}

void DataTextRecorder::record(const char* context, const QString& text, const QString& note)
{
    const QString ctx = QString::fromLatin1(context);
    for (const DataString& s : m_strings) {
        if (s.context == ctx && s.text == text)
            return;
    }
    m_strings.push_back({ctx, text, note});
}

std::vector<DataString> collectDataStrings()
{
    DataTextRecorder recorder;
    QString error;
    if (!Catalog::fromJson(resource(QStringLiteral(":/catalog/catalog.json")), &error))
        qFatal("The built-in catalog is broken: %s", qPrintable(error));
    if (!RuleBook::fromJson(resource(QStringLiteral(":/rules/rules.json")), &error))
        qFatal("The built-in rule book is broken: %s", qPrintable(error));
    return recorder.strings();
}

} // namespace cw
