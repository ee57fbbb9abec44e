#pragma once

// What must hold for any bytes given to the loader, whatever they are. The fuzz target
// (fuzz_loader.cpp) and the regression test (tst_fuzz_regressions.cpp) run exactly
// these checks, so a file the fuzzer once broke the loader with is checked the same way
// in every normal build.

#include "catalog/catalog.h"
#include "diagram_difference.h"
#include "io/cwa_reader.h"
#include "io/cwa_writer.h"
#include "model/architecture.h"
#include "rules/rule_book.h"
#include "rules/validator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cw::fuzz {

struct LoaderCheck {
    bool loaded = false; ///< the bytes opened as a diagram
    QString problem;     ///< empty when every check held; otherwise the bug, in one sentence
};

/// Where a reopened diagram differs from the one saved, in one line.
inline QString firstDifference(const Diagram& actual, const Diagram& expected)
{
    const std::optional<test::LineDifference> diff = test::firstDifferingLine(actual, expected);
    if (!diff)
        return QStringLiteral("below the precision the file keeps");
    return QStringLiteral("line %1: %2 instead of %3")
        .arg(diff->line)
        .arg(QString::fromUtf8(diff->actual.left(300)), QString::fromUtf8(diff->expected.left(300)));
}

/// Loads bytes the way the program opens a file and, when they load, puts the diagram
/// through what the program does next: save and reopen (the same diagram, the same
/// bytes), the live model (consistent indexes), and the pitfall rules (findings name
/// only what is in the diagram). A refusal must say what is wrong.
inline LoaderCheck checkLoader(const QByteArray& bytes, const QString& fileName = QStringLiteral("fuzz.cwa"))
{
    LoaderCheck out;
    const Catalog& catalog = Catalog::builtin();
    const LoadResult first = readCwa(bytes, fileName, catalog);
    if (!first.ok()) {
        if (first.error.message.isEmpty())
            out.problem = QStringLiteral("refused without saying why: %1").arg(first.error.toString());
        return out;
    }
    out.loaded = true;
    const Diagram& diagram = *first.diagram;

    const QByteArray saved = writeCwa(diagram);
    const LoadResult second = readCwa(saved, QStringLiteral("saved.cwa"), catalog);
    if (!second.ok()) {
        out.problem = QStringLiteral("the saved copy does not load: %1").arg(second.error.toString());
        return out;
    }
    if (*second.diagram != diagram) {
        out.problem = QStringLiteral("the saved copy loads as another diagram, %1")
                          .arg(firstDifference(*second.diagram, diagram));
        return out;
    }
    if (writeCwa(*second.diagram) != saved) {
        out.problem = QStringLiteral("saving the saved copy again gives other bytes");
        return out;
    }

    Architecture model;
    model.reset(diagram);
    const QStringList broken = model.checkInvariants();
    if (!broken.isEmpty()) {
        out.problem
            = QStringLiteral("the model is inconsistent after loading: %1").arg(broken.join(QStringLiteral("; ")));
        return out;
    }

    for (const Finding& f : validate(model, catalog, RuleBook::builtin())) {
        if (f.rule.isEmpty() || f.message.isEmpty()) {
            out.problem = QStringLiteral("a finding without a rule or a message: %1 %2").arg(f.rule, f.message);
            return out;
        }
        for (const Id& id : f.nodes + f.edges) {
            if (!model.contains(id)) {
                out.problem = QStringLiteral("finding %1 names \"%2\", which is not in the diagram").arg(f.rule, id);
                return out;
            }
        }
    }
    return out;
}

} // namespace cw::fuzz
