#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

// The Help menu's first part: help for the pane shown (F1), the welcome again, and README.md's main sections
// (HelpSections), each opening the HelpViewer at its heading.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    // `currentPane` answers the pane shown (F1 opens its section); `showWelcome` reopens the welcome.
    HelpMenu(QMenu *menu, QWidget *window, std::function<const QWidget *()> currentPane,
             std::function<void()> showWelcome);

    QAction *paneHelpAction() const { return m_paneHelp; }

private:
    QWidget *m_window;
    std::function<const QWidget *()> m_currentPane;
    QAction *m_paneHelp = nullptr;
};
