#include "SupportScript.h"

#include <QProcess>

#ifndef PW_SUPPORT_DIR
#error "PW_SUPPORT_DIR must name tests/support"
#endif

Status runSupportScript(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("sh"), QStringList{QStringLiteral(PW_SUPPORT_DIR "/") + script} + arguments);
    const bool done = process.waitForFinished(15 * 60 * 1000);
    if (done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    return Error{QStringLiteral("%1 failed: %2")
                     .arg(script, QString::fromUtf8(process.readAll()).trimmed() + process.errorString())};
}
