#include "cli/CliApplication.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A QGuiApplication for the fonts the PDF report is laid out with (report compliance); never a
    // window, so always on the offscreen platform, with or without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Patchwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Patchwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PW_VERSION));
    return CliApplication::run(QCoreApplication::arguments().mid(1));
}
