#include "HelpMenu.h"

#include "HelpSections.h"
#include "HelpViewer.h"

#include <QAction>
#include <QMenu>

HelpMenu::HelpMenu(QMenu *menu, QWidget *window, std::function<const QWidget *()> currentPane,
                   std::function<void()> showWelcome)
    : QObject(menu)
    , m_window(window)
    , m_currentPane(std::move(currentPane))
{
    setObjectName(QStringLiteral("helpMenu"));
    m_paneHelp = menu->addAction(tr("&Help for this pane"), this, [this] {
        const QWidget *pane = m_currentPane();
        HelpViewer::open(
            m_window,
            HelpSections::forPane(pane ? QString::fromLatin1(pane->metaObject()->className()) : QString()));
    });
    m_paneHelp->setObjectName(QStringLiteral("actionHelpForPane"));
    m_paneHelp->setShortcut(QKeySequence::HelpContents);
    QAction *welcome = menu->addAction(tr("&Welcome…"), this, std::move(showWelcome));
    welcome->setObjectName(QStringLiteral("actionWelcome"));

    QMenu *topics = menu->addMenu(tr("&Topics"));
    topics->setObjectName(QStringLiteral("helpTopics"));
    for (const HelpSections::Section &section : HelpSections::menu()) {
        QAction *action = topics->addAction(
            section.title, this, [this, heading = section.heading] { HelpViewer::open(m_window, heading); });
        action->setObjectName(QStringLiteral("actionHelp_") + section.name);
        action->setData(section.heading);
    }
    menu->addSeparator();
}
