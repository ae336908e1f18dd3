#pragma once

#include <QHash>
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QUrl;

// README.md, compiled into the resources, in a window of its own: offline, rendered from Markdown, its
// headings listed beside the text. Each heading carries its GitHub anchor, so the README's own "#section"
// links work here too; links to the web open in the browser.
class HelpViewer : public QWidget
{
    Q_OBJECT

public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // The window's viewer (created on first use), shown, raised and scrolled to this heading.
    static HelpViewer *open(QWidget *window, const QString &heading);

    // Scrolls to this heading (as shown: inline code without backticks); false when the README has none.
    bool showSection(const QString &heading);
    QStringList headings() const;
    // The heading last shown (by showSection, the contents list or a link).
    QString currentHeading() const { return m_current; }

    // GitHub's anchor for a heading: "Command line: patchwright-cli" → "command-line-patchwright-cli".
    static QString anchorFor(const QString &heading);

private:
    void load();
    void followLink(const QUrl &url);

    QTextBrowser *m_text = nullptr;
    QListWidget *m_contents = nullptr;
    QStringList m_headings;             // in the README's order
    QHash<QString, QString> m_anchorOf; // heading → anchor (unique: a repeated heading gets "-1", "-2" …)
    QHash<QString, int> m_rowOf;        // heading → its row in the contents (a #### heading: its section's)
    QString m_current;
};
