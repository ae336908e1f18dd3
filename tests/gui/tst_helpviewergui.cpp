// The in-app help: README.md compiled into the resources, every Help ▸ Topics entry and every pane's F1 at
// an existing heading (renaming a README heading without HelpSections fails here), the README's own links.
#include "../support/TestDatabase.h"

#include "help/HelpSections.h"
#include "help/HelpViewer.h"
#include "MainWindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>

#include <memory>

class TestHelpViewerGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readmeIsCompiledInWithoutImages();
    void everyTopicIsAReadmeHeading();
    void everyPanesF1OpensItsSection();
    void opensAtTheHeading();
    void readmeLinksToItsOwnSectionsWork();

private:
    static HelpViewer *viewer(MainWindow &window);

    std::unique_ptr<TestDatabase> m_db;
};

void TestHelpViewerGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
}

void TestHelpViewerGui::cleanup()
{
    m_db.reset();
}

HelpViewer *TestHelpViewerGui::viewer(MainWindow &window)
{
    return window.findChild<HelpViewer *>(QStringLiteral("helpViewer"));
}

void TestHelpViewerGui::readmeIsCompiledInWithoutImages()
{
    const QString readme = HelpSections::readme();
    QVERIFY(readme.startsWith(QLatin1String("# Patchwright")));
    QVERIFY(readme.contains(QLatin1String("## Two commands on a fresh Debian 12 machine")));
    QVERIFY(!readme.contains(QLatin1String("![")));
    QVERIFY(readme.contains(QLatin1String("*[Assets]*"))); // a screenshot's caption stays
}

void TestHelpViewerGui::everyTopicIsAReadmeHeading()
{
    MainWindow window(**m_db);
    window.show();
    auto *topics = window.findChild<QMenu *>(QStringLiteral("helpTopics"));
    QVERIFY(topics);
    const QList<HelpSections::Section> sections = HelpSections::menu();
    QCOMPARE(topics->actions().size(), sections.size());
    for (const HelpSections::Section &section : sections) {
        auto *action = topics->findChild<QAction *>(QStringLiteral("actionHelp_") + section.name);
        QVERIFY2(action, qPrintable(section.name));
        action->trigger();
        HelpViewer *help = viewer(window);
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QVERIFY2(help->headings().contains(section.heading),
                 qPrintable(QStringLiteral("Help ▸ Topics ▸ %1: README.md has no heading “%2”")
                                .arg(section.title, section.heading)));
        QCOMPARE(help->currentHeading(), section.heading);
    }
    QCOMPARE(window.findChildren<HelpViewer *>().size(), 1); // one viewer, reused
}

void TestHelpViewerGui::everyPanesF1OpensItsSection()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("panes"));
    QVERIFY(stack);
    QCOMPARE(stack->count(), 7);
    QStringList opened;
    for (int i = 0; i < stack->count(); ++i) {
        window.showPane(i);
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_F1);
        HelpViewer *help = viewer(window);
        QVERIFY(help);
        const QString pane = QString::fromLatin1(stack->widget(i)->metaObject()->className());
        const QString expected = HelpSections::forPane(pane);
        QVERIFY2(help->headings().contains(expected), qPrintable(pane + QStringLiteral(": ") + expected));
        QCOMPARE(help->currentHeading(), expected);
        opened.append(expected);
    }
    QCOMPARE(opened.value(0), QStringLiteral("Asset status, scan summaries and inventory-only assets"));
    QCOMPARE(opened.value(1), QStringLiteral("How patches are prioritized"));
    QVERIFY(opened.contains(QStringLiteral("The Compliance pane")));
    QVERIFY(opened.contains(QStringLiteral("The audit trail")));
    // A pane without a section of its own opens the panes' overview.
    QCOMPARE(HelpSections::forPane(QStringLiteral("SomeNewPane")), QStringLiteral("What works today"));
}

void TestHelpViewerGui::opensAtTheHeading()
{
    auto *window = new QWidget;
    window->show();
    HelpViewer *help = HelpViewer::open(window, QStringLiteral("How patches are prioritized"));
    QVERIFY(QTest::qWaitForWindowExposed(help));
    auto *text = help->findChild<QTextBrowser *>(QStringLiteral("helpText"));
    QVERIFY(text);
    // The heading is the first line in view, far down the README.
    QTRY_COMPARE(text->cursorForPosition(QPoint(8, 8)).block().text(),
                 QStringLiteral("How patches are prioritized"));
    QVERIFY(text->verticalScrollBar()->value() > 0);
    // The contents list shows ### headings and up: a #### heading marks its section there.
    auto *contents = help->findChild<QListWidget *>(QStringLiteral("helpContents"));
    QVERIFY(contents && contents->currentItem());
    QCOMPARE(contents->currentItem()->data(Qt::UserRole).toString(),
             QStringLiteral("Vulnerability intelligence"));
    QVERIFY(!help->showSection(QStringLiteral("No such heading")));
    QCOMPARE(help->currentHeading(), QStringLiteral("How patches are prioritized"));
    delete window;
}

void TestHelpViewerGui::readmeLinksToItsOwnSectionsWork()
{
    QCOMPARE(HelpViewer::anchorFor(QStringLiteral("Command line: patchwright-cli")),
             QStringLiteral("command-line-patchwright-cli"));
    QCOMPARE(HelpViewer::anchorFor(QStringLiteral("Asset status, scan summaries and inventory-only assets")),
             QStringLiteral("asset-status-scan-summaries-and-inventory-only-assets"));
    auto *window = new QWidget;
    window->show();
    HelpViewer *help = HelpViewer::open(window, QStringLiteral("Two commands on a fresh Debian 12 machine"));
    auto *text = help->findChild<QTextBrowser *>(QStringLiteral("helpText"));
    // The README's one "#…" link, as a click on it would.
    emit text->anchorClicked(QUrl(QStringLiteral("#asset-status-scan-summaries-and-inventory-only-assets")));
    QCOMPARE(help->currentHeading(),
             QStringLiteral("Asset status, scan summaries and inventory-only assets"));
    delete window;
}

QTEST_MAIN(TestHelpViewerGui)
#include "tst_helpviewergui.moc"
