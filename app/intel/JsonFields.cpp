#include "JsonFields.h"

#include "FeedSyntax.h"

#include <QJsonParseError>

#include <cmath>

namespace {

QString quoted(const QString &text)
{
    const qsizetype shown = 40;
    return u'"' + (text.size() > shown ? text.left(shown) + u'\x2026' : text) + u'"';
}

} // namespace

Result<QJsonDocument> JsonFields::parseDocument(const QByteArray &json)
{
    if (json.size() > MaxInputBytes)
        return Error{
            tr("the input is %1 bytes, more than the limit of %2").arg(json.size()).arg(MaxInputBytes)};
    if (json.trimmed().isEmpty())
        return Error{tr("the input is empty")};
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
        const qsizetype lastNewline = json.lastIndexOf('\n', offset - 1);
        const qsizetype line = QByteArrayView(json).first(offset).count('\n') + 1;
        const qsizetype column = offset - lastNewline; // 1-based: lastNewline is -1 on the first line
        return Error{tr("malformed JSON at line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString())};
    }
    return document;
}

bool JsonFields::has(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonFields::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("the string %1").arg(quoted(value.toString()));
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonFields::element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void JsonFields::fail(const QString &path, const QString &what)
{
    if (m_failed)
        return;
    m_failed = true;
    m_path = path;
    m_what = what;
}

Error JsonFields::error(const QString &source, const QString &hint) const
{
    return Error{tr("%1: %2: %3.").arg(source, m_path, m_what), hint, QStringLiteral("feed-malformed")};
}

std::optional<QJsonValue> JsonFields::present(const QJsonObject &object, QLatin1String key,
                                              const QString &path, Need need)
{
    if (m_failed)
        return std::nullopt;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Required)
            fail(member(path, key), value.isNull() ? tr("required, but null") : tr("required, but missing"));
        return std::nullopt;
    }
    return value;
}

QString JsonFields::checkedString(const QJsonValue &value, const QString &path, qsizetype maxLength)
{
    if (!value.isString()) {
        fail(path, tr("expected a string, got %1").arg(describe(value)));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(path,
             tr("a string of %1 characters, longer than the limit of %2").arg(text.size()).arg(maxLength));
        return {};
    }
    return text;
}

QString JsonFields::string(const QJsonObject &object, QLatin1String key, const QString &path,
                           qsizetype maxLength, Need need)
{
    const std::optional<QJsonValue> value = present(object, key, path, need);
    return value ? checkedString(*value, member(path, key), maxLength) : QString();
}

QString JsonFields::cveId(const QJsonObject &object, QLatin1String key, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = present(object, key, path, need);
    if (!value)
        return {};
    if (!value->isString() || !FeedSyntax::isCveId(value->toString())) {
        fail(member(path, key), tr("expected a CVE id (CVE-YYYY-NNNN), got %1").arg(describe(*value)));
        return {};
    }
    return value->toString();
}

QDate JsonFields::date(const QJsonObject &object, QLatin1String key, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = present(object, key, path, need);
    if (!value)
        return {};
    const std::optional<QDate> parsed =
        value->isString() ? FeedSyntax::parseDate(value->toString()) : std::nullopt;
    if (!parsed) {
        fail(member(path, key), tr("expected a date (YYYY-MM-DD), got %1").arg(describe(*value)));
        return {};
    }
    return *parsed;
}

QDateTime JsonFields::timestamp(const QJsonObject &object, QLatin1String key, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = present(object, key, path, need);
    if (!value)
        return {};
    const std::optional<QDateTime> parsed =
        value->isString() ? FeedSyntax::parseTimestamp(value->toString()) : std::nullopt;
    if (!parsed) {
        fail(member(path, key),
             tr("expected a timestamp (YYYY-MM-DDTHH:MM:SS), got %1").arg(describe(*value)));
        return {};
    }
    return *parsed;
}

double JsonFields::number(const QJsonObject &object, QLatin1String key, const QString &path, double min,
                          double max, double fallback, Need need)
{
    const std::optional<QJsonValue> value = present(object, key, path, need);
    if (!value)
        return fallback;
    if (!value->isDouble()) {
        fail(member(path, key), tr("expected a number, got %1").arg(describe(*value)));
        return fallback;
    }
    const double number = value->toDouble();
    if (!(number >= min && number <= max)) {
        fail(member(path, key), tr("%1 is outside [%2, %3]").arg(number).arg(min).arg(max));
        return fallback;
    }
    return number;
}

int JsonFields::count(const QJsonObject &object, QLatin1String key, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = present(object, key, path, need);
    if (!value)
        return 0;
    const double number = value->isDouble() ? value->toDouble() : -1;
    if (!(number >= 0 && number < 2147483648.0) || std::floor(number) != number) {
        fail(member(path, key), tr("expected a whole number from 0, got %1").arg(describe(*value)));
        return 0;
    }
    return int(number);
}

QJsonArray JsonFields::array(const QJsonObject &object, QLatin1String key, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = present(object, key, path, need);
    if (!value)
        return {};
    if (!value->isArray()) {
        fail(member(path, key), tr("expected an array, got %1").arg(describe(*value)));
        return {};
    }
    return value->toArray();
}

QJsonObject JsonFields::object(const QJsonObject &object, QLatin1String key, const QString &path, Need need)
{
    const std::optional<QJsonValue> value = present(object, key, path, need);
    if (!value)
        return {};
    if (!value->isObject()) {
        fail(member(path, key), tr("expected an object, got %1").arg(describe(*value)));
        return {};
    }
    return value->toObject();
}

QJsonObject JsonFields::objectAt(const QJsonArray &array, qsizetype index, const QString &path)
{
    if (m_failed)
        return {};
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(element(path, index), tr("expected an object, got %1").arg(describe(value)));
        return {};
    }
    return value.toObject();
}

QString JsonFields::stringAt(const QJsonArray &array, qsizetype index, const QString &path,
                             qsizetype maxLength)
{
    if (m_failed)
        return {};
    return checkedString(array.at(index), element(path, index), maxLength);
}

QJsonObject JsonFields::root(const QJsonDocument &document)
{
    if (!document.isObject()) {
        fail(rootPath(),
             tr("expected an object, got %1").arg(document.isArray() ? tr("an array") : tr("nothing")));
        return {};
    }
    return document.object();
}

Result<QJsonObject> JsonFields::parseRoot(const QByteArray &json, const QString &source, const QString &hint)
{
    const Result<QJsonDocument> document = parseDocument(json);
    if (!document)
        return Error{tr("%1: %2.").arg(source, document.error().message), hint,
                     QStringLiteral("feed-malformed")};
    return root(document.value());
}

void JsonFields::forEachObject(
    const QJsonArray &array, const QString &path,
    const std::function<void(const QJsonObject &object, const QString &objectPath)> &onObject)
{
    for (qsizetype i = 0; i < array.size() && !m_failed; ++i) {
        const QJsonObject object = objectAt(array, i, path);
        onObject(object, element(path, i));
    }
}
