#include "HostKeyDialog.h"

#include "storage/Database.h"
#include "storage/KnownHostKeys.h"
#include "trust/OfferedKey.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <thread>

namespace {

QLabel *selectable(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HostKeyDialog::HostKeyDialog(const QString &assetName, const HostKeyInfo &offered,
                             std::optional<KnownHostKey> stored, QWidget *parent)
    : QDialog(parent)
    , m_changed(stored.has_value())
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    const QString hostPort = offered.host + QLatin1Char(':') + QString::number(offered.port);
    const bool certificate = offered.isCertificate();
    if (certificate)
        setWindowTitle(m_changed ? tr("Certificate changed: %1").arg(assetName)
                                 : tr("Unknown certificate: %1").arg(assetName));
    else
        setWindowTitle(m_changed ? tr("Host key changed: %1").arg(assetName)
                                 : tr("New host key: %1").arg(assetName));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText); // the host and the hints are escaped
    intro->setObjectName(QStringLiteral("hostKeyIntro"));
    auto *form = new QFormLayout;
    form->addRow(tr("Asset:"), selectable(assetName, QStringLiteral("hostKeyAsset"), this));
    form->addRow(tr("Host:"), selectable(hostPort, QStringLiteral("hostKeyHost"), this));
    form->addRow(tr("Key type:"),
                 selectable(certificate ? tr("TLS certificate (WinRM listener)") : offered.keyType,
                            QStringLiteral("hostKeyType"), this));
    form->addRow(m_changed ? tr("Offered now:") : tr("Fingerprint:"),
                 selectable(offered.fingerprint, QStringLiteral("hostKeyFingerprint"), this));
    if (!offered.details.isEmpty()) {
        QLabel *details = selectable(offered.details, QStringLiteral("hostKeyDetails"), this);
        details->setWordWrap(true);
        form->addRow(tr("Certificate:"), details);
    }
    const QString readOnHost = certificate
                                   ? tr("read the listener certificate's SHA-256 fingerprint on the host "
                                        "(README, \"Adding Windows hosts\")")
                                   : QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub");

    auto *buttons = new QDialogButtonBox(this);
    if (m_changed) {
        intro->setText(
            (certificate
                 ? tr("<b>The TLS certificate of %1 has changed.</b> Someone may be intercepting the "
                      "connection, or the certificate was renewed. The console refuses to connect.")
                 : tr("<b>The host key of %1 has changed.</b> Someone may be intercepting the connection, "
                      "or the host was reinstalled. The console refuses to connect."))
                .arg(hostPort.toHtmlEscaped()));
        form->addRow(tr("Accepted before:"),
                     selectable(stored->keyType + QLatin1Char(' ') + stored->fingerprint,
                                QStringLiteral("hostKeyStoredFingerprint"), this));
        auto *how = new QLabel(tr("If the change is expected, verify the new fingerprint on the host "
                                  "(%1) and pin it with patchwright-cli asset trust %2 --fingerprint %3")
                                   .arg(readOnHost, assetName, offered.fingerprint),
                               this);
        how->setWordWrap(true);
        how->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(how);
        buttons->addButton(QDialogButtonBox::Close);
    } else {
        intro->setText(
            (certificate
                 ? tr("No trusted CA vouches for the certificate %1 presents, and the console has never "
                      "accepted "
                      "it. Compare this fingerprint with the one the host's administrator reads on the host "
                      "(%2) "
                      "before accepting it, or give the asset the CA file that signed it.")
                 : tr("The console has never connected to %1 before. Compare this fingerprint with the one "
                      "the host's administrator reads on the host (%2) before accepting it."))
                .arg(hostPort.toHtmlEscaped(), readOnHost.toHtmlEscaped()));
        QPushButton *accept = buttons->addButton(certificate ? tr("&Accept certificate") : tr("&Accept key"),
                                                 QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("acceptHostKey"));
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool HostKeyDialog::review(const Asset &asset, Database &database, QWidget *parent)
{
    const DatabaseConfig config = database.config();
    std::optional<Result<OfferedKey>> offered;
    {
        // Reaching the host may take up to the connect timeout: off the GUI thread, which keeps painting.
        QEventLoop waiting;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        std::thread fetcher([&offered, &config, &asset, &waiting] {
            offered = OfferedKey::fetch(asset, config, std::chrono::seconds(15));
            QMetaObject::invokeMethod(&waiting, &QEventLoop::quit, Qt::QueuedConnection);
        });
        waiting.exec(QEventLoop::ExcludeUserInputEvents);
        fetcher.join();
        QGuiApplication::restoreOverrideCursor();
    }
    if (!offered->ok()) {
        QMessageBox::warning(parent,
                             asset.transport == Transport::WinRm ? tr("Cannot read the certificate")
                                                                 : tr("Cannot read the host key"),
                             offered->error().text());
        return false;
    }
    if (offered->value().vouchedByCa)
        return true; // a CA the asset trusts signed it: nothing to accept
    const HostKeyInfo &key = offered->value().key;
    KnownHostKeys keys(database.connection(), database.actor());
    const auto known = keys.forHost(key.host, key.port);
    if (!known) {
        QMessageBox::warning(parent, tr("Cannot read the known host keys"), known.error().text());
        return false;
    }
    const HostKeyDecision::Outcome outcome = HostKeyDecision::decide(known.value(), key);
    if (outcome.verdict == HostKeyDecision::Verdict::Trusted)
        return true; // accepted meanwhile (another window, the CLI)
    HostKeyDialog dialog(asset.name, key, outcome.stored, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.isChangedKey())
        return false;
    KnownHostKey accepted;
    accepted.host = key.host;
    accepted.port = key.port;
    accepted.keyType = key.keyType;
    accepted.fingerprint = key.fingerprint;
    if (Status stored = keys.accept(accepted); !stored) {
        QMessageBox::warning(parent, tr("Cannot store the host key"), stored.error().text());
        return false;
    }
    return true;
}
