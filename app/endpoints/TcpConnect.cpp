#include "TcpConnect.h"

#include <QElapsedTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

// The few socket calls that differ between POSIX and Winsock, so the connection logic below reads the same
// on both.
namespace {
namespace Sockets {
#ifdef Q_OS_WIN
using Native = SOCKET;
using PollEntry = WSAPOLLFD;
constexpr Native None = INVALID_SOCKET;
constexpr int InProgress = WSAEWOULDBLOCK;
constexpr int Refused = WSAECONNREFUSED;
constexpr int NetworkUnreachable = WSAENETUNREACH;
constexpr int HostUnreachable = WSAEHOSTUNREACH;
constexpr int TimedOut = WSAETIMEDOUT;
constexpr int Interrupted = WSAEINTR;

bool started()
{
    // Winsock must be started once per process before any other call (libssh does it too, later).
    static const bool ok = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    return ok;
}
int lastError()
{
    return WSAGetLastError();
}
Native openNonBlocking(int family)
{
    const Native s = WSASocketW(family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_NO_HANDLE_INHERIT);
    u_long nonBlocking = 1;
    if (s != None && ioctlsocket(s, FIONBIO, &nonBlocking) != 0) {
        closesocket(s);
        return None;
    }
    return s;
}
void setBlocking(Native s)
{
    u_long nonBlocking = 0;
    ioctlsocket(s, FIONBIO, &nonBlocking);
}
void close(Native s)
{
    closesocket(s);
}
int poll(std::vector<PollEntry> &entries, int timeoutMs)
{
    return WSAPoll(entries.data(), ULONG(entries.size()), timeoutMs);
}
int pendingError(Native s)
{
    int error = 0;
    int length = sizeof error;
    if (getsockopt(s, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error), &length) != 0)
        return lastError();
    return error;
}
QString resolverError(int code)
{
    // getaddrinfo returns a Winsock error code; gai_strerror is not thread-safe there (and is the wide
    // gai_strerrorW when UNICODE is defined, as Qt defines it), so the system's message for the code.
    return qt_error_string(code);
}
#else
using Native = int;
using PollEntry = pollfd;
constexpr Native None = -1;
constexpr int InProgress = EINPROGRESS;
constexpr int Refused = ECONNREFUSED;
constexpr int NetworkUnreachable = ENETUNREACH;
constexpr int HostUnreachable = EHOSTUNREACH;
constexpr int TimedOut = ETIMEDOUT;
constexpr int Interrupted = EINTR;

bool started()
{
    return true;
}
int lastError()
{
    return errno;
}
Native openNonBlocking(int family)
{
    return ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
}
void setBlocking(Native s)
{
    ::fcntl(s, F_SETFL, ::fcntl(s, F_GETFL) & ~O_NONBLOCK);
}
void close(Native s)
{
    ::close(s);
}
int poll(std::vector<PollEntry> &entries, int timeoutMs)
{
    return ::poll(entries.data(), nfds_t(entries.size()), timeoutMs);
}
int pendingError(Native s)
{
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(s, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return errno;
    return error;
}
QString resolverError(int code)
{
    return QString::fromLocal8Bit(gai_strerror(code));
}
#endif
} // namespace Sockets
} // namespace

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
    if (!Sockets::started())
        return Error{TcpConnect::tr("The network stack did not start (WSAStartup: %1).")
                         .arg(qt_error_string(Sockets::lastError())),
                     {}};
    addrinfo *raw = nullptr;
    const QByteArray name = host.toUtf8();
    const QByteArray service = QByteArray::number(port);
    if (const int rc = getaddrinfo(name.constData(), service.constData(), &hints, &raw); rc != 0) {
        return Error{TcpConnect::tr("%1 does not resolve: %2").arg(host, Sockets::resolverError(rc)),
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
        candidate.length = socklen_t(entry->ai_addrlen);
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
    Sockets::Native socket = Sockets::None;
    std::size_t candidate = 0;
};

QString errorText(int error)
{
    switch (error) {
    case Sockets::Refused:
        return TcpConnect::tr("connection refused");
    case Sockets::NetworkUnreachable:
        return TcpConnect::tr("network unreachable");
    case Sockets::HostUnreachable:
        return TcpConnect::tr("host unreachable");
    case Sockets::TimedOut:
        return TcpConnect::tr("timed out");
    default:
        return qt_error_string(error);
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
            Sockets::close(attempt.socket);
        inFlight.clear();
    };
    const auto startNext = [&]() {
        while (next < candidates.size()) {
            const Candidate &candidate = candidates[next];
            const std::size_t index = next++;
            const Sockets::Native fd = Sockets::openNonBlocking(candidate.family);
            if (fd == Sockets::None) {
                outcomes[qsizetype(index)] = errorText(Sockets::lastError());
                continue;
            }
            if (::connect(fd, reinterpret_cast<const sockaddr *>(&candidate.address), candidate.length) ==
                    0 ||
                Sockets::lastError() == Sockets::InProgress) {
                inFlight.push_back({fd, index});
                return;
            }
            outcomes[qsizetype(index)] = errorText(Sockets::lastError());
            Sockets::close(fd);
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
        std::vector<Sockets::PollEntry> polls;
        for (const Attempt &attempt : inFlight)
            polls.push_back({attempt.socket, POLLOUT, 0});
        qint64 wait = timeout.count() - elapsed;
        if (next < candidates.size())
            wait = std::min(wait, std::max<qint64>(0, nextStartMs - elapsed));
        if (cancel)
            wait = std::min<qint64>(wait, CancelSlice.count());
        const int ready = Sockets::poll(polls, int(wait));
        if (ready < 0 && Sockets::lastError() != Sockets::Interrupted) {
            const int error = Sockets::lastError();
            closeAll();
            return Error{tr("Cannot wait for the connection to %1: %2").arg(host, errorText(error)), {}};
        }
        for (std::size_t i = polls.size(); i-- > 0;) {
            if (polls[i].revents == 0)
                continue;
            const Attempt attempt = inFlight[i];
            const int error = Sockets::pendingError(attempt.socket);
            if (error == 0) {
                inFlight.erase(inFlight.begin() + std::ptrdiff_t(i));
                closeAll();
                // libssh expects a blocking socket it can set up itself.
                Sockets::setBlocking(attempt.socket);
                return Connected{Socket(attempt.socket), candidates[attempt.candidate].text};
            }
            outcomes[qsizetype(attempt.candidate)] = errorText(error);
            Sockets::close(attempt.socket);
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

void TcpConnect::close(Socket socket)
{
    Sockets::close(Sockets::Native(socket));
}
