#pragma once

#include <QDialog>

class KeyStore;
class QLabel;
class QLineEdit;

// Database ▸ Connect to team database…: the team database URL and, optionally, the login's password (kept
// in the OS keychain, never in settings). On OK the choice is remembered and the console reopens on it;
// "Use local database" returns to the embedded default file.
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    TeamDatabaseDialog(const QString &currentUrl, const KeyStore &keyStore, QWidget *parent = nullptr);

private:
    void connectToTeam();
    void useLocal();

    const KeyStore &m_keyStore;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
};
