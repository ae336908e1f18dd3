#include "ChangeRingPlan.h"

#include "domain/RolloutRun.h"
#include "itemmodels/StatusTone.h"
#include "storage/Database.h"

#include <QAction>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int RingRole = Qt::UserRole;

} // namespace

ChangeRingPlan::ChangeRingPlan(Database &database, QWidget *parent)
    : QGroupBox(tr("Ring plan: where the change goes, in order"), parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("changeRingPlanBox"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("changeRingPlan"));
    m_tree->setHeaderLabels(
        {tr("Ring"), tr("Assets of this change"), tr("Maintenance windows (next opening)")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("Tick the rings to deploy to; Alt+Up and Alt+Down move the selected ring."));
    m_tree->setFixedHeight(m_tree->fontMetrics().height() * 7 + 12);
    m_tree->setAccessibleName(title());
    m_tree->setAccessibleDescription(m_tree->toolTip());

    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(QStringLiteral("changeRingUp"));
    m_up->setToolTip(tr("Deploy the selected ring earlier (Alt+Up)"));
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(QStringLiteral("changeRingDown"));
    m_down->setToolTip(tr("Deploy the selected ring later (Alt+Down)"));
    m_configured = new QPushButton(tr("Configured order"), this);
    m_configured->setObjectName(QStringLiteral("changeRingConfigured"));
    m_configured->setToolTip(tr("Every ring of the change's assets, in the order of Settings ▸ Rings"));
    for (QPushButton *button : {m_up, m_down, m_configured})
        button->setAutoDefault(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changeRingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    const auto key = [this](const QKeySequence &shortcut, int by) {
        auto *action = new QAction(m_tree);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_tree->addAction(action);
        connect(action, &QAction::triggered, this, [this, by] { move(by); });
    };
    m_tree->installEventFilter(this);
    key(QKeySequence(Qt::ALT | Qt::Key_Up), -1);
    key(QKeySequence(Qt::ALT | Qt::Key_Down), 1);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_configured, &QPushButton::clicked, this, &ChangeRingPlan::followConfigured);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling)
            userChanged();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChangeRingPlan::updateSummary);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_configured);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tree, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    updateSummary();
}

bool ChangeRingPlan::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        QTreeWidgetItem *item = m_tree->currentItem();
        if (item && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(Ring, item->checkState(Ring) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        return true;
    }
    return QGroupBox::eventFilter(watched, event);
}

void ChangeRingPlan::setTargets(const QList<ChangeTargetRow> &rows)
{
    m_rows = rows;
    const auto rings = ChangeRings::of(m_database, rows, QDateTime::currentDateTimeUtc());
    if (!rings) {
        m_rings.clear();
        emit problem(rings.error().text());
    } else {
        m_rings = rings.value();
    }
    rebuild(shownOrder(), tickedRings());
}

void ChangeRingPlan::setPlan(const QStringList &plan)
{
    m_follows = plan.isEmpty();
    rebuild(plan, plan);
}

QStringList ChangeRingPlan::plan() const
{
    return m_follows ? QStringList() : tickedRings();
}

Status ChangeRingPlan::check() const
{
    if (!m_follows && tickedRings().isEmpty())
        return Error{tr("No ring is ticked in the ring plan, so the change would go nowhere."),
                     tr("Tick the rings to deploy to, or choose Configured order.")};
    return ChangeRings::check(m_database, m_rows, plan());
}

void ChangeRingPlan::rebuild(const QStringList &order, const QStringList &ticked)
{
    const QString current =
        m_tree->currentItem() ? m_tree->currentItem()->data(Ring, RingRole).toString() : QString();
    m_filling = true;
    m_tree->clear();
    QStringList shown;
    const auto holds = [this](const QString &ring) {
        return std::any_of(m_rings.cbegin(), m_rings.cend(),
                           [&ring](const ChangeRings::Ring &r) { return r.name == ring; });
    };
    if (!m_follows) {
        // The change's own order first: the rings it names (even one none of its patches is on any more,
        // to be unticked), then the others, unticked.
        for (const QString &ring : order) {
            if (ring.isEmpty() || shown.contains(ring) || (!holds(ring) && !ticked.contains(ring)))
                continue;
            addItem(ring, ticked.contains(ring), true);
            shown << ring;
        }
    }
    for (const ChangeRings::Ring &ring : std::as_const(m_rings)) {
        if (!ring.name.isEmpty() && !shown.contains(ring.name))
            addItem(ring.name, m_follows, true);
    }
    // The assets without a ring: last, and only while the plan follows the configured order.
    if (holds(QString()))
        addItem(QString(), m_follows, false);
    for (int column : {Ring, Assets})
        m_tree->resizeColumnToContents(column);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(Ring, RingRole).toString() == current)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_filling = false;
    updateSummary();
}

