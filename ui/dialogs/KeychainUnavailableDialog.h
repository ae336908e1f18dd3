#pragma once

#include <QDialog>

class QPlainTextEdit;
class QToolButton;
class UnlockPlan;

// At start, when the key of an existing database is (or may be) in a keychain that does not answer: says so
// in plain words and how to get the keychain to answer, and offers Retry and Quit — and "Enter
// passphrase…" only when nothing recorded says the database has none. What the keychain said (D-Bus,
// QtKeychain) is behind a "Details" button, never the message; it holds no secret.
class KeychainUnavailableDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Retry,
        Passphrase,
        Quit
    };

    explicit KeychainUnavailableDialog(const UnlockPlan &plan, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Quit;
    QToolButton *m_detailsToggle = nullptr;
    QPlainTextEdit *m_details = nullptr;
};
