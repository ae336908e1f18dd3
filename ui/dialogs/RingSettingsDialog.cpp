#include "RingSettingsDialog.h"

#include "FormDialogLayout.h"

#include "storage/Database.h"
#include "storage/RingRepository.h"
#include "storage/WindowRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

enum Column
{
    NameColumn,
    AssetsColumn,
    MinSuccessColumn,
    HaltColumn,
    SoakColumn,
    ParallelColumn,
    ColumnCount
};

bool sameOrderAndGates(const QList<RingSettings> &a, const QList<RingSettings> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || !a.at(i).sameGateAs(b.at(i)))
            return false;
    }
    return true;
}

} // namespace

QStringList RingSettingsDialog::offeredTimeZones()
{
    // What MaintenanceWindow accepts and means the same everywhere: Area/Location ids and UTC (Etc/GMT+5 is
    // five hours *behind* UTC, a trap not worth offering).
    QStringList zones{QStringLiteral("UTC")};
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromLatin1(id);
        if (zone.contains(QLatin1Char('/')) && !zone.startsWith(QLatin1String("Etc/")) &&
            !zone.startsWith(QLatin1String("posix/")) && !zone.startsWith(QLatin1String("right/")))
            zones.append(zone);
    }
    return zones;
}

RingSettingsDialog::RingSettingsDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    auto *intro = FormDialogLayout::begin(
        this, QStringLiteral("ringSettingsDialog"), tr("Rings and maintenance windows"),
        tr("<p>A staged deployment goes to the rings in this order. A ring's gate decides whether it goes on "
           "to the next ring: the share of the ring's assets that must succeed, whether a failed "
           "verification halts it, and how long to wait first. Maintenance windows say when a ring's assets "
           "may be deployed to; an asset's own windows (<tt>patchwright-cli window add --asset</tt>) replace "
           "its ring's. Rings come from the assets' Ring field; a ring nobody configured has the "
           "defaults.</p>"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("ringsTable"));
    m_table->setAccessibleName(tr("Rings and their gates"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it, F2 edits
    m_table->setHorizontalHeaderLabels({tr("Ring"), tr("Assets"), tr("Must succeed"),
                                        tr("Halt on failed verification"), tr("Soak"), tr("At once")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(QStringLiteral("ringMoveUp"));
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setObjectName(QStringLiteral("ringMoveDown"));
    auto *moves = new QVBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addStretch();
    auto *rings = new QHBoxLayout;
    rings->addWidget(m_table, 1);
    rings->addLayout(moves);

    m_windowsTitle = new QLabel(this);
    m_windowList = new QListWidget(this);
    m_windowList->setObjectName(QStringLiteral("ringWindows"));
    m_windowList->setAccessibleName(tr("Maintenance windows of the selected ring"));
    m_when = new QLineEdit(this);
    m_when->setObjectName(QStringLiteral("windowWhen"));
    m_when->setAccessibleName(tr("New maintenance window"));
    m_when->setPlaceholderText(tr("e.g. Sat 22:00-02:00, Mon-Fri 01:00-05:00, second Tue of the month "
                                  "+3 days 20:00-23:00"));
    m_when->setMaxLength(MaintenanceWindowText::maxLength);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("windowTimeZone"));
    m_zone->addItems(offeredTimeZones());
    m_addWindow = new QPushButton(tr("&Add window"), this);
    m_addWindow->setObjectName(QStringLiteral("windowAdd"));
    m_removeWindow = new QPushButton(tr("&Remove window"), this);
    m_removeWindow->setObjectName(QStringLiteral("windowRemove"));
    auto *newWindow = new QHBoxLayout;
    newWindow->addWidget(m_when, 1);
    newWindow->addWidget(m_zone);
    newWindow->addWidget(m_addWindow);
    newWindow->addWidget(m_removeWindow);

    auto *form = new QVBoxLayout;
    form->addLayout(rings, 2);
    form->addWidget(m_windowsTitle);
    form->addWidget(m_windowList, 1);
    form->addLayout(newWindow);

    m_problem = FormDialogLayout::problemLine(QStringLiteral("ringProblem"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("ringsOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RingSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FormDialogLayout::arrange(this, intro, form, m_problem, buttons, 760);

    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RingSettingsDialog::showWindows);
    connect(m_addWindow, &QPushButton::clicked, this, &RingSettingsDialog::addWindow);
    connect(m_when, &QLineEdit::returnPressed, this, &RingSettingsDialog::addWindow);
    connect(m_removeWindow, &QPushButton::clicked, this, &RingSettingsDialog::removeWindow);
    connect(m_when, &QLineEdit::textChanged, m_problem, &QLabel::clear);
    load();
}

void RingSettingsDialog::load()
{
    const RingRepository rings(m_database.connection(), m_database.actor());
    const auto listed = rings.list();
    const auto counts = rings.assetCounts();
    const auto windows =
        WindowRepository(m_database.connection(), m_database.actor()).list(WindowScope::Ring);
    const Error *failed = !listed    ? &listed.error()
                          : !counts  ? &counts.error()
                          : !windows ? &windows.error()
                                     : nullptr;
    if (failed) {
        m_problem->setText(tr("The rings could not be read: %1").arg(failed->text()));
        m_ok->setEnabled(false);
        return;
    }
    m_rings = m_loaded = listed.value();
    m_assetCounts = counts.value();
    m_windows = windows.value();
    // New windows start in the zone of the newest one, else this machine's, else UTC.
    QString zone = m_windows.isEmpty() ? QString::fromLatin1(QTimeZone::systemTimeZoneId())
                                       : m_windows.constLast().window.timeZoneId();
    const int index = m_zone->findText(zone);
    m_zone->setCurrentIndex(index >= 0 ? index : 0);
    rebuildTable(m_rings.isEmpty() ? -1 : 0);
}

RingSettings *RingSettingsDialog::ringNamed(const QString &name)
{
    for (RingSettings &ring : m_rings) {
        if (ring.name == name)
            return &ring;
    }
    return nullptr;
}

void RingSettingsDialog::rebuildTable(int currentRow)
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rings.size()));
    for (int row = 0; row < m_rings.size(); ++row) {
        const RingSettings &ring = m_rings.at(row);
        const QString name = ring.name;
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        if (!ring.configured)
            nameItem->setToolTip(tr("Not configured yet: the defaults. Saving a change stores it."));
        m_table->setItem(row, NameColumn, nameItem);
        auto *assets = new QTableWidgetItem(QString::number(m_assetCounts.value(name)));
        assets->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(row, AssetsColumn, assets);

        const auto spin = [&](Column column, const char *objectName, int low, int high,
                              int RingSettings::*field, const QString &suffix) {
            auto *box = new QSpinBox(m_table);
            box->setObjectName(QLatin1String(objectName) + name);
            box->setRange(low, high);
            box->setSuffix(suffix);
            box->setValue(ring.*field);
            connect(box, &QSpinBox::valueChanged, this, [this, name, field](int value) {
                if (RingSettings *edited = ringNamed(name))
                    edited->*field = value;
            });
            m_table->setCellWidget(row, column, box);
        };
        spin(MinSuccessColumn, "ringMinSuccess_", 0, 100, &RingSettings::minSuccessPercent, tr(" %"));
        spin(SoakColumn, "ringSoak_", 0, RingSettings::MaxSoakMinutes, &RingSettings::soakMinutes,
             tr(" min"));
        spin(ParallelColumn, "ringParallel_", 1, RingSettings::MaxParallelism, &RingSettings::parallelism,
             QString());
        auto *halt = new QCheckBox(m_table);
        halt->setObjectName(QStringLiteral("ringHalt_") + name);
        halt->setChecked(ring.haltOnFailedVerification);
        connect(halt, &QCheckBox::toggled, this, [this, name](bool on) {
            if (RingSettings *edited = ringNamed(name))
                edited->haltOnFailedVerification = on;
        });
        m_table->setCellWidget(row, HaltColumn, halt);
    }
    if (currentRow >= 0)
        m_table->setCurrentCell(currentRow, NameColumn);
    showWindows();
}

int RingSettingsDialog::currentRing() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rings.size() ? row : -1;
}

void RingSettingsDialog::move(int by)
{
    const int row = currentRing();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_rings.size())
        return;
    m_rings.swapItemsAt(row, to);
    rebuildTable(to);
}

