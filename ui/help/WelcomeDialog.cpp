#include "WelcomeDialog.h"

#include "setup/DatabaseProperties.h"
#include "setup/FirstStart.h"
#include "storage/Database.h"
#include "storage/KeyStore.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

// Personal, not in the database: the welcome is for a person at a desktop. A team database opened by a new
// colleague on their own workstation is that person's first run, and a second database (another --db file)
// opened by someone who has seen the welcome is not; the database's own first start (this machine registered
// as an asset) is recorded in the database by FirstStart instead. Tests and benchmarks build MainWindow
// without main(), so it never opens there by itself; and each test has its own settings folder.
const QString seenKey = QStringLiteral("welcome/seen");

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomeDialog::WelcomeDialog(Database &database, const Offers &offers, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Patchwright"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("welcomePages"));
    m_pages->addWidget(databasePage(database, offers));
    m_pages->addWidget(fleetPage(database, offers));
    m_pages->addWidget(feedsPage(offers));

    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("welcomeStep"));
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("welcomeBack"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("welcomeNext"));
    m_finish = new QPushButton(tr("&Finish"), this);
    m_finish->setObjectName(QStringLiteral("welcomeFinish"));
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("welcomeClose"));
    close->setToolTip(tr("The welcome will not open by itself again; Help ▸ Welcome… shows it."));
    for (QPushButton *button : {m_back, m_next, m_finish, close})
        button->setAutoDefault(false);
    connect(m_back, &QPushButton::clicked, this, [this] { setPage(page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setPage(page() + 1); });
    connect(m_finish, &QPushButton::clicked, this, &QDialog::accept);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // Finished, closed, Esc or the title bar's ×: either way the admin has seen it.
    connect(this, &QDialog::finished, this, [] { QSettings().setValue(seenKey, true); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_step, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    setMinimumWidth(620);
    setPage(0);
}

bool WelcomeDialog::wasSeen()
{
    return QSettings().value(seenKey, false).toBool();
}

int WelcomeDialog::page() const
{
    return m_pages->currentIndex();
}

void WelcomeDialog::setPage(int page)
{
    const int last = m_pages->count() - 1;
    page = qBound(0, page, last);
    m_pages->setCurrentIndex(page);
    m_step->setText(tr("Step %1 of %2").arg(page + 1).arg(last + 1));
    m_back->setEnabled(page > 0);
    m_next->setVisible(page < last);
    m_finish->setVisible(page == last);
    (page < last ? m_next : m_finish)->setDefault(true);
}

QWidget *WelcomeDialog::offer(QAction *action, const QString &button, const QString &explanation,
                              const QString &name)
{
    auto *row = new QWidget(this);
    auto *push = new QPushButton(button, row);
    push->setObjectName(name);
    push->setMinimumWidth(240);
    auto *label = paragraph(explanation, row);
    label->setBuddy(push);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(push, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    if (!action) {
        push->setEnabled(false);
        return row;
    }
    // The console's own action, so the offer does exactly what its menu entry does, and is enabled (with
    // the engine's reason as tooltip) as the menu entry is.
    const auto follow = [push, action] {
        push->setEnabled(action->isEnabled());
        push->setToolTip(action->isEnabled() ? action->statusTip() : action->toolTip());
    };
    follow();
    connect(action, &QAction::changed, push, follow);
    connect(push, &QPushButton::clicked, action, &QAction::trigger);
    return row;
}

QWidget *WelcomeDialog::databasePage(Database &database, const Offers &offers)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    const bool team = database.config().isPostgres();
    layout->addWidget(title(tr("Your patch data, encrypted"), page));
    layout->addWidget(paragraph(
        team
            ? tr("This console works on a team database: the PostgreSQL server keeps the assets, patches, "
                 "change requests and the audit trail, and protects them. Patchwright holds no key for it.")
            : tr("Patchwright keeps the assets, patches, change requests and the audit trail in one database "
                 "file on this computer, encrypted with SQLCipher: without its key nobody can read it."),
        page));
    auto *facts = new QFormLayout;
    const QStringList shown{QStringLiteral("location"), QStringLiteral("key"),
                            QStringLiteral("keychainService"), QStringLiteral("keychainAccount")};
    const KeyStore keyStore;
    for (const DatabaseProperties::Row &row :
         DatabaseProperties::of(database, keyStore.service(), KeyStore::backendName())) {
        if (!shown.contains(row.name))
            continue;
        auto *value = new QLabel(row.value, page);
        value->setObjectName(QStringLiteral("welcome_") + row.name);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        facts->addRow(row.label + QLatin1Char(':'), value);
    }
    facts->addRow(tr("Engine:"), new QLabel(database.engineDescription(), page));
    layout->addLayout(facts);
    if (!team) {
        auto *warning = paragraph(
            tr("<b>Lose the key and the data is lost:</b> no one, Patchwright included, can open the file "
               "without it. Keep a backup of the file and, in passphrase mode, the passphrase somewhere "
               "safe. "
               "<i>Database ▸ Properties…</i> shows where the key lives; <i>Database ▸ Rotate key</i> and "
               "<i>Use a passphrase…</i> change it."),
            page);
        warning->setObjectName(QStringLiteral("welcomeKeyWarning"));
        layout->addWidget(warning);
    }
    layout->addWidget(offer(offers.databaseProperties, tr("Database &properties…"),
                            tr("Everything about the open database, nothing secret."),
                            QStringLiteral("welcomeDatabaseProperties")));
    layout->addStretch(1);
    return page;
}

QWidget *WelcomeDialog::fleetPage(Database &database, const Offers &offers)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(title(tr("Bring in your fleet"), page));
    if (database.config().isPostgres()) {
        layout->addWidget(paragraph(tr("A team database lists the fleet, not the workstations its admins run "
                                       "the console on, so this machine is not one of its assets."),
                                    page));
    } else {
        layout->addWidget(
            offer(offers.scanThisMachine, tr("&Scan this machine now"),
                  tr("This computer (%1) is already the first asset: its installed packages and "
                     "pending updates, read without root.")
                      .arg(FirstStart::thisMachineName().toHtmlEscaped()),
                  QStringLiteral("welcomeScanThisMachine")));
    }
    layout->addWidget(offer(offers.addAsset, tr("&Add an SSH or WinRM asset…"),
                            tr("One Linux host over SSH (Debian, Ubuntu, RHEL, SLES and their relatives) or "
                               "one Windows host over WinRM."),
                            QStringLiteral("welcomeAddAsset")));
    layout->addWidget(offer(offers.importAssets, tr("&Import an inventory…"),
                            tr("Many assets at once from a CSV file or an Ansible inventory."),
                            QStringLiteral("welcomeImportAssets")));
    layout->addStretch(1);
    return page;
}

QWidget *WelcomeDialog::feedsPage(const Offers &offers)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(title(tr("Know what is exploited"), page));
    layout->addWidget(paragraph(tr("Vulnerability feeds rank the missing patches: what is known exploited "
                                   "(CISA KEV), how likely an exploit is (EPSS), how severe (NVD), and which "
                                   "packages are affected (OSV)."),
                                page));
    layout->addWidget(offer(offers.importIntel, tr("Import a feed or scanner &report…"),
                            tr("Offline: a feed file downloaded elsewhere, or a Nessus or OpenVAS report."),
                            QStringLiteral("welcomeImportIntel")));
    layout->addWidget(offer(offers.feeds, tr("S&ync the feeds…"),
                            tr("Intel ▸ Feeds…: each feed's state, sync now, and the proxy and mirrors."),
                            QStringLiteral("welcomeFeeds")));
    layout->addWidget(paragraph(tr("Press <b>F1</b> in any pane for its help. This welcome will not open by "
                                   "itself again: <i>Help ▸ Welcome…</i> shows it."),
                                page));
    layout->addStretch(1);
    return page;
}