QTreeWidgetItem *ChangeRingPlan::addItem(const QString &ring, bool ticked, bool movable)
{
    const auto found = std::find_if(m_rings.cbegin(), m_rings.cend(),
                                    [&ring](const ChangeRings::Ring &r) { return r.name == ring; });
    auto *item = new QTreeWidgetItem(m_tree);
    item->setData(Ring, RingRole, ring);
    item->setText(Ring, stageName(ring));
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (movable)
        flags |= Qt::ItemIsUserCheckable;
    item->setFlags(flags);
    item->setCheckState(Ring, ticked ? Qt::Checked : Qt::Unchecked);
    if (found == m_rings.cend()) {
        item->setText(Assets, tr("none of this change's assets"));
        item->setForeground(Assets, StatusTone::colour(StatusTone::Danger));
    } else {
        item->setText(Assets, found->assets.join(QStringLiteral(", ")));
        item->setText(Windows, found->windows.isEmpty() ? tr("none: may deploy at any time")
                                                        : found->windows.join(QStringLiteral("; ")));
        item->setToolTip(Windows, found->windows.join(QLatin1Char('\n')));
    }
    if (!movable)
        item->setToolTip(Ring, tr("A ring plan of the change's own names rings: assets without a ring are "
                                  "deployed only with the configured order. Give them a ring in the Assets "
                                  "pane to plan them."));
    return item;
}

void ChangeRingPlan::move(int by)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const int from = m_tree->indexOfTopLevelItem(item);
    const int to = from + by;
    if (to < 0 || to >= m_tree->topLevelItemCount() ||
        !(m_tree->topLevelItem(to)->flags() & Qt::ItemIsUserCheckable))
        return;
    m_filling = true;
    m_tree->takeTopLevelItem(from);
    m_tree->insertTopLevelItem(to, item);
    m_tree->setCurrentItem(item);
    m_filling = false;
    userChanged();
}

void ChangeRingPlan::followConfigured()
{
    if (m_follows)
        return;
    m_follows = true;
    rebuild({}, {});
    emit planChanged();
}

void ChangeRingPlan::userChanged()
{
    if (m_follows) {
        // From now on the change's own plan: the assets without a ring drop out of it.
        m_follows = false;
        rebuild(shownOrder(), tickedRings());
    } else {
        updateSummary();
    }
    emit planChanged();
}

QStringList ChangeRingPlan::shownOrder() const
{
    QStringList order;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        order << m_tree->topLevelItem(i)->data(Ring, RingRole).toString();
    return order;
}

QStringList ChangeRingPlan::tickedRings() const
{
    QStringList ticked;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QString ring = item->data(Ring, RingRole).toString();
        if (!ring.isEmpty() && item->checkState(Ring) == Qt::Checked)
            ticked << ring;
    }
    return ticked;
}

void ChangeRingPlan::updateSummary()
{
    const int row = m_tree->currentItem() ? m_tree->indexOfTopLevelItem(m_tree->currentItem()) : -1;
    const bool movable = row >= 0 && (m_tree->currentItem()->flags() & Qt::ItemIsUserCheckable);
    const auto movableAt = [this](int i) {
        return i >= 0 && i < m_tree->topLevelItemCount() &&
               (m_tree->topLevelItem(i)->flags() & Qt::ItemIsUserCheckable);
    };
    m_up->setEnabled(movable && movableAt(row - 1));
    m_down->setEnabled(movable && movableAt(row + 1));
    m_configured->setEnabled(!m_follows);

    QString text;
    if (m_rows.isEmpty()) {
        text = tr("Choose patches first: the plan lists the rings of their assets.");
    } else if (m_follows) {
        QStringList order;
        for (const ChangeRings::Ring &ring : std::as_const(m_rings))
            order << stageName(ring.name);
        text = tr("Every ring of its assets, in the configured order: %1.")
                   .arg(order.join(QStringLiteral(" → ")).toHtmlEscaped());
    } else {
        text =
            tr("This change's own plan: %1.").arg(tickedRings().join(QStringLiteral(" → ")).toHtmlEscaped());
        QStringList leftOut;
        for (const ChangeRings::Ring &ring : std::as_const(m_rings)) {
            if (!tickedRings().contains(ring.name))
                leftOut << tr("%1 (%2)").arg(stageName(ring.name), ring.assets.join(QStringLiteral(", ")));
        }
        if (!leftOut.isEmpty())
            text +=
                QLatin1Char(' ') +
                tr("Not deployed by its runs: %1.").arg(leftOut.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (const Status ok = check(); !ok)
        text += QStringLiteral("<br><span style='color:") + StatusTone::css(StatusTone::Danger) +
                QStringLiteral("'>") + ok.error().text().toHtmlEscaped() + QStringLiteral("</span>");
    text += QStringLiteral("<br><span style='color:") + StatusTone::css(StatusTone::Muted) +
            QStringLiteral("'>") +
            tr("The rings' order, gates and maintenance windows are edited in Settings ▸ Rings and "
               "maintenance windows…")
                .toHtmlEscaped() +
            QStringLiteral("</span>");
    m_summary->setText(text);
}
