#include "ChannelBinding.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <optional>

namespace {

// One DER element inside [begin, end) of `der`.
struct Element
{
    unsigned char tag = 0;
    qsizetype contentBegin = 0;
    qsizetype contentEnd = 0; // also where the next element starts
};

// Reads the element at `at`, definite lengths of up to 4 bytes only (DER has no other), never past `end`.
std::optional<Element> readElement(const QByteArray &der, qsizetype at, qsizetype end)
{
    if (at < 0 || end > der.size() || at + 2 > end)
        return std::nullopt;
    Element element;
    element.tag = static_cast<unsigned char>(der.at(at));
    if ((element.tag & 0x1f) == 0x1f)
        return std::nullopt; // high tag numbers do not occur where we look
    const unsigned char first = static_cast<unsigned char>(der.at(at + 1));
    qsizetype position = at + 2;
    quint64 length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || position + count > end)
            return std::nullopt; // indefinite or absurd length
        for (int n = 0; n < count; ++n)
            length = (length << 8) | static_cast<unsigned char>(der.at(position + n));
        position += count;
    }
    if (length > quint64(end - position))
        return std::nullopt;
    element.contentBegin = position;
    element.contentEnd = position + static_cast<qsizetype>(length);
    return element;
}

constexpr unsigned char Sequence = 0x30;
constexpr unsigned char ObjectIdentifier = 0x06;
constexpr unsigned char ContextZero = 0xa0;

std::optional<QString> decodeOid(const QByteArray &der, const Element &oid)
{
    if (oid.tag != ObjectIdentifier || oid.contentBegin == oid.contentEnd)
        return std::nullopt;
    QStringList arcs;
    quint64 value = 0;
    bool first = true;
    for (qsizetype n = oid.contentBegin; n < oid.contentEnd; ++n) {
        const unsigned char byte = static_cast<unsigned char>(der.at(n));
        if (value > (quint64(1) << 56))
            return std::nullopt;
        value = (value << 7) | (byte & 0x7f);
        if (byte & 0x80)
            continue;
        if (first) {
            const quint64 top = value < 40 ? 0 : value < 80 ? 1 : 2;
            arcs << QString::number(top) << QString::number(value - top * 40);
            first = false;
        } else {
            arcs << QString::number(value);
        }
        value = 0;
    }
    if (static_cast<unsigned char>(der.at(oid.contentEnd - 1)) & 0x80)
        return std::nullopt; // the last arc is unfinished
    return arcs.join(u'.');
}

// AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }: the OID and where the
// parameters start.
std::optional<std::pair<QString, Element>> readAlgorithm(const QByteArray &der, const Element &identifier)
{
    if (identifier.tag != Sequence)
        return std::nullopt;
    const auto oid = readElement(der, identifier.contentBegin, identifier.contentEnd);
    if (!oid)
        return std::nullopt;
    const auto dotted = decodeOid(der, *oid);
    if (!dotted)
        return std::nullopt;
    return std::make_pair(*dotted, *oid);
}

std::optional<QCryptographicHash::Algorithm> hashOfDigestOid(const QString &oid)
{
    if (oid == QLatin1String("2.16.840.1.101.3.4.2.1"))
        return QCryptographicHash::Sha256;
    if (oid == QLatin1String("2.16.840.1.101.3.4.2.2"))
        return QCryptographicHash::Sha384;
    if (oid == QLatin1String("2.16.840.1.101.3.4.2.3"))
        return QCryptographicHash::Sha512;
    if (oid == QLatin1String("2.16.840.1.101.3.4.2.4"))
        return QCryptographicHash::Sha224;
    if (oid == QLatin1String("1.3.14.3.2.26") || oid == QLatin1String("1.2.840.113549.2.5"))
        return QCryptographicHash::Sha256; // SHA-1 and MD5 become SHA-256 (RFC 5929 section 4.1)
    return std::nullopt;
}

