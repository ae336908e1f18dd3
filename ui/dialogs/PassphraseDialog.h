#pragma once

#include "setup/PassphrasePolicy.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the database passphrase: once for an existing database, twice (checked against the engine's
// PassphrasePolicy, the rule the CLI and PATCHWRIGHT_DB_PASSPHRASE follow too) for a new one.
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

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
