#include "AssetActions.h"

#include "dialogs/AssetDialog.h"

#include "changes/ChangeNotifier.h"
#include "inventory/AssetImport.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

AssetActions::AssetActions(Database &database, ChangeNotifier &changes, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_changes(changes)
    , m_window(window)
{
    const auto make = [this](const QString &text, const char *name, const QKeySequence &shortcut,
                             void (AssetActions::*slot)()) {
        auto *action = new QAction(text, m_window);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        m_window->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = make(tr("Add asset…"), "actionAddAsset", QKeySequence(Qt::CTRL | Qt::Key_N), &AssetActions::add);
    m_add->setStatusTip(tr("Add a machine the console scans and patches"));
    m_edit = make(tr("Edit asset…"), "actionEditAsset", QKeySequence(), &AssetActions::edit);
    m_edit->setStatusTip(tr("Change how the selected asset is reached and how much it matters (Enter)"));
    m_remove = make(tr("Remove asset"), "actionRemoveAsset", QKeySequence::Delete, &AssetActions::remove);
    m_remove->setStatusTip(tr("Remove the selected asset with its scans and patches"));
    // Delete acts on the Assets pane only, never on a row of another pane.
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_import = make(tr("Import assets…"), "actionImportAssets", QKeySequence(), &AssetActions::import);
    m_import->setStatusTip(tr("Add assets from a CSV file or an Ansible inventory (INI or YAML)"));
    refreshPermission();
}

void AssetActions::setCurrent(const std::optional<Asset> &asset)
{
    m_current = asset;
    updateActions();
}

void AssetActions::setSelectedCount(int count)
{
    m_selectedCount = count;
    updateActions();
}

void AssetActions::refreshPermission()
{
    m_allowed = UserRepository(m_database.connection(), m_database.actor()).require(Permission::RunFleet);
    updateActions();
}

void AssetActions::updateActions()
{
    // The tooltip says what an action does (its status tip) when allowed, and the engine's reason when not.
    for (QAction *action : {m_add, m_edit, m_remove, m_import}) {
        const bool needsAsset = action == m_edit || action == m_remove;
        const bool several = needsAsset && m_selectedCount > 1;
        action->setEnabled(m_allowed.ok() && (!needsAsset || m_current.has_value()) && !several);
        if (!m_allowed.ok())
            action->setToolTip(m_allowed.error().text());
        else if (several)
            action->setToolTip(tr("Acts on one asset; %n are selected.", nullptr, m_selectedCount));
        else if (needsAsset && !m_current)
            action->setToolTip(tr("Select an asset first."));
        else
            action->setToolTip(action->statusTip());
    }
}

void AssetActions::add()
{
    if (!m_allowed)
        return;
    Asset fresh;
    fresh.transport = Transport::Ssh;
    fresh.owner = m_database.actor();
    auto *dialog = new AssetDialog(
        fresh,
        [this](const Asset &asset) -> Status {
            const auto added = AssetRepository(m_database.connection(), m_database.actor()).add(asset);
            if (!added)
                return added.error();
            announce(added.value());
            return {};
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit changed(dialog->asset().name); });
    dialog->open();
}

void AssetActions::edit()
{
    if (!m_current || !m_allowed)
        return;
    auto *dialog = new AssetDialog(
        *m_current,
        [this](const Asset &asset) {
            Status updated = AssetRepository(m_database.connection(), m_database.actor()).update(asset);
            if (updated) {
                emit assetReplaced(asset.id);
                announce(asset.id);
            }
            return updated;
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit changed(dialog->asset().name); });
    dialog->open();
}

void AssetActions::remove()
{
    if (!m_current || !m_allowed)
        return;
    const QString name = m_current->name;
    const qint64 id = m_current->id;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Remove asset"),
        tr("Remove %1 with its scans and pending patches? The audit trail keeps its history.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("removeAssetConfirmation"));
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, name, id] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        if (Status removed = AssetRepository(m_database.connection(), m_database.actor()).remove(name);
            !removed) {
            showMessage(QMessageBox::Critical, tr("Remove asset"), removed.error().text());
            return;
        }
        emit assetReplaced(id);
        announce(id);
        emit changed(QString());
    });
    box->open();
}

void AssetActions::import()
{
    if (!m_allowed)
        return;
    auto *dialog = new QFileDialog(m_window, tr("Import assets"), QDir::homePath(),
                                   tr("CSV files and Ansible inventories (*.csv *.ini *.yml *.yaml hosts);;"
                                      "All files (*)"));
    dialog->setObjectName(QStringLiteral("importAssetsDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { importFile(path, false); });
    dialog->open();
}

void AssetActions::importFile(const QString &path, bool update)
{
    AssetRepository repository(m_database.connection(), m_database.actor());
    const auto imported = AssetImport::importFile(repository, path, AssetImport::Kind::Auto, update);
    if (!imported) {
        showMessage(QMessageBox::Critical, tr("Import assets"), imported.error().text());
        return;
    }
    const AssetImport::Report &report = imported.value();
    if (report.problems.isEmpty() && (!report.added.isEmpty() || !report.updated.isEmpty())) {
        emit m_changes.assetsChanged(ChangedIds::all());
        emit m_changes.patchesChanged(ChangedIds::all());
        emit m_changes.auditAppended();
    }
    if (report.problems.isEmpty()) {
        showMessage(QMessageBox::Information, tr("Import assets"),
                    tr("Imported from %1: %2 added, %3 updated, %4 unchanged.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(report.added.size())
                        .arg(report.updated.size())
                        .arg(report.unchanged.size()));
        emit changed(report.added.isEmpty() ? QString() : report.added.constFirst().name);
        return;
    }

    QStringList lines;
    for (const ImportProblem &problem : report.problems)
        lines.append(problem.line > 0 ? tr("line %1: %2").arg(problem.line).arg(problem.message)
                                      : problem.message);
    constexpr int shown = 12;
    QString text = tr("Nothing was imported from %1. Fix these problems and import again:")
                       .arg(QDir::toNativeSeparators(path)) +
                   QStringLiteral("\n\n") + lines.mid(0, shown).join(QLatin1Char('\n'));
    if (lines.size() > shown)
        text += QLatin1Char('\n') + tr("… and %1 more (see Show Details).").arg(lines.size() - shown);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Import assets"), text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("importAssetsResult"));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!update && report.existing == report.problems.size()) {
        // The only problem is that the assets exist: offer what `asset import --update` does.
        QPushButton *again = box->addButton(tr("&Update existing assets"), QMessageBox::AcceptRole);
        again->setObjectName(QStringLiteral("importUpdateExisting"));
        connect(again, &QPushButton::clicked, this, [this, path] { importFile(path, true); });
    }
    box->open();
}

void AssetActions::announce(qint64 assetId)
{
    emit m_changes.assetsChanged(ChangedIds::of({assetId}));
    emit m_changes.patchesChanged(ChangedIds::of({assetId}));
    emit m_changes.auditAppended();
}

void AssetActions::showMessage(int icon, const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("assetActionMessage"));
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
