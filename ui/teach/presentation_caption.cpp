#include "presentation_caption.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace cw {

namespace {
QFont scaled(QFont f, qreal points, bool bold = false)
{
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}
} // namespace

PresentationCaption::PresentationCaption(QWidget* view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("presentationCaption"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_band = new QWidget(this);
    m_band->setObjectName(QStringLiteral("presentationBand"));
    m_band->setAttribute(Qt::WA_StyledBackground);
    m_band->setStyleSheet(QStringLiteral("#presentationBand { background: rgba(16, 24, 32, 235); }"
                                         "QLabel { color: white; }"));
    auto* grid = new QGridLayout(m_band);
    grid->setContentsMargins(40, 18, 40, 22);
    grid->setHorizontalSpacing(30);
    m_title = new QLabel(m_band);
    m_title->setFont(scaled(font(), 26, true));
    m_title->setWordWrap(true);
    m_counter = new QLabel(m_band);
    m_counter->setFont(scaled(font(), 22, true));
    m_counter->setStyleSheet(QStringLiteral("color: #FFB74D"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_narration = new QLabel(m_band);
    m_narration->setFont(scaled(font(), 19));
    m_narration->setWordWrap(true);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_counter, 0, 1);
    grid->addWidget(m_narration, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    m_live = new QLabel(this);
    m_live->setObjectName(QStringLiteral("presentationLive"));
    m_live->setFont(scaled(font(), 15, true));
    m_live->setStyleSheet(QStringLiteral("background: rgba(16, 24, 32, 215); color: white; border-radius: 8px;"
                                         "padding: 6px 14px;"));
    view->installEventFilter(this);
    place();
}

void PresentationCaption::setStep(const QString& title, const QString& narration, int step, int count)
{
    const bool any = !title.isEmpty() || !narration.isEmpty();
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_narration->setText(narration);
    m_counter->setText(count > 0 ? tr("%1 / %2").arg(step + 1).arg(count) : QString());
    m_band->setVisible(any);
    place();
}

void PresentationCaption::setLiveLine(const QString& text)
{
    m_live->setText(text);
    m_live->adjustSize();
    place();
}

int PresentationCaption::bandHeight() const
{
    return m_band->isVisibleTo(this) ? m_band->height() : 0;
}

bool PresentationCaption::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void PresentationCaption::place()
{
    setGeometry(m_view->rect());
    const int width = m_view->width();
    // Room for about three lines of narration; a longer one still wraps within the band.
    const int height = m_band->layout()->heightForWidth(width);
    m_band->setGeometry(0, m_view->height() - height, width, height);
    m_live->move(width - m_live->width() - 24, 18);
    raise();
}

} // namespace cw
