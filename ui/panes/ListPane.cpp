#include "ListPane.h"

#include "widgets/TablePane.h"

#include <QTimer>
#include <QVBoxLayout>

ListPane::ListPane(Database &database, ChangeNotifier &changes, const QString &name, const QString &title,
                   const QString &iconPath, QWidget *parent)
    : Pane(parent)
    , m_database(database)
    , m_changes(changes)
    , m_title(title)
    , m_icon(iconPath)
{
    m_table = new TablePane(name, title, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &TablePane::shownRowsChanged, this, &Pane::exportableChanged);
    connect(m_table, &TablePane::exportSelectionRequested, this, &Pane::exportSelectionRequested);
    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setObjectName(QStringLiteral("listPaneReloadSoon"));
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &ListPane::reload);
}

void ListPane::reloadSoon()
{
    m_reloadSoon->start();
}

void ListPane::saveState(QSettings &settings) const
{
    m_table->saveState(settings);
}

void ListPane::restoreState(QSettings &settings)
{
    m_table->restoreState(settings);
}
