#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

QString AboutDialog::text(const QString &storageEngine)
{
    // Only the prose is translated; product names, versions and licence identifiers are not.
    return QStringLiteral("<h2>Patchwright %1</h2><p>").arg(QStringLiteral(PW_VERSION)) +
           tr("A console for patch administrators: discover, prioritise, approve, deploy, verify and "
              "prove.") +
           QStringLiteral("</p><h4>") + tr("Built on") +
           QStringLiteral("</h4><table cellpadding='2'>"
                          "<tr><td>Qt %1</td><td>LGPL-3.0 (Qt Charts: GPL-3.0)</td></tr>"
                          "<tr><td>QtKeychain</td><td>BSD-3-Clause</td></tr>"
                          "<tr><td>SQLCipher</td><td>BSD-3-Clause (SQLite: public domain)</td></tr>"
                          "<tr><td>libssh</td><td>LGPL-2.1</td></tr>"
                          "<tr><td>yaml-cpp</td><td>MIT</td></tr>"
                          "<tr><td>libzip</td><td>BSD-3-Clause</td></tr>"
                          "<tr><td>yajl</td><td>ISC</td></tr>"
                          "<tr><td>zlib</td><td>zlib</td></tr>"
                          "</table><p>")
               .arg(QString::fromLatin1(qVersion())) +
           tr("Storage engine in use: %1").arg(storageEngine.toHtmlEscaped()) + QStringLiteral("</p><p>") +
           tr("Copyright © 2026 the Patchwright authors.") + QStringLiteral(" ") +
           tr("Patchwright is free software: you may share and change it under the GNU General Public "
              "License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with "
              "no warranty.") +
           QStringLiteral("</p>");
}

AboutDialog::AboutDialog(const QString &storageEngine, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Patchwright"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/patchwright.svg")).pixmap(64, 64));
    auto *body = new QTextBrowser(this);
    body->setObjectName(QStringLiteral("aboutText"));
    body->setHtml(text(storageEngine));
    body->setFrameShape(QFrame::NoFrame);
    body->setMinimumSize(460, 300);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(body);
    layout->addWidget(buttons);
}
