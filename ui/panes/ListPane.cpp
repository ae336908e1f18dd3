#include "ListPane.h"

#include "widgets/TablePane.h"

#include <QVBoxLayout>

ListPane::ListPane(Database &database, const QString &name, const QString &title, const QString &iconPath,
                   QWidget *parent)
    : Pane(parent)
    , m_database(database)
    , m_title(title)
    , m_icon(iconPath)
{
    m_table = new TablePane(name, title, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void ListPane::saveState(QSettings &settings) const
{
    m_table->saveState(settings);
}

void ListPane::restoreState(QSettings &settings)
{
    m_table->restoreState(settings);
}
