#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QVariant>

class QJsonDocument;

// JSON as the CLI and every export write it: indented, and with no control character raw. QJsonDocument
// escapes C0 controls as RFC 8259 requires; DEL, C1 and the bidirectional controls it writes raw. The same
// \u escapes keep every string's value and keep them from reaching a terminal.
namespace JsonText {

QByteArray safe(const QJsonDocument &document);
// Rows as an array of objects, one member per key (a value's QVariant as QJsonValue: null, number, list...).
QJsonArray objects(const QStringList &keys, const QList<QVariantList> &rows);

} // namespace JsonText
