#pragma once

#include "intel/IntelImport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Intel ▸ Import feed or scanner report…: which kind of file, which file, and for scanner reports whether
// hosts no asset matches become assets. Only collects the choice; IntelActions runs the import.
class IntelImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntelImportDialog(QWidget *parent = nullptr);

    IntelFeed feed() const;
    QString path() const;
    bool createAssets() const;

    static QString feedTitle(IntelFeed feed); // "CISA KEV catalog", "Nessus report" ...

private:
    void browse();
    void validate();

    QComboBox *m_feed = nullptr;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_createAssets = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
