#include "TeamDatabaseDialog.h"

#include "FormDialogLayout.h"

#include "setup/DatabaseChoice.h"
#include "storage/KeyStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

TeamDatabaseDialog::TeamDatabaseDialog(const QString &currentUrl, const KeyStore &keyStore, QWidget *parent)
    : QDialog(parent)
    , m_keyStore(keyStore)
{
    auto *intro = FormDialogLayout::begin(
        this, QStringLiteral("teamDatabaseDialog"), tr("Connect to team database"),
        tr("<p>Share one patch history with your team on a PostgreSQL server. The server enforces each "
           "login's role (admin, reviewer or auditor), and the audit trail records the login.</p>"
           "<p>Address: <tt>postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full]</tt> — without a "
           "password. Give the password below to keep it in your OS keychain, or leave it empty to use your "
           "PGPASSFILE (~/.pgpass).</p>"));

    m_url = new QLineEdit(currentUrl, this);
    m_url->setObjectName(QStringLiteral("teamDatabaseUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://ann@db.example.org/patchwright"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamDatabasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem = FormDialogLayout::problemLine(QStringLiteral("teamDatabaseProblem"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Password (optional):"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QPushButton *local = buttons->addButton(tr("Use &local database"), QDialogButtonBox::ResetRole);
    local->setObjectName(QStringLiteral("useLocalDatabase"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::connectToTeam);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(local, &QPushButton::clicked, this, &TeamDatabaseDialog::useLocal);

    FormDialogLayout::arrange(this, intro, form, m_problem, buttons, 520);
}

void TeamDatabaseDialog::connectToTeam()
{
    if (Status chosen = DatabaseChoice::chooseTeamDatabase(m_url->text(), m_password->text(), m_keyStore);
        !chosen) {
        m_problem->setText(chosen.error().text());
        return;
    }
    m_password->clear();
    accept();
}

void TeamDatabaseDialog::useLocal()
{
    if (Status chosen = DatabaseChoice::remember(QString()); !chosen) {
        m_problem->setText(chosen.error().text());
        return;
    }
    accept();
}
