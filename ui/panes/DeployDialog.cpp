#include "DeployDialog.h"

#include "dialogs/FormDialogLayout.h"
#include "itemmodels/StatusTone.h"
#include "widgets/FormAccessibility.h"

#include "jobs/RingPlan.h"
#include "storage/AssetRepository.h"
#include "storage/ChangeRepository.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

DeployDialog::DeployDialog(Database &database, const QList<std::pair<qint64, QString>> &changes,
                           qint64 changeId, Create create, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_create(std::move(create))
{
    auto *intro =
        FormDialogLayout::begin(this, QStringLiteral("deployDialog"), tr("Deploy a change"),
                                tr("<p>A staged run deploys the change ring by ring; after each ring its "
                                   "gate decides whether the run "
                                   "goes on or halts for an admin. Every step is recorded and audited.</p>"));

    m_change = new QComboBox(this);
    m_change->setObjectName(QStringLiteral("deployChange"));
    for (const auto &[id, title] : changes)
        m_change->addItem(tr("CR-%1: %2").arg(id).arg(title), id);
    m_change->setCurrentIndex(std::max(0, m_change->findData(changeId)));

    m_rings = new QListWidget(this);
    m_rings->setObjectName(QStringLiteral("deployRings"));
    m_rings->setMaximumHeight(6 * m_rings->fontMetrics().height() + 12);
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    m_up->setObjectName(QStringLiteral("deployMoveUp"));
    m_down->setObjectName(QStringLiteral("deployMoveDown"));
    auto *ringButtons = new QVBoxLayout;
    ringButtons->addWidget(m_up);
    ringButtons->addWidget(m_down);
    ringButtons->addStretch(1);
    auto *ringRow = new QHBoxLayout;
    ringRow->addWidget(m_rings, 1);
    ringRow->addLayout(ringButtons);

    m_start = new QButtonGroup(this);
    auto *now = new QRadioButton(tr("&Now, from this console"), this);
    now->setObjectName(QStringLiteral("deployNow"));
    auto *window = new QRadioButton(tr("At the first &maintenance window of its first ring"), this);
    window->setObjectName(QStringLiteral("deployAtWindow"));
    auto *at = new QRadioButton(tr("&At"), this);
    at->setObjectName(QStringLiteral("deployAtTime"));
    m_start->addButton(now, int(RunPlanner::Start::Now));
    m_start->addButton(window, int(RunPlanner::Start::AtItsWindow));
    m_start->addButton(at, int(RunPlanner::Start::AtTime));
    now->setChecked(true);
    m_at = new QDateTimeEdit(this);
    m_at->setObjectName(QStringLiteral("deployAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime nextHour = QDateTime::currentDateTime().addSecs(3600);
    m_at->setDateTime(QDateTime(nextHour.date(), QTime(nextHour.time().hour(), 0)));
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("deployStartWithin"));
    m_within->setRange(1, 7 * 24 * 60);
    m_within->setValue(60);
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(at);
    atRow->addWidget(m_at);
    auto *withinLabel = new QLabel(tr("Start within (minutes):"), this);
    withinLabel->setBuddy(m_within);
    atRow->addWidget(withinLabel);
    atRow->addWidget(m_within);
    atRow->addStretch(1);
    auto *startBox = new QVBoxLayout;
    startBox->addWidget(now);
    startBox->addWidget(window);
    startBox->addLayout(atRow);

    auto *form = new QFormLayout;
    form->addRow(tr("&Change:"), m_change);
    form->addRow(tr("&Rings, in order:"), ringRow);
    form->addRow(tr("Start:"), startBox);
    auto *note = new QLabel(tr("A scheduled run is started by a console or `patchwright-cli daemon` running "
                               "then; found past its latest start, it is reported missed, never run late."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: ") + StatusTone::css(StatusTone::Muted) + QStringLiteral(";"));
    form->addRow(QString(), note);
    FormAccessibility::nameFieldsFromLabels(form);
    m_at->setAccessibleName(at->text().remove(QLatin1Char('&'))); // the radio button it completes: "At"

    m_problem = FormDialogLayout::problemLine(QStringLiteral("deployProblem"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("deployOk"));
    m_ok->setText(tr("Deploy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeployDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FormDialogLayout::arrange(this, intro, form, m_problem, buttons, 520);

    connect(m_change, &QComboBox::currentIndexChanged, this, &DeployDialog::showRings);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRing(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRing(1); });
    connect(m_start, &QButtonGroup::idToggled, this, &DeployDialog::updateStart);
    showRings();
    updateStart();
}

void DeployDialog::showRings()
{
    m_rings->clear();
    m_defaultStages.clear();
    m_problem->clear();
    const qint64 changeId = m_change->currentData().toLongLong();
    m_ok->setEnabled(changeId > 0);
    if (changeId <= 0) {
        m_problem->setText(
            tr("No change request is approved for deployment. Approve one in Approvals first."));
        return;
    }
    // Every ring that holds some of its assets, its own plan's first and checked, in the plan's order.
    ChangeRepository changes(m_database.connection(), m_database.actor());
    const auto change = changes.find(changeId);
    const auto targets = changes.targets(changeId);
    const auto configured = RingPlan::configured(m_database.connection());
    if (!change || !targets || !configured) {
        m_problem->setText((!change    ? change.error()
                            : !targets ? targets.error()
                                       : configured.error())
                               .text());
        return;
    }
    QList<qint64> assetIds;
    for (const ChangeTarget &target : targets.value())
        assetIds.append(target.assetId);
    const auto assets = AssetRepository(m_database.connection(), m_database.actor()).findByIds(assetIds);
    if (!assets) {
        m_problem->setText(assets.error().text());
        return;
    }
    QStringList assetRings;
    for (const Asset &asset : assets.value())
        assetRings.append(asset.ring);
    const auto all = RingPlan::stages(assetRings, configured.value());
    const auto planned = RingPlan::stages(assetRings, configured.value(), change.value().ringPlan);
    if (!all || !planned) {
        m_problem->setText((!all ? all.error() : planned.error()).text());
        return;
    }
    m_defaultStages = planned.value();
    QStringList order = m_defaultStages;
    for (const QString &ring : all.value()) {
        if (!order.contains(ring))
            order.append(ring);
    }
    for (const QString &ring : std::as_const(order)) {
        auto *item = new QListWidgetItem(stageName(ring), m_rings);
        item->setData(Qt::UserRole, ring);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_defaultStages.contains(ring) ? Qt::Checked : Qt::Unchecked);
    }
    m_rings->setCurrentRow(0);
}

void DeployDialog::moveRing(int by)
{
    const int row = m_rings->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_rings->count())
        return;
    QListWidgetItem *item = m_rings->takeItem(row);
    m_rings->insertItem(to, item);
    m_rings->setCurrentRow(to);
}

void DeployDialog::updateStart()
{
    const bool atTime = m_start->checkedId() == int(RunPlanner::Start::AtTime);
    m_at->setEnabled(atTime);
    m_within->setEnabled(atTime);
}

RunPlanner::Request DeployDialog::request() const
{
    RunPlanner::Request request;
    request.changeId = m_change->currentData().toLongLong();
    QStringList rings;
    for (int row = 0; row < m_rings->count(); ++row) {
        if (m_rings->item(row)->checkState() == Qt::Checked)
            rings.append(m_rings->item(row)->data(Qt::UserRole).toString());
    }
    if (rings != m_defaultStages)
        request.rings = rings; // an override of the change's own plan
    request.start = RunPlanner::Start(m_start->checkedId());
    if (request.start == RunPlanner::Start::AtTime) {
        request.at = m_at->dateTime().toUTC();
        request.startWithin = std::chrono::minutes(m_within->value());
    }
    return request;
}

void DeployDialog::accept()
{
    const RunPlanner::Request wanted = request();
    if (wanted.changeId <= 0)
        return;
    bool anyRing = false;
    for (int row = 0; row < m_rings->count(); ++row)
        anyRing = anyRing || m_rings->item(row)->checkState() == Qt::Checked;
    if (!anyRing) {
        m_problem->setText(tr("Check at least one ring to deploy to."));
        return;
    }
    if (const Status created = m_create(wanted); !created) {
        m_problem->setText(created.error().text());
        return;
    }
    QDialog::accept();
}
