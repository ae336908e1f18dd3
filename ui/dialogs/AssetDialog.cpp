#include "AssetDialog.h"

#include "inventory/AssetFields.h"
#include "inventory/AssetValidation.h"

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
    label->setStyleSheet(QStringLiteral("color: #b01e1e;"));
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
                                                          {m_criticality, "assetCriticality"},
                                                          {m_exposure, "assetExposure"},
                                                          {m_ring, "assetRing"},
                                                          {m_tags, "assetTags"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), field(QStringLiteral("name"), m_name));
    form->addRow(tr("&Transport:"), m_transport);
    form->addRow(tr("&Address:"), field(QStringLiteral("address"), m_address));
    form->addRow(tr("&Port:"), field(QStringLiteral("port"), m_port));
    form->addRow(tr("&User:"), field(QStringLiteral("user"), m_user));
    form->addRow(tr("&Identity file:"), field(QStringLiteral("identity"), identityRow));
    form->addRow(tr("&Criticality:"), m_criticality);
    form->addRow(tr("&Exposure:"), m_exposure);
    form->addRow(tr("&Ring:"), field(QStringLiteral("ring"), m_ring));
    form->addRow(tr("Ta&gs:"), field(QStringLiteral("tag"), m_tags));

    auto *note = new QLabel(tr("The console keeps only the path of the key file, never the key. Passwords "
                               "are read from the OS keychain."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_saveProblem = problemLabel(QStringLiteral("save"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save") : tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("assetDialogOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &AssetDialog::chooseIdentity);
    for (QLineEdit *edit : {m_name, m_address, m_user, m_identity, m_ring, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &AssetDialog::validate);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &AssetDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_saveProblem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    validate();
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
    if (!current.identityFile.isEmpty() && !found.contains(QStringLiteral("identity"))) {
        const QFileInfo identity(current.identityFile);
        if (!identity.isFile() || !identity.isReadable())
            found.insert(QStringLiteral("identity"), tr("the file does not exist or is not readable"));
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
