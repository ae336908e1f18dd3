#pragma once

#include "intel/IntelImport.h"

#include <QGroupBox>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The Feeds dialog's network box: the HTTP(S) proxy (System / None / Manual http://host:port; passwords are
// not stored, and the box says so) and the mirror of the feed selected in the table. Each change goes
// through FeedSettings (checked, stored in the database's settings for the whole team, audited); a refused
// value stores nothing and the box says why in its problem line.
class FeedNetworkSettings : public QGroupBox
{
    Q_OBJECT

public:
    FeedNetworkSettings(Database &database, QWidget *parent = nullptr);

    void load();                              // the stored proxy, and the selected feed's mirror
    void setFeed(IntelFeed feed, bool valid); // the feed whose mirror the box edits (none: disabled)
    QString problem() const;

signals:
    void changed(); // a setting was stored: URLs in the table may differ

private:
    void saveProxy();
    void saveMirror();
    void resetMirror();
    void showProblem(const QString &text);
    void updateProxyEditor();

    Database &m_database;
    IntelFeed m_feed = IntelFeed::Kev;
    bool m_hasFeed = false;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyUrl = nullptr;
    QPushButton *m_proxySave = nullptr;
    QLabel *m_mirrorLabel = nullptr;
    QLineEdit *m_mirrorUrl = nullptr;
    QPushButton *m_mirrorSave = nullptr;
    QPushButton *m_mirrorReset = nullptr;
    QLabel *m_problem = nullptr;
};
