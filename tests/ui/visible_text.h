#pragma once
// For tst_translation_coverage: the pseudo-translator, and what counts as a visible text
// that escaped translation (the allowlists, the walk over widgets, actions, models, charts
// and canvas items).

#include "view/edge_item.h"
#include "view/group_item.h"
#include "view/node_item.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAbstractSpinBox>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTranslator>

#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

namespace cw::test {

inline const QChar kOpen(0x27E6);  // ⟦
inline const QChar kClose(0x27E7); // ⟧

struct Lookup {
    QString context, source, disambiguation;
    bool operator<(const Lookup& o) const
    {
        return std::tie(context, source, disambiguation) < std::tie(o.context, o.source, o.disambiguation);
    }
};

/// Answers every lookup with "⟦source⟧" (Qt fills %n in afterwards) and remembers it.
class PseudoTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int) const override
    {
        if (!source || !*source)
            return {};
        if (qstrcmp(context, "TestTranslationCoverage") == 0) // the test's own check that it is installed
            return kOpen + QString::fromUtf8(source) + kClose;
        const Lookup l{QString::fromUtf8(context), QString::fromUtf8(source), QString::fromUtf8(disambiguation)};
        m_lookups.insert(l);
        return kOpen + l.source + kClose;
    }
    bool isEmpty() const override { return false; }
    const std::set<Lookup>& lookups() const { return m_lookups; }

private:
    mutable std::set<Lookup> m_lookups;
};

/// Words that are the same in every language and are allowed bare (a short list; every
/// other text needs the translator's brackets or to be the user's data):
/// - the program's and the providers' names, and the service-model acronyms (trade terms
///   the glossary keeps: "IaaS" is "IaaS" in Danish);
/// - units the formatting code puts after numbers ("GB", "ms", "vCPU") and the currency code;
/// - file formats by their names ("PNG", "Markdown", "draw.io");
/// - function keys (Qt translates the other key names itself: "⟦Ctrl⟧").
inline const QStringList kAllowed = {
    QStringLiteral("Cloudwright"), QStringLiteral("AWS"), QStringLiteral("GCP"), QStringLiteral("Azure"),
    QStringLiteral("IaaS"), QStringLiteral("PaaS"), QStringLiteral("CaaS"), QStringLiteral("FaaS"),
    QStringLiteral("SaaS"), QStringLiteral("USD"), QStringLiteral("GB"), QStringLiteral("TB"), QStringLiteral("MB"),
    QStringLiteral("GiB"), QStringLiteral("ms"), QStringLiteral("vCPU"), QStringLiteral("PNG"), QStringLiteral("SVG"),
    QStringLiteral("PDF"), QStringLiteral("HTML"), QStringLiteral("JSON"), QStringLiteral("CSV"),
    QStringLiteral("Markdown"), QStringLiteral("Mermaid"), QStringLiteral("Terraform"), QStringLiteral("draw.io"),
    QStringLiteral("F1"), QStringLiteral("F2"), QStringLiteral("F3"), QStringLiteral("F4"), QStringLiteral("F5"),
    QStringLiteral("F6"), QStringLiteral("F7"), QStringLiteral("F8"), QStringLiteral("F9"), QStringLiteral("F10"),
    QStringLiteral("F11"), QStringLiteral("F12"),
};

// Widgets that show a document as it is written, not program strings: the user guide's
// headings (Help ▸ User Guide lists docs/user-guide.md's sections). A translated guide is
// a translated document, not tr().
inline const QStringList kDocumentViews = {QStringLiteral("helpContents")};

struct Escape {
    QString where; ///< class and objectName
    QString text;
};

