#include "FeedNetworkSettings.h"

#include "dialogs/ProxyModeBox.h"

#include "intel/FeedSettings.h"
#include "intel/FeedSource.h"
#include "intel/IntelSync.h"
#include "itemmodels/StatusTone.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

FeedNetworkSettings::FeedNetworkSettings(Database &database, QWidget *parent)
    : QGroupBox(tr("Network"), parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("feedsNetwork"));
    m_proxyMode = newProxyModeBox(QStringLiteral("feedsProxyMode"), this);
    m_proxyUrl = new QLineEdit(this);
    m_proxyUrl->setObjectName(QStringLiteral("feedsProxyUrl"));
    m_proxyUrl->setPlaceholderText(QStringLiteral("http://proxy.example:3128"));
    m_proxySave = new QPushButton(tr("Save &proxy"), this);
    m_proxySave->setObjectName(QStringLiteral("feedsProxySave"));
    auto *proxyNote = new QLabel(
        tr("Proxy passwords are not stored (the settings are in the database, shared with the team). For a "
           "proxy that needs one, choose System and give it in http_proxy / https_proxy."),
        this);
    proxyNote->setObjectName(QStringLiteral("feedsProxyNote"));
    proxyNote->setWordWrap(true);
    proxyNote->setStyleSheet(QStringLiteral("color: ") + StatusTone::css(StatusTone::Muted));

    m_mirrorLabel = new QLabel(tr("Mirror:"), this);
    m_mirrorUrl = new QLineEdit(this);
    m_mirrorUrl->setObjectName(QStringLiteral("feedsMirrorUrl"));
    m_mirrorUrl->setPlaceholderText(tr("official URL"));
    m_mirrorSave = new QPushButton(tr("Save &mirror"), this);
    m_mirrorSave->setObjectName(QStringLiteral("feedsMirrorSave"));
    m_mirrorReset = new QPushButton(tr("&Official URL"), this);
    m_mirrorReset->setObjectName(QStringLiteral("feedsMirrorReset"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("feedsSettingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: ") + StatusTone::css(StatusTone::Danger));

    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Proxy:"), this), 0, 0);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyUrl, 1);
    proxyRow->addWidget(m_proxySave);
    grid->addLayout(proxyRow, 0, 1);
    grid->addWidget(proxyNote, 1, 1);
    grid->addWidget(m_mirrorLabel, 2, 0);
    auto *mirrorRow = new QHBoxLayout;
    mirrorRow->addWidget(m_mirrorUrl, 1);
    mirrorRow->addWidget(m_mirrorSave);
    mirrorRow->addWidget(m_mirrorReset);
    grid->addLayout(mirrorRow, 2, 1);
    grid->addWidget(m_problem, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &FeedNetworkSettings::updateProxyEditor);
    connect(m_proxySave, &QPushButton::clicked, this, &FeedNetworkSettings::saveProxy);
    connect(m_mirrorSave, &QPushButton::clicked, this, &FeedNetworkSettings::saveMirror);
    connect(m_mirrorReset, &QPushButton::clicked, this, &FeedNetworkSettings::resetMirror);
    connect(m_mirrorUrl, &QLineEdit::returnPressed, this, &FeedNetworkSettings::saveMirror);
    setFeed(IntelFeed::Kev, false);
    load();
}

QString FeedNetworkSettings::problem() const
{
    return m_problem->text();
}

void FeedNetworkSettings::showProblem(const QString &text)
{
    m_problem->setText(text);
}

void FeedNetworkSettings::updateProxyEditor()
{
    const bool manual = m_proxyMode->currentData().toInt() == int(FeedProxy::Mode::Manual);
    m_proxyUrl->setEnabled(manual);
}

void FeedNetworkSettings::load()
{
    const FeedSettings settings(m_database);
    if (const auto proxy = settings.proxy(); proxy) {
        m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(proxy.value().mode)));
        m_proxyUrl->setText(proxy.value().url);
    } else {
        showProblem(proxy.error().text());
    }
    updateProxyEditor();
    if (!m_hasFeed) {
        m_mirrorUrl->clear();
        return;
    }
    if (const auto mirror = settings.mirror(m_feed); mirror)
        m_mirrorUrl->setText(mirror.value());
    else
        showProblem(mirror.error().text());
}

void FeedNetworkSettings::setFeed(IntelFeed feed, bool valid)
{
    m_feed = feed;
    m_hasFeed = valid;
    m_mirrorUrl->setEnabled(valid);
    m_mirrorSave->setEnabled(valid);
    m_mirrorReset->setEnabled(valid);
    if (!valid) {
        m_mirrorLabel->setText(tr("Mirror:"));
        m_mirrorUrl->setToolTip(tr("Select a feed in the table to set its mirror."));
        m_mirrorUrl->clear();
        return;
    }
    m_mirrorLabel->setText(tr("Mirror of %1:").arg(FeedSource{feed, {}}.title()));
    m_mirrorUrl->setToolTip(
        feed == IntelFeed::Osv
            ? tr("One URL for every ecosystem: %1 is replaced by each ecosystem family (Debian, Ubuntu …).")
                  .arg(IntelSync::EcosystemPlaceholder)
            : tr("An http:// or https:// URL; a mirror on this machine or your network is fine."));
    const auto mirror = FeedSettings(m_database).mirror(feed);
    m_mirrorUrl->setText(mirror ? mirror.value() : QString());
}

void FeedNetworkSettings::saveProxy()
{
    const auto mode = FeedProxy::Mode(m_proxyMode->currentData().toInt());
    const auto checked = FeedSettings::checkedProxy(mode, m_proxyUrl->text());
    if (!checked) {
        showProblem(checked.error().text());
        return;
    }
    if (const Status saved = FeedSettings(m_database).setProxy(checked.value()); !saved) {
        showProblem(saved.error().text());
        return;
    }
    showProblem(QString());
    m_proxyUrl->setText(checked.value().url);
    emit changed();
}

void FeedNetworkSettings::saveMirror()
{
    if (!m_hasFeed)
        return;
    if (const Status saved = FeedSettings(m_database).setMirror(m_feed, m_mirrorUrl->text()); !saved) {
        showProblem(saved.error().text());
        return;
    }
    showProblem(QString());
    emit changed();
}

void FeedNetworkSettings::resetMirror()
{
    m_mirrorUrl->clear();
    saveMirror();
}
