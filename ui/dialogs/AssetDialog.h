#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// Add or edit one asset: how to reach it (transport, address, port, user; the identity file for SSH; the
// authentication, HTTP/HTTPS, CA file and client certificate for WinRM) and how it matters
// (criticality, exposure, ring, tags). Each field says inline what is wrong with it, with the rules of
// `asset add` (AssetValidation). OK stores the asset through `save`; when that fails (a name that exists,
// a refused write) the dialog stays open and says why.
class AssetDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Asset &)>;

    // `asset` is the one to edit, or a default Asset (id 0) to add one.
    AssetDialog(const Asset &asset, Save save, QWidget *parent = nullptr);

    // The original asset with the dialog's values.
    Asset asset() const;
    // The problem shown for a field ("name", "address", ...), empty when there is none.
    QString problem(const QString &field) const;

    void accept() override;

private:
    QWidget *field(const QString &name, QWidget *editor);
    void validate();
    void chooseIdentity();
    void chooseFile(QLineEdit *edit, const QString &title);
    void showTransportRows();
    QWidget *fileRow(QLineEdit *edit, const QString &buttonName, const QString &title);

    Asset m_original;
    Save m_save;
    bool m_showEmptyProblems = false; // "needs a name" only after the first OK, not on an empty form
    QLineEdit *m_name = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_identity = nullptr;
    QComboBox *m_winRmAuth = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QLabel *m_httpWarning = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_clientCertificate = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QWidget *> m_winRmRows;
    QComboBox *m_criticality = nullptr;
    QComboBox *m_exposure = nullptr;
    QLineEdit *m_ring = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_saveProblem = nullptr;
    QHash<QString, QLabel *> m_problems;
};
