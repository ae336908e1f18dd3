#include "StrictJson.h"

#include "domain/PlainText.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QSet>

#include <yajl/yajl_parse.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The keys seen in each open container (arrays hold no keys: an empty set that is never filled).
struct KeyCheck
{
    QList<QSet<QByteArray>> frames;
    QByteArray duplicate;
    bool tooDeep = false;

    static KeyCheck *of(void *context) { return static_cast<KeyCheck *>(context); }
    static int scalar(void *) { return 1; }
    static int boolean(void *, int) { return 1; }
    static int number(void *, const char *, size_t) { return 1; }
    static int text(void *, const unsigned char *, size_t) { return 1; }
    static int open(void *context)
    {
        KeyCheck *check = of(context);
        if (check->frames.size() >= StrictJson::MaxDepth) {
            check->tooDeep = true;
            return 0;
        }
        check->frames.append(QSet<QByteArray>());
        return 1;
    }
    static int key(void *context, const unsigned char *key, size_t length)
    {
        KeyCheck *check = of(context);
        const QByteArray name(reinterpret_cast<const char *>(key), qsizetype(length));
        if (check->frames.last().contains(name)) {
            check->duplicate = name;
            return 0;
        }
        check->frames.last().insert(name);
        return 1;
    }
    static int close(void *context)
    {
        of(context)->frames.removeLast();
        return 1;
    }
};

// Empty when every object's keys are distinct and the nesting is within MaxDepth; else what is wrong.
QString keyProblem(QByteArrayView json)
{
    static const yajl_callbacks callbacks = {&KeyCheck::scalar, &KeyCheck::boolean, nullptr,
                                             nullptr,           &KeyCheck::number,  &KeyCheck::text,
                                             &KeyCheck::open,   &KeyCheck::key,     &KeyCheck::close,
                                             &KeyCheck::open,   &KeyCheck::close};
    KeyCheck check;
    yajl_handle handle = yajl_alloc(&callbacks, nullptr, &check);
    if (!handle)
        return StrictJson::tr("the JSON parser could not start");
    yajl_status status =
        yajl_parse(handle, reinterpret_cast<const unsigned char *>(json.data()), size_t(json.size()));
    if (status == yajl_status_ok)
        status = yajl_complete_parse(handle);
    yajl_free(handle);
    if (!check.duplicate.isEmpty())
        return StrictJson::tr("the key \"%1\" appears twice in one object")
            .arg(StrictFields::cleanText(QString::fromUtf8(check.duplicate), 64));
    if (check.tooDeep)
        return StrictJson::tr("values are nested more than %1 deep").arg(StrictJson::MaxDepth);
    if (status != yajl_status_ok)
        return StrictJson::tr("the document is not valid JSON");
    return {};
}

} // namespace

Result<QJsonObject> StrictJson::parseObject(const QByteArray &output, const QString &source)
{
    const QString hint =
        tr("Patchwright refuses output it does not understand; run the scan again, and check that nothing on "
           "the host (a profile, a logon script) prints to the console.");
    QByteArrayView json(output);
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.sliced(3);
    if (json.size() > MaxDocumentBytes)
        return Error{tr("%1: more than %2 bytes, the limit.").arg(source).arg(MaxDocumentBytes), hint};
    if (json.trimmed().isEmpty())
        return Error{tr("%1: the script printed nothing.").arg(source), hint};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("%1: not one JSON document (%2 at byte %3).")
                         .arg(source, error.errorString())
                         .arg(error.offset),
                     hint};
    if (!document.isObject())
        return Error{tr("%1: the JSON document is not an object.").arg(source), hint};
    if (const QString problem = keyProblem(json); !problem.isEmpty())
        return Error{tr("%1: %2.").arg(source, problem), hint};
    return document.object();
}

StrictFields::StrictFields(const QJsonObject &object)
    : StrictFields(object, QString(), std::make_shared<QString>())
{
}

StrictFields::StrictFields(const QJsonObject &object, QString path, std::shared_ptr<QString> problem)
    : m_object(object)
    , m_path(std::move(path))
    , m_problem(std::move(problem))
{
}

QString StrictFields::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void StrictFields::fail(const QString &key, const QString &what)
{
    if (m_problem->isEmpty())
        *m_problem = pathOf(key) + u": "_s + what;
}

const QJsonValue *StrictFields::present(const QString &key, QJsonValue *slot)
{
    if (failed())
        return nullptr;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        fail(key, tr("missing"));
        return nullptr;
    }
    *slot = it.value();
    return slot;
}

