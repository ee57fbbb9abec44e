#pragma once

#include <QString>

class QDialogButtonBox;
class QWidget;

namespace cw::a11y {

/// Gives a control what a screen reader says of it: a short name (what it is) and a
/// description (what it does). Callers pass tr() strings.
void describe(QWidget* widget, const QString& name, const QString& description);

/// Describes the standard buttons of a dialog's button box (OK, Cancel, Close, Apply, …)
/// that have no description or tooltip yet, so that every button says what it does.
void describeButtons(QDialogButtonBox* box);

} // namespace cw::a11y
