#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1String>
#include <QStringList>

#include <functional>
#include <optional>

// Reads typed fields out of a feed's JSON, checking type, syntax and length, and remembers the first
// problem with the JSON path where it is ("$.vulnerabilities[3].dateAdded"). After a problem every read
// returns an empty value without checking, so a parser reads a whole record and asks failed() once.
// Optional fields may be absent or null; present ones must have the right type.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    enum Need
    {
        Optional,
        Required
    };

    static constexpr qint64 MaxInputBytes = qint64(1) << 30;
    static constexpr qsizetype IdLength = 64;      // CVE, CWE and advisory ids, statuses, versions
    static constexpr qsizetype NameLength = 1024;  // vendors, products, package names, summaries' titles
    static constexpr qsizetype TextLength = 65536; // descriptions, required actions, summaries
    static constexpr qsizetype VectorLength = 256; // CVSS vectors

    // The document in `json`, refusing input over MaxInputBytes; a syntax error names the line and column.
    static Result<QJsonDocument> parseDocument(const QByteArray &json);
    // The path of the document's root in messages: "$".
    static QString rootPath() { return QStringLiteral("$"); }
    // Whether object[key] is present and not null.
    static bool has(const QJsonObject &object, QLatin1String key);
    // "a number", "an array", "the string "x"" ... for messages.
    static QString describe(const QJsonValue &value);
    static QString member(const QString &path, QLatin1String key) { return path + u'.' + key; }
    static QString element(const QString &path, qsizetype index);

    QString string(const QJsonObject &object, QLatin1String key, const QString &path, qsizetype maxLength,
                   Need need = Optional);
    QString cveId(const QJsonObject &object, QLatin1String key, const QString &path, Need need = Optional);
    QDate date(const QJsonObject &object, QLatin1String key, const QString &path, Need need = Optional);
    QDateTime timestamp(const QJsonObject &object, QLatin1String key, const QString &path,
                        Need need = Optional);
    // A number in [min, max]; `fallback` when absent.
    double number(const QJsonObject &object, QLatin1String key, const QString &path, double min, double max,
                  double fallback, Need need = Optional);
    // A whole number in [0, 2^31); 0 when absent.
    int count(const QJsonObject &object, QLatin1String key, const QString &path, Need need = Optional);
    QJsonArray array(const QJsonObject &object, QLatin1String key, const QString &path, Need need = Optional);
    QJsonObject object(const QJsonObject &object, QLatin1String key, const QString &path,
                       Need need = Optional);
    // Elements of an array at `path`.
    QJsonObject objectAt(const QJsonArray &array, qsizetype index, const QString &path);
    QString stringAt(const QJsonArray &array, qsizetype index, const QString &path, qsizetype maxLength);
    // Calls `onObject` with each element of the array at `path` (as objectAt() returns it) and the element's
    // path, in order, until a problem is recorded.
    void
    forEachObject(const QJsonArray &array, const QString &path,
                  const std::function<void(const QJsonObject &object, const QString &objectPath)> &onObject);
    // The document's root as an object.
    QJsonObject root(const QJsonDocument &document);
    // root() of the feed document in `json`. A document parseDocument() refuses is refused as
    // "<source>: <why>." with `hint` and the code feed-malformed; a root that is not an object is a recorded
    // problem, as in root().
    Result<QJsonObject> parseRoot(const QByteArray &json, const QString &source, const QString &hint);
    // The frame of a feed parser: parseRoot(), then `read(fields, rootObject, rootPath())` for the value,
    // then the first recorded problem as error(source, hint), or the value.
    template<typename T, typename Read>
    static Result<T> parseFeed(const QByteArray &json, const QString &source, const QString &hint, Read read)
    {
        JsonFields fields;
        const Result<QJsonObject> parsed = fields.parseRoot(json, source, hint);
        if (!parsed)
            return parsed.error();
        T value = read(fields, parsed.value(), rootPath());
        if (fields.failed())
            return fields.error(source, hint);
        return value;
    }

    void fail(const QString &path, const QString &what);
    bool failed() const { return m_failed; }
    // "<source>: <path>: <what>." with `hint`.
    Error error(const QString &source, const QString &hint) const;

private:
    // The value at object[key], or nullopt after recording "missing" when required and absent/null.
    std::optional<QJsonValue> present(const QJsonObject &object, QLatin1String key, const QString &path,
                                      Need need);
    QString checkedString(const QJsonValue &value, const QString &path, qsizetype maxLength);

    bool m_failed = false;
    QString m_path;
    QString m_what;
};
