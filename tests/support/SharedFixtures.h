#pragma once

#include <QDir>
#include <QFileInfo>
#include <QTest>

// The workplace's recorded samples in ../shared/fixtures (read in place; never copied into the repository).
// PATCHWRIGHT_SHARED_FIXTURES overrides the folder CMake found. Under CI=true a missing folder fails the
// test; elsewhere the test is skipped with a message saying where it looked.
namespace SharedFixtures {

inline QString root()
{
    const QString overridden = qEnvironmentVariable("PATCHWRIGHT_SHARED_FIXTURES");
    return overridden.isEmpty() ? QStringLiteral(PW_SHARED_FIXTURES_DIR) : overridden;
}

// The path of `name` under the shared folder `area` ("intel", "winrm"); empty when the folder is missing.
inline QString path(const QString &area, const QString &name)
{
    const QString dir = root().isEmpty() ? QString() : QDir(root()).filePath(area);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return {};
    return QDir(dir).filePath(name);
}

inline bool requiredButMissing()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace SharedFixtures

// Sets `var` to the fixture's path, or fails (CI) / skips (elsewhere) when the shared folder is missing.
#define PW_SHARED_FIXTURE(var, area, name)                                                                   \
    const QString var = SharedFixtures::path(QStringLiteral(area), QStringLiteral(name));                    \
    do {                                                                                                     \
        if (var.isEmpty()) {                                                                                 \
            const QByteArray why = "shared fixtures folder " + QByteArray(area) + " not found under '" +     \
                                   SharedFixtures::root().toUtf8() +                                         \
                                   "' (set PATCHWRIGHT_SHARED_FIXTURES to the fixtures folder)";             \
            if (SharedFixtures::requiredButMissing())                                                        \
                QFAIL(why.constData());                                                                      \
            QSKIP(why.constData());                                                                          \
        }                                                                                                    \
        QVERIFY2(QFileInfo::exists(var), qPrintable(QStringLiteral("missing fixture ") + var));              \
    } while (false)
