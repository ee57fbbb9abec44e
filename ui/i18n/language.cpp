#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cw::i18n {

namespace {
const QString kEnglish = QStringLiteral("en");
const QString kResourceDir = QStringLiteral(":/i18n");

// "da_DK", "da-DK" and "da" all mean Danish here.
QString baseCode(const QString& name)
{
    return name.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

bool load(QCoreApplication& app, const QString& file, const QString& dir)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(file, dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}
} // namespace

QStringList availableLanguages()
{
    QStringList codes;
    // The code translation names the language: cloudwright_da.qm (not cloudwright_data_da.qm).
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("cloudwright_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString code = file.mid(12).chopped(3);
        if (!code.startsWith(QLatin1String("data_")) && !codes.contains(code))
            codes << code;
    }
    codes.sort();
    return codes;
}

QString resolveLanguage(const QString& preference, const QStringList& systemLanguages)
{
    const QStringList shipped = availableLanguages();
    if (preference == kEnglish || shipped.contains(preference))
        return preference;
    for (const QString& wanted : systemLanguages) {
        const QString code = baseCode(wanted);
        if (code == kEnglish)
            return kEnglish;
        if (shipped.contains(code))
            return code;
    }
    return kEnglish;
}

QString nativeName(const QString& code)
{
    // QLocale("en") is American English; the program's own language is plain English.
    if (code == kEnglish)
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    if (language == kEnglish || !availableLanguages().contains(language))
        return false;
    const bool code = load(app, QStringLiteral("cloudwright_") + language, kResourceDir);
    const bool data = load(app, QStringLiteral("cloudwright_data_") + language, kResourceDir);
    // Qt's own texts (standard buttons, key names, file dialogs), from qt6-translations-l10n;
    // a machine without them shows those few words in English.
    load(app, QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return code && data;
}

} // namespace cw::i18n
