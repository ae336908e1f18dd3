#include "HttpResponse.h"

QByteArrayList HttpResponse::values(const QByteArray &name) const
{
    QByteArrayList found;
    for (const auto &[field, text] : headers) {
        if (field.compare(name, Qt::CaseInsensitive) == 0)
            found << text;
    }
    return found;
}

QByteArray HttpResponse::value(const QByteArray &name) const
{
    const QByteArrayList all = values(name);
    return all.isEmpty() ? QByteArray() : all.first();
}

bool HttpResponse::closesConnection() const
{
    for (const QByteArray &connection : values("Connection")) {
        for (const QByteArray &token : connection.split(',')) {
            if (token.trimmed().compare("close", Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}