void RingSettingsDialog::showWindows()
{
    const int row = currentRing();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_rings.size());
    m_addWindow->setEnabled(row >= 0);
    m_windowList->clear();
    if (row < 0) {
        m_windowsTitle->setText(m_rings.isEmpty() ? tr("No ring yet: give assets a ring first.")
                                                  : tr("Choose a ring to see its maintenance windows."));
        m_removeWindow->setEnabled(false);
        return;
    }
    const QString ring = m_rings.at(row).name;
    m_windowsTitle->setText(tr("Maintenance windows of ring %1:").arg(ring));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto describe = [&now](const MaintenanceWindow &window) {
        const auto next = window.nextOpening(now);
        const QString when = window.text() + QLatin1Char(' ') + window.timeZoneId();
        if (!next)
            return when;
        const QDateTime local = next.value().start.toTimeZone(QTimeZone(window.timeZoneId().toLatin1()));
        return tr("%1 — opens next %2")
            .arg(when, QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")));
    };
    for (const WindowAssignment &window : std::as_const(m_windows)) {
        if (window.target != ring || m_removedWindows.contains(window.id))
            continue;
        auto *item = new QListWidgetItem(describe(window.window), m_windowList);
        item->setData(Qt::UserRole, window.id);
    }
    for (qsizetype i = 0; i < m_addedWindows.size(); ++i) {
        if (m_addedWindows.at(i).ring != ring)
            continue;
        auto *item =
            new QListWidgetItem(tr("%1 (new)").arg(describe(m_addedWindows.at(i).window)), m_windowList);
        item->setData(Qt::UserRole, -qint64(i) - 1);
    }
    if (m_windowList->count() > 0)
        m_windowList->setCurrentRow(0);
    m_removeWindow->setEnabled(m_windowList->count() > 0);
}

