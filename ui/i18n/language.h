#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cw::i18n {

/// The languages Cloudwright ships a translation for, as codes ("da"); English, the
/// language the program is written in, is not listed: it needs no translation.
QStringList availableLanguages();

/// The language to use for a preference: "system" follows the desktop's UI languages
/// (the first one shipped wins, else English), "en" or a shipped code forces it.
QString resolveLanguage(const QString& preference, const QStringList& systemLanguages);

/// The language's own name for itself, for the Preferences list ("Dansk").
QString nativeName(const QString& code);

/// Installs the translators for language (code, data and Qt's own strings) on app; called
/// once at start-up before any window, catalog or rule book exists. "en" installs nothing.
/// Returns whether the language's translations were found and loaded.
bool installTranslations(QCoreApplication& app, const QString& language);

} // namespace cw::i18n
