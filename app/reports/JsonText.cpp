#include "JsonText.h"

#include "domain/PlainText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace JsonText {

QByteArray safe(const QJsonDocument &document)
{
    const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString out;
    out.reserve(json.size());
    for (const QChar c : json) {
        if (PlainText::isUnsafe(c.unicode(), PlainText::Lines::Several))
            out +=
                QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
        else
            out += c;
    }
    return out.toUtf8();
}

QJsonArray objects(const QStringList &keys, const QList<QVariantList> &rows)
{
    QJsonArray array;
    for (const QVariantList &row : rows) {
        QJsonObject object;
        for (int i = 0; i < keys.size(); ++i)
            object.insert(keys.at(i), QJsonValue::fromVariant(row.value(i)));
        array.append(object);
    }
    return array;
}

} // namespace JsonText