// The hash of a signature algorithm OID; RSASSA-PSS names its hash in its parameters.
std::optional<QCryptographicHash::Algorithm>
hashOfSignature(const QString &oid, const QByteArray &der, qsizetype parametersBegin, qsizetype parametersEnd)
{
    static const QList<std::pair<QLatin1String, QCryptographicHash::Algorithm>> table = {
        {QLatin1String("1.2.840.113549.1.1.4"), QCryptographicHash::Sha256},   // md5WithRSAEncryption
        {QLatin1String("1.2.840.113549.1.1.5"), QCryptographicHash::Sha256},   // sha1WithRSAEncryption
        {QLatin1String("1.2.840.113549.1.1.11"), QCryptographicHash::Sha256},  // sha256WithRSAEncryption
        {QLatin1String("1.2.840.113549.1.1.12"), QCryptographicHash::Sha384},  // sha384WithRSAEncryption
        {QLatin1String("1.2.840.113549.1.1.13"), QCryptographicHash::Sha512},  // sha512WithRSAEncryption
        {QLatin1String("1.2.840.113549.1.1.14"), QCryptographicHash::Sha224},  // sha224WithRSAEncryption
        {QLatin1String("1.2.840.10045.4.1"), QCryptographicHash::Sha256},      // ecdsa-with-SHA1
        {QLatin1String("1.2.840.10045.4.3.1"), QCryptographicHash::Sha224},    // ecdsa-with-SHA224
        {QLatin1String("1.2.840.10045.4.3.2"), QCryptographicHash::Sha256},    // ecdsa-with-SHA256
        {QLatin1String("1.2.840.10045.4.3.3"), QCryptographicHash::Sha384},    // ecdsa-with-SHA384
        {QLatin1String("1.2.840.10045.4.3.4"), QCryptographicHash::Sha512},    // ecdsa-with-SHA512
        {QLatin1String("1.2.840.10040.4.3"), QCryptographicHash::Sha256},      // dsa-with-sha1
        {QLatin1String("2.16.840.1.101.3.4.3.1"), QCryptographicHash::Sha224}, // dsa-with-sha224
        {QLatin1String("2.16.840.1.101.3.4.3.2"), QCryptographicHash::Sha256}, // dsa-with-sha256
    };
    for (const auto &[known, hash] : table) {
        if (oid == known)
            return hash;
    }
    if (oid != QLatin1String("1.2.840.113549.1.1.10")) // RSASSA-PSS
        return std::nullopt;
    // RSASSA-PSS-params ::= SEQUENCE { hashAlgorithm [0] AlgorithmIdentifier DEFAULT sha1, ... }
    const auto parameters = readElement(der, parametersBegin, parametersEnd);
    if (!parameters || parameters->tag != Sequence)
        return std::nullopt;
    if (parameters->contentBegin == parameters->contentEnd)
        return QCryptographicHash::Sha256; // all defaults: SHA-1, hence SHA-256
    const auto first = readElement(der, parameters->contentBegin, parameters->contentEnd);
    if (!first)
        return std::nullopt;
    if (first->tag != ContextZero)
        return QCryptographicHash::Sha256; // hashAlgorithm absent: SHA-1
    const auto identifier = readElement(der, first->contentBegin, first->contentEnd);
    if (!identifier)
        return std::nullopt;
    const auto algorithm = readAlgorithm(der, *identifier);
    if (!algorithm)
        return std::nullopt;
    return hashOfDigestOid(algorithm->first);
}

struct SignatureAlgorithm
{
    QString oid;
    std::optional<QCryptographicHash::Algorithm> hash;
};

std::optional<SignatureAlgorithm> readSignatureAlgorithm(const QByteArray &der)
{
    const auto certificate = readElement(der, 0, der.size());
    if (!certificate || certificate->tag != Sequence || certificate->contentEnd != der.size())
        return std::nullopt;
    const auto tbs = readElement(der, certificate->contentBegin, certificate->contentEnd);
    if (!tbs || tbs->tag != Sequence)
        return std::nullopt;
    const auto identifier = readElement(der, tbs->contentEnd, certificate->contentEnd);
    if (!identifier)
        return std::nullopt;
    const auto algorithm = readAlgorithm(der, *identifier);
    if (!algorithm)
        return std::nullopt;
    SignatureAlgorithm result;
    result.oid = algorithm->first;
    result.hash = hashOfSignature(result.oid, der, algorithm->second.contentEnd, identifier->contentEnd);
    return result;
}

} // namespace

Result<QString> ChannelBinding::signatureAlgorithmOid(const QByteArray &certificateDer)
{
    const auto algorithm = readSignatureAlgorithm(certificateDer);
    if (!algorithm)
        return Error{tr("The server's TLS certificate could not be read (its DER structure is malformed)."),
                     {},
                     QStringLiteral("certificate-malformed")};
    return algorithm->oid;
}

Result<QByteArray> ChannelBinding::tlsServerEndPoint(const QByteArray &certificateDer)
{
    const auto algorithm = readSignatureAlgorithm(certificateDer);
    if (!algorithm)
        return Error{tr("The server's TLS certificate could not be read (its DER structure is malformed)."),
                     {},
                     QStringLiteral("certificate-malformed")};
    if (!algorithm->hash)
        return Error{
            tr("No channel binding is defined for the server certificate's signature algorithm (%1).")
                .arg(algorithm->oid),
            tr("Use a certificate signed with RSA, RSASSA-PSS or ECDSA, or allow the connection without "
               "channel binding on the server (CbtHardeningLevel)."),
            QStringLiteral("channel-binding-unsupported")};
    return QCryptographicHash::hash(certificateDer, *algorithm->hash);
}

Result<QByteArray> ChannelBinding::tlsServerEndPoint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return Error{tr("The server presented no TLS certificate to bind NTLM to."),
                     {},
                     QStringLiteral("certificate-missing")};
    return tlsServerEndPoint(certificate.toDer());
}
