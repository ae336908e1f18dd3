#include "KeyLocation.h"

#include "PrivatePaths.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {

constexpr QLatin1StringView KeychainWord("keychain");
constexpr QLatin1StringView PassphraseWord("passphrase");
constexpr QLatin1StringView ServerWord("server");

KeyLocation::Mode modeFromName(const QString &name)
{
    if (name == KeychainWord)
        return KeyLocation::Mode::Keychain;
    if (name == PassphraseWord)
        return KeyLocation::Mode::Passphrase;
    if (name == ServerWord)
        return KeyLocation::Mode::Server;
    return KeyLocation::Mode::Unknown;
}

} // namespace

KeyLocation KeyLocation::of(const DatabaseConfig &config, const QString &service, const QString &backend)
{
    KeyLocation location;
    if (config.isPostgres()) {
        location.mode = Mode::Server;
        return location;
    }
    if (config.connectOptions.contains(QLatin1String("PW_KEY_KIND=raw"))) {
        location.mode = Mode::Keychain;
        location.backend = backend;
        location.service = service;
        location.account = config.keychainAccount();
    } else {
        location.mode = Mode::Passphrase;
    }
    return location;
}

QString KeyLocation::modeName() const
{
    switch (mode) {
    case Mode::Keychain:
        return KeychainWord;
    case Mode::Passphrase:
        return PassphraseWord;
    case Mode::Server:
        return ServerWord;
    case Mode::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString KeyLocation::summary() const
{
    switch (mode) {
    case Mode::Keychain:
        return backend.isEmpty() ? tr("key in the OS keychain")
                                 : tr("key in the OS keychain: %1").arg(backend);
    case Mode::Passphrase:
        return tr("key from a passphrase asked at each start");
    case Mode::Server:
        return tr("kept by the PostgreSQL server");
    case Mode::Unknown:
        break;
    }
    return tr("key location not recorded");
}

QString KeyLocation::recordPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".keylocation");
}

KeyLocation KeyLocation::recorded(const QString &databasePath)
{
    KeyLocation location;
    const QString file = recordPath(databasePath);
    if (!QFileInfo::exists(file))
        return location;
    QSettings record(file, QSettings::IniFormat);
    if (record.status() != QSettings::NoError)
        return location;
    record.beginGroup(QStringLiteral("key"));
    location.mode = modeFromName(record.value(QStringLiteral("mode")).toString());
    if (location.mode == Mode::Keychain) {
        location.backend = record.value(QStringLiteral("backend")).toString();
        location.service = record.value(QStringLiteral("service")).toString();
        location.account = record.value(QStringLiteral("account")).toString();
    }
    return location;
}

Status KeyLocation::record(const QString &databasePath, const KeyLocation &location)
{
    if (location.mode == Mode::Server || location.mode == Mode::Unknown)
        return {};
    if (recorded(databasePath) == location)
        return {};
    const QString file = recordPath(databasePath);
    if (!PrivatePaths::makeFile(file)) {
        QFile::remove(file); // a stale record would ask the wrong question
        return Error{tr("Cannot record where the key of %1 lives in %2.").arg(databasePath, file),
                     tr("Check that the database's folder is writable.")};
    }
    QSettings record(file, QSettings::IniFormat);
    record.clear();
    record.beginGroup(QStringLiteral("key"));
    record.setValue(QStringLiteral("mode"), location.modeName());
    if (location.mode == Mode::Keychain) {
        record.setValue(QStringLiteral("backend"), location.backend);
        record.setValue(QStringLiteral("service"), location.service);
        record.setValue(QStringLiteral("account"), location.account);
    }
    record.endGroup();
    record.sync();
    if (record.status() != QSettings::NoError) {
        QFile::remove(file);
        return Error{tr("Cannot record where the key of %1 lives in %2.").arg(databasePath, file),
                     tr("Check that the database's folder is writable.")};
    }
    return {};
}

bool KeyLocation::operator==(const KeyLocation &other) const
{
    return mode == other.mode && backend == other.backend && service == other.service &&
           account == other.account;
}
