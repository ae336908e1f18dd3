#pragma once

#include <QDialog>

class Database;

// Database ▸ Properties…: where the open database is and where its key lives (keychain backend, service and
// account, or passphrase mode, or the team server), its engine, cipher settings, schema version and size,
// from DatabaseProperties. Read-only; nothing secret is shown. Each value is a selectable QLabel named
// "property_<name>" (e.g. "property_keychainAccount").
class DatabasePropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    DatabasePropertiesDialog(Database &database, const QString &keychainService, QWidget *parent = nullptr);
};
