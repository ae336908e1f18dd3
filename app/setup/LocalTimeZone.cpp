#include "LocalTimeZone.h"

#include <QFileInfo>
#include <QtGlobal>

namespace LocalTimeZone {

void pin()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsSet("TZ") || !QFileInfo::exists(QStringLiteral("/etc/localtime")))
        return;
    qputenv("TZ", ":/etc/localtime");
#endif
}

} // namespace LocalTimeZone
