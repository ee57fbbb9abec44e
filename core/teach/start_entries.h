#pragma once

// What the start page offers: the bundled templates and lessons, each with what a teacher
// needs to choose one (title, description, what the diagram shows, what it costs). Worked
// out here, without a GUI, by the same validator and cost model the editor uses.

#include "cost/money.h"
#include "lesson.h"
#include "model/diagram.h"
#include "rules/finding.h"

#include <QString>

#include <vector>

namespace cw {
class Catalog;
class RuleBook;
namespace cost {
class PriceBook;
}
} // namespace cw

namespace cw::teach {

/// What a diagram shows when opened: its size, its findings and its month-1 bill.
struct DiagramSummary {
    int nodes = 0;
    int edges = 0;
    FindingCounts findings;
    cost::Money month1;       ///< priced nodes only
    bool costComplete = true; ///< false when some billed node has no known price
};
DiagramSummary summarize(
    const Diagram& diagram, const Catalog& catalog, const RuleBook& rules, const cost::PriceBook& prices);

/// A bundled template: resources/templates/ID.cwa.
struct TemplateEntry {
    QString id;          ///< "01-typical-ml-product"
    QString path;        ///< ":/templates/01-typical-ml-product.cwa"
    QString title;       ///< meta.title, else the id
    QString description; ///< meta.description (may be empty)
    Diagram diagram;     ///< as opened, laid out
    DiagramSummary summary;
};
/// Every bundled template that reads, in id order.
std::vector<TemplateEntry> templateEntries(
    const Catalog& catalog, const RuleBook& rules, const cost::PriceBook& prices);

/// A bundled lesson and the resource it is read from (what MainWindow::openLesson takes).
struct LessonEntry {
    QString path; ///< ":/lessons/01-five-pitfalls.json"
    Lesson lesson;
};
/// Every bundled lesson that reads, in file-name order (as builtinLessons()).
std::vector<LessonEntry> lessonEntries(const Catalog& catalog, const RuleBook& rules);

} // namespace cw::teach
