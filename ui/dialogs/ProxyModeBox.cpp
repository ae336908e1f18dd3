#include "ProxyModeBox.h"

#include "intel/FeedSettings.h"

#include <QComboBox>
#include <QCoreApplication>

QComboBox *newProxyModeBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    // Translated where they were first written (the Feeds dialog's network box).
    box->addItem(QCoreApplication::translate("FeedNetworkSettings", "System (http_proxy / https_proxy)"),
                 int(FeedProxy::Mode::System));
    box->addItem(QCoreApplication::translate("FeedNetworkSettings", "None (direct connections)"),
                 int(FeedProxy::Mode::None));
    box->addItem(QCoreApplication::translate("FeedNetworkSettings", "Manual"), int(FeedProxy::Mode::Manual));
    return box;
}
