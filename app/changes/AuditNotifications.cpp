#include "AuditNotifications.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcLive, "patchwright.live", QtWarningMsg)

AuditNotifications::AuditNotifications(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

AuditNotifications::~AuditNotifications()
{
    drop();
}

Status AuditNotifications::listen()
{
    drop();
    if (!m_config.isPostgres())
        return Error{tr("Only a team database (PostgreSQL) sends notifications.")};
    auto opened = Database::open(m_config);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();
    QSqlDriver *driver = database->connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return Error{tr("The database driver does not deliver notifications.")};
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != QLatin1String(Channel))
                    return;
                // "ID ACTION": only the id is needed, to know the trail grew.
                const QString text = payload.toString();
                emit eventCommitted(text.section(QLatin1Char(' '), 0, 0).toLongLong());
            });
    if (!driver->subscribeToNotification(QLatin1String(Channel))) {
        const QString reason = driver->lastError().text();
        return Error{tr("Cannot listen for changes on the team database: %1").arg(reason)};
    }
    m_listening = std::move(database);
    qCDebug(lcLive) << "listening on" << Channel;
    return {};
}

bool AuditNotifications::check()
{
    if (!m_listening)
        return false;
    QSqlQuery query(m_listening->connection());
    if (query.exec(QStringLiteral("SELECT 1")) && query.next())
        return true;
    qCDebug(lcLive) << "the listening connection stopped answering:" << query.lastError().text();
    drop();
    return false;
}

qint64 AuditNotifications::backendPid() const
{
    if (!m_listening)
        return 0;
    QSqlQuery query(m_listening->connection());
    return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toLongLong()
                                                                                 : 0;
}

void AuditNotifications::drop()
{
    if (!m_listening)
        return;
    QSqlDatabase db = m_listening->connection();
    if (QSqlDriver *driver = db.driver()) {
        disconnect(driver, nullptr, this, nullptr);
        if (db.isOpen())
            driver->unsubscribeFromNotification(QLatin1String(Channel));
    }
    db = QSqlDatabase();
    m_listening.reset();
}
