#include "advisor/load_curve_editor.h"

#include "advisor/curve_points.h"
#include "advisor/load_curve_view.h"
#include "advisor/paste_points_dialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw {

namespace {
// The base when the workload sets no load: something to draw, said in the note.
constexpr double kFallbackBaseRps = 1;
} // namespace

LoadCurveEditor::LoadCurveEditor(QWidget* parent)
    : QWidget(parent)
{
    m_shapeBox = new QComboBox(this);
    m_shapeBox->addItem(tr("Office hours"));
    m_shapeBox->addItem(tr("Evening peak"));
    m_shapeBox->addItem(tr("Burst 50x (Joe and all his friends)"));
    m_shapeBox->addItem(tr("Custom"));
    m_shapeBox->setItemData(
        int(Shape::OfficeHours), tr("4x the base from 09:00 to 17:00, with an hour's ramp each side"), Qt::ToolTipRole);
    m_shapeBox->setItemData(
        int(Shape::EveningPeak), tr("5x the base from 18:00 to 22:00, with an hour's ramp each side"), Qt::ToolTipRole);
    m_shapeBox->setItemData(int(Shape::Burst),
        tr("The base all day, 50x for ten minutes from 12:00: everyone asks for a prediction at once (seeds/003)"),
        Qt::ToolTipRole);
    m_shapeBox->setItemData(int(Shape::Custom), tr("A curve drawn on the chart or pasted as points"), Qt::ToolTipRole);
    m_shapeBox->setCurrentIndex(int(Shape::Burst));
    m_shapeBox->setAccessibleName(tr("Load shape"));
    m_shapeBox->setToolTip(tr("The shape of the load over the day"));

    m_base = new QDoubleSpinBox(this);
    m_base->setRange(0, 1e6);
    m_base->setDecimals(3);
    m_base->setSuffix(tr(" req/s"));
    m_base->setValue(kFallbackBaseRps);
    m_base->setAccessibleName(tr("Base load in requests per second"));
    m_base->setToolTip(tr("The base load in requests per second, which the shape multiplies"));
    m_average = new QToolButton(this);
    m_average->setText(tr("Average"));
    m_average->setAccessibleName(tr("Use the workload's average rate"));
    m_average->setToolTip(tr("Use the workload's average rate (requests_per_month over 730 hours)"));

    m_paste = new QPushButton(tr("Paste points…"), this);
    m_paste->setAccessibleName(tr("Paste load points"));
    m_paste->setToolTip(tr("Give the curve as lines of \"HH:MM rps\" or \"minute rps\""));
    m_undoButton = new QToolButton(this);
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setAccessibleName(tr("Undo the last change to the load"));
    m_undoButton->setToolTip(tr("Undo the last change to the load (Ctrl+Z on the chart)"));
    m_undoButton->setEnabled(false);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Load note"));
    m_view = new LoadCurveView(this);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    auto* shapeLabel = new QLabel(tr("&Load:"), this);
    shapeLabel->setBuddy(m_shapeBox);
    controls->addWidget(shapeLabel);
    controls->addWidget(m_shapeBox, 1);
    auto* baseLabel = new QLabel(tr("&Base:"), this);
    baseLabel->setBuddy(m_base);
    controls->addWidget(baseLabel);
    controls->addWidget(m_base);
    controls->addWidget(m_average);
    controls->addWidget(m_paste);
    controls->addWidget(m_undoButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_shapeBox, &QComboBox::activated, this, [this](int index) {
        if (Shape(index) == m_shape)
            return;
        remember();
        if (Shape(index) == Shape::Custom && m_custom.rps.empty())
            m_custom = curve(); // start drawing from the shape on show
        m_shape = Shape(index);
        update();
    });
    connect(m_base, &QDoubleSpinBox::valueChanged, this, [this] {
        m_baseFollowsWorkload = false;
        update();
    });
    connect(m_average, &QToolButton::clicked, this, [this] {
        if (m_baseFollowsWorkload)
            return;
        remember();
        m_baseFollowsWorkload = true;
        showBase(m_workloadRps > 0 ? m_workloadRps : kFallbackBaseRps);
        update();
    });
    connect(m_paste, &QPushButton::clicked, this, &LoadCurveEditor::openPasteDialog);
    connect(m_undoButton, &QToolButton::clicked, this, &LoadCurveEditor::undo);
    connect(m_view, &LoadCurveView::undoRequested, this, &LoadCurveEditor::undo);
    connect(m_view, &LoadCurveView::strokeStarted, this, [this] {
        remember();
        m_custom = curve();
        m_shape = Shape::Custom;
        update();
    });
    connect(m_view, &LoadCurveView::curveDrawn, this, [this](const advice::LoadCurve& drawn) {
        m_custom = drawn;
        Q_EMIT curveChanged();
    });
    connect(m_view, &LoadCurveView::strokeFinished, this, &LoadCurveEditor::update);
    update();
}

