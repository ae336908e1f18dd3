#include "cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Patchwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Patchwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PW_VERSION));
    return CliApplication::run(QCoreApplication::arguments().mid(1));
}
