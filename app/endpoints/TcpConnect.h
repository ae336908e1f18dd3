#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

// Opens a TCP connection to a host the way RFC 8305 ("Happy Eyeballs v2") and OpenSSH succeed where the
// first address alone would fail: every address the name resolves to is tried, IPv6 and IPv4 interleaved
// (the resolver's first family first), each attempt given a head start (250 ms) before the next one starts
// beside it; the first to connect wins and the others are closed. A refused attempt makes the next start at
// once. The deadline covers every attempt together (name resolution itself cannot be bounded: getaddrinfo).
//
// Written here because neither libssh 0.10 nor Qt offers it: libssh connects to the first address only, and
// QTcpSocket's connection is asynchronous on an event loop, while this runs on a worker thread that blocks.
// The socket is handed to libssh (SSH_OPTIONS_FD) or QSslSocket, which then own it. POSIX sockets on Unix,
// Winsock on Windows (the same calls, spelled WSAPoll, closesocket and ioctlsocket there).
class TcpConnect
{
    Q_DECLARE_TR_FUNCTIONS(TcpConnect)

public:
    static constexpr std::chrono::milliseconds HeadStart{250};

    // A connected socket as Qt passes descriptors (QAbstractSocket::setSocketDescriptor): an int on Unix, a
    // SOCKET handle on Windows.
    using Socket = qintptr;

    struct Connected
    {
        Socket socket = -1;
        QString address; // the one that answered, e.g. "127.0.0.1" or "::1"
    };

    // How often a wait looks at the cancel flag.
    static constexpr std::chrono::milliseconds CancelSlice{100};
    static constexpr const char *CanceledCode = "connect-canceled";

    // An Error names each address tried and what it answered ("::1: connection refused; 127.0.0.1:
    // timed out"), or that the name does not resolve; code CanceledCode once *cancel turns true (looked at
    // every CancelSlice while waiting).
    static Result<Connected> open(const QString &host, int port, std::chrono::milliseconds timeout,
                                  std::chrono::milliseconds headStart = HeadStart,
                                  const std::atomic_bool *cancel = nullptr);

    // Closes a socket open() returned that its taker would not take.
    static void close(Socket socket);

    // The resolved addresses in the order they are tried (for tests and messages).
    static Result<QStringList> attemptOrder(const QString &host, int port);
};
