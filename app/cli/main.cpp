#include "cli/CliApplication.h"
#include "setup/HeapArenas.h"
#include "setup/LocalTimeZone.h"
#include "setup/Translations.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// Only the reports lay out text (the PDF of `report compliance`, also inside `report evidence`), and that
// needs the fonts of a QGuiApplication; every other command stays a plain QCoreApplication, which starts
// quicker and prints nothing of its own on stderr (the GUI one may warn about XDG_RUNTIME_DIR). A word
// "report" elsewhere (an asset named so) only costs the GUI start.
bool runsAReport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    LocalTimeZone::pin(); // before any thread: it sets TZ
    HeapArenas::limit();  // before any thread allocates
    std::unique_ptr<QCoreApplication> app;
    if (runsAReport(argc, argv)) {
        // Never a window: always the offscreen platform, with or without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Patchwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Patchwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PW_VERSION));
    // Messages in the user's language (English as the sources write it); JSON and CSV output never
    // translated.
    Translations::install(*app, Translations::English::SourceEnglish);
    return CliApplication::run(QCoreApplication::arguments().mid(1));
}
