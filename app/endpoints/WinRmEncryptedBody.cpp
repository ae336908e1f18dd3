#include "WinRmEncryptedBody.h"

#include "NtlmClient.h"
#include "NtlmSessionSecurity.h"

#include <QtEndian>

namespace {

const QByteArray &head()
{
    static const QByteArray text("--Encrypted Boundary\r\n"
                                 "\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
                                 "\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=");
    return text;
}

const QByteArray &middle()
{
    static const QByteArray text("\r\n--Encrypted Boundary\r\n"
                                 "\tContent-Type: application/octet-stream\r\n");
    return text;
}

const QByteArray &tail()
{
    static const QByteArray text("--Encrypted Boundary--\r\n");
    return text;
}

constexpr int MaximumLengthDigits = 10;

} // namespace

QByteArray WinRmEncryptedBody::contentType()
{
    return QByteArrayLiteral("multipart/encrypted;protocol=\"application/"
                             "HTTP-SPNEGO-session-encrypted\";boundary=\"Encrypted Boundary\"");
}

bool WinRmEncryptedBody::isEncrypted(const QByteArray &contentTypeHeader)
{
    const QByteArray lower = contentTypeHeader.toLower();
    return lower.startsWith("multipart/encrypted") &&
           lower.contains("protocol=\"application/http-spnego-session-encrypted\"");
}

QByteArray WinRmEncryptedBody::compose(qsizetype originalLength, const QByteArray &signature,
                                       const QByteArray &sealed)
{
    QByteArray body = head();
    body.append(QByteArray::number(originalLength));
    body.append(middle());
    char length[4];
    qToLittleEndian<quint32>(static_cast<quint32>(signature.size()), length);
    body.append(length, 4);
    body.append(signature);
    body.append(sealed);
    body.append(tail());
    return body;
}

Result<WinRmEncryptedBody::Parts> WinRmEncryptedBody::parse(const QByteArray &body)
{
    const auto refused = [](const QString &what) {
        return Error{tr("The server's encrypted WinRM message is malformed: %1.").arg(what),
                     {},
                     QStringLiteral("winrm-encrypted-body")};
    };
    if (!body.startsWith(head()))
        return refused(tr("it does not start with the expected MIME header"));
    qsizetype at = head().size();
    qsizetype digitsEnd = at;
    while (digitsEnd < body.size() && digitsEnd - at <= MaximumLengthDigits && body.at(digitsEnd) >= '0' &&
           body.at(digitsEnd) <= '9')
        ++digitsEnd;
    if (digitsEnd == at || digitsEnd - at > MaximumLengthDigits)
        return refused(tr("the original length is missing or too long"));
    bool ok = false;
    const qint64 originalLength = body.mid(at, digitsEnd - at).toLongLong(&ok);
    if (!ok)
        return refused(tr("the original length is not a number"));
    at = digitsEnd;
    if (body.mid(at, middle().size()) != middle())
        return refused(tr("the second MIME part header is not the expected one"));
    at += middle().size();
    if (!body.endsWith(tail()))
        return refused(tr("it does not end with the closing boundary"));
    const qsizetype payloadEnd = body.size() - tail().size();
    if (payloadEnd - at < 4)
        return refused(tr("the signature length is missing"));
    const quint32 signatureLength = qFromLittleEndian<quint32>(body.constData() + at);
    at += 4;
    if (signatureLength != NtlmSessionSecurity::SignatureSize)
        return refused(tr("the signature is %1 bytes, not %2")
                           .arg(signatureLength)
                           .arg(NtlmSessionSecurity::SignatureSize));
    if (payloadEnd - at < qsizetype(signatureLength))
        return refused(tr("the signature is cut short"));
    Parts parts;
    parts.originalLength = originalLength;
    parts.signature = body.mid(at, signatureLength);
    at += signatureLength;
    parts.sealed = body.mid(at, payloadEnd - at);
    if (parts.sealed.size() != originalLength)
        return refused(
            tr("%1 bytes are announced but %2 were sent").arg(originalLength).arg(parts.sealed.size()));
    return parts;
}

QByteArray WinRmEncryptedBody::wrap(NtlmClient &client, const QByteArray &soap)
{
    if (!client.canSeal())
        return {};
    const QByteArray sealed = client.seal(soap);
    return compose(soap.size(), sealed.left(NtlmSessionSecurity::SignatureSize),
                   sealed.mid(NtlmSessionSecurity::SignatureSize));
}

Result<QByteArray> WinRmEncryptedBody::unwrap(NtlmClient &client, const QByteArray &body)
{
    auto parts = parse(body);
    if (!parts)
        return parts.error();
    return client.unseal(parts.value().signature, parts.value().sealed);
}
