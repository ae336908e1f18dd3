#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where the in-app help (README.md, compiled into the resources) answers: the Help menu's sections and the
// section F1 opens for each pane. Headings are README.md's as the viewer shows them (inline code without its
// backticks); tst_helpviewergui fails when one no longer exists, so renaming a README heading means changing
// it here too.
class HelpSections
{
    Q_DECLARE_TR_FUNCTIONS(HelpSections)

public:
    struct Section
    {
        QString name;    // stable, for object names and tests: "gettingStarted", "prioritization" …
        QString title;   // the menu entry, translated
        QString heading; // README.md's heading, untranslated (the README is English)
    };

    static QList<Section> menu();
    // The heading F1 opens for the pane of this class ("AssetsPane" …); the panes' overview for others.
    static QString forPane(const QString &paneClassName);
    // README.md from the resources, without its images (screenshots are not compiled in).
    static QString readme();
};
