#include "TcpConnect.h"

#include <QElapsedTimer>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX

namespace {

struct AddrInfoFree
{
    void operator()(addrinfo *list) const { freeaddrinfo(list); }
};
using AddrInfoList = std::unique_ptr<addrinfo, AddrInfoFree>;

struct Candidate
{
    sockaddr_storage address{};
    socklen_t length = 0;
    int family = AF_UNSPEC;
    QString text;
};

QString addressText(const sockaddr *address)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    const void *raw =
        address->sa_family == AF_INET6
            ? static_cast<const void *>(&reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr)
            : static_cast<const void *>(&reinterpret_cast<const sockaddr_in *>(address)->sin_addr);
    return inet_ntop(address->sa_family, raw, buffer, sizeof buffer) ? QString::fromLatin1(buffer)
                                                                     : QString();
}

Result<std::vector<Candidate>> resolve(const QString &host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *raw = nullptr;
    const QByteArray name = host.toUtf8();
    const QByteArray service = QByteArray::number(port);
    if (const int rc = getaddrinfo(name.constData(), service.constData(), &hints, &raw); rc != 0) {
        return Error{
            TcpConnect::tr("%1 does not resolve: %2").arg(host, QString::fromLocal8Bit(gai_strerror(rc))),
            TcpConnect::tr("Check the asset's address and this machine's DNS or /etc/hosts.")};
    }
    AddrInfoList list(raw);
    // RFC 8305 section 4: interleave the families, starting with the one the resolver put first.
    std::vector<Candidate> first;
    std::vector<Candidate> second;
    const int firstFamily = raw->ai_family;
    for (const addrinfo *entry = raw; entry; entry = entry->ai_next) {
        if (entry->ai_family != AF_INET && entry->ai_family != AF_INET6)
            continue;
        Candidate candidate;
        std::memcpy(&candidate.address, entry->ai_addr, entry->ai_addrlen);
        candidate.length = entry->ai_addrlen;
        candidate.family = entry->ai_family;
        candidate.text = addressText(entry->ai_addr);
        auto &bucket = entry->ai_family == firstFamily ? first : second;
        const bool seen = std::any_of(bucket.cbegin(), bucket.cend(),
                                      [&candidate](const Candidate &c) { return c.text == candidate.text; });
        if (!seen)
            bucket.push_back(candidate);
    }
    std::vector<Candidate> ordered;
    for (std::size_t i = 0; i < std::max(first.size(), second.size()); ++i) {
        if (i < first.size())
            ordered.push_back(first[i]);
        if (i < second.size())
            ordered.push_back(second[i]);
    }
    if (ordered.empty())
        return Error{TcpConnect::tr("%1 resolves to no IPv4 or IPv6 address.").arg(host), {}};
    return ordered;
}

// One attempt in flight.
struct Attempt
{
    int socket = -1;
    std::size_t candidate = 0;
};

QString errorText(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return TcpConnect::tr("connection refused");
    case ENETUNREACH:
        return TcpConnect::tr("network unreachable");
    case EHOSTUNREACH:
        return TcpConnect::tr("host unreachable");
    case ETIMEDOUT:
        return TcpConnect::tr("timed out");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

} // namespace

Result<QStringList> TcpConnect::attemptOrder(const QString &host, int port)
{
    const auto candidates = resolve(host, port);
    if (!candidates)
        return candidates.error();
    QStringList order;
    for (const Candidate &candidate : candidates.value())
        order.append(candidate.text);
    return order;
}

