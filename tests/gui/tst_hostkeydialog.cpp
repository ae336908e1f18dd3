#include "../support/SshAsset.h"
#include "../support/TestDatabase.h"

#include "dialogs/HostKeyDialog.h"
#include "storage/KnownHostKeys.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestHostKeyDialog : public QObject
{
    Q_OBJECT

private slots:
    void newKeyShowsTheFingerprintAndCanBeAccepted();
    void changedKeyIsARefusalWithBothFingerprints();
    void reviewFetchesTheKeyFromARealServerAndStoresIt();

private:
    static QString text(const QDialog &dialog, const char *name)
    {
        const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }
};

void TestHostKeyDialog::newKeyShowsTheFingerprintAndCanBeAccepted()
{
    const HostKeyInfo offered{u"192.0.2.10"_s, 2222, u"ssh-ed25519"_s, u"SHA256:newnewnew"_s};
    HostKeyDialog dialog(u"web1"_s, offered, std::nullopt);
    QVERIFY(!dialog.isChangedKey());
    QCOMPARE(text(dialog, "hostKeyHost"), u"192.0.2.10:2222"_s);
    QCOMPARE(text(dialog, "hostKeyType"), u"ssh-ed25519"_s);
    QCOMPARE(text(dialog, "hostKeyFingerprint"), u"SHA256:newnewnew"_s);
    auto *accept = dialog.findChild<QPushButton *>(u"acceptHostKey"_s);
    QVERIFY(accept);
    dialog.show();
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestHostKeyDialog::changedKeyIsARefusalWithBothFingerprints()
{
    const HostKeyInfo offered{u"192.0.2.10"_s, 2222, u"ssh-ed25519"_s, u"SHA256:newnewnew"_s};
    KnownHostKey stored;
    stored.keyType = u"ssh-ed25519"_s;
    stored.fingerprint = u"SHA256:oldoldold"_s;
    HostKeyDialog dialog(u"web1"_s, offered, stored);
    QVERIFY(dialog.isChangedKey());
    QCOMPARE(text(dialog, "hostKeyFingerprint"), u"SHA256:newnewnew"_s);
    QVERIFY(text(dialog, "hostKeyStoredFingerprint").contains(u"SHA256:oldoldold"_s));
    QVERIFY(!dialog.findChild<QPushButton *>(u"acceptHostKey"_s)); // no way to accept it here
    QVERIFY(text(dialog, "hostKeyIntro").contains(u"changed"_s));
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->buttons().size(), 1);
    QCOMPARE(buttons->standardButtons(), QDialogButtonBox::Close);
}

void TestHostKeyDialog::reviewFetchesTheKeyFromARealServerAndStoresIt()
{
    SshServer sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    TestDatabase db;
    const Asset asset = sshAssetOn(sshd, u"web1"_s);

    // The key is fetched off the GUI thread; the dialog then shows the server's real fingerprint.
    QString shown;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&shown, &poll] {
        auto *dialog = qobject_cast<HostKeyDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        shown = dialog->findChild<QLabel *>(u"hostKeyFingerprint"_s)->text();
        dialog->findChild<QPushButton *>(u"acceptHostKey"_s)->click();
    });
    poll.start(10);
    QVERIFY(HostKeyDialog::review(asset, *db, nullptr));
    QCOMPARE(shown, sshd.hostFingerprint());
    const auto stored = KnownHostKeys(db->connection(), db->actor()).forHost(sshd.host(), sshd.port());
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 1);
    QCOMPARE(stored.value().constFirst().fingerprint, sshd.hostFingerprint());
}

QTEST_MAIN(TestHostKeyDialog)
#include "tst_hostkeydialog.moc"
