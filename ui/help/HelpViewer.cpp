#include "HelpViewer.h"

#include "HelpSections.h"

#include <QDesktopServices>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

HelpViewer::HelpViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpViewer"));
    setWindowTitle(tr("Patchwright Help"));
    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Help contents"));
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // a long heading's tooltip says it all
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setAccessibleName(tr("Help text"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, &HelpViewer::followLink);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    resize(1100, 720);
    load();
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showSection(item->data(Qt::UserRole).toString()); });
}

HelpViewer *HelpViewer::open(QWidget *window, const QString &heading)
{
    auto *viewer = window->findChild<HelpViewer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!viewer)
        viewer = new HelpViewer(window);
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
    viewer->showSection(heading);
    return viewer;
}

QString HelpViewer::anchorFor(const QString &heading)
{
    // As GitHub: lower case, punctuation dropped (letters, digits, '-' and '_' stay), spaces as '-'.
    static const QRegularExpression dropped(QStringLiteral(R"([^\w\- ])"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString anchor = heading.toLower();
    anchor.remove(dropped);
    anchor.replace(QLatin1Char(' '), QLatin1Char('-'));
    return anchor;
}

void HelpViewer::load()
{
    QTextDocument *document = m_text->document();
    document->setMarkdown(HelpSections::readme());
    QHash<QString, int> used;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        const QString heading = block.text().trimmed();
        QString anchor = anchorFor(heading);
        if (const int seen = used[anchor]++; seen > 0)
            anchor += QLatin1Char('-') + QString::number(seen);
        // A named anchor on the heading's text: QTextBrowser::scrollToAnchor finds it (and waits for the
        // layout when the window is not shown yet).
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat named;
        named.setAnchor(true);
        named.setAnchorNames({anchor});
        cursor.mergeCharFormat(named);
        const bool listed = level <= 3; // the contents list stays short: #### headings show their section
        if (!m_anchorOf.contains(heading)) {
            m_anchorOf.insert(heading, anchor);
            m_rowOf.insert(heading, listed ? m_contents->count() : m_contents->count() - 1);
            m_headings.append(heading);
        }
        if (!listed)
            continue;
        auto *item = new QListWidgetItem(QString(2 * (level - 1), QLatin1Char(' ')) + heading, m_contents);
        item->setData(Qt::UserRole, heading);
        item->setToolTip(heading);
    }
}

bool HelpViewer::showSection(const QString &heading)
{
    const auto anchor = m_anchorOf.constFind(heading);
    if (anchor == m_anchorOf.constEnd())
        return false;
    m_current = heading;
    m_text->scrollToAnchor(anchor.value());
    m_contents->setCurrentRow(m_rowOf.value(heading));
    return true;
}

QStringList HelpViewer::headings() const
{
    return m_headings;
}

void HelpViewer::followLink(const QUrl &url)
{
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        const QString fragment = url.fragment();
        for (auto it = m_anchorOf.constBegin(); it != m_anchorOf.constEnd(); ++it) {
            if (it.value() == fragment) {
                showSection(it.key());
                return;
            }
        }
        return;
    }
    // The README's other files (docs/…) are in the source tree, not here; the web opens in the browser.
    if (!url.isRelative())
        QDesktopServices::openUrl(url);
}
