#pragma once

#include <QIcon>
#include <QWidget>

class QSettings;

// One of the main window's views (Assets, Patches, ...). It updates what it shows, in place, when the
// engine says its data changed, reads it all again when asked to reload, and keeps its own layout
// preferences.
class Pane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual void reload() = 0; // reads everything again; rows update in place, the selection stays
    virtual void saveState(QSettings &settings) const = 0;
    virtual void restoreState(QSettings &settings) = 0;

signals:
    // A pane could not read its data; the window shows the message.
    void problem(const QString &message);
};
