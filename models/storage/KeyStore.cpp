#include "KeyStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <array>

namespace {

// Runs a keychain job to completion or to the deadline; returns false on timeout.
bool runJob(QKeychain::Job &job, std::chrono::milliseconds timeout)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeout);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error unavailable(const QString &message)
{
    return Error{message,
                 QCoreApplication::translate(
                     "KeyStore", "Unlock your keyring (on Linux a Secret Service such as GNOME Keyring "
                                 "or KWallet), or use passphrase mode: set PATCHWRIGHT_DB_PASSPHRASE or "
                                 "pass --passphrase-file."),
                 QString::fromLatin1(KeyStore::UnavailableCode)};
}

} // namespace

KeyStore::KeyStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{
}

Result<KeyStore::Lookup> KeyStore::read(const QString &account) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    if (!runJob(job, m_timeout))
        return unavailable(tr("The OS keychain did not answer within %1 s.").arg(m_timeout.count() / 1000));
    if (job.error() == QKeychain::EntryNotFound)
        return Lookup{};
    if (job.error() != QKeychain::NoError)
        return unavailable(tr("The OS keychain refused to read the database key: %1").arg(job.errorString()));
    return Lookup{true, job.textData()};
}

Status KeyStore::write(const QString &account, const QString &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setTextData(secret);
    if (!runJob(job, m_timeout))
        return unavailable(tr("The OS keychain did not answer within %1 s.").arg(m_timeout.count() / 1000));
    if (job.error() != QKeychain::NoError)
        return unavailable(
            tr("The OS keychain refused to store the database key: %1").arg(job.errorString()));
    return {};
}

Status KeyStore::remove(const QString &account) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    if (!runJob(job, m_timeout))
        return unavailable(tr("The OS keychain did not answer within %1 s.").arg(m_timeout.count() / 1000));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return unavailable(tr("The OS keychain refused to delete the key: %1").arg(job.errorString()));
    return {};
}

QString KeyStore::backendName()
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    if (qEnvironmentVariable("XDG_CURRENT_DESKTOP").contains(QLatin1String("KDE")))
        return QStringLiteral("KWallet"); // a product name
    return tr("Secret Service (D-Bus)");
#endif
}

QString KeyStore::newRawKey()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words.data()), int(words.size() * sizeof(quint32)))
            .toHex());
}