advice::LoadCurve LoadCurveEditor::curve() const
{
    switch (m_shape) {
    case Shape::OfficeHours: return advice::builtinCurve(advice::CurveShape::OfficeHours, baseRps());
    case Shape::EveningPeak: return advice::builtinCurve(advice::CurveShape::EveningPeak, baseRps());
    case Shape::Burst: return advice::builtinCurve(advice::CurveShape::Burst, baseRps());
    case Shape::Custom: break;
    }
    return m_custom;
}

LoadCurveEditor::Shape LoadCurveEditor::shape() const
{
    return m_shape;
}

void LoadCurveEditor::setShape(Shape shape)
{
    if (shape == m_shape)
        return;
    if (shape == Shape::Custom && m_custom.rps.empty())
        m_custom = curve();
    m_shape = shape;
    update();
}

double LoadCurveEditor::baseRps() const
{
    return m_base->value();
}

void LoadCurveEditor::setBaseRps(double rps)
{
    m_base->setValue(rps); // as typed: the base stops following the workload
}

void LoadCurveEditor::setWorkloadRate(double averageRps)
{
    m_workloadRps = averageRps;
    if (m_baseFollowsWorkload)
        showBase(averageRps > 0 ? averageRps : kFallbackBaseRps);
    update();
}

void LoadCurveEditor::showBase(double rps)
{
    const QSignalBlocker block(m_base);
    m_base->setValue(rps);
}

QString LoadCurveEditor::applyPoints(const QString& text)
{
    QString error;
    std::optional<advice::LoadCurve> pasted = curve_points::parse(text, &error);
    if (!pasted)
        return error;
    remember();
    m_custom = std::move(*pasted);
    m_shape = Shape::Custom;
    update();
    return {};
}

void LoadCurveEditor::openPasteDialog()
{
    if (m_pasteDialog) {
        m_pasteDialog->raise();
        return;
    }
    m_pasteDialog = new PastePointsDialog(
        curve_points::format(curve()), [this](const QString& text) { return applyPoints(text); }, this);
    m_pasteDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pasteDialog, &QObject::destroyed, this, [this] { m_pasteDialog = nullptr; });
    m_pasteDialog->open();
}

LoadCurveEditor::State LoadCurveEditor::state() const
{
    return {m_shape, baseRps(), m_baseFollowsWorkload, m_custom};
}

void LoadCurveEditor::restore(const State& s)
{
    m_shape = s.shape;
    m_baseFollowsWorkload = s.baseFollowsWorkload;
    m_custom = s.custom;
    showBase(s.baseFollowsWorkload && m_workloadRps > 0 ? m_workloadRps : s.base);
}

void LoadCurveEditor::remember()
{
    m_undo = state();
}

void LoadCurveEditor::undo()
{
    if (!m_undo)
        return;
    const State before = *m_undo;
    m_undo.reset(); // one step: an undo is not itself undone
    restore(before);
    update();
}

void LoadCurveEditor::update()
{
    m_shapeBox->setCurrentIndex(int(m_shape));
    const bool custom = m_shape == Shape::Custom;
    m_base->setEnabled(!custom);
    m_average->setEnabled(!custom && !m_baseFollowsWorkload);
    m_undoButton->setEnabled(m_undo.has_value());
    m_view->setUndoAvailable(m_undo.has_value());
    const advice::LoadCurve c = curve();
    QString note;
    if (custom)
        note = tr("Custom load: drawn or pasted rates, the base does not apply.");
    else if (m_baseFollowsWorkload && m_workloadRps > 0)
        note = tr("Base: the workload's average, %1 req/s (requests_per_month over 730 hours).")
                   .arg(QString::number(m_workloadRps, 'g', 4));
    else if (m_baseFollowsWorkload)
        note = tr("The node sets no requests_per_month: a base of %1 req/s is assumed.").arg(kFallbackBaseRps);
    else
        note = tr("Base set by hand: %1 req/s.").arg(QString::number(baseRps(), 'g', 6));
    m_note->setText(tr("%1 Peak %2 req/s, %3 requests over the day.")
                        .arg(note, QString::number(c.peak(), 'g', 4), QLocale().toString(qRound64(c.requests()))));
    m_view->setCurve(c);
    Q_EMIT curveChanged();
}

} // namespace cw
