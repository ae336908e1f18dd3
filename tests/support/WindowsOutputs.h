#pragma once

// What the WindowsUpdatePlatform tests share: the recorded outputs of the Windows scripts
// (tests/fixtures/windows/, their origin in its SOURCES.md), one with a piece of text replaced, and a
// command's result as an endpoint returns it.

#include "endpoints/Command.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace WindowsOutputs {

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PW_FIXTURES_DIR "/windows/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The fixture with `text` replaced; the fixture must contain it (a test that changes nothing tests nothing).
inline QByteArray replaced(const QString &name, const QByteArray &text, const QByteArray &by)
{
    QByteArray output = fixture(name);
    if (!output.contains(text))
        qFatal("%s lacks %s", qPrintable(name), text.constData());
    return output.replace(text, by);
}

inline CommandResult ran(const QByteArray &output, int exitCode = 0, const QByteArray &errors = {})
{
    CommandResult result;
    result.started = true;
    result.exitCode = exitCode;
    result.standardOutput = output;
    result.standardError = errors;
    return result;
}

} // namespace WindowsOutputs