class Collector {
public:
    explicit Collector(QStringList data)
        : m_data(std::move(data))
    {
        // Longest first, so "t3.medium" goes before "t3".
        m_data.removeDuplicates();
        std::sort(m_data.begin(), m_data.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        m_data.removeAll(QString());
    }

    QList<Escape> escapes;

    void text(const QObject* o, const QString& what, QString t)
    {
        if (t.isEmpty())
            return;
        if (Qt::mightBeRichText(t) || t.contains(QLatin1String("<p>")) || t.contains(QLatin1String("<br>")))
            t = QTextDocumentFragment::fromHtml(t).toPlainText();
        if (!passes(o, t))
            report(o, what, t.simplified());
    }

    void widget(QWidget* w)
    {
        text(w, QStringLiteral("toolTip"), w->toolTip());
        text(w, QStringLiteral("statusTip"), w->statusTip());
        text(w, QStringLiteral("whatsThis"), w->whatsThis());
        text(w, QStringLiteral("accessibleName"), w->accessibleName());
        text(w, QStringLiteral("accessibleDescription"), w->accessibleDescription());
        if (w->isWindow() || qobject_cast<QDockWidget*>(w))
            text(w, QStringLiteral("windowTitle"), w->windowTitle());
        if (auto* l = qobject_cast<QLabel*>(w))
            text(w, QStringLiteral("text"), l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            text(w, QStringLiteral("text"), b->text());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            text(w, QStringLiteral("placeholderText"), e->placeholderText());
        if (auto* g = qobject_cast<QGroupBox*>(w))
            text(w, QStringLiteral("title"), g->title());
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            text(w, QStringLiteral("prefix"), s->prefix());
            text(w, QStringLiteral("suffix"), s->suffix());
        }
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w)) {
            text(w, QStringLiteral("prefix"), s->prefix());
            text(w, QStringLiteral("suffix"), s->suffix());
        }
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w))
            text(w, QStringLiteral("specialValueText"), s->specialValueText());
        if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                text(w, QStringLiteral("tabText"), t->tabText(i));
                text(w, QStringLiteral("tabToolTip"), t->tabToolTip(i));
            }
        }
        if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i) {
                text(w, QStringLiteral("item"), c->itemText(i));
                text(w, QStringLiteral("itemToolTip"), c->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        // A header shows its view's model: walked once, with the view.
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model() && !qobject_cast<QHeaderView*>(w))
            model(w, v->model(), QModelIndex());
        if (auto* cv = qobject_cast<QChartView*>(w))
            chart(w, cv->chart());
        else if (auto* gv = qobject_cast<QGraphicsView*>(w); gv && gv->scene())
            scene(w, gv->scene());
        if (auto* m = qobject_cast<QMenu*>(w))
            text(w, QStringLiteral("title"), m->title());
        if (auto* bar = qobject_cast<QStatusBar*>(w))
            text(w, QStringLiteral("message"), bar->currentMessage());
    }

    void action(QAction* a)
    {
        if (a->isSeparator())
            return;
        text(a, QStringLiteral("text"), a->text());
        // Qt makes the tooltip from the text when none is set: that one is checked already.
        text(a, QStringLiteral("toolTip"), a->toolTip());
        text(a, QStringLiteral("statusTip"), a->statusTip());
        text(a, QStringLiteral("whatsThis"), a->whatsThis());
        text(a, QStringLiteral("iconText"), a->iconText());
        if (QMenu* m = a->menu()) {
            Q_EMIT m->aboutToShow(); // menus filled on opening (recent files, pricing)
            for (QAction* sub : m->actions())
                action(sub);
        }
    }

    /// Everything under root: the widgets, their actions, the menus.
    void tree(QWidget* root)
    {
        widget(root);
        for (QWidget* w : root->findChildren<QWidget*>())
            widget(w);
        for (QAction* a : root->findChildren<QAction*>())
            action(a);
        for (QWidget* w : root->findChildren<QWidget*>()) {
            for (QAction* a : w->actions())
                action(a);
        }
    }

