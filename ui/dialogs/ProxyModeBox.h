#pragma once

#include <QString>

class QComboBox;
class QWidget;

// The choice of how feed downloads reach the network (FeedProxy::Mode as item data: System, None, Manual),
// for Intel ▸ Feeds… and the Settings dialog's Intel page.
QComboBox *newProxyModeBox(const QString &objectName, QWidget *parent);
