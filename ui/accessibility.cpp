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
    const char* context = "Accessibility";
    switch (which) {
    case QDialogButtonBox::Ok: return QCoreApplication::translate(context, "Accept and close the dialog");
    case QDialogButtonBox::Save: return QCoreApplication::translate(context, "Save and close the dialog");
    case QDialogButtonBox::Open: return QCoreApplication::translate(context, "Open what is chosen");
    case QDialogButtonBox::Cancel:
        return QCoreApplication::translate(context, "Close the dialog without changing anything");
    case QDialogButtonBox::Close: return QCoreApplication::translate(context, "Close this window");
    case QDialogButtonBox::Discard: return QCoreApplication::translate(context, "Close without saving");
    case QDialogButtonBox::Apply:
        return QCoreApplication::translate(context, "Apply the changes and keep the dialog open");
    case QDialogButtonBox::Reset:
    case QDialogButtonBox::RestoreDefaults: return QCoreApplication::translate(context, "Put the default values back");
    case QDialogButtonBox::Help: return QCoreApplication::translate(context, "Show help for this dialog");
    case QDialogButtonBox::Yes: return QCoreApplication::translate(context, "Answer yes");
    case QDialogButtonBox::No: return QCoreApplication::translate(context, "Answer no");
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
