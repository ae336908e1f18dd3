#pragma once

#include "domain/Ring.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

// Settings ▸ Rings and maintenance windows…: the rings in deployment order (move up and down), each ring's
// gate (minimum success, halt on a failed verification, soak) and parallelism, and the selected ring's
// maintenance windows (text and IANA zone, checked by MaintenanceWindow::parse as they are added). Nothing is
// stored until OK, which saves through RingRepository and WindowRepository (audited there) and stays open
// with their Error when one refuses. Asset windows are managed with `patchwright-cli window`.
class RingSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RingSettingsDialog(Database &database, QWidget *parent = nullptr);

    void accept() override;

    // The time zones offered: UTC and the system's Area/Location ids.
    static QStringList offeredTimeZones();

private:
    struct PendingWindow
    {
        QString ring;
        MaintenanceWindow window;
    };

    void load();
    void rebuildTable(int currentRow);
    void move(int by);
    int currentRing() const;
    void showWindows();
    void addWindow();
    void removeWindow();
    Status saveRings();
    Status saveWindows();
    RingSettings *ringNamed(const QString &name);

    Database &m_database;
    QList<RingSettings> m_rings;  // in the order shown, as edited
    QList<RingSettings> m_loaded; // as read, to save only a change
    QHash<QString, int> m_assetCounts;
    QList<WindowAssignment> m_windows; // the rings' stored windows
    QSet<qint64> m_removedWindows;
    QList<PendingWindow> m_addedWindows;

    QTableWidget *m_table = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_windowsTitle = nullptr;
    QListWidget *m_windowList = nullptr;
    QLineEdit *m_when = nullptr;
    QComboBox *m_zone = nullptr;
    QPushButton *m_addWindow = nullptr;
    QPushButton *m_removeWindow = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
