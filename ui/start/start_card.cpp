#include "start_card.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cw {

QString shortText(const QString& text, int maxChars)
{
    const QString t = text.simplified();
    if (t.size() <= maxChars)
        return t;
    int cut = t.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut <= 0)
        cut = maxChars;
    QString out = t.left(cut);
    while (!out.isEmpty() && QStringLiteral(",;:.(").contains(out.back()))
        out.chop(1);
    return out + QStringLiteral("…");
}

StartCard::StartCard(const QString& key, const QPixmap& thumbnail, const QString& title, const QString& text,
    const QString& facts, QWidget* parent)
    : QFrame(parent)
    , m_key(key)
    , m_thumbnail(thumbnail)
{
    setProperty("startCard", true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    setAccessibleDescription(text + QLatin1Char('\n') + facts);
    setToolTip(QStringLiteral("<b>%1</b><p>%2</p><p>%3</p><i>%4</i>")
                   .arg(title.toHtmlEscaped(), text.toHtmlEscaped(), facts.toHtmlEscaped(),
                       tr("Click or press Enter to open it.")));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    auto* picture = new QLabel(this);
    picture->setPixmap(thumbnail);
    picture->setFixedSize(thumbnail.deviceIndependentSize().toSize());
    picture->setStyleSheet(QStringLiteral("border:1px solid #e3e7eb; background:white"));
    layout->addWidget(picture);
    m_title = new QLabel(title, this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto* body = new QLabel(shortText(text, 190), this);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setStyleSheet(QStringLiteral("color:#37474f"));
    layout->addWidget(body);
    layout->addStretch(1);
    m_facts = new QLabel(facts, this);
    m_facts->setObjectName(QStringLiteral("startCardFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setStyleSheet(QStringLiteral("color:#546e7a"));
    layout->addWidget(m_facts);
    setFixedWidth(thumbnail.deviceIndependentSize().toSize().width() + 22);
}

QString StartCard::title() const
{
    return m_title->text();
}

QString StartCard::facts() const
{
    return m_facts->text();
}

void StartCard::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: Q_EMIT activated(m_key); return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End: Q_EMIT moveRequested(event->key()); return;
    default: QFrame::keyPressEvent(event);
    }
}

void StartCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated(m_key);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

} // namespace cw
