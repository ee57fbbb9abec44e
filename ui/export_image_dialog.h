#pragma once

#include "view/diagram_image.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QRadioButton;

namespace cw {

class DiagramScene;

/// The options of File > Export Image, asked after the file name: the scale (PNG), the
/// background (white or transparent; a PDF page is white), the whole diagram or only the
/// selection, and the legend.
class ExportImageDialog final : public QDialog {
    Q_OBJECT

public:
    ExportImageDialog(image::Format format, bool hasSelection, QWidget* parent = nullptr);

    /// The options chosen; `only` is left empty: the caller fills in the selection.
    image::ImageOptions options() const;
    bool selectionOnly() const;

private:
    QDoubleSpinBox* m_scale = nullptr;
    QComboBox* m_background = nullptr;
    QRadioButton* m_selection = nullptr;
    QCheckBox* m_legend = nullptr;
};

/// Draws the editor's diagram as the read-only view does, with the editor's findings and
/// the cost texts its cards show, and writes it to path (format by extension).
bool writeDiagramImage(const DiagramScene& scene, const std::vector<Finding>& findings, const QString& path,
    image::ImageOptions options, QString* error);

/// File > Export Image: asks for a file and the options, then draws the editor's diagram
/// (its findings, costs and, when asked, only its selection) with the read-only view and
/// writes it. Returns the status line to show; empty when the user cancelled.
QString exportImage(QWidget* parent, DiagramScene& scene, const std::vector<Finding>& findings);

} // namespace cw
