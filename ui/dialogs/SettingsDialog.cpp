#include "SettingsDialog.h"

#include "FormDialogLayout.h"
#include "ProxyModeBox.h"
#include "RingSettingsDialog.h"
#include "setup/Translations.h"
#include "SlaPolicyEditor.h"

#include "intel/FeedSource.h"
#include "intel/IntelSync.h"

#include "storage/Database.h"
#include "storage/RingRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    addPage(Page::Scanning, tr("Scanning and deployment"),
            tr("The team's limits for scans and deployments, stored in the database: this console, "
               "patchwright-cli and the daemon use them wherever they run. A CLI flag (--parallel, "
               "--timeout, --connect-timeout, --output-cap) overrides them for one run."),
            scanningPage());
    addPage(Page::PatchPolicy, tr("Patch policy"),
            tr("How many days a missing patch may stay missing, counted from when a scan first "
               "found it, by severity band. Stored in the database for the whole team."),
            patchPolicyPage());
    addPage(Page::Rings, tr("Rings"),
            tr("Staged runs deploy ring by ring in this order; each ring's gate decides "
               "whether the next one starts. The rings' editor saves on its own OK (audited "
               "as ring changes)."),
            ringsPage());
    addPage(Page::Intel, tr("Intel"),
            tr("How intel sync reaches the feeds, for the whole team. Proxy passwords are not "
               "stored: for a proxy that needs one, choose System and give it in http_proxy."),
            intelPage());
    addPage(Page::Language, tr("Language and appearance"),
            tr("Personal: stored for you on this computer, not in the database. A new language "
               "applies the next time Patchwright starts."),
            languagePage());
    m_pageList->setMaximumWidth(m_pageList->sizeHintForColumn(0) + 24);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_problem = FormDialogLayout::problemLine(QStringLiteral("settingsProblem"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("settingsOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumSize(720, 440);

    load();
    showPage(Page::Scanning);
}

void SettingsDialog::addPage(Page page, const QString &title, const QString &about, QWidget *content)
{
    Q_ASSERT(m_pages->count() == int(page));
    m_pageList->addItem(title);
    auto *frame = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(frame);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), frame);
    layout->addWidget(heading);
    layout->addWidget(note(about, frame));
    content->setParent(frame);
    content->layout()->setContentsMargins(0, 0, 0, 0); // the frame has them
    layout->addWidget(content);
    layout->addStretch(1);
    m_pages->addWidget(frame);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
    // From the list, Tab goes into the page; a field of another page (now hidden) would leave no focus.
    m_pageList->setFocus();
}

QSpinBox *SettingsDialog::spin(const QString &objectName, const QString &suffix,
                               const QString &accessibleName)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(objectName);
    // TeamSettings judges the range (and says what is allowed); the spin box only keeps the typing numeric.
    box->setRange(0, 999999);
    box->setSuffix(suffix);
    box->setAccessibleName(accessibleName);
    return box;
}

QWidget *SettingsDialog::scanningPage()
{
    auto *page = new QWidget(this);
    m_parallelism = spin(QStringLiteral("settingsParallelism"), tr(" assets"), tr("Assets at once"));
    m_parallelism->setToolTip(tr("From 1 to %1. A staged run deploys each ring with the ring's own "
                                 "parallelism (Rings page).")
                                  .arg(RunDefaults::MaxParallelism));
    m_connectTimeout = spin(QStringLiteral("settingsConnectTimeout"), tr(" s"), tr("Connect timeout"));
    m_connectTimeout->setToolTip(tr("From 1 to %1 seconds.").arg(RunDefaults::MaxConnectSeconds));
    m_scanTimeout = spin(QStringLiteral("settingsScanTimeout"), tr(" s"), tr("Scan command timeout"));
    m_deployTimeout =
        spin(QStringLiteral("settingsDeployTimeout"), tr(" s"), tr("Deployment command timeout"));
    for (QSpinBox *box : {m_scanTimeout, m_deployTimeout})
        box->setToolTip(tr("From 1 to %1 seconds (24 hours).").arg(RunDefaults::MaxCommandSeconds));
    m_outputCap = spin(QStringLiteral("settingsOutputCap"), tr(" MiB"), tr("Output cap"));
    m_outputCap->setToolTip(tr("From 1 to %1 MiB, for standard output and standard error each.")
                                .arg(RunDefaults::MaxOutputCapMiB));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Assets at once:"), m_parallelism);
    form->addRow(tr("C&onnect and log in within:"), m_connectTimeout);
    form->addRow(tr("&Scan command may run:"), m_scanTimeout);
    form->addRow(tr("&Deployment command may run:"), m_deployTimeout);
    form->addRow(tr("Output &cap per stream:"), m_outputCap);
    return page;
}

QWidget *SettingsDialog::patchPolicyPage()
{
    auto *page = new QWidget(this);
    m_sla = new SlaPolicyEditor(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_sla);
    return page;
}

QWidget *SettingsDialog::ringsPage()
{
    auto *page = new QWidget(this);
    m_rings = new QLabel(page);
    m_rings->setObjectName(QStringLiteral("settingsRings"));
    m_rings->setWordWrap(true);
    m_rings->setTextFormat(Qt::RichText);
    m_rings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *edit = new QPushButton(tr("&Edit rings and maintenance windows…"), page);
    edit->setObjectName(QStringLiteral("settingsEditRings"));
    connect(edit, &QPushButton::clicked, this, &SettingsDialog::editRings);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_rings);
    layout->addWidget(edit, 0, Qt::AlignLeft);
    return page;
}

