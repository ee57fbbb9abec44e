#pragma once

#include <QWidget>

class QLabel;

namespace cw {

/// Presentation mode's text over the canvas: a band along the bottom with the step's
/// title and narration in large type and "N / M", and a small live line in the top right
/// corner (findings and month-1 cost, following edits). Lies over the view; takes no
/// mouse, so the diagram below stays editable.
class PresentationCaption : public QWidget {
    Q_OBJECT

public:
    explicit PresentationCaption(QWidget* view);

    /// The step's text; an empty title and narration hide the band (no lesson).
    void setStep(const QString& title, const QString& narration, int step, int count);
    void setLiveLine(const QString& text);
    /// The height the band takes at the bottom now (0 when hidden), for fitting the diagram above it.
    int bandHeight() const;

    QLabel* titleLabel() const { return m_title; }
    QLabel* narrationLabel() const { return m_narration; }
    QLabel* counterLabel() const { return m_counter; }
    QLabel* liveLabel() const { return m_live; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QWidget* m_view;
    QWidget* m_band = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_narration = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_live = nullptr;
};

} // namespace cw