private:
    void model(const QObject* o, const QAbstractItemModel* m, const QModelIndex& parent)
    {
        const int rows = m->rowCount(parent), cols = m->columnCount(parent);
        if (!parent.isValid()) {
            for (int c = 0; c < cols; ++c) {
                text(o, QStringLiteral("header"), m->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                text(o, QStringLiteral("headerToolTip"), m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                const QModelIndex i = m->index(r, c, parent);
                text(o, QStringLiteral("cell"), i.data(Qt::DisplayRole).toString());
                text(o, QStringLiteral("cellToolTip"), i.data(Qt::ToolTipRole).toString());
                text(o, QStringLiteral("cellAccessibleText"), i.data(Qt::AccessibleTextRole).toString());
            }
            const QModelIndex first = m->index(r, 0, parent);
            if (m->hasChildren(first))
                model(o, m, first);
        }
    }

    void chart(const QObject* o, QChart* c)
    {
        if (!c)
            return;
        text(o, QStringLiteral("chartTitle"), c->title());
        for (QAbstractAxis* axis : c->axes())
            text(o, QStringLiteral("axisTitle"), axis->titleText());
        for (QAbstractSeries* s : c->series()) {
            text(o, QStringLiteral("series"), s->name());
            for (QLegendMarker* mk : c->legend()->markers(s))
                text(o, QStringLiteral("legend"), mk->label());
        }
    }

    void scene(const QObject* o, QGraphicsScene* s)
    {
        for (QGraphicsItem* item : s->items()) {
            text(o, QStringLiteral("itemToolTip"), item->toolTip());
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
                text(o, QStringLiteral("textItem"), t->toPlainText());
            if (auto* t = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                text(o, QStringLiteral("textItem"), t->text());
            if (auto* n = dynamic_cast<NodeItem*>(item)) {
                text(o, QStringLiteral("card"), n->caption());
                text(o, QStringLiteral("cardCost"), n->costText());
            }
            if (auto* g = dynamic_cast<GroupItem*>(item))
                text(o, QStringLiteral("groupTitle"), g->caption());
            if (auto* e = dynamic_cast<EdgeItem*>(item))
                text(o, QStringLiteral("edgeToolTip"), e->toolTipText());
        }
    }

    void report(const QObject* o, const QString& what, const QString& text)
    {
        const QString where = QStringLiteral("%1 \"%2\" %3").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName(), what);
        const QString key = where + text;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        escapes.append({where, text});
    }

    bool passes(const QObject* o, QString t) const
    {
        // What the translator gave back, nested ones first ("⟦%1 of ⟦Cost⟧⟧"); a text cut
        // short keeps the half of a bracket it still has.
        static const QRegularExpression span(QStringLiteral("\\x{27E6}[^\\x{27E6}\\x{27E7}]*\\x{27E7}"));
        for (QString before; before != t;) {
            before = t;
            t.replace(span, QStringLiteral(" "));
        }
        if (const int open = t.indexOf(kOpen); open >= 0)
            t.truncate(open);
        if (const int close = t.lastIndexOf(kClose); close >= 0)
            t.remove(0, close + 1);
        t = t.trimmed();
        if (!hasLetters(t) || kDocumentViews.contains(o->objectName()))
            return true;
        // The user's data shortened in the middle to fit ("Publi…ubnet").
        if (const int dots = t.indexOf(QChar(0x2026)); dots > 0) {
            const QString head = t.left(dots), tail = t.mid(dots + 1);
            for (const QString& d : m_data) {
                if (d.size() > t.size() && d.startsWith(head) && d.endsWith(tail))
                    return true;
            }
        }
        for (const QString& d : m_data)
            t.replace(d, QStringLiteral(" "));
        static const QRegularExpression allowed = [] {
            QStringList words;
            for (const QString& w : kAllowed)
                words << QRegularExpression::escape(w);
            return QRegularExpression(QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(words.join(QLatin1Char('|'))));
        }();
        t.replace(allowed, QStringLiteral(" "));
        // A key of a shortcut after its translated modifiers ("⟦Ctrl⟧⟦+⟧N").
        static const QRegularExpression key(QStringLiteral("(?<![\\w])[A-Z](?![\\w])"));
        t.replace(key, QStringLiteral(" "));
        // Numbers with a one-letter suffix (12k, 3.4M, 2x, 5s, 10h).
        static const QRegularExpression number(QStringLiteral("\\d[\\d.,]*\\s?[kKMBxshdm]?(?![\\w])"));
        t.replace(number, QStringLiteral(" "));
        return !hasLetters(t);
    }

    static bool hasLetters(const QString& t)
    {
        return std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter(); });
    }

    QStringList m_data;
    QSet<QString> m_seen;
};

} // namespace cw::test
