#pragma once

// How the service-model overlay draws each model (View > Service Models): five colours
// from the Okabe-Ito palette, told apart with every common colour-vision deficiency, in a
// warm-to-cool order from "you manage most" (IaaS) to "the provider manages all" (SaaS),
// and grey for kinds that are not a cloud service ("-").

#include <QColor>
#include <QString>

namespace cw::theme {

/// The model's colour; grey for "-" and unknown ids.
QColor serviceModelColor(const QString& model);
/// The light fill of a card in the model's colour (its colour over white).
QColor serviceModelTint(const QString& model);
/// Text drawn on serviceModelColor(): black or white, whichever reads better.
QColor serviceModelInk(const QString& model);
/// The short text on a card's tag: the model's id ("FaaS"), "none" for "-".
QString serviceModelTag(const QString& model);

} // namespace cw::theme
