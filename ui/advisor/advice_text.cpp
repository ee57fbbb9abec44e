#include "advisor/advice_text.h"

#include "cost/cost_export.h"

#include <QCoreApplication>

#include <cmath>

namespace cw::advisorText {

namespace {
// The words of this file, in their own translation context.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(AdvisorText)
};
} // namespace

QString optionName(advice::Option option)
{
    switch (option) {
    case advice::Option::Serverless: return Words::tr("Serverless");
    case advice::Option::Containers: return Words::tr("Containers");
    case advice::Option::Vms: return Words::tr("VMs");
    }
    return QString();
}

QString optionLongName(advice::Option option)
{
    switch (option) {
    case advice::Option::Serverless: return Words::tr("Serverless functions");
    case advice::Option::Containers: return Words::tr("Containers");
    case advice::Option::Vms: return Words::tr("Virtual machines");
    }
    return QString();
}

QString optionTitle(const advice::OptionAdvice& option)
{
    return option.service.isEmpty() ? optionName(option.option)
                                    : Words::tr("%1 (%2)").arg(optionName(option.option), option.service);
}

QColor optionColor(advice::Option option)
{
    switch (option) {
    case advice::Option::Serverless: return QColor(0xE8, 0x83, 0x3A);
    case advice::Option::Containers: return QColor(0x3A, 0x6E, 0xA5);
    case advice::Option::Vms: return QColor(0x4C, 0x9A, 0x50);
    }
    return Qt::gray;
}

QString requestsText(double requests)
{
    static const std::pair<double, const char*> units[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
    for (const auto& [size, unit] : units) {
        if (requests >= size) {
            const double v = requests / size;
            return QStringLiteral("%1 %2").arg(v, 0, 'f', v < 100 && std::abs(v - std::round(v)) > 0.05 ? 1 : 0)
                .arg(QLatin1String(unit));
        }
    }
    return QString::number(qint64(std::llround(requests)));
}

QString monthlyText(const advice::OptionAdvice& option)
{
    if (const std::optional<cost::Money> m = option.monthly())
        return Words::tr("%1/mo").arg(cost::usdText(*m));
    return Words::tr("cost unknown");
}

} // namespace cw::advisorText
