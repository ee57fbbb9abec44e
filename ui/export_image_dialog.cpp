#include "export_image_dialog.h"

#include "accessibility.h"
#include "canvas/diagram_scene.h"
#include "document.h"
#include "view/node_item.h"
#include "view/view_scene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cw {

ExportImageDialog::ExportImageDialog(image::Format format, bool hasSelection, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportImageDialog"));
    setWindowTitle(tr("Export Image"));
    auto* form = new QFormLayout;

    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setRange(0.25, image::kMaxScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setValue(2.0); // sharp on high-density screens and in slides
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setEnabled(format == image::Format::Png);
    m_scale->setToolTip(tr("Pixels per diagram unit; SVG and PDF are vector and need none"));
    form->addRow(tr("&Scale:"), m_scale);

    m_background = new QComboBox(this);
    m_background->setObjectName(QStringLiteral("exportBackground"));
    m_background->addItem(tr("White"));
    m_background->addItem(tr("Transparent"));
    m_background->setEnabled(format != image::Format::Pdf); // a page is white
    m_background->setToolTip(tr("White, or transparent for slides and pages with their own colour; a PDF page is white"));
    form->addRow(tr("&Background:"), m_background);

    auto* whole = new QRadioButton(tr("&Whole diagram"), this);
    m_selection = new QRadioButton(tr("Se&lection only"), this);
    m_selection->setObjectName(QStringLiteral("exportSelectionOnly"));
    m_selection->setEnabled(hasSelection);
    whole->setChecked(true);
    whole->setToolTip(tr("Draw every card, group and edge"));
    m_selection->setToolTip(tr("Draw only what is selected on the canvas"));
    auto* what = new QVBoxLayout;
    what->addWidget(whole);
    what->addWidget(m_selection);
    form->addRow(tr("Draw:"), what);

    // "le&gend": Alt+L already picks "Se&lection only"
    m_legend = new QCheckBox(tr("Add the le&gend (edge kinds and badges)"), this);
    m_legend->setToolTip(tr("Draw the key to edge kinds, finding badges and subnets in a corner of the image"));
    m_legend->setObjectName(QStringLiteral("exportLegend"));
    form->addRow(QString(), m_legend);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Choose where to save the image, and write it"));
    a11y::describeButtons(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

image::ImageOptions ExportImageDialog::options() const
{
    image::ImageOptions o;
    o.scale = m_scale->isEnabled() ? m_scale->value() : 1.0;
    o.transparent = m_background->isEnabled() && m_background->currentIndex() == 1;
    o.legend = m_legend->isChecked();
    return o;
}

bool ExportImageDialog::selectionOnly() const
{
    return m_selection->isEnabled() && m_selection->isChecked();
}

bool writeDiagramImage(const DiagramScene& scene, const std::vector<Finding>& findings, const QString& path,
    image::ImageOptions options, QString* error)
{
    const Architecture& model = scene.model();
    if (options.title.isEmpty())
        options.title = model.meta().title;
    // The read-only view of the same model: no grid, selection or handles in the picture.
    ViewScene view(model, scene.catalog());
    view.setFindings(findings);
    QHash<Id, QString> costs;
    for (const Node& n : model.nodes()) {
        if (const NodeItem* item = scene.nodeItem(n.id); item && !item->costText().isEmpty())
            costs.insert(n.id, item->costText());
    }
    view.setCostTexts(costs);
    return image::DiagramImage(view, std::move(options)).write(path, error);
}

QString exportImage(QWidget* parent, DiagramScene& scene, const std::vector<Finding>& findings)
{
    const Document& doc = scene.document();
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    QString base = doc.filePath().isEmpty() ? doc.displayName() : QFileInfo(doc.filePath()).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("diagram");
    const QString png = ExportImageDialog::tr("PNG image (*.png)");
    const QString svg = ExportImageDialog::tr("SVG drawing (*.svg)");
    const QString pdf = ExportImageDialog::tr("PDF document (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(parent, ExportImageDialog::tr("Export Image"),
        QDir(folder).filePath(base + QStringLiteral(".png")), QStringList{png, svg, pdf}.join(QStringLiteral(";;")),
        &filter);
    if (path.isEmpty())
        return {};
    if (!image::formatFor(path)) // no or another extension: the chosen filter's
        path += filter == svg ? QStringLiteral(".svg")
            : filter == pdf   ? QStringLiteral(".pdf")
                              : QStringLiteral(".png");
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());

    const QList<Id> selected = scene.selectedIds();
    ExportImageDialog dialog(*image::formatFor(path), !selected.isEmpty(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    image::ImageOptions options = dialog.options();
    if (dialog.selectionOnly())
        options.only = selected;
    options.title = doc.displayName();
    QString why;
    if (!writeDiagramImage(scene, findings, path, options, &why)) {
        QMessageBox::warning(parent, ExportImageDialog::tr("Export Image"),
            ExportImageDialog::tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), why));
        return ExportImageDialog::tr("Image not exported");
    }
    return ExportImageDialog::tr("Exported %1").arg(QDir::toNativeSeparators(path));
}

} // namespace cw
