#pragma once

#include "advice/advice.h"

#include <QColor>
#include <QString>

/// How the advisor panel names and colours things, shared by its cards and its chart.
namespace cw::advisorText {

/// "Serverless (Lambda)", "Containers (Fargate)", "VMs (EC2)".
QString optionTitle(const advice::OptionAdvice& option);
/// "Serverless", "Containers", "VMs".
QString optionName(advice::Option option);
/// The option spelt out, opening a label: "Serverless functions", "Containers", "Virtual machines".
QString optionLongName(advice::Option option);
/// The option's colour in the chart and on its card.
QColor optionColor(advice::Option option);
/// "950", "3 M", "22.1 M", "1.2 B": a request count, short.
QString requestsText(double requests);
/// "$9.01/mo" (month 1, as the status bar says it), or "cost unknown".
QString monthlyText(const advice::OptionAdvice& option);

} // namespace cw::advisorText