Result<TcpConnect::Connected> TcpConnect::open(const QString &host, int port,
                                               std::chrono::milliseconds timeout,
                                               std::chrono::milliseconds headStart,
                                               const std::atomic_bool *cancel)
{
    const auto resolved = resolve(host, port);
    if (!resolved)
        return resolved.error();
    const std::vector<Candidate> &candidates = resolved.value();

    QElapsedTimer clock;
    clock.start();
    std::vector<Attempt> inFlight;
    QStringList outcomes(qsizetype(candidates.size()));
    std::size_t next = 0;
    qint64 nextStartMs = 0;
    const auto closeAll = [&inFlight] {
        for (const Attempt &attempt : inFlight)
            ::close(attempt.socket);
        inFlight.clear();
    };
    const auto startNext = [&]() {
        while (next < candidates.size()) {
            const Candidate &candidate = candidates[next];
            const std::size_t index = next++;
            const int fd = ::socket(candidate.family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
            if (fd < 0) {
                outcomes[qsizetype(index)] = errorText(errno);
                continue;
            }
            if (::connect(fd, reinterpret_cast<const sockaddr *>(&candidate.address), candidate.length) ==
                    0 ||
                errno == EINPROGRESS) {
                inFlight.push_back({fd, index});
                return;
            }
            outcomes[qsizetype(index)] = errorText(errno);
            ::close(fd);
        }
    };

    for (;;) {
        if (cancel && cancel->load()) {
            closeAll();
            return Error{
                tr("Canceled while connecting to %1.").arg(host), {}, QString::fromLatin1(CanceledCode)};
        }
        const qint64 elapsed = clock.elapsed();
        if (elapsed >= timeout.count())
            break;
        if (next < candidates.size() && (inFlight.empty() || elapsed >= nextStartMs)) {
            startNext();
            nextStartMs = clock.elapsed() + headStart.count();
            continue;
        }
        if (inFlight.empty())
            break; // every address failed
        std::vector<pollfd> polls;
        for (const Attempt &attempt : inFlight)
            polls.push_back({attempt.socket, POLLOUT, 0});
        qint64 wait = timeout.count() - elapsed;
        if (next < candidates.size())
            wait = std::min(wait, std::max<qint64>(0, nextStartMs - elapsed));
        if (cancel)
            wait = std::min<qint64>(wait, CancelSlice.count());
        const int ready = ::poll(polls.data(), nfds_t(polls.size()), int(wait));
        if (ready < 0 && errno != EINTR) {
            closeAll();
            return Error{tr("Cannot wait for the connection to %1: %2").arg(host, errorText(errno)), {}};
        }
        for (std::size_t i = polls.size(); i-- > 0;) {
            if (polls[i].revents == 0)
                continue;
            const Attempt attempt = inFlight[i];
            int error = 0;
            socklen_t length = sizeof error;
            if (::getsockopt(attempt.socket, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
                error = errno;
            if (error == 0) {
                inFlight.erase(inFlight.begin() + std::ptrdiff_t(i));
                closeAll();
                // libssh expects a blocking socket it can set up itself.
                ::fcntl(attempt.socket, F_SETFL, ::fcntl(attempt.socket, F_GETFL) & ~O_NONBLOCK);
                return Connected{attempt.socket, candidates[attempt.candidate].text};
            }
            outcomes[qsizetype(attempt.candidate)] = errorText(error);
            ::close(attempt.socket);
            inFlight.erase(inFlight.begin() + std::ptrdiff_t(i));
            nextStartMs = clock.elapsed(); // a failure lets the next address start at once
        }
    }
    closeAll();
    QStringList tried;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        tried.append(candidates[i].text + QStringLiteral(": ") +
                     (outcomes[qsizetype(i)].isEmpty() ? tr("timed out") : outcomes[qsizetype(i)]));
    return Error{tr("No address of %1 answered on port %2 (%3).")
                     .arg(host)
                     .arg(port)
                     .arg(tried.join(QStringLiteral("; "))),
                 {}};
}

#else // no POSIX sockets: leave the connection to libssh (first address only)

Result<QStringList> TcpConnect::attemptOrder(const QString &, int)
{
    return Error{tr("Connecting address by address is not built on this platform."), {}};
}

Result<TcpConnect::Connected> TcpConnect::open(const QString &, int, std::chrono::milliseconds,
                                               std::chrono::milliseconds, const std::atomic_bool *)
{
    return Error{tr("Connecting address by address is not built on this platform."), {}};
}

#endif
