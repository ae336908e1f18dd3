#include "SqlCipherOpenOptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

bool parseFlag(const QString &value, bool *flag)
{
    if (value == QLatin1String("1") || value == QLatin1String("0")) {
        *flag = value == QLatin1String("1");
        return true;
    }
    return false;
}

} // namespace

QString SqlCipherOpenOptions::parse(const QString &connOpts, SqlCipherOpenOptions *options)
{
    const QStringList parts = connOpts.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString name = (equals < 0 ? part : part.left(equals)).trimmed();
        const QString value = equals < 0 ? QString() : part.mid(equals + 1).trimmed();
        bool ok = true;
        if (name == QLatin1String("PW_KEY_KIND")) {
            ok = value == QLatin1String("raw") || value == QLatin1String("passphrase");
            options->keyKind = value == QLatin1String("raw") ? SqlCipherDriver::KeyKind::Raw
                                                             : SqlCipherDriver::KeyKind::Passphrase;
        } else if (name == QLatin1String("PW_PLAINTEXT")) {
            ok = parseFlag(value, &options->plaintext);
        } else if (name == QLatin1String("PW_READ_ONLY")) {
            ok = parseFlag(value, &options->readOnly);
        } else if (name == QLatin1String("PW_CIPHER_COMPATIBILITY")) {
            ok = value == QLatin1String("3") || value == QLatin1String("4");
            options->compatibility = value.toInt();
        } else if (name == QLatin1String("PW_CHECK_ON_OPEN")) {
            ok = parseFlag(value, &options->checkOnOpen);
        } else if (name == QLatin1String("PW_CANCELLABLE_READS")) {
            ok = parseFlag(value, &options->cancellableReads);
        } else if (name == QLatin1String("PW_BUSY_TIMEOUT_MS")) {
            options->busyTimeoutMs = value.toInt(&ok);
            ok = ok && options->busyTimeoutMs >= 0;
        } else {
            return QCoreApplication::translate("SqlCipherDriver", "Unknown connect option \"%1\".").arg(name);
        }
        if (!ok)
            return QCoreApplication::translate("SqlCipherDriver",
                                               "Invalid value \"%1\" for connect option %2.")
                .arg(value, name);
    }
    return {};
}
