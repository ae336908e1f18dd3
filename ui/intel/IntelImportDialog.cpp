#include "IntelImportDialog.h"

#include "dialogs/FormDialogLayout.h"

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

namespace {

bool isScannerReport(IntelFeed feed)
{
    return feed == IntelFeed::Nessus || feed == IntelFeed::OpenVas;
}

QString fileFilter(IntelFeed feed)
{
    switch (feed) {
    case IntelFeed::Kev:
    case IntelFeed::Nvd:
        return IntelImportDialog::tr("JSON files (*.json)");
    case IntelFeed::Epss:
        return IntelImportDialog::tr("EPSS scores (*.csv *.csv.gz *.gz)");
    case IntelFeed::Osv:
        return IntelImportDialog::tr("OSV records (*.json *.zip)");
    case IntelFeed::Nessus:
        return IntelImportDialog::tr("Nessus reports (*.nessus *.xml)");
    case IntelFeed::OpenVas:
        return IntelImportDialog::tr("OpenVAS reports (*.xml)");
    }
    return {};
}

} // namespace

IntelImportDialog::IntelImportDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *intro = FormDialogLayout::begin(
        this, QStringLiteral("intelImportDialog"), tr("Import feed or scanner report"),
        tr("Feeds rank the missing patches (KEV, EPSS, NVD) and find vulnerable "
           "packages (OSV); scanner reports add the findings a patch closes. The whole "
           "file is checked before anything is stored."));

    m_feed = new QComboBox(this);
    m_feed->setObjectName(QStringLiteral("intelFeed"));
    for (IntelFeed feed : {IntelFeed::Kev, IntelFeed::Epss, IntelFeed::Nvd, IntelFeed::Osv, IntelFeed::Nessus,
                           IntelFeed::OpenVas})
        m_feed->addItem(feedTitle(feed), int(feed));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("intelFile"));
    m_path->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("intelBrowse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_createAssets = new QCheckBox(tr("&Add an asset for each host no asset matches"), this);
    m_createAssets->setObjectName(QStringLiteral("intelCreateAssets"));
    m_createAssets->setToolTip(
        tr("Added inventory only (transport none): never logged into or scanned until you give "
           "them a transport. Otherwise their findings are kept unassigned and the hosts "
           "are listed."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_feed);
    auto *fileLabel = new QLabel(tr("&File:"), this); // the row is a layout, so name the buddy here
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_createAssets);

    m_problem = FormDialogLayout::problemLine(QStringLiteral("intelImportProblem"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Import"));
    m_ok->setObjectName(QStringLiteral("intelImportOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &IntelImportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &IntelImportDialog::validate);
    connect(m_feed, &QComboBox::currentIndexChanged, this, &IntelImportDialog::validate);

    FormDialogLayout::arrange(this, intro, form, m_problem, buttons, 520);
    validate();
}

QString IntelImportDialog::feedTitle(IntelFeed feed)
{
    switch (feed) {
    case IntelFeed::Kev:
        return tr("CISA KEV catalog (JSON)");
    case IntelFeed::Epss:
        return tr("FIRST EPSS scores (CSV)");
    case IntelFeed::Nvd:
        return tr("NVD CVE records (JSON 2.0)");
    case IntelFeed::Osv:
        return tr("OSV advisories (JSON or ZIP)");
    case IntelFeed::Nessus:
        return tr("Nessus report (.nessus)");
    case IntelFeed::OpenVas:
        return tr("OpenVAS / Greenbone report (XML)");
    }
    return intelFeedName(feed);
}

IntelFeed IntelImportDialog::feed() const
{
    return IntelFeed(m_feed->currentData().toInt());
}

QString IntelImportDialog::path() const
{
    return m_path->text().trimmed();
}

bool IntelImportDialog::createAssets() const
{
    return isScannerReport(feed()) && m_createAssets->isChecked();
}

void IntelImportDialog::browse()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Choose the file to import"), QFileInfo(path()).absolutePath(),
                                     fileFilter(feed()) + QStringLiteral(";;") + tr("All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void IntelImportDialog::validate()
{
    m_createAssets->setEnabled(isScannerReport(feed()));
    const QFileInfo file(path());
    QString problem;
    if (!path().isEmpty() && !file.isFile())
        problem = tr("There is no file at this path.");
    else if (!path().isEmpty() && !file.isReadable())
        problem = tr("This file cannot be read: check its permissions.");
    m_problem->setText(problem);
    m_ok->setEnabled(!path().isEmpty() && problem.isEmpty());
}
