#pragma once
// Reading Qt Linguist .ts files in tests: each message with its context, source, comment
// (disambiguation), translation forms and whether it is finished.
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace cw::test {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QStringList translations; ///< one, or the plural forms
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false; ///< "vanished" or "obsolete": no longer in the sources
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error; ///< empty when the file read
};

inline TsFile readTsFile(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                message.unfinished = type == u"unfinished";
                message.vanished = type == u"vanished" || type == u"obsolete";
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

} // namespace cw::test
