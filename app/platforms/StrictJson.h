#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

// Reads the one JSON document a Windows script printed, strictly: at most MaxDocumentBytes, valid UTF-8, one
// object, no key twice in an object, nothing after the document but white space. One leading UTF-8 byte
// order mark is allowed (Windows PowerShell writes one when the console's output encoding carries it).
//
// Why a yajl pass besides QJsonDocument: QJsonDocument keeps one of two equal keys silently, so a document
// `{"kbs": ["KB1"], "kbs": ["KB2"]}` would mean what the reader happens to keep. yajl (already linked for the
// intel feeds) reports every key as it reads it, and the check refuses the second one.
class StrictJson
{
    Q_DECLARE_TR_FUNCTIONS(StrictJson)

public:
    static constexpr qsizetype MaxDocumentBytes = 32 * 1024 * 1024;
    static constexpr int MaxDepth = 16;

    static Result<QJsonObject> parseObject(const QByteArray &output, const QString &source);
};

// Typed, bounded reads of one JSON object's fields. The first problem is kept with the field's path
// ("updates[3].title: …"); later reads return empty values, so a parser reads a whole record and checks
// failed() once. Every key the parser does not read is a problem too (requireOnly): scripts print exactly
// the fields they document, and an unexpected one means the script and the parser disagree.
// (app/intel's JsonFields reads feeds the same way, but platforms may not use app/intel, and a script's
// output is held to more: no field it does not print, no null where it prints a value.)
class StrictFields
{
    Q_DECLARE_TR_FUNCTIONS(StrictFields)

public:
    explicit StrictFields(const QJsonObject &object);

    // A string without control characters of at most maxLength characters (an id, a version).
    QString token(const QString &key, qsizetype maxLength);
    // Free text from the endpoint (a title, a program name): control and reordering characters removed,
    // then cut to `cap` characters. Never an error for its content, only for its type.
    QString text(const QString &key, qsizetype cap);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    // An array of at most maxItems elements.
    QJsonArray array(const QString &key, qsizetype maxItems);
    // An array of strings (each a token of at most maxLength characters).
    QStringList tokens(const QString &key, qsizetype maxItems, qsizetype maxLength);
    // The object at `key`, or element `index` of an array read from this object under `key`.
    StrictFields object(const QString &key);
    StrictFields element(const QString &key, const QJsonArray &array, qsizetype index);

    // A problem with the value just read from `key` (a KB id that is not one): "PATH.key: WHAT".
    void fail(const QString &key, const QString &what);
    // Every key of the object is one of these.
    void requireOnly(const QStringList &keys);

    bool failed() const { return !m_problem->isEmpty(); }
    // The first problem, "PATH.key: WHAT".
    QString problem() const { return *m_problem; }

    // Removes control and reordering characters and cuts at `cap` characters (never inside a surrogate pair).
    static QString cleanText(const QString &text, qsizetype cap);

private:
    StrictFields(const QJsonObject &object, QString path, std::shared_ptr<QString> problem);
    QString pathOf(const QString &key) const;
    const QJsonValue *present(const QString &key, QJsonValue *slot);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_problem;
};
