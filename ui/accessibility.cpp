#include "accessibility.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QWidget>

namespace cw::a11y {

void describe(QWidget* widget, const QString& name, const QString& description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

namespace {
QString describeStandard(QDialogButtonBox::StandardButton which)
{
    switch (which) {
    case QDialogButtonBox::Ok: return QCoreApplication::translate("Accessibility", "Accept and close the dialog");
    case QDialogButtonBox::Save: return QCoreApplication::translate("Accessibility", "Save and close the dialog");
    case QDialogButtonBox::Open: return QCoreApplication::translate("Accessibility", "Open what is chosen");
    case QDialogButtonBox::Cancel:
        return QCoreApplication::translate("Accessibility", "Close the dialog without changing anything");
    case QDialogButtonBox::Close: return QCoreApplication::translate("Accessibility", "Close this window");
    case QDialogButtonBox::Discard: return QCoreApplication::translate("Accessibility", "Close without saving");
    case QDialogButtonBox::Apply:
        return QCoreApplication::translate("Accessibility", "Apply the changes and keep the dialog open");
    case QDialogButtonBox::Reset:
    case QDialogButtonBox::RestoreDefaults: return QCoreApplication::translate("Accessibility", "Put the default values back");
    case QDialogButtonBox::Help: return QCoreApplication::translate("Accessibility", "Show help for this dialog");
    case QDialogButtonBox::Yes: return QCoreApplication::translate("Accessibility", "Answer yes");
    case QDialogButtonBox::No: return QCoreApplication::translate("Accessibility", "Answer no");
    default: return {};
    }
}
} // namespace

void describeButtons(QDialogButtonBox* box)
{
    for (QAbstractButton* button : box->buttons()) {
        if (!button->accessibleDescription().isEmpty() || !button->toolTip().isEmpty())
            continue;
        button->setAccessibleDescription(describeStandard(box->standardButton(button)));
    }
}

} // namespace cw::a11y
