#pragma once

// The fixture shared by the tests of every edit of the one mutation API
// (tests/unit/tst_edits_*.cpp): each test starts from smallDiagram() with a spy on
// changed(), ends with a consistent model, and a refused edit must change nothing.

#include "core_test_helpers.h"

#include "edit/edits.h"

#include <QObject>
#include <QSignalSpy>

#include <memory>

/// The edit was applied and produced an undo record.
#define CW_VERIFY_APPLIED(result)                                                                                      \
    do {                                                                                                               \
        QVERIFY2((result).ok(), qPrintable(QStringLiteral("refused: ") + (result).error));                             \
        QVERIFY2((result).record, "the edit changed nothing");                                                         \
    } while (false)

/// The edit was refused with a reason containing phrase, and the model is exactly as before.
#define CW_VERIFY_REFUSED(result, phrase)                                                                              \
    do {                                                                                                               \
        verifyRefused((result), (phrase));                                                                             \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace cw::test {

/// Base of the edit test classes. Qt Test only runs the slots of the class that has
/// Q_OBJECT, so each test class declares init() and cleanup() slots that call
/// initFixture() and cleanupFixture().
class EditsFixture : public QObject {
protected:
    static const Catalog& catalog() { return cw::test::catalog(); }

    void initFixture()
    {
        m_model.reset(smallDiagram());
        m_spy = std::make_unique<QSignalSpy>(&m_model, &Architecture::changed);
        rebase();
    }

    void cleanupFixture()
    {
        // Whatever a test did, the model must still be consistent.
        CW_VERIFY_INVARIANTS(m_model);
    }

    // Takes the current model as the state that refused edits must leave untouched.
    void rebase()
    {
        m_before = m_model.diagram();
        m_bytesBefore = writeCwa(m_before);
        m_spy->clear();
    }

    ChangeSummary summaryAt(int i) const { return qvariant_cast<ChangeSummary>(m_spy->at(i).at(0)); }

    void verifyRefused(const EditResult& result, const QString& phrase)
    {
        QVERIFY2(!result.ok(), "the edit was accepted");
        QVERIFY(!result.record);
        QVERIFY(result.created.isEmpty());
        QVERIFY2(result.error.contains(phrase, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("error \"%1\" does not say \"%2\"").arg(result.error, phrase)));
        QCOMPARE(m_spy->count(), 0);
        CW_VERIFY_INVARIANTS(m_model);
        QCOMPARE(writeCwa(m_model.diagram()), m_bytesBefore);
        CW_COMPARE_DIAGRAMS(m_model.diagram(), m_before);
    }

    const Node& node(const char* id) const { return *m_model.node(QString::fromLatin1(id)); }
    const Group& group(const char* id) const { return *m_model.group(QString::fromLatin1(id)); }

    Architecture m_model;
    std::unique_ptr<QSignalSpy> m_spy;
    Diagram m_before;
    QByteArray m_bytesBefore;
};

} // namespace cw::test
