#include "lesson_reader.h"

#include "exercise_reader.h"
#include "teach_json.h"

#include "io/cwa_reader.h"
#include "io/json_input.h"
#include "model/json_text.h"

#include <QDir>
#include <QHash>

#include <QCoreApplication>
#include <cmath>

// Text the editor shows; the command line has no translator and prints the English.
namespace {
struct LoadText {
    Q_DECLARE_TR_FUNCTIONS(LoadText)
};
} // namespace

namespace cw::teach {

namespace {

// The steps, quiz questions and step exercises are checked strictly: a misspelt key
// ("hightlight") would otherwise vanish without a word.
class LessonReader {
public:
    LessonReader(const Catalog& catalog, const RuleBook& rules)
        : m_catalog(catalog)
        , m_rules(rules)
    {
    }

    /// The lesson's own fields (not its diagram) from an object at place.
    void readBody(const Json& j, const Place& place, Lesson& lesson) const
    {
        lesson.id = requiredString(j, place, "id");
        lesson.title = requiredString(j, place, "title");
        if (const Json* summary = find(j, "summary"))
            lesson.summary = stringValue(*summary, place.dot("summary"), false);
        const Json* steps = find(j, "steps");
        if (!steps)
            fail(place, LoadText::tr("\"steps\" is missing: the list of the lesson's steps"));
        const Place at = place.dot("steps");
        if (!steps->is_array())
            fail(at, LoadText::tr("must be an array of steps, found %1").arg(jsonTypeName(*steps)));
        if (steps->empty())
            fail(at, LoadText::tr("is empty; a lesson needs at least one step"));
        for (std::size_t i = 0; i < steps->size(); ++i)
            lesson.steps.push_back(readStep((*steps)[i], at[i], lesson, int(i)));
    }

private:
    LessonStep readStep(const Json& j, const Place& at, const Lesson& lesson, int index) const
    {
        requireObject(j, at, QStringLiteral("{\"narration\": \"...\", \"reveal\": [\"users\", \"lb\"]}"));
        refuseUnknownKeys(j, at, {"title", "narration", "reveal", "highlight", "flow", "exercise", "quiz", "show"},
            LoadText::tr("a step"));
        LessonStep s;
        if (const Json* title = find(j, "title"))
            s.title = stringValue(*title, at.dot("title"), false);
        s.narration = requiredString(j, at, "narration");
        s.reveal = idList(j, at, "reveal");
        s.highlight = idList(j, at, "highlight");
        s.flow = idList(j, at, "flow");
        if (const Json* show = find(j, "show")) {
            s.show = stringValue(*show, at.dot("show")).trimmed();
            if (!lessonViews().contains(s.show))
                fail(at.dot("show"),
                    LoadText::tr("unknown view \"%1\"%2; expected one of %3")
                        .arg(s.show, didYouMean(s.show, lessonViews()), lessonViews().join(QStringLiteral(", "))));
        }
        if (const Json* e = find(j, "exercise")) {
            const Place place = at.dot("exercise");
            requireObject(*e, place, QStringLiteral("{\"text\": \"...\", \"conditions\": [...]}"));
            refuseUnknownKeys(*e, place, {"id", "title", "text", "conditions"}, LoadText::tr("a step's exercise"));
            const QString title
                = !s.title.isEmpty() ? s.title : LoadText::tr("%1, step %2").arg(lesson.title).arg(index + 1);
            s.exercise = readExerciseBody(
                *e, place, m_catalog, m_rules, QStringLiteral("%1-step-%2").arg(lesson.id).arg(index + 1), title);
        }
        if (const Json* quiz = find(j, "quiz")) {
            const Place place = at.dot("quiz");
            if (!quiz->is_array())
                fail(place, LoadText::tr("must be an array of questions, found %1").arg(jsonTypeName(*quiz)));
            for (std::size_t i = 0; i < quiz->size(); ++i)
                s.quiz.push_back(readQuestion((*quiz)[i], place[i]));
        }
        return s;
    }

    static QList<Id> idList(const Json& step, const Place& at, const char* key)
    {
        QList<Id> ids;
        const Json* list = find(step, key);
        if (!list)
            return ids;
        const Place place = at.dot(key);
        if (!list->is_array())
            fail(place, LoadText::tr("must be an array of ids, found %1").arg(jsonTypeName(*list)));
        for (std::size_t i = 0; i < list->size(); ++i)
            ids << stringValue((*list)[i], place[i]);
        return ids;
    }

