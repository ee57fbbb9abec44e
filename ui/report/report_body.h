#pragma once

#include <QString>
#include <QTextObjectInterface>

#include <memory>

class QSvgRenderer;
class QTextDocument;

namespace cw::report {

struct Report;

/// The report's sections after the diagram, as one rich-text document a paged writer
/// breaks into pages: inventory, improvement plan, suppressed findings, cost (table and
/// chart), scenarios, assumptions and coverage. Every string from the diagram is escaped.
/// The chart is an object in the text flow, drawn from its SVG, so it stays vector graphics
/// in a PDF. Headings carry an anchor ("sec-plan"...), for a table of contents.
struct ReportBody {
    std::unique_ptr<QTextDocument> document;
    std::unique_ptr<QTextObjectInterface> chart; ///< must outlive the document's layout
    /// The sections in order: anchor and title ("sec-plan", "Improvement plan").
    QList<std::pair<QString, QString>> sections;
};

/// Builds the body laid out on pages of `page` device units (the printable area), text
/// sized for `device`'s resolution (a QPdfWriter or a QPrinter).
ReportBody reportBody(const Report& report, const QString& chartSvg, QPaintDevice* device, QSizeF page);

/// Draws an SVG document as an inline object of a QTextDocument, at a fixed width in
/// points scaled to the device, keeping the SVG's aspect.
class SvgTextObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;

    SvgTextObject(const QByteArray& svg, qreal width, QObject* parent = nullptr);
    ~SvgTextObject() override;
    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
        const QTextFormat& format) override;

private:
    std::unique_ptr<QSvgRenderer> m_renderer;
    qreal m_width;
};

} // namespace cw::report
