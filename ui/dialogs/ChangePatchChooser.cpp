#include "ChangePatchChooser.h"

#include "ChangeTargets.h"
#include "widgets/TableCopy.h"

#include "itemmodels/TableFilterProxy.h"
#include "listing/PatchSelection.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QStringList words(const QLineEdit *edit)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return edit->text().split(separators, Qt::SkipEmptyParts);
}

QString someNames(const QStringList &names)
{
    constexpr int shown = 4;
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return ChangePatchChooser::tr("%1 and %n more", nullptr, int(names.size()) - shown)
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

} // namespace

ChangePatchChooser::ChangePatchChooser(Database &database, QWidget *parent)
    : QGroupBox(tr("Patches"), parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("changePatchChooser"));
    m_starting = new QRadioButton(this);
    m_starting->setObjectName(QStringLiteral("changeFromSelection"));
    m_allOnAssets = new QRadioButton(this);
    m_allOnAssets->setObjectName(QStringLiteral("changeAllOnAssets"));
    m_byCriteria = new QRadioButton(tr("Missing patches &matching:"), this);
    m_byCriteria->setObjectName(QStringLiteral("changeByCriteria"));
    buildCriteria();

    m_model = new ChangeTargetModel(this);
    m_proxy = new TableFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    TableCopy::install(m_table);
    m_table->setObjectName(QStringLiteral("changePatches"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChangeTargetModel::Asset, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setMinimumHeight(6 * (m_table->fontMetrics().height() + 8));
    // The requester's view: the reviewer's panel shows the advisory and KEV columns too.
    m_table->hideColumn(ChangeTargetModel::Kev);
    m_table->hideColumn(ChangeTargetModel::Advisory);
    m_table->setAccessibleName(title());

    m_remove = new QPushButton(tr("&Remove from list"), this);
    m_remove->setObjectName(QStringLiteral("changeRemovePatches"));
    m_remove->setToolTip(tr("Leave the selected rows out of this change"));
    m_remove->setEnabled(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changePatchSummary"));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_starting);
    layout->addWidget(m_allOnAssets);
    layout->addWidget(m_byCriteria);
    layout->addWidget(m_criteria);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_starting, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseStarting();
        updateModes();
    });
    connect(m_allOnAssets, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseAllOnAssets();
        updateModes();
    });
    connect(m_byCriteria, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseByCriteria();
        updateModes();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_remove, &QPushButton::clicked, this, &ChangePatchChooser::removeSelected);
}

