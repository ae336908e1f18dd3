#include "AssetDialog.h"

#include "inventory/AssetFields.h"
#include "inventory/AssetValidation.h"
#include "itemmodels/StatusTone.h"
#include "widgets/FormAccessibility.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel *problemLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("assetProblem_") + field);
    label->setStyleSheet(QStringLiteral("color: ") + StatusTone::css(StatusTone::Danger) +
                         QStringLiteral(";"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

AssetDialog::AssetDialog(const Asset &asset, Save save, QWidget *parent)
    : QDialog(parent)
    , m_original(asset)
    , m_save(std::move(save))
{
    const bool editing = asset.id != 0;
    setObjectName(QStringLiteral("assetDialog"));
    setWindowTitle(editing ? tr("Edit asset %1").arg(asset.name) : tr("Add asset"));

    m_name = new QLineEdit(asset.name, this);
    m_name->setPlaceholderText(tr("e.g. web01"));
    m_transport = new QComboBox(this);
    m_transport->addItem(tr("SSH (Linux)"), int(Transport::Ssh));
    m_transport->addItem(tr("WinRM (Windows)"), int(Transport::WinRm));
    m_transport->addItem(tr("This machine (local)"), int(Transport::Local));
    m_transport->addItem(tr("None (inventory only)"), int(Transport::None));
    m_transport->setItemData(m_transport->count() - 1,
                             tr("Listed with its address and facts, never logged into, scanned or deployed "
                                "to: assets created from a scanner report start so."),
                             Qt::ToolTipRole);
    m_transport->setCurrentIndex(m_transport->findData(int(editing ? asset.transport : Transport::Ssh)));
    m_address = new QLineEdit(asset.address, this);
    m_address->setPlaceholderText(tr("host name, IP address or ~/.ssh/config Host alias"));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setValue(asset.port);
    m_port->setToolTip(tr("Default: from ~/.ssh/config, else 22"));
    m_user = new QLineEdit(asset.user, this);
    m_user->setPlaceholderText(tr("default: from ~/.ssh/config, else your login name"));
    m_identity = new QLineEdit(asset.identityFile, this);
    m_identity->setPlaceholderText(tr("private key file, tried before ssh-agent"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseIdentity"));
    auto *identityRow = new QWidget(this);
    auto *identityLayout = new QHBoxLayout(identityRow);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->addWidget(m_identity, 1);
    identityLayout->addWidget(choose);
    identityRow->setFocusProxy(m_identity);
    m_winRmAuth = new QComboBox(this);
    for (WinRmAuth a : {WinRmAuth::Ntlm, WinRmAuth::Basic, WinRmAuth::Negotiate, WinRmAuth::Certificate})
        m_winRmAuth->addItem(displayName(a), int(a));
    m_winRmAuth->setCurrentIndex(m_winRmAuth->findData(int(asset.winrm.auth)));
    m_winRmAuth->setToolTip(tr("NTLM works with every Windows host; Basic must be enabled on the host; "
                               "Negotiate uses your Kerberos ticket"));
    m_allowHttp = new QCheckBox(tr("Allow plain &HTTP (port 5985)"), this);
    m_allowHttp->setChecked(asset.winrm.allowHttp);
    m_httpWarning =
        new QLabel(tr("Plain HTTP: only NTLM-sealed messages are sent, never Basic. Prefer an HTTPS "
                      "listener (winrm quickconfig -transport:https)."),
                   this);
    m_httpWarning->setObjectName(QStringLiteral("assetHttpWarning"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(QStringLiteral("color: ") + StatusTone::css(StatusTone::Warning) +
                                 QStringLiteral(";"));
    m_caFile = new QLineEdit(asset.winrm.caFile, this);
    m_caFile->setPlaceholderText(
        tr("PEM file of your CA; empty: the system's CAs, else a pinned certificate"));
    m_clientCertificate = new QLineEdit(asset.winrm.clientCertificateFile, this);
    m_clientCertificate->setPlaceholderText(tr("PEM file, for certificate login"));
    m_clientKey = new QLineEdit(asset.winrm.clientKeyFile, this);
    m_clientKey->setPlaceholderText(tr("PEM file of its private key"));
    m_criticality = new QComboBox(this);
    for (Criticality c : {Criticality::Low, Criticality::Medium, Criticality::High, Criticality::Critical})
        m_criticality->addItem(displayName(c), int(c));
    m_criticality->setCurrentIndex(m_criticality->findData(int(asset.criticality)));
    m_exposure = new QComboBox(this);
    for (Exposure e : {Exposure::Internet, Exposure::Internal, Exposure::Isolated})
        m_exposure->addItem(displayName(e), int(e));
    m_exposure->setCurrentIndex(m_exposure->findData(int(asset.exposure)));
    m_ring = new QLineEdit(asset.ring, this);
    m_ring->setPlaceholderText(tr("e.g. pilot"));
    m_tags = new QLineEdit(asset.tags.join(QStringLiteral(", ")), this);
    m_tags->setPlaceholderText(tr("separated by commas, e.g. web, dmz"));

    const QList<std::pair<QWidget *, const char *>> names{{m_name, "assetName"},
                                                          {m_transport, "assetTransport"},
                                                          {m_address, "assetAddress"},
                                                          {m_port, "assetPort"},
                                                          {m_user, "assetUser"},
                                                          {m_identity, "assetIdentity"},
                                                          {m_winRmAuth, "assetWinRmAuth"},
                                                          {m_allowHttp, "assetAllowHttp"},
                                                          {m_caFile, "assetCaFile"},
                                                          {m_clientCertificate, "assetClientCert"},
                                                          {m_clientKey, "assetClientKey"},
                                                          {m_criticality, "assetCriticality"},
                                                          {m_exposure, "assetExposure"},
                                                          {m_ring, "assetRing"},
                                                          {m_tags, "assetTags"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Name:"), field(QStringLiteral("name"), m_name));
    form->addRow(tr("&Transport:"), m_transport);
    form->addRow(tr("&Address:"), field(QStringLiteral("address"), m_address));
    form->addRow(tr("&Port:"), field(QStringLiteral("port"), m_port));
    form->addRow(tr("&User:"), field(QStringLiteral("user"), m_user));
    form->addRow(tr("&Identity file:"), field(QStringLiteral("identity"), identityRow));
    const auto winRmRow = [this, form](const QString &label, QWidget *widget) {
        QWidget *row = widget;
        form->addRow(label, row);
        m_winRmRows.append(row);
    };
    winRmRow(tr("Log&in with:"), field(QStringLiteral("auth"), m_winRmAuth));
    auto *httpBox = new QWidget(this);
    auto *httpLayout = new QVBoxLayout(httpBox);
    httpLayout->setContentsMargins(0, 0, 0, 0);
    httpLayout->addWidget(m_allowHttp);
    httpLayout->addWidget(m_httpWarning);
    winRmRow(QString(), httpBox);
    winRmRow(tr("C&A file:"),
             field(QStringLiteral("ca-file"),
                   fileRow(m_caFile, QStringLiteral("chooseCaFile"), tr("CA certificate file"))));
    winRmRow(
        tr("Client &certificate:"),
        field(QStringLiteral("client-cert"), fileRow(m_clientCertificate, QStringLiteral("chooseClientCert"),
                                                     tr("Client certificate file"))));
    winRmRow(tr("Client &key:"),
             field(QStringLiteral("client-key"),
                   fileRow(m_clientKey, QStringLiteral("chooseClientKey"), tr("Client private key file"))));
    form->addRow(tr("&Criticality:"), m_criticality);
    form->addRow(tr("&Exposure:"), m_exposure);
    form->addRow(tr("&Ring:"), field(QStringLiteral("ring"), m_ring));
    form->addRow(tr("Ta&gs:"), field(QStringLiteral("tag"), m_tags));

    auto *note =
        new QLabel(tr("The console keeps only the paths of key and certificate files, never the keys. "
                      "Passwords are read from the OS keychain."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: ") + StatusTone::css(StatusTone::Muted) + QStringLiteral(";"));
    m_saveProblem = problemLabel(QStringLiteral("save"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save") : tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("assetDialogOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &AssetDialog::chooseIdentity);
    for (QLineEdit *edit : {m_name, m_address, m_user, m_identity, m_ring, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &AssetDialog::validate);
    for (QLineEdit *edit : {m_caFile, m_clientCertificate, m_clientKey})
        connect(edit, &QLineEdit::textChanged, this, &AssetDialog::validate);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &AssetDialog::validate);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &AssetDialog::showTransportRows);
    connect(m_winRmAuth, &QComboBox::currentIndexChanged, this, &AssetDialog::validate);
    connect(m_allowHttp, &QCheckBox::toggled, this, &AssetDialog::validate);
    connect(m_allowHttp, &QCheckBox::toggled, this, &AssetDialog::showTransportRows);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_saveProblem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    FormAccessibility::nameFieldsFromLabels(form);
    // Tab in reading order: each file's Choose… button right after its path (the buttons are made last).
    const QList<QWidget *> order{m_name,
                                 m_transport,
                                 m_address,
                                 m_port,
                                 m_user,
                                 m_identity,
                                 choose,
                                 m_winRmAuth,
                                 m_allowHttp,
                                 m_caFile,
                                 findChild<QPushButton *>(QStringLiteral("chooseCaFile")),
                                 m_clientCertificate,
                                 findChild<QPushButton *>(QStringLiteral("chooseClientCert")),
                                 m_clientKey,
                                 findChild<QPushButton *>(QStringLiteral("chooseClientKey")),
                                 m_criticality,
                                 m_exposure,
                                 m_ring,
                                 m_tags};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    showTransportRows();
    validate();
}

QWidget *AssetDialog::fileRow(QLineEdit *edit, const QString &buttonName, const QString &title)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *choose = new QPushButton(tr("Choose…"), row);
    choose->setObjectName(buttonName);
    layout->addWidget(choose);
    choose->setAccessibleDescription(title);
    row->setFocusProxy(edit);
    connect(choose, &QPushButton::clicked, this, [this, edit, title] { chooseFile(edit, title); });
    return row;
}

void AssetDialog::chooseFile(QLineEdit *edit, const QString &title)
{
    const QString file =
        QFileDialog::getOpenFileName(this, title, edit->text().isEmpty() ? QDir::homePath() : edit->text());
    if (!file.isEmpty())
        edit->setText(file);
}

// SSH rows for SSH, WinRM rows for WinRM; the port's default follows the transport.
void AssetDialog::showTransportRows()
{
    const auto transport = Transport(m_transport->currentData().toInt());
    const bool winRm = transport == Transport::WinRm;
    m_form->setRowVisible(m_problems.value(QStringLiteral("identity"))->parentWidget(),
                          transport == Transport::Ssh);
    // Inventory only: nothing logs in, so no port or login to ask for.
    for (const char *loginField : {"port", "user"})
        m_form->setRowVisible(m_problems.value(QString::fromLatin1(loginField))->parentWidget(),
                              transport != Transport::None);
    for (QWidget *row : std::as_const(m_winRmRows))
        m_form->setRowVisible(row, winRm);
    m_httpWarning->setVisible(winRm && m_allowHttp->isChecked());
    m_port->setToolTip(winRm ? tr("Default: 5986 (HTTPS), or 5985 with plain HTTP")
                             : tr("Default: from ~/.ssh/config, else 22"));
    m_address->setPlaceholderText(winRm ? tr("host name or IP address")
                                        : tr("host name, IP address or ~/.ssh/config Host alias"));
    m_user->setPlaceholderText(winRm ? tr("e.g. CORP\\patchadmin or patchadmin@corp.example.com")
                                     : tr("default: from ~/.ssh/config, else your login name"));
}

QWidget *AssetDialog::field(const QString &name, QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    QLabel *problem = problemLabel(name, box);
    layout->addWidget(problem);
    m_problems.insert(name, problem);
    box->setFocusProxy(editor); // the row label's mnemonic reaches the editor
    return box;
}

Asset AssetDialog::asset() const
{
    Asset asset = m_original;
    asset.name = m_name->text().trimmed();
    asset.transport = Transport(m_transport->currentData().toInt());
    asset.address = m_address->text().trimmed();
    asset.port = m_port->value();
    asset.user = m_user->text().trimmed();
    asset.identityFile = AssetFields::expandHome(m_identity->text().trimmed());
    asset.winrm.auth = WinRmAuth(m_winRmAuth->currentData().toInt());
    asset.winrm.allowHttp = m_allowHttp->isChecked();
    asset.winrm.caFile = AssetFields::expandHome(m_caFile->text().trimmed());
    asset.winrm.clientCertificateFile = AssetFields::expandHome(m_clientCertificate->text().trimmed());
    asset.winrm.clientKeyFile = AssetFields::expandHome(m_clientKey->text().trimmed());
    asset.criticality = Criticality(m_criticality->currentData().toInt());
    asset.exposure = Exposure(m_exposure->currentData().toInt());
    asset.ring = m_ring->text().trimmed();
    asset.tags = AssetFields::splitTags(m_tags->text());
    return asset;
}

QString AssetDialog::problem(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void AssetDialog::validate()
{
    const Asset current = asset();
    QHash<QString, QString> found;
    for (const AssetProblem &problem : AssetValidation::problems(current))
        found.insert(problem.field, problem.message);
    const QList<std::pair<QString, QString>> files{
        {QStringLiteral("identity"), current.identityFile},
        {QStringLiteral("ca-file"), current.winrm.caFile},
        {QStringLiteral("client-cert"), current.winrm.clientCertificateFile},
        {QStringLiteral("client-key"), current.winrm.clientKeyFile}};
    for (const auto &[name, path] : files) {
        if (path.isEmpty() || found.contains(name))
            continue;
        const QFileInfo file(path);
        if (!file.isFile() || !file.isReadable())
            found.insert(name, tr("the file does not exist or is not readable"));
    }
    if (!m_showEmptyProblems) {
        // An empty required field is not yet a mistake.
        if (current.name.isEmpty())
            found.remove(QStringLiteral("name"));
        if (current.address.isEmpty())
            found.remove(QStringLiteral("address"));
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        it.value()->setText(found.value(it.key()));
        it.value()->setVisible(found.contains(it.key()));
    }
    m_saveProblem->hide();
}

void AssetDialog::chooseIdentity()
{
    const QString start =
        m_identity->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_identity->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Private key file"), start);
    if (!file.isEmpty())
        m_identity->setText(file);
}

void AssetDialog::accept()
{
    m_showEmptyProblems = true;
    validate();
    for (const QLabel *label : std::as_const(m_problems)) {
        if (!label->isHidden())
            return;
    }
    if (Status saved = m_save(asset()); !saved) {
        m_saveProblem->setText(saved.error().text());
        m_saveProblem->show();
        return;
    }
    QDialog::accept();
}
