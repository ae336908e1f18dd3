#include "CheckpointFile.h"

#include "storage/PrivatePaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr qint64 MaxFileSize = 64 * 1024;

} // namespace

QByteArray CheckpointFile::toJson(const AuditCheckpoint &checkpoint)
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), QString::fromLatin1(Format));
    object.insert(QStringLiteral("database"), checkpoint.databaseId);
    object.insert(QStringLiteral("checkpoint"), checkpoint.id);
    object.insert(QStringLiteral("at"), checkpoint.at.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("signer"), checkpoint.signer);
    object.insert(QStringLiteral("event"), checkpoint.eventId);
    object.insert(QStringLiteral("event_hash"), QString::fromLatin1(checkpoint.eventHash));
    object.insert(QStringLiteral("events"), checkpoint.eventCount);
    object.insert(QStringLiteral("public_key"), QString::fromLatin1(checkpoint.publicKey.toHex()));
    object.insert(QStringLiteral("signature"), QString::fromLatin1(checkpoint.signature.toHex()));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<AuditCheckpoint> CheckpointFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("It is not a checkpoint file: not a JSON object."), {}};
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return Error{tr("It is not a checkpoint file: \"format\" is not \"%1\".").arg(QLatin1String(Format)),
                     {}};
    QStringList bad;
    const auto text = [&](const char *name) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isString())
            bad.append(QLatin1String(name));
        return value.toString();
    };
    const auto number = [&](const char *name) {
        const QJsonValue value = object.value(QLatin1String(name));
        const double n = value.toDouble(-1);
        if (!value.isDouble() || n < 1 || n > 9.0e15 || n != double(qint64(n)))
            bad.append(QLatin1String(name));
        return qint64(n);
    };
    const auto hex = [&](const char *name, int bytes) {
        static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]+$"));
        const QString value = text(name);
        if (value.size() != bytes * 2 || !pattern.match(value).hasMatch()) {
            if (!bad.contains(QLatin1String(name)))
                bad.append(QLatin1String(name));
            return QByteArray();
        }
        return QByteArray::fromHex(value.toLatin1());
    };
    AuditCheckpoint checkpoint;
    checkpoint.databaseId = text("database");
    checkpoint.id = number("checkpoint");
    checkpoint.at = QDateTime::fromString(text("at"), Qt::ISODateWithMs);
    if (!checkpoint.at.isValid() && !bad.contains(QLatin1String("at")))
        bad.append(QStringLiteral("at"));
    checkpoint.signer = text("signer");
    checkpoint.eventId = number("event");
    checkpoint.eventHash = hex("event_hash", 32).toHex();
    checkpoint.eventCount = number("events");
    checkpoint.publicKey = hex("public_key", 32);
    checkpoint.signature = hex("signature", 64);
    if (!bad.isEmpty())
        return Error{tr("The checkpoint file has missing or malformed fields: %1.")
                         .arg(bad.join(QStringLiteral(", "))),
                     {}};
    return checkpoint;
}

Status CheckpointFile::write(const QString &path, const AuditCheckpoint &checkpoint)
{
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    // Not secret, but only its owner may replace it: 0600 (an older copy put in its place would hide a cut).
    if (!QDir().mkpath(folder) || !PrivatePaths::makeFile(path) || !file.open(QIODevice::WriteOnly) ||
        file.write(toJson(checkpoint)) < 0 || !file.commit())
        return Error{tr("Cannot write the checkpoint to %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     tr("Check that the folder exists and is writable.")};
    return {};
}

Result<AuditCheckpoint> CheckpointFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("Cannot read the checkpoint %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            {}};
    const QByteArray json = file.read(MaxFileSize + 1);
    if (json.size() > MaxFileSize)
        return Error{tr("%1 is not a checkpoint file: it is larger than %2 KiB.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(MaxFileSize / 1024),
                     {}};
    auto checkpoint = fromJson(json);
    if (!checkpoint)
        return Error{QDir::toNativeSeparators(path) + QStringLiteral(": ") + checkpoint.error().message, {}};
    return checkpoint;
}

QString CheckpointFile::localPath(const QString &databaseId)
{
    static const QRegularExpression safe(QStringLiteral("[^0-9a-zA-Z]"));
    QString name = databaseId;
    name.replace(safe, QStringLiteral("_"));
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("audit-anchors"));
    PrivatePaths::makeFolder(folder);
    return QDir(folder).filePath(name.left(64) + QStringLiteral(".json"));
}