void ChangePatchChooser::buildCriteria()
{
    m_criteria = new QWidget(this);
    m_kevOnly = new QCheckBox(tr("Known exploited (&KEV) only"), m_criteria);
    m_kevOnly->setObjectName(QStringLiteral("changeKevOnly"));
    m_scoreAtLeast = new QCheckBox(tr("Score at &least"), m_criteria);
    m_scoreAtLeast->setObjectName(QStringLiteral("changeScoreAtLeast"));
    m_minScore = new QDoubleSpinBox(m_criteria);
    m_minScore->setObjectName(QStringLiteral("changeMinScore"));
    m_minScore->setRange(0, 100);
    m_minScore->setDecimals(1);
    m_minScore->setValue(70);
    m_cves = new QLineEdit(m_criteria);
    m_cves->setObjectName(QStringLiteral("changeCves"));
    m_cves->setPlaceholderText(QStringLiteral("CVE-2024-3094 CVE-2021-44228"));
    m_advisories = new QLineEdit(m_criteria);
    m_advisories->setObjectName(QStringLiteral("changeAdvisories"));
    m_advisories->setPlaceholderText(QStringLiteral("DSA-5022-1 RHSA-2024:1234"));
    m_onlyTheseAssets = new QCheckBox(m_criteria);
    m_onlyTheseAssets->setObjectName(QStringLiteral("changeOnlyTheseAssets"));
    m_find = new QPushButton(tr("&Find"), m_criteria);
    m_find->setObjectName(QStringLiteral("changeFind"));
    m_find->setAutoDefault(false);

    auto *cveLabel = new QLabel(tr("C&VEs:"), m_criteria);
    cveLabel->setBuddy(m_cves);
    auto *advisoryLabel = new QLabel(tr("Ad&visories:"), m_criteria);
    advisoryLabel->setBuddy(m_advisories);
    auto *grid = new QGridLayout(m_criteria);
    grid->setContentsMargins(24, 0, 0, 0);
    grid->addWidget(m_kevOnly, 0, 0, 1, 2);
    auto *score = new QHBoxLayout;
    score->addWidget(m_scoreAtLeast);
    score->addWidget(m_minScore);
    score->addStretch(1);
    grid->addLayout(score, 0, 2, 1, 2);
    grid->addWidget(m_onlyTheseAssets, 0, 4);
    grid->addWidget(cveLabel, 1, 0);
    grid->addWidget(m_cves, 1, 1);
    grid->addWidget(advisoryLabel, 1, 2);
    grid->addWidget(m_advisories, 1, 3);
    grid->addWidget(m_find, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_find, &QPushButton::clicked, this, &ChangePatchChooser::chooseByCriteria);
    for (QLineEdit *edit : {m_cves, m_advisories})
        connect(edit, &QLineEdit::returnPressed, this, &ChangePatchChooser::chooseByCriteria);
    connect(m_scoreAtLeast, &QCheckBox::toggled, m_minScore, &QWidget::setEnabled);
    m_minScore->setEnabled(false);
    m_minScore->setAccessibleName(m_scoreAtLeast->text().remove(QLatin1Char('&')));
    // Tab in reading order: the first row (KEV, score, these assets only), then the second.
    const QList<QWidget *> order{m_kevOnly, m_scoreAtLeast, m_minScore, m_onlyTheseAssets,
                                 m_cves,    m_advisories,   m_find};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void ChangePatchChooser::startFrom(const QList<AssetPatch> &selected)
{
    m_selected = selected;
    m_current.clear();
    m_assets.clear();
    for (const AssetPatch &patch : selected) {
        if (!m_assets.contains(patch.assetName))
            m_assets << patch.assetName;
    }
    m_starting->setText(tr("The &selected patches (%n)", nullptr, int(selected.size())));
    m_starting->setEnabled(!selected.isEmpty());
    (selected.isEmpty() ? m_byCriteria : m_starting)->setChecked(true);
    updateModes();
}

void ChangePatchChooser::startFromAssets(const QStringList &assetNames)
{
    m_selected.clear();
    m_current.clear();
    m_assets = assetNames;
    m_starting->setText(tr("The &selected patches (%n)", nullptr, 0));
    m_starting->setEnabled(false);
    (assetNames.isEmpty() ? m_byCriteria : m_allOnAssets)->setChecked(true);
    updateModes();
}

void ChangePatchChooser::startFromChange(const QList<ChangeTargetRow> &current)
{
    m_selected.clear();
    m_current = current;
    m_assets.clear();
    for (const ChangeTargetRow &row : current) {
        if (!m_assets.contains(row.target.assetName))
            m_assets << row.target.assetName;
    }
    m_starting->setText(tr("This change's &patches (%n)", nullptr, int(current.size())));
    m_starting->setEnabled(true);
    if (m_starting->isChecked())
        chooseStarting();
    else
        m_starting->setChecked(true);
    updateModes();
}

const QList<ChangeTargetRow> &ChangePatchChooser::rows() const
{
    return m_model->records();
}

QList<qint64> ChangePatchChooser::patchIds() const
{
    QList<qint64> ids;
    for (const ChangeTargetRow &row : m_model->records())
        ids.append(row.target.assetPatchId);
    return ids;
}

void ChangePatchChooser::updateModes()
{
    const bool assets = !m_assets.isEmpty();
    m_allOnAssets->setEnabled(assets);
    m_allOnAssets->setText(assets ? tr("Every missing patch on the &assets: %1").arg(someNames(m_assets))
                                  : tr("Every missing patch on the selected &assets (none selected)"));
    m_onlyTheseAssets->setVisible(assets);
    m_onlyTheseAssets->setText(tr("Only on %1").arg(someNames(m_assets)));
    m_criteria->setEnabled(m_byCriteria->isChecked());
}

void ChangePatchChooser::chooseStarting()
{
    if (!m_current.isEmpty() || m_selected.isEmpty()) {
        setRows(m_current);
        emit problem(QString());
        return;
    }
    showPatches(m_selected);
}

void ChangePatchChooser::chooseAllOnAssets()
{
    PatchSelection selection;
    selection.assets = m_assets;
    showPatches(selection.select(m_database.connection()));
}

void ChangePatchChooser::chooseByCriteria()
{
    PatchSelection selection;
    selection.kevOnly = m_kevOnly->isChecked();
    if (m_scoreAtLeast->isChecked())
        selection.minScore = m_minScore->value();
    selection.cves = words(m_cves);
    for (QString &cve : selection.cves)
        cve = cve.toUpper();
    selection.advisories = words(m_advisories);
    if (m_onlyTheseAssets->isVisible() && m_onlyTheseAssets->isChecked())
        selection.assets = m_assets;
    if (!selection.hasCriteria()) {
        setRows({});
        emit problem(tr("Choose KEV, a minimum score, CVEs or advisories, then Find."));
        return;
    }
    showPatches(selection.select(m_database.connection()));
}

void ChangePatchChooser::showPatches(const Result<QList<AssetPatch>> &patches)
{
    if (!patches) {
        setRows({});
        emit problem(patches.error().text());
        return;
    }
    auto rows = ChangeTargets::fromPatches(m_database, patches.value());
    if (!rows) {
        emit problem(rows.error().text());
        return;
    }
    // A patch the change has already keeps the rollback version recorded when it came in.
    for (ChangeTargetRow &row : rows.value()) {
        for (const ChangeTargetRow &kept : std::as_const(m_current)) {
            if (kept.target.assetPatchId == row.target.assetPatchId)
                row = kept;
        }
    }
    setRows(rows.value());
    emit problem(QString());
}

void ChangePatchChooser::setRows(const QList<ChangeTargetRow> &rows)
{
    m_model->setRecords(rows);
    m_table->resizeColumnsToContents();
    updateSummary();
}

void ChangePatchChooser::removeSelected()
{
    QSet<qint64> ids;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        ids.insert(m_model->recordAt(m_proxy->mapToSource(index).row()).target.assetPatchId);
    m_model->removeKeys(ids);
    updateSummary();
}

void ChangePatchChooser::updateSummary()
{
    const QList<ChangeTargetRow> &chosen = m_model->records();
    QSet<QString> assets;
    int irreversible = 0;
    for (const ChangeTargetRow &row : chosen) {
        assets.insert(row.target.assetName);
        irreversible += row.rollbackPossible ? 0 : 1;
    }
    // Two counts, so two whole sentences a translator can word freely.
    QString text = tr("Patches chosen: %n.", nullptr, int(chosen.size())) + QLatin1Char(' ') +
                   tr("Assets: %n.", nullptr, int(assets.size()));
    if (irreversible > 0)
        text += QLatin1Char(' ') + tr("%n of them cannot be rolled back.", nullptr, irreversible);
    m_summary->setText(text);
    emit rowsChanged();
}
