#pragma once

#include <QDialog>

class Database;
class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

// The first run's welcome, three short pages: the encrypted database (where the file is, where its key lives,
// what losing the key means), bringing in the fleet, and the vulnerability feeds. Its offers are buttons that
// trigger the console's own actions (Scan this machine, Add asset…, Import assets…, Intel ▸ Import…, Intel ▸
// Feeds…, Database ▸ Properties…), enabled as those are. Finished or closed, it is marked seen and does not
// open by itself again; Help ▸ Welcome… shows it on demand.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Offers
    {
        QAction *scanThisMachine = nullptr;
        QAction *addAsset = nullptr;
        QAction *importAssets = nullptr;
        QAction *importIntel = nullptr;
        QAction *feeds = nullptr;
        QAction *databaseProperties = nullptr;
    };

    WelcomeDialog(Database &database, const Offers &offers, QWidget *parent);

    // Whether this user has finished or closed the welcome (QSettings, see the .cpp for why there).
    static bool wasSeen();
    int page() const;
    void setPage(int page);

private:
    QWidget *databasePage(Database &database, const Offers &offers);
    QWidget *fleetPage(Database &database, const Offers &offers);
    QWidget *feedsPage(const Offers &offers);
    QWidget *offer(QAction *action, const QString &button, const QString &explanation, const QString &name);

    QStackedWidget *m_pages = nullptr;
    QLabel *m_step = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_finish = nullptr;
};
