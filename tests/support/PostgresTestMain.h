#pragma once

#include "Backend.h"
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QTest>

#include <functional>

// The main() of a test that needs a PostgreSQL server: starts one of its own on loopback (a fresh initdb in a
// temporary folder) and runs `tests` against a backend on it. Without a server the test fails; it never
// skips. `tests` returns the number of failed test functions, as QTest::qExec does.
inline int runWithPostgres(const char *testName, const std::function<int(PostgresBackend &)> &tests)
{
    PostgresServer server;
    if (Status started = server.start(); !started) {
        qCritical("FAIL: %s needs a PostgreSQL server and could not start one: %s", testName,
                  qPrintable(started.error().text()));
        return 1;
    }
    PostgresBackend backend(server);
    return tests(backend) == 0 ? 0 : 1;
}

// A main() that runs one test class, constructed with the backend, against a PostgreSQL server of its own.
#define PW_POSTGRES_TEST_MAIN(TestClass, testName)                                                           \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        QCoreApplication app(argc, argv);                                                                    \
        return runWithPostgres(testName, [&](PostgresBackend &backend) {                                     \
            TestClass test(backend);                                                                         \
            return QTest::qExec(&test, argc, argv);                                                          \
        });                                                                                                  \
    }
