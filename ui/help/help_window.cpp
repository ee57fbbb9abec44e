#include "help_window.h"

#include "accessibility.h"

#include <QAction>
#include <QDesktopServices>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>

namespace cw {

namespace {
const QString kDocs = QStringLiteral("qrc:/docs/");
}

HelpWindow::HelpWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Cloudwright User Guide"));
    setObjectName(QStringLiteral("helpWindow"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    a11y::describe(m_browser, tr("User guide"), tr("The page of the guide being read; links open other pages"));
    m_browser->setOpenLinks(false);
    m_browser->setSearchPaths({QStringLiteral(":/docs")});
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            QDesktopServices::openUrl(url);
            return;
        }
        // Links between the docs ("rules.md", "#findings") stay inside the window.
        if (url.path().isEmpty() && url.hasFragment()) {
            m_browser->scrollToAnchor(url.fragment());
            return;
        }
        showPage(url.fileName() + (url.hasFragment() ? QLatin1Char('#') + url.fragment() : QString()));
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::rebuildContents);

    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    a11y::describe(m_contents, tr("Contents"), tr("The guide's sections; choosing one shows it"));
    connect(m_contents, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QTextBlock block = m_browser->document()->findBlockByNumber(item->data(Qt::UserRole).toInt());
        QTextCursor cursor(block);
        m_browser->setTextCursor(cursor);
        m_browser->ensureCursorVisible();
    });
    connect(m_contents, &QListWidget::itemClicked, m_contents, &QListWidget::itemActivated);

    auto* split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 680});
    setCentralWidget(split);

    QToolBar* bar = addToolBar(tr("Guide"));
    bar->setMovable(false);
    QAction* back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back to the page before"));
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    back->setEnabled(false);
    QAction* home = bar->addAction(tr("Contents"), this, [this] { showPage(QStringLiteral("user-guide.md")); });
    home->setToolTip(tr("The start of the user guide"));
    bar->addSeparator();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Find in page (Enter for the next)"));
    m_search->setAccessibleName(tr("Find in page"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    QAction* findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findAction);
    QAction* close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    resize(960, 720);
    showPage(QStringLiteral("user-guide.md"));
}

void HelpWindow::showPage(const QString& page)
{
    const qsizetype hash = page.indexOf(QLatin1Char('#'));
    const QString file = hash < 0 ? page : page.left(hash);
    QUrl url(kDocs + file);
    if (hash >= 0)
        url.setFragment(page.mid(hash + 1));
    m_browser->setSource(url, QTextDocument::MarkdownResource);
}

QStringList HelpWindow::contents() const
{
    QStringList out;
    for (int i = 0; i < m_contents->count(); ++i)
        out << m_contents->item(i)->text().trimmed();
    return out;
}

bool HelpWindow::find(const QString& text)
{
    if (text.isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    m_browser->moveCursor(QTextCursor::Start);
    return m_browser->find(text);
}

void HelpWindow::rebuildContents()
{
    m_contents->clear();
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level < 1 || level > 3 || b.text().trimmed().isEmpty())
            continue;
        auto* item = new QListWidgetItem(QString(2 * (level - 1), QLatin1Char(' ')) + b.text().trimmed(), m_contents);
        item->setData(Qt::UserRole, b.blockNumber());
    }
    setWindowTitle(tr("Cloudwright User Guide — %1").arg(m_browser->documentTitle().isEmpty()
                                                             ? m_browser->source().fileName()
                                                             : m_browser->documentTitle()));
}

} // namespace cw
