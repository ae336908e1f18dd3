#pragma once

#include <QWidget>

class QAbstractItemModel;
class QIcon;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolBar;
class TableContextMenu;
class TableFilterProxy;

// The shape every pane shares: a title, a filter box, a toolbar for the pane's actions, a sortable table
// over a model, a details panel for the selected row, and an empty state that says what to do next. While the
// filter hides every row, a "no matches" state says so with a Clear filter button (the empty state is for a
// pane without data); beside the filter, the count reads "N of M shown" while it filters, "M rows" otherwise.
// Right-click opens the table's menu (TableContextMenu): Copy, Export selection…, then the pane's actions.
class TablePane : public QWidget
{
    Q_OBJECT

public:
    // `name` names the child widgets for tests and settings: "<name>Table", "<name>Filter", "<name>Details".
    TablePane(const QString &name, const QString &title, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setEmptyState(const QIcon &icon, const QString &html);
    void setSubtitle(const QString &text);
    void setDefaultSort(int column, Qt::SortOrder order);
    void setColumnWidths(const QList<int> &characters); // call after setModel()
    void addTopWidget(QWidget *widget); // a banner between the title and the table, e.g. a chart
    // Shows the pane's own widget for the selected row instead of the details panel, beside or below the
    // table, with these default sizes (table first) until the admin moves the splitter.
    void setDetailsWidget(QWidget *widget, Qt::Orientation orientation, const QList<int> &sizes);

    QToolBar *toolBar() const { return m_toolBar; }
    QTableView *table() const { return m_table; }
    // The rows as shown, filtered and sorted (what File ▸ Export… writes), and the filter text in effect.
    const QAbstractItemModel *shownRows() const;
    QString filterText() const;
    int shownRowCount() const;
    // The name exports give these rows ("assets"); the pane's name until set.
    QString exportName() const { return m_exportName; }
    void setExportName(const QString &name) { m_exportName = name; }
    // Source rows of the selection, in view order.
    QList<int> selectedSourceRows() const;
    // Rows of shownRows() that are selected, in view order (what Export selection… writes).
    QList<int> selectedShownRows() const;
    void setFilterText(const QString &text); // as if typed into the filter box

    // The table's context menu: after Copy and Export selection…, the pane's actions that apply to the
    // selection, in this order; a separator between groups.
    void addContextAction(QAction *action);
    void addContextSeparator();
    // The menu as it opens at `viewportPos` in the table's viewport (the row there selected first if it is
    // not); the caller owns it.
    QMenu *contextMenuFor(const QPoint &viewportPos);
    TableContextMenu *contextMenu() const { return m_contextMenu; }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

signals:
    void currentSourceRowChanged(int sourceRow); // -1 when nothing is selected
    void shownRowsChanged();                     // rows appeared or went (a reload, the filter)
    void exportSelectionRequested();             // Export selection… in the table's menu
    void selectedRowsChanged();                  // rows were selected or deselected

protected:
    void changeEvent(QEvent *event) override;

private:
    void muteSubtitle();
    QWidget *createNoMatchesPage();
    void updateEmptyState();
    void updateCount();
    void showDetails();

    QString m_name;
    QString m_exportName;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyIcon = nullptr;
    QLabel *m_emptyState = nullptr;
    QWidget *m_noMatchesPage = nullptr;
    QLabel *m_noMatches = nullptr;
    QLabel *m_count = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr; // null when the pane shows its own details widget
    QList<int> m_defaultSizes{1000, 300};
    TableFilterProxy *m_proxy = nullptr;
    int m_detailsSourceRow = -1; // the source row the details show, -1 for none
    TableContextMenu *m_contextMenu = nullptr;
};
