#pragma once

#include <QCoreApplication>
#include <QTest>

// A main() that runs one shared suite against one backend, for the unit tests (SQLCipher).
#define PW_SUITE_MAIN(Suite, BackendType)                                                                    \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        QCoreApplication app(argc, argv);                                                                    \
        BackendType backend;                                                                                 \
        Suite suite(backend);                                                                                \
        return QTest::qExec(&suite, argc, argv);                                                             \
    }
