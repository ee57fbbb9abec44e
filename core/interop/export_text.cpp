// Shared by the three exports: the format a file name asks for, identifiers and escapes.
// The comments and notes the exports write into .tf, .mmd and .drawio files stay English
// on purpose, as code comments are: an engineer or a program reads them in the file, and
// the same export must give the same file whatever language the editor shows.
#include "export_text.h"

#include "catalog/catalog.h"
#include "interop/drawio_export.h"
#include "interop/mermaid_export.h"
#include "interop/terraform_export.h"
#include "report/markup.h"

#include <QFileInfo>
#include <QSet>

namespace cw::interop {

std::optional<ExportFormat> exportFormatFor(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("drawio") || suffix == QLatin1String("xml"))
        return ExportFormat::Drawio;
    if (suffix == QLatin1String("tf"))
        return ExportFormat::Terraform;
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid"))
        return ExportFormat::Mermaid;
    return std::nullopt;
}

QString formatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Drawio:
        return QStringLiteral("draw.io");
    case ExportFormat::Terraform:
        return QStringLiteral("Terraform skeleton");
    case ExportFormat::Mermaid:
        return QStringLiteral("Mermaid architecture-beta");
    }
    return {};
}

QString toString(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Drawio:
        return QStringLiteral("drawio");
    case ExportFormat::Terraform:
        return QStringLiteral("terraform");
    case ExportFormat::Mermaid:
        return QStringLiteral("mermaid");
    }
    return {};
}

ExportResult exportDiagram(ExportFormat format, const Diagram& diagram, const Catalog& catalog)
{
    switch (format) {
    case ExportFormat::Drawio:
        return drawioExport(diagram, catalog);
    case ExportFormat::Terraform:
        return terraformExport(diagram, catalog);
    case ExportFormat::Mermaid:
        return mermaidExport(diagram, catalog);
    }
    return {};
}

QString identifier(const QString& text, const QString& prefix)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const bool word = (ch >= QLatin1Char('a') && ch <= QLatin1Char('z'))
            || (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'));
        if (word)
            out += ch;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    if (out.isEmpty())
        return prefix;
    if (!out.front().isLetter())
        out.prepend(prefix + QLatin1Char('_'));
    return out;
}

QHash<Id, QString> uniqueIdentifiers(
    const std::vector<std::pair<Id, QString>>& wanted, const QString& prefix, const QStringList& taken, bool caseBlind)
{
    const auto key = [caseBlind](const QString& s) { return caseBlind ? s.toLower() : s; };
    QSet<QString> used;
    for (const QString& t : taken)
        used.insert(key(t));
    QHash<Id, QString> out;
    for (const auto& [id, text] : wanted) {
        const QString base = identifier(text, prefix);
        QString name = base;
        for (int n = 2; used.contains(key(name)); ++n)
            name = base + QStringLiteral("_%1").arg(n);
        used.insert(key(name));
        out.insert(id, name);
    }
    return out;
}

QString xmlAttribute(const QString& text)
{
    return report::xmlEscaped(text, true);
}

QString nodeLabel(const Node& node, const QString& provider, const Catalog& catalog)
{
    return node.name.isEmpty() ? catalog.serviceName(node.kind, provider) : node.name;
}

Json nodeValue(const Node& node, const QString& key, const QString& provider, const Catalog& catalog)
{
    const auto it = node.props.find(key.toStdString());
    if (it != node.props.end() && !it->is_null())
        return *it;
    return catalog.defaultValue(node.kind, key, provider);
}

} // namespace cw::interop
