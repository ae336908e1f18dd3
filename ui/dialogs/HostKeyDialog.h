#pragma once

#include "trust/HostKeyDecision.h"

#include "domain/Asset.h"

#include <QDialog>

#include <optional>

class Database;

// Shows the host key an SSH asset offered. A key seen for the first time can be accepted (after the admin
// compared the fingerprint with the host's); a changed key is shown as a refusal with both fingerprints and
// cannot be accepted here (pin the new one with `patchwright-cli asset trust NAME --fingerprint ...`).
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    HostKeyDialog(const QString &assetName, const HostKeyInfo &offered, std::optional<KnownHostKey> stored,
                  QWidget *parent = nullptr);

    bool isChangedKey() const { return m_changed; }

    // Fetches the key `asset` offers now, shows it, and stores it in the database when the admin accepts a
    // new key. Returns true when a key was accepted (the asset can be scanned again).
    static bool review(const Asset &asset, Database &database, QWidget *parent);

private:
    bool m_changed = false;
};
