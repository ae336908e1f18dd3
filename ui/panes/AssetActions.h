#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QObject>

#include <optional>

class ChangeNotifier;
class Database;
class QAction;
class QWidget;

// The Assets pane's Add, Edit, Remove and Import actions, on the engine `asset add/edit/remove/import`
// use; each tells the ChangeNotifier which assets it changed. Dialogs open window-modal without blocking
// (open()), so nothing waits in a nested event loop. Changing the fleet is for those whose role allows it
// (UserRepository::require(Permission::RunFleet): admins): for a reviewer, an auditor or a login without a
// role every action is disabled, with the engine's reason as its tooltip.
class AssetActions : public QObject
{
    Q_OBJECT

public:
    AssetActions(Database &database, ChangeNotifier &changes, QWidget *window);

    QList<QAction *> actions() const { return {m_add, m_edit, m_remove, m_import}; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *importAction() const { return m_import; }
    // The asset Edit and Remove act on; none disables them.
    void setCurrent(const std::optional<Asset> &asset);
    // How many assets are selected: Edit and Remove act on one, and say so when more are selected.
    void setSelectedCount(int count);
    // Asks the engine again whether the current user may change the fleet (roles can change while the
    // console runs) and enables the actions accordingly.
    void refreshPermission();
    // Ok when the current user may add, edit, remove and scan assets; else why not.
    const Status &fleetPermission() const { return m_allowed; }

    void add();
    void edit();
    void remove();
    void import();
    void importFile(const QString &path, bool update);

signals:
    // Assets were added, changed or removed; `name` is the one to select afterwards (may be empty).
    void changed(const QString &name);
    // This asset was edited or removed: what reached it before (a kept SSH session) must not be reused.
    void assetReplaced(qint64 assetId);

private:
    // This asset, its patches (priorities follow criticality and exposure) and the audit trail changed.
    void announce(qint64 assetId);
    void showMessage(int icon, const QString &title, const QString &text, const QString &details = {});
    void updateActions();

    Database &m_database;
    ChangeNotifier &m_changes;
    QWidget *m_window;
    std::optional<Asset> m_current;
    int m_selectedCount = 0;
    Status m_allowed;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_import = nullptr;
};
