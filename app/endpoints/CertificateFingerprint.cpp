#include "CertificateFingerprint.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

QString nameOf(const QSslCertificate &certificate, bool issuer)
{
    const QString name = issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return name.isEmpty() ? QStringLiteral("-") : name;
}

} // namespace

QString CertificateFingerprint::fromDigest(const QByteArray &sha256)
{
    return QStringLiteral("SHA256:") + QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString CertificateFingerprint::of(const QSslCertificate &certificate)
{
    return fromDigest(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256));
}

Result<QString> CertificateFingerprint::parse(const QString &typed)
{
    QString text = typed.trimmed();
    // a digest name has a letter beyond A-F ("SHA256", "sha1", "MD5"), so "AB:CD:..." is not taken for one
    static const QRegularExpression prefix(
        QStringLiteral("^([A-Za-z0-9-]*[G-Zg-z][A-Za-z0-9-]*)(?:\\s+Fingerprint)?\\s*[:=]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch named = prefix.match(text);
    if (named.hasMatch()) {
        const QString algorithm = named.captured(1).toUpper().remove(QLatin1Char('-'));
        if (algorithm != QLatin1String("SHA256"))
            return Error{
                tr("\"%1\" is a %2 fingerprint; the certificate is pinned by its SHA-256 fingerprint.")
                    .arg(typed.left(120), named.captured(1)),
                tr("Print it with: openssl x509 -noout -fingerprint -sha256 -in CERT.pem")};
        text = text.mid(named.capturedLength());
    }
    QString hex = text;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]*$"));
    if (hex.isEmpty() || !hexOnly.match(hex).hasMatch())
        return Error{tr("\"%1\" is not a SHA-256 fingerprint (hexadecimal pairs such as SHA256:AB:CD:…).")
                         .arg(typed.left(120))};
    if (hex.size() != 64)
        return Error{tr("\"%1\" has %2 hexadecimal digits; a SHA-256 fingerprint has 64.")
                         .arg(typed.left(120))
                         .arg(hex.size()),
                     tr("Copy the whole fingerprint: openssl x509 -noout -fingerprint -sha256 -in CERT.pem")};
    // colons, when given, must separate pairs: "A:BC:..." is a typing mistake, not a fingerprint
    if (text.contains(QLatin1Char(':'))) {
        const QStringList pairs = text.split(QLatin1Char(':'));
        for (const QString &pair : pairs) {
            if (pair.trimmed().size() != 2)
                return Error{tr("\"%1\" does not separate the fingerprint's hexadecimal pairs with colons.")
                                 .arg(typed.left(120))};
        }
    }
    return fromDigest(QByteArray::fromHex(hex.toLatin1()));
}

QString CertificateFingerprint::describe(const QSslCertificate &certificate)
{
    return tr("subject %1; issuer %2; valid from %3 to %4")
        .arg(nameOf(certificate, false), nameOf(certificate, true),
             certificate.effectiveDate().toUTC().toString(Qt::ISODate),
             certificate.expiryDate().toUTC().toString(Qt::ISODate));
}
