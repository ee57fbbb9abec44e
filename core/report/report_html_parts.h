#pragma once

// The sections of toHtml(), one function each. Internal to core/report.

#include "diagram_figure.h"
#include "report.h"

#include <QSet>
#include <QString>

namespace cw::report::html {

/// Where a node's name links to: its card in the diagram when the figure has one, else
/// its row in the inventory.
struct Links {
    QSet<Id> cards; ///< nodes with a card in the figure
    QString href(const Id& id) const;
};

QString inventory(const Report& r);
QString plan(const Report& r, const Links& links);
QString suppressed(const Report& r, const Links& links);
QString cost(const Report& r);
QString scenarios(const Report& r);
QString assumptions(const Report& r);

/// A table inside the wrapper that lets it scroll sideways on a narrow screen. Cells
/// are HTML already (escaped by the caller); rowIds, when given, one id per row.
QString table(const QString& caption, const QStringList& headers, const QList<QStringList>& rows,
    const QList<int>& numericColumns = {}, const QStringList& rowIds = {});

} // namespace cw::report::html