    static QuizQuestion readQuestion(const Json& j, const Place& at)
    {
        requireObject(j, at, QStringLiteral("{\"question\": \"...\", \"choices\": [\"...\", \"...\"], \"answer\": 0}"));
        refuseUnknownKeys(j, at, {"question", "choices", "answer", "explanation"}, LoadText::tr("a quiz question"));
        QuizQuestion q;
        q.question = requiredString(j, at, "question");
        const Json* choices = find(j, "choices");
        if (!choices)
            fail(at, LoadText::tr("\"choices\" is missing: the answers to choose from"));
        const Place place = at.dot("choices");
        if (!choices->is_array())
            fail(place, LoadText::tr("must be an array of answers, found %1").arg(jsonTypeName(*choices)));
        if (choices->size() < 2)
            fail(place, LoadText::tr("needs at least two answers to choose from"));
        for (std::size_t i = 0; i < choices->size(); ++i) {
            const QString choice = stringValue((*choices)[i], place[i]);
            if (q.choices.contains(choice))
                fail(place[i], LoadText::tr("\"%1\" is already choice %2").arg(choice).arg(q.choices.indexOf(choice)));
            q.choices << choice;
        }
        const Json* answer = find(j, "answer");
        if (!answer)
            fail(
                at, LoadText::tr("\"answer\" is missing: the index of the right choice (0 for the first) or its text"));
        const Place a = at.dot("answer");
        if (answer->is_string()) {
            // The right choice by its text, which is harder to get wrong than an index.
            q.answer = int(q.choices.indexOf(jsonText(*answer).trimmed()));
            if (q.answer < 0)
                fail(a, LoadText::tr("\"%1\" is none of the choices").arg(jsonText(*answer)));
        } else {
            const bool whole = answer->is_number() && std::isfinite(answer->get<double>())
                && answer->get<double>() == std::floor(answer->get<double>());
            if (!whole || answer->get<double>() < 0 || answer->get<double>() >= double(q.choices.size()))
                fail(a,
                    LoadText::tr("must be the index of the right choice, from 0 (the first) to %1, or its text; "
                                 "found %2")
                        .arg(q.choices.size() - 1)
                        .arg(describeJson(*answer)));
            q.answer = int(answer->get<double>());
        }
        if (const Json* why = find(j, "explanation"))
            q.explanation = stringValue(*why, at.dot("explanation"), false);
        return q;
    }

    const Catalog& m_catalog;
    const RuleBook& m_rules;
};

// Every id a step names exists; it highlights and animates only what is shown; a flow
// walks along edges. Fills in each flow's edges.
void checkAgainstDiagram(Lesson& lesson, const Place& place)
{
    QHash<Id, EntityType> type;
    for (const Group& g : lesson.diagram.groups)
        type.insert(g.id, EntityType::Group);
    for (const Node& n : lesson.diagram.nodes)
        type.insert(n.id, EntityType::Node);
    for (const Edge& e : lesson.diagram.edges)
        type.insert(e.id, EntityType::Edge);
    const Place steps = place.dot("steps");
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        LessonStep& s = lesson.steps[i];
        const Place at = steps[i];
        auto exists = [&](const QList<Id>& ids, const char* key) {
            for (qsizetype k = 0; k < ids.size(); ++k) {
                if (!type.contains(ids[k]))
                    fail(at.dot(key)[std::size_t(k)],
                        LoadText::tr("names \"%1\", which is no node, group or edge of the lesson's diagram%2")
                            .arg(ids[k], didYouMean(ids[k], QStringList(type.keyBegin(), type.keyEnd()))));
            }
        };
        exists(s.reveal, "reveal");
        exists(s.highlight, "highlight");
        exists(s.flow, "flow");
        const QSet<Id> shown = lesson.visibleAt(int(i));
        for (qsizetype k = 0; k < s.highlight.size(); ++k) {
            if (!shown.contains(s.highlight[k]))
                fail(at.dot("highlight")[std::size_t(k)],
                    LoadText::tr("highlights \"%1\", which is not shown yet: reveal it in this step or an earlier one")
                        .arg(s.highlight[k]));
        }
        if (s.flow.size() == 1)
            fail(at.dot("flow"), LoadText::tr("names one node; a flow goes from one node to another along edges"));
        for (qsizetype k = 0; k < s.flow.size(); ++k) {
            const Place f = at.dot("flow")[std::size_t(k)];
            if (type.value(s.flow[k]) != EntityType::Node)
                fail(f, LoadText::tr("\"%1\" is not a node; a flow goes through nodes").arg(s.flow[k]));
            if (!shown.contains(s.flow[k]))
                fail(f,
                    LoadText::tr("\"%1\" is not shown yet: reveal it in this step or an earlier one").arg(s.flow[k]));
            if (k == 0)
                continue;
            const Id& a = s.flow[k - 1];
            const Id& b = s.flow[k];
            // The way the edge is drawn first; a data edge drawn api -> db is walked back with the answer.
            const Edge* forward = nullptr;
            const Edge* back = nullptr;
            for (const Edge& e : lesson.diagram.edges) {
                if (e.from == a && e.to == b && !forward)
                    forward = &e;
                else if (e.from == b && e.to == a && !back)
                    back = &e;
            }
            const Edge* e = forward ? forward : back;
            if (!e)
                fail(f, LoadText::tr("no edge joins \"%1\" and \"%2\"; a flow follows the diagram's edges").arg(a, b));
            s.flowEdges << e->id;
        }
    }
}

std::optional<Diagram> embeddedDiagram(const Json& doc, const Catalog& catalog)
{
    const QByteArray bytes = QByteArray::fromStdString(doc.dump());
    LoadResult r = readCwa(bytes, QString(), catalog);
    if (!r.ok())
        fail(r.error.place.isEmpty() ? QStringLiteral("diagram") : QStringLiteral("diagram.") + r.error.place,
            LoadText::tr("the embedded diagram: %1").arg(r.error.message));
    return std::move(r.diagram);
}

void readDiagram(const Json& doc, const Catalog& catalog, Lesson& lesson)
{
    const Json* d = find(doc, "diagram");
    if (!d)
        fail(QString(),
            LoadText::tr("\"diagram\" is missing: a template id such as \"01-typical-ml-product\", or a "
                         "whole .cwa document"));
    if (d->is_string()) {
        lesson.templateId = jsonText(*d).trimmed();
        std::optional<Diagram> t = builtinTemplate(lesson.templateId, catalog);
        if (!t)
            fail(QStringLiteral("diagram"),
                LoadText::tr("unknown template \"%1\"%2; expected one of %3")
                    .arg(lesson.templateId, didYouMean(lesson.templateId, builtinTemplateIds()),
                        builtinTemplateIds().join(QStringLiteral(", "))));
        lesson.diagram = std::move(*t);
        return;
    }
    if (!d->is_object())
        fail(QStringLiteral("diagram"),
            LoadText::tr("must be a template id or a .cwa document, found %1").arg(jsonTypeName(*d)));
    lesson.diagram = std::move(*embeddedDiagram(*d, catalog));
}

} // namespace

