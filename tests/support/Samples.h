#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

// Real recorded samples kept in the repository under tests/fixtures/<area>/ (each area has a SOURCES.md or
// README.md with origin and licence), so a plain clone tests on its own.
namespace Samples {

// The path of `name` under tests/fixtures/`area` ("intel", "winrm").
inline QString path(const QString &area, const QString &name)
{
    return QDir(QStringLiteral(PW_FIXTURES_DIR)).filePath(area + QLatin1Char('/') + name);
}

// The whole file at `path` (a sample PW_SAMPLE found); aborts the test when it cannot be read.
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

} // namespace Samples

// Sets `var` to the sample's path and fails the test when the file is not there.
#define PW_SAMPLE(var, area, name)                                                                           \
    const QString var = Samples::path(QStringLiteral(area), QStringLiteral(name));                           \
    QVERIFY2(QFileInfo::exists(var), qPrintable(QStringLiteral("missing sample ") + var))

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
