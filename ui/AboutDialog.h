#pragma once

#include <QDialog>

// Version, what Patchwright is, and the licenses of what it is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &storageEngine, QWidget *parent = nullptr);

    static QString text(const QString &storageEngine);
};