QWidget *SettingsDialog::intelPage()
{
    auto *page = new QWidget(this);
    m_proxyMode = newProxyModeBox(QStringLiteral("settingsProxyMode"), page);
    m_proxyUrl = new QLineEdit(page);
    m_proxyUrl->setObjectName(QStringLiteral("settingsProxyUrl"));
    m_proxyUrl->setPlaceholderText(QStringLiteral("http://proxy.example:3128"));
    m_proxyUrl->setAccessibleName(tr("Proxy URL"));
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyEditor);

    auto *form = new QFormLayout(page);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyUrl, 1);
    auto *proxyLabel = new QLabel(tr("&Proxy:"), page);
    proxyLabel->setBuddy(m_proxyMode);
    form->addRow(proxyLabel, proxyRow);
    for (IntelFeed feed : IntelSync::syncableFeeds()) {
        auto *mirror = new QLineEdit(page);
        mirror->setObjectName(QStringLiteral("settingsMirror_") + intelFeedName(feed));
        mirror->setPlaceholderText(tr("official URL"));
        const QString title = FeedSource{feed, {}}.title();
        mirror->setAccessibleName(tr("Mirror of %1").arg(title));
        if (feed == IntelFeed::Osv)
            mirror->setToolTip(tr("%1 is replaced by each ecosystem family (Debian, Ubuntu …).")
                                   .arg(IntelSync::EcosystemPlaceholder));
        form->addRow(tr("Mirror of %1:").arg(title), mirror);
        m_mirrors.insert(feed, mirror);
    }
    return page;
}

QWidget *SettingsDialog::languagePage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    for (const Translations::Language &language : Translations::offered())
        m_language->addItem(language.name, language.code);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    return page;
}

void SettingsDialog::updateProxyEditor()
{
    m_proxyUrl->setEnabled(m_proxyMode->currentData().toInt() == int(FeedProxy::Mode::Manual));
}

void SettingsDialog::load()
{
    const auto loaded = TeamSettings::load(m_database);
    const TeamSettings team = loaded ? loaded.value() : TeamSettings();
    m_parallelism->setValue(team.run.parallelism);
    m_connectTimeout->setValue(team.run.connectTimeoutSeconds);
    m_scanTimeout->setValue(team.run.scanTimeoutSeconds);
    m_deployTimeout->setValue(team.run.deployTimeoutSeconds);
    m_outputCap->setValue(team.run.outputCapMiB);
    m_sla->setPolicy(team.sla);
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(team.proxy.mode)));
    m_proxyUrl->setText(team.proxy.url);
    updateProxyEditor();
    for (auto it = m_mirrors.cbegin(); it != m_mirrors.cend(); ++it)
        it.value()->setText(team.mirrors.value(it.key()));
    const int language = m_language->findData(QSettings().value(Translations::LanguageKey).toString());
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    showRings();
    if (!loaded) {
        m_problem->setText(tr("The stored settings could not be read, so the defaults are shown: %1")
                               .arg(loaded.error().text()));
        m_ok->setEnabled(false);
    }
}

void SettingsDialog::showRings()
{
    const auto rings = RingRepository(m_database.connection(), m_database.actor()).list();
    if (!rings) {
        m_rings->setText(tr("The rings could not be read: %1").arg(rings.error().text()));
        return;
    }
    if (rings.value().isEmpty()) {
        m_rings->setText(tr("No rings yet: give assets a ring (Edit asset…), then set the rings' order and "
                            "gates here."));
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < rings.value().size(); ++i) {
        const RingSettings &ring = rings.value().at(i);
        // Whole sentences with and without the halt, so each language orders its own clauses.
        const QString line = ring.haltOnFailedVerification
                                 ? tr("%1. %2 — at least %3 % succeed, halts on a failed verification, soak "
                                      "%n minute(s), %4 at "
                                      "once",
                                      nullptr, ring.soakMinutes)
                                 : tr("%1. %2 — at least %3 % succeed, soak %n minute(s), %4 at once",
                                      nullptr, ring.soakMinutes);
        // One arg() call: a ring named "%3" must not be filled in by the numbers after it.
        lines.append(line.arg(QString::number(i + 1), ring.name.toHtmlEscaped(),
                              QLocale().toString(ring.minSuccessPercent),
                              QLocale().toString(ring.parallelism)));
    }
    m_rings->setText(lines.join(QStringLiteral("<br>")));
}

void SettingsDialog::editRings()
{
    auto *dialog = new RingSettingsDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showRings();
        emit ringsChanged();
    });
    dialog->open();
}

TeamSettings SettingsDialog::teamSettings() const
{
    TeamSettings team;
    team.run.parallelism = m_parallelism->value();
    team.run.connectTimeoutSeconds = m_connectTimeout->value();
    team.run.scanTimeoutSeconds = m_scanTimeout->value();
    team.run.deployTimeoutSeconds = m_deployTimeout->value();
    team.run.outputCapMiB = m_outputCap->value();
    team.sla = m_sla->policy();
    team.proxy.mode = FeedProxy::Mode(m_proxyMode->currentData().toInt());
    team.proxy.url = team.proxy.mode == FeedProxy::Mode::Manual ? m_proxyUrl->text() : QString();
    for (auto it = m_mirrors.cbegin(); it != m_mirrors.cend(); ++it)
        team.mirrors.insert(it.key(), it.value()->text());
    return team;
}

void SettingsDialog::accept()
{
    const TeamSettings team = teamSettings();
    if (const QStringList refused = team.problems(); !refused.isEmpty()) {
        m_problem->setText(tr("Nothing was saved. %1").arg(refused.join(QLatin1Char(' '))));
        return;
    }
    if (const auto saved = team.save(m_database); !saved) {
        m_problem->setText(tr("Nothing was saved: %1").arg(saved.error().text()));
        return;
    }
    QSettings().setValue(Translations::LanguageKey, m_language->currentData().toString());
    QDialog::accept();
}