QString StrictFields::token(const QString &key, qsizetype maxLength)
{
    QJsonValue slot;
    const QJsonValue *value = present(key, &slot);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(key, tr("not a string"));
        return {};
    }
    const QString string = value->toString();
    if (string.size() > maxLength) {
        fail(key, tr("longer than %1 characters").arg(maxLength));
        return {};
    }
    if (!PlainText::problem(string, PlainText::Lines::One).isEmpty()) {
        fail(key, tr("holds a control character"));
        return {};
    }
    return string;
}

QString StrictFields::text(const QString &key, qsizetype cap)
{
    QJsonValue slot;
    const QJsonValue *value = present(key, &slot);
    if (!value)
        return {};
    if (value->isNull())
        return {};
    if (!value->isString()) {
        fail(key, tr("not a string"));
        return {};
    }
    return cleanText(value->toString(), cap);
}

qint64 StrictFields::integer(const QString &key, qint64 min, qint64 max)
{
    QJsonValue slot;
    const QJsonValue *value = present(key, &slot);
    if (!value)
        return min;
    if (!value->isDouble()) {
        fail(key, tr("not a number"));
        return min;
    }
    const double number = value->toDouble();
    if (std::trunc(number) != number || number < double(min) || number > double(max)) {
        fail(key, tr("not a whole number from %1 to %2").arg(min).arg(max));
        return min;
    }
    return qint64(number);
}

bool StrictFields::boolean(const QString &key)
{
    QJsonValue slot;
    const QJsonValue *value = present(key, &slot);
    if (!value)
        return false;
    if (!value->isBool()) {
        fail(key, tr("not true or false"));
        return false;
    }
    return value->toBool();
}

QJsonArray StrictFields::array(const QString &key, qsizetype maxItems)
{
    QJsonValue slot;
    const QJsonValue *value = present(key, &slot);
    if (!value)
        return {};
    if (!value->isArray()) {
        fail(key, tr("not an array"));
        return {};
    }
    const QJsonArray array = value->toArray();
    if (array.size() > maxItems) {
        fail(key, tr("more than %1 entries").arg(maxItems));
        return {};
    }
    return array;
}

QStringList StrictFields::tokens(const QString &key, qsizetype maxItems, qsizetype maxLength)
{
    const QJsonArray values = array(key, maxItems);
    QStringList result;
    for (qsizetype i = 0; i < values.size() && !failed(); ++i) {
        const QString at = key + u'[' + QString::number(i) + u']';
        const QJsonValue value = values.at(i);
        if (!value.isString()) {
            fail(at, tr("not a string"));
        } else if (value.toString().size() > maxLength) {
            fail(at, tr("longer than %1 characters").arg(maxLength));
        } else if (!PlainText::problem(value.toString(), PlainText::Lines::One).isEmpty()) {
            fail(at, tr("holds a control character"));
        } else {
            result.append(value.toString());
        }
    }
    return failed() ? QStringList() : result;
}

StrictFields StrictFields::object(const QString &key)
{
    QJsonValue slot;
    const QJsonValue *value = present(key, &slot);
    if (value && !value->isObject())
        fail(key, tr("not an object"));
    return StrictFields(value && value->isObject() ? value->toObject() : QJsonObject(), pathOf(key),
                        m_problem);
}

StrictFields StrictFields::element(const QString &key, const QJsonArray &array, qsizetype index)
{
    const QString at = key + u'[' + QString::number(index) + u']';
    const QJsonValue value = index < array.size() ? array.at(index) : QJsonValue();
    if (!value.isObject())
        fail(at, tr("not an object"));
    return StrictFields(value.toObject(), pathOf(at), m_problem);
}

void StrictFields::requireOnly(const QStringList &keys)
{
    if (failed())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!keys.contains(it.key())) {
            fail(cleanText(it.key(), 64), tr("a field the script does not print"));
            return;
        }
    }
}

QString StrictFields::cleanText(const QString &text, qsizetype cap)
{
    QString clean;
    clean.reserve(qMin(text.size(), cap));
    for (qsizetype i = 0; i < text.size() && clean.size() < cap; ++i) {
        const QChar c = text.at(i);
        if (PlainText::isUnsafe(c.unicode(), PlainText::Lines::One))
            continue;
        if (c.isHighSurrogate()) {
            // A pair is kept whole or not at all; a lone half is dropped.
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                continue;
            if (clean.size() + 2 > cap)
                break;
            clean.append(c);
            clean.append(text.at(++i));
            continue;
        }
        if (c.isLowSurrogate())
            continue; // a lone half
        clean.append(c);
    }
    return clean;
}
