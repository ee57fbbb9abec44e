#pragma once

#include "interop/import_result.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cw {

/// After File > Import: what was read from which file and page, how many provider shapes
/// became typed nodes, and a table of the shapes not recognised (kept as import notes),
/// so nothing is dropped in silence.
class ImportSummaryDialog : public QDialog {
    Q_OBJECT
public:
    ImportSummaryDialog(const QString& file, const interop::ImportSummary& summary, QWidget* parent = nullptr);

    QString summaryText() const;
    int unrecognisedRows() const;

private:
    QLabel* m_text = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace cw
