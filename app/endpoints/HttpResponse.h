#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>

// One HTTP/1.1 response as HttpResponseParser read it: the status, the header fields in the order received
// (names as sent; look-ups ignore case, and a field sent several times, such as WWW-Authenticate, keeps
// every value) and the whole body, de-chunked.
struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Every value of the field `name` (case-insensitive), in order.
    QByteArrayList values(const QByteArray &name) const;
    // The first value of `name`, or empty.
    QByteArray value(const QByteArray &name) const;
    // The server said it closes the connection after this response (`Connection: close`).
    bool closesConnection() const;
};

// A request's header field; the request line and Content-Length are written by HttpConnection.
using HttpHeader = QPair<QByteArray, QByteArray>;
