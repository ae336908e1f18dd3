#include "dialogs/PassphraseDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestPassphraseDialog : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseNeedsTwoMatchingLongEntries();
    void existingDatabaseNeedsOneEntry();
};

namespace {

QPushButton *okButton(QDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("OK"))
            return button;
    }
    return nullptr;
}

} // namespace

void TestPassphraseDialog::newDatabaseNeedsTwoMatchingLongEntries()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::New, QStringLiteral("/tmp/x.db"),
                            QStringLiteral("No keychain."));
    auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *second = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseRepeat"));
    QPushButton *ok = okButton(dialog);
    QVERIFY(first && second && ok);
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(first, QStringLiteral("short"));
    QTest::keyClicks(second, QStringLiteral("short"));
    QVERIFY(!ok->isEnabled()); // under the minimum length
    first->setText(QStringLiteral("a long enough passphrase"));
    second->setText(QStringLiteral("a long enough passphrasE"));
    QVERIFY(!ok->isEnabled()); // the entries differ
    second->setText(QStringLiteral("a long enough passphrase"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.passphrase(), QStringLiteral("a long enough passphrase"));
}

void TestPassphraseDialog::existingDatabaseNeedsOneEntry()
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Existing, QStringLiteral("/tmp/x.db"),
                            QStringLiteral("Locked."));
    QPushButton *ok = okButton(dialog);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")), QStringLiteral("abc"));
    QVERIFY(ok->isEnabled()); // an existing database's passphrase may be short: it is not ours to judge
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passphraseRepeat"))->isHidden());
}

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"
