// cloudwright render FILE -o OUT.{png,svg,pdf} [--scale S] [--transparent] [--legend] [--json]:
// the diagram as an image, drawn by the same read-only scene as the editor's canvas.
#include "catalog/catalog.h"
#include "command.h"
#include "cost/cost_export.h"
#include "cost/price_book.h"
#include "command_table.h"
#include "console.h"
#include "edit/edits.h"
#include "handlers.h"
#include "io/printable.h"
#include "layout/arrange.h"
#include "rules/validator.h"
#include "view/diagram_image.h"
#include "view/view_scene.h"

#include <QFileInfo>

namespace cw::cli {

int runRender(const Invocation& call)
{
    const QString who = QStringLiteral("cloudwright render");
    QString output;
    if (const std::optional<int> refused
        = readOutput(call, who, QStringLiteral("OUT.png, OUT.svg or OUT.pdf: where to write the image"), output))
        return *refused;
    const std::optional<image::Format> format = image::formatFor(output);
    if (!format)
        return badInput(call.json,
            LoadError{output, QString(),
                QStringLiteral("unknown image type \"%1\": the name must end in .png, .svg or .pdf")
                    .arg(QFileInfo(output).suffix())});
    image::ImageOptions options;
    if (call.parser.isSet(QStringLiteral("scale"))) {
        const QString text = call.parser.value(QStringLiteral("scale"));
        bool ok = false;
        options.scale = text.toDouble(&ok);
        if (!ok || !(options.scale > 0) || options.scale > image::kMaxScale)
            return usageError(who,
                QStringLiteral("--scale must be a number greater than 0 and at most %1, not \"%2\"")
                    .arg(image::kMaxScale)
                    .arg(printable(text)),
                shortUsage(call.command), call.json);
    }
    options.transparent = call.parser.isSet(QStringLiteral("transparent"));
    options.legend = call.parser.isSet(QStringLiteral("legend"));

    const QString& path = call.arguments.first();
    std::optional<LoadResult> loaded = loadDiagram(call, path);
    if (!loaded)
        return BadInput;
    Architecture model;
    model.reset(std::move(*loaded->diagram));
    // A file with no places at all is drawn as the editor opens it: laid out.
    if (loaded->unplaced) {
        if (const std::optional<int> refused = layOut(call, path, model))
            return *refused;
    }
    options.title = model.meta().title.isEmpty() ? QFileInfo(path).completeBaseName() : model.meta().title;
    Validator validator;
    validator.run(model);

    ViewScene scene(model, Catalog::builtin());
    scene.setFindings(validator.findings());
    // Each card's month-1 cost, as the editor shows it.
    scene.setCostTexts(cost::cardCostTexts(cost::project(Catalog::builtin(), cost::PriceBook::builtin(), model, 1)));
    const image::DiagramImage picture(scene, options);
    QString why;
    if (!picture.write(output, &why))
        return writeFailed(call.json, output, why);

    // In the output's own units: pixels, SVG user units, PDF points.
    const qreal factor = *format == image::Format::Png ? options.scale
        : *format == image::Format::Pdf                ? 72.0 / 96.0
                                                       : 1.0;
    const QSize shown = (picture.size() * factor).toSize();
    const char* unit = *format == image::Format::Png ? " px" : *format == image::Format::Pdf ? " pt" : " units";
    if (call.json) {
        const nlohmann::ordered_json doc = {{"output", utf8(output)}, {"width", shown.width()},
            {"height", shown.height()}, {"nodes", model.nodes().size()}, {"findings", validator.findings().size()}};
        out() << jsonText(doc) << "\n";
    } else {
        out() << "Rendered " << printable(path) << " -> " << printable(output) << " (" << shown.width() << " x "
              << shown.height() << unit << ")\n";
    }
    return Ok;
}

} // namespace cw::cli
