#include "rule_check.h"

#include "rule_book.h"

#include <algorithm>

namespace cw {

const std::vector<RuleCheck>& ruleChecks()
{
    static const std::vector<RuleCheck> all = [] {
        std::vector<RuleCheck> checks;
        for (auto group :
            {identityChecks, networkChecks, dataChecks, operationsChecks, reliabilityChecks, costChecks}) {
            for (const RuleCheck& c : group())
                checks.push_back(c);
        }
        const RuleBook& book = RuleBook::builtin();
        std::stable_sort(checks.begin(), checks.end(), [&](const RuleCheck& a, const RuleCheck& b) {
            return book.order(QString::fromLatin1(a.id)) < book.order(QString::fromLatin1(b.id));
        });
        return checks;
    }();
    return all;
}

} // namespace cw