void RingSettingsDialog::addWindow()
{
    const int row = currentRing();
    if (row < 0)
        return;
    const auto parsed = MaintenanceWindow::parse(m_when->text(), m_zone->currentText());
    if (!parsed) {
        m_problem->setText(parsed.error().text());
        return;
    }
    const QString ring = m_rings.at(row).name;
    bool known = false;
    for (const WindowAssignment &window : std::as_const(m_windows))
        known = known || (window.target == ring && !m_removedWindows.contains(window.id) &&
                          window.window == parsed.value());
    for (const PendingWindow &pending : std::as_const(m_addedWindows))
        known = known || (pending.ring == ring && pending.window == parsed.value());
    if (known) {
        m_problem->setText(tr("Ring %1 already has the window %2 in %3.")
                               .arg(ring, parsed.value().text(), parsed.value().timeZoneId()));
        return;
    }
    m_addedWindows.append({ring, parsed.value()});
    m_when->clear();
    m_problem->clear();
    showWindows();
}

void RingSettingsDialog::removeWindow()
{
    const QListWidgetItem *item = m_windowList->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (id > 0)
        m_removedWindows.insert(id);
    else
        m_addedWindows.removeAt(-id - 1);
    showWindows();
}

Status RingSettingsDialog::saveRings()
{
    if (sameOrderAndGates(m_rings, m_loaded))
        return {};
    if (Status saved = RingRepository(m_database.connection(), m_database.actor()).setAll(m_rings); !saved)
        return saved;
    m_loaded = m_rings;
    return {};
}

Status RingSettingsDialog::saveWindows()
{
    // Each step that succeeds is taken off the pending lists, so OK after a refusal only retries the rest.
    WindowRepository windows(m_database.connection(), m_database.actor());
    const QSet<qint64> removals = m_removedWindows;
    for (const qint64 id : removals) {
        if (Status removed = windows.remove(id); !removed)
            return removed;
        m_removedWindows.remove(id);
        m_windows.removeIf([id](const WindowAssignment &window) { return window.id == id; });
    }
    while (!m_addedWindows.isEmpty()) {
        const PendingWindow &pending = m_addedWindows.constFirst();
        const auto added =
            windows.add(WindowScope::Ring, pending.ring, pending.window.text(), pending.window.timeZoneId());
        if (!added)
            return added.error();
        if (const auto stored = windows.find(added.value()))
            m_windows.append(stored.value());
        m_addedWindows.removeFirst();
    }
    return {};
}

void RingSettingsDialog::accept()
{
    if (Status saved = saveRings(); !saved) {
        m_problem->setText(tr("The rings were not saved: %1").arg(saved.error().text()));
        return;
    }
    if (Status saved = saveWindows(); !saved) {
        m_problem->setText(tr("Not every maintenance window was saved: %1").arg(saved.error().text()));
        showWindows();
        return;
    }
    QDialog::accept();
}
