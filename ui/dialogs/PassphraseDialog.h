#pragma once

#include "setup/PassphrasePolicy.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the database passphrase: once for an existing database, twice (checked against the engine's
// PassphrasePolicy, the rule the CLI and PATCHWRIGHT_DB_PASSPHRASE follow too, with its strength estimate
// shown as the user types) for a new one.
// Used when no keychain is available, or when a database was created in passphrase mode.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Existing,
        New
    };
    static constexpr int MinimumLength = PassphrasePolicy::MinimumLength; // the engine's one policy

    PassphraseDialog(Mode mode, const QString &databasePath, const QString &reason,
                     QWidget *parent = nullptr);

    QString passphrase() const;

    // At start, where canceling ends the program: the Cancel button reads "Quit" and the dialog says
    // what quitting does (nothing was changed), instead of the program vanishing silently.
    void setCancelQuits();

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_quitNote = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};
