#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
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

// The whole file at `path` (a fixture PW_SHARED_FIXTURE found); aborts the test when it cannot be read.
inline QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// For hostile copies of a sample: `data` with the first `from` replaced by `to`; empty when `from` is
// missing, so that the test fails on the empty copy rather than testing the unchanged sample.
inline QByteArray replaced(QByteArray data, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = data.indexOf(from);
    if (at < 0)
        return {};
    return data.replace(at, from.size(), to);
}

// The 1-based line of the first `needle` in `data`.
inline int lineOf(const QByteArray &data, const QByteArray &needle)
{
    return int(data.left(data.indexOf(needle)).count('\n')) + 1;
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

// Fails the test unless `result` (a Result) is a refusal whose message contains `wantedText` and, when
// `wantedCode` is not empty, whose error code is `wantedCode`.
#define PW_VERIFY_REFUSED(result, wantedCode, wantedText)                                                    \
    do {                                                                                                     \
        QVERIFY2(!(result).ok(), "expected a refusal, but the input was accepted");                          \
        const QString expectedCode = (wantedCode);                                                           \
        if (!expectedCode.isEmpty())                                                                         \
            QCOMPARE((result).error().code, expectedCode);                                                   \
        QVERIFY2((result).error().message.contains(wantedText), qPrintable((result).error().message));       \
    } while (false)