LessonLoad readLesson(const QByteArray& bytes, const QString& fileName, const Catalog& catalog, const RuleBook& rules)
{
    LessonLoad result;
    if (std::optional<LoadError> refused = readJsonDocument(bytes, fileName, [&](const Json& doc) {
            checkHeader(doc, kLessonFormat, kLessonFormatVersion, LoadText::tr("a lesson file"));
            Lesson lesson;
            // Other top-level keys (author, course, licence) are the teacher's; they are ignored.
            LessonReader(catalog, rules).readBody(doc, Place(""), lesson);
            readDiagram(doc, catalog, lesson);
            checkAgainstDiagram(lesson, Place(""));
            result.lesson = std::move(lesson);
        }))
        result.error = std::move(*refused);
    return result;
}

LessonLoad readLessonFile(const QString& path, const Catalog& catalog, const RuleBook& rules)
{
    LessonLoad result;
    const std::optional<QByteArray> bytes = readInputFile(path, &result.error);
    if (!bytes)
        return result;
    return readLesson(*bytes, path, catalog, rules);
}

LessonLoad readEmbeddedLesson(const Diagram& diagram, const QString& fileName, const Catalog& catalog, const RuleBook& rules)
{
    LessonLoad result;
    const Json* j = find(diagram.extra, "lesson");
    if (!j || j->is_null())
        return result;
    if (std::optional<LoadError> refused = refusal(fileName, [&] {
            const Place place("lesson");
            requireObject(*j, place, QStringLiteral("{\"id\": \"...\", \"title\": \"...\", \"steps\": [...]}"));
            if (find(*j, "diagram"))
                fail(place.dot("diagram"),
                    LoadText::tr("a lesson inside a .cwa file runs on that file's diagram; leave \"diagram\" out"));
            Lesson lesson;
            LessonReader(catalog, rules).readBody(*j, place, lesson);
            lesson.diagram = diagram;
            lesson.diagram.extra.erase("lesson"); // the diagram it runs on, not a copy of the lesson again
            checkAgainstDiagram(lesson, place);
            result.lesson = std::move(lesson);
        }))
        result.error = std::move(*refused);
    return result;
}

std::vector<Lesson> builtinLessons()
{
    std::vector<Lesson> out;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        LessonLoad load = readLessonFile(dir.filePath(name), Catalog::builtin(), RuleBook::builtin());
        if (load.ok())
            out.push_back(std::move(*load.lesson));
    }
    return out;
}

QStringList builtinTemplateIds()
{
    QStringList ids;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString& name : dir.entryList({QStringLiteral("*.cwa")}, QDir::Files, QDir::Name))
        ids << name.chopped(4);
    return ids;
}

std::optional<Diagram> builtinTemplate(const QString& id, const Catalog& catalog)
{
    if (!builtinTemplateIds().contains(id))
        return std::nullopt;
    LoadResult r = readCwaFile(QStringLiteral(":/templates/%1.cwa").arg(id), catalog);
    return std::move(r.diagram);
}

} // namespace cw::teach
