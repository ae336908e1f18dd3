#include "ExternalChangeWatcher.h"

#include "AuditChangeDigest.h"
#include "AuditNotifications.h"
#include "ChangeAnnouncement.h"

#include "storage/AuditTail.h"
#include "storage/Database.h"
#include "storage/OwnAuditAppends.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcLive)

namespace {

// Events read per statement while catching up (a CSV import of thousands of assets is read in pages).
constexpr int PageSize = 500;

} // namespace

ExternalChangeWatcher::ExternalChangeWatcher(Database &database, ChangeNotifier &changes, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("externalChangeWatcher"));
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("externalChangePoll"));
    connect(m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::tick);
    m_soon = new QTimer(this);
    m_soon->setObjectName(QStringLiteral("externalChangeSoon"));
    m_soon->setSingleShot(true);
    m_soon->setInterval(0);
    connect(m_soon, &QTimer::timeout, this, [this] { catchUp(); });

    const AuditTail tail(m_database.connection());
    if (const auto head = tail.headId(); head) {
        m_lastSeen = head.value();
        m_started = true;
    }
    if (m_database.config().isPostgres()) {
        m_notifications = new AuditNotifications(m_database.config(), this);
        connect(m_notifications, &AuditNotifications::eventCommitted, this, [this](qint64 eventId) {
            if (eventId > m_lastSeen)
                m_soon->start();
        });
        setMode(tryListen() ? Mode::Listening : Mode::HeadPolling);
    } else {
        if (const auto version = tail.dataVersion(); version)
            m_dataVersion = version.value();
        setMode(Mode::DataVersionPolling);
    }
}

ExternalChangeWatcher::~ExternalChangeWatcher() = default;

void ExternalChangeWatcher::setIntervals(std::chrono::milliseconds poll,
                                         std::chrono::milliseconds listenCheck,
                                         std::chrono::milliseconds relisten)
{
    m_pollInterval = poll;
    m_listenCheckInterval = listenCheck;
    m_relistenInterval = relisten;
    setMode(m_mode);
}

void ExternalChangeWatcher::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    switch (mode) {
    case Mode::DataVersionPolling:
        m_timer->start(m_pollInterval);
        break;
    case Mode::Listening:
        m_timer->start(m_listenCheckInterval);
        break;
    case Mode::HeadPolling:
        m_timer->start(2 * m_pollInterval);
        break;
    }
    if (changed)
        emit modeChanged(mode);
}

bool ExternalChangeWatcher::tryListen()
{
    m_lastListenAttempt = std::chrono::steady_clock::now();
    const Status listening = m_notifications->listen();
    if (!listening)
        qCWarning(lcLive) << "live panes poll the team database instead of listening:"
                          << listening.error().text();
    return listening.ok();
}

void ExternalChangeWatcher::tick()
{
    const AuditTail tail(m_database.connection());
    if (!m_started) {
        const auto head = tail.headId();
        if (!head)
            return;
        m_lastSeen = head.value();
        m_started = true;
        return;
    }
    switch (m_mode) {
    case Mode::DataVersionPolling: {
        const auto version = tail.dataVersion();
        if (!version)
            return;
        const bool committed = version.value() != m_dataVersion;
        m_dataVersion = version.value();
        if (committed || m_retry)
            catchUp();
        return;
    }
    case Mode::Listening:
        if (!m_notifications->check()) {
            qCWarning(lcLive) << "the team database stopped sending notifications; live panes poll it";
            setMode(Mode::HeadPolling);
        }
        break;
    case Mode::HeadPolling:
        if (std::chrono::steady_clock::now() - m_lastListenAttempt >= m_relistenInterval && tryListen())
            setMode(Mode::Listening);
        break;
    }
    // Team mode: whatever was committed while nobody listened, or a notification lost on the way.
    const auto head = tail.headId();
    if (head && (head.value() > m_lastSeen || m_retry))
        catchUp();
}

bool ExternalChangeWatcher::catchUp()
{
    if (!m_started)
        return false;
    const AuditTail tail(m_database.connection());
    AuditChangeDigest digest;
    int foreign = 0;
    for (;;) {
        const auto events = tail.after(m_lastSeen, PageSize);
        if (!events) {
            qCDebug(lcLive) << "cannot read the new audit events, trying again:" << events.error().text();
            m_retry = true;
            break;
        }
        for (const AuditEvent &event : events.value()) {
            m_lastSeen = event.id;
            if (OwnAuditAppends::take(event.hash))
                continue;
            qCDebug(lcLive) << "another process appended" << event.id << event.action << event.subject;
            digest.add(event);
            ++foreign;
        }
        if (events.value().size() < PageSize) {
            m_retry = false;
            break;
        }
    }
    if (!digest.isEmpty()) {
        ChangeAnnouncement(m_database.connection(), digest).emitOn(m_changes);
        emit announced(foreign);
    }
    return !m_retry;
}
