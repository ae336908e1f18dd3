#include "TablePane.h"

#include "itemmodels/ListTableModel.h"
#include "itemmodels/StatusTone.h"
#include "itemmodels/TableFilterProxy.h"
#include "TableContextMenu.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

TablePane::TablePane(const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_exportName(name)
{
    setObjectName(name + QStringLiteral("Pane"));

    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(name + QStringLiteral("Subtitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(name + QStringLiteral("Count"));
    muteSubtitle();
    // A long summary wraps rather than widening the window (it is sized by the panes' widest header).
    m_subtitle->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(name + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter (every word must match)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_filter->setAccessibleName(m_filter->placeholderText());

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    // The title shares its line with the actions, the count and the filter; the summary below takes the
    // whole width, so a longer language's summary wraps into one more line rather than five narrow ones.
    auto *header = new QGridLayout;
    header->setVerticalSpacing(0);
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_toolBar, 0, 1);
    header->addWidget(m_count, 0, 2);
    header->addWidget(m_filter, 0, 3);
    header->addWidget(m_subtitle, 1, 0, 1, 4);
    header->setColumnStretch(0, 1);

    m_proxy = new TableFilterProxy(this);
    m_table = new QTableView(this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(title);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the details and the filter; arrows move
    m_contextMenu = new TableContextMenu(m_table);
    connect(m_contextMenu, &TableContextMenu::exportSelectionRequested, this,
            &TablePane::exportSelectionRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablePane::selectedRowsChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePane::shownRowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePane::shownRowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePane::shownRowsChanged);
    // The no-matches state and the count follow the rows shown, whatever changed them.
    connect(this, &TablePane::shownRowsChanged, this, &TablePane::updateEmptyState);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(name + QStringLiteral("Details"));
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(240);
    m_details->setAccessibleName(tr("%1: details of the selected row").arg(title));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(name + QStringLiteral("EmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setFixedWidth(460);
    m_emptyIcon = new QLabel(this);
    m_emptyIcon->setAlignment(Qt::AlignCenter);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("emptyCard"));
    card->setStyleSheet(
        QStringLiteral("#emptyCard { background: palette(base); border: 1px solid palette(midlight); "
                       "border-radius: 8px; }"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 32, 40, 32);
    cardLayout->addWidget(m_emptyIcon);
    cardLayout->addWidget(m_emptyState);
    m_emptyPage = new QWidget(this);
    auto *pageLayout = new QGridLayout(m_emptyPage);
    pageLayout->addWidget(card, 0, 0, Qt::AlignCenter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(createNoMatchesPage());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateEmptyState();
    });
    updateEmptyState();
}

QWidget *TablePane::createNoMatchesPage()
{
    m_noMatches = new QLabel(this);
    m_noMatches->setObjectName(m_name + QStringLiteral("NoMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setTextFormat(Qt::RichText);
    m_noMatches->setFixedWidth(460);
    auto *clear = new QPushButton(tr("&Clear filter"), this);
    clear->setObjectName(m_name + QStringLiteral("ClearFilter"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_filter->clear();
        m_filter->setFocus();
    });
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("noMatchesCard"));
    card->setStyleSheet(
        QStringLiteral("#noMatchesCard { background: palette(base); border: 1px solid palette(midlight); "
                       "border-radius: 8px; }"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 28, 40, 28);
    cardLayout->addWidget(m_noMatches);
    cardLayout->addWidget(clear, 0, Qt::AlignCenter);
    m_noMatchesPage = new QWidget(this);
    auto *pageLayout = new QGridLayout(m_noMatchesPage);
    pageLayout->addWidget(card, 0, 0, Qt::AlignCenter);
    return m_noMatchesPage;
}

void TablePane::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void TablePane::addContextAction(QAction *action)
{
    m_contextMenu->addAction(action);
}

void TablePane::addContextSeparator()
{
    m_contextMenu->addSeparator();
}

QMenu *TablePane::contextMenuFor(const QPoint &viewportPos)
{
    return m_contextMenu->menuFor(viewportPos);
}

const QAbstractItemModel *TablePane::shownRows() const
{
    return m_proxy;
}

QString TablePane::filterText() const
{
    return m_proxy->filterText();
}

int TablePane::shownRowCount() const
{
    return m_proxy->rowCount();
}

void TablePane::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePane::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePane::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePane::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePane::showDetails);
    // A row updated in place may be the one shown: show (and announce) its new record.
    connect(model, &QAbstractItemModel::dataChanged, this, &TablePane::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TablePane::showDetails);
    // The filter and the sort move rows in one layout change: the current row keeps its record, or goes when
    // the filter hides it (then the details say so).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_proxy->mapToSource(m_table->selectionModel()->currentIndex()).row() != m_detailsSourceRow)
            showDetails();
    });
    updateEmptyState();
}

void TablePane::setEmptyState(const QIcon &icon, const QString &html)
{
    m_emptyIcon->setPixmap(icon.pixmap(48, 48));
    m_emptyState->setText(html);
}

void TablePane::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
}

void TablePane::setDefaultSort(int column, Qt::SortOrder order)
{
    m_table->sortByColumn(column, order);
}

void TablePane::setColumnWidths(const QList<int> &characters)
{
    // Widths in characters, but never narrower than the column's header with its sort arrow.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int character = std::max(metrics.averageCharWidth(), metrics.horizontalAdvance(QLatin1Char('0')));
    const QAbstractItemModel *model = m_table->model();
    for (int i = 0; i < characters.size() && i < model->columnCount(); ++i) {
        const QString header = model->headerData(i, Qt::Horizontal).toString();
        const int headerWidth = metrics.horizontalAdvance(header) + 2 * character + 10;
        m_table->setColumnWidth(i, std::max(characters.at(i) * character + 10, headerWidth));
    }
}

void TablePane::addTopWidget(QWidget *widget)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(1, widget);
}

void TablePane::setDetailsWidget(QWidget *widget, Qt::Orientation orientation, const QList<int> &sizes)
{
    // The splitter gives the replaced browser up (no parent): it goes with its last use.
    delete m_splitter->replaceWidget(1, widget);
    m_details = nullptr;
    m_splitter->setOrientation(orientation);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_defaultSizes = sizes;
    m_splitter->setSizes(sizes);
}

QList<int> TablePane::selectedShownRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> TablePane::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void TablePane::updateEmptyState()
{
    // No data at all: what to do about it; data the filter hides entirely: say so, and offer to clear it.
    if (!m_stack)
        return; // still being built (the table's sorting announces a layout change)
    const bool sourceEmpty = !m_proxy->sourceModel() || m_proxy->sourceModel()->rowCount() == 0;
    const bool noneMatch = !sourceEmpty && m_proxy->rowCount() == 0;
    if (noneMatch)
        m_noMatches->setText(tr("<h3>No rows match “%1”</h3><p>Every word of the filter must appear "
                                "in some column of a row; the filter hides all %n row(s).</p>",
                                nullptr, m_proxy->sourceModel()->rowCount())
                                 .arg(m_filter->text().trimmed().toHtmlEscaped()));
    m_stack->setCurrentWidget(sourceEmpty ? m_emptyPage
                              : noneMatch ? m_noMatchesPage
                                          : static_cast<QWidget *>(m_splitter));
    m_filter->setEnabled(!sourceEmpty);
    updateCount();
}

void TablePane::updateCount()
{
    const int all = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setVisible(all > 0);
    if (m_proxy->filterText().isEmpty())
        m_count->setText(tr("%n row(s)", nullptr, all));
    else
        m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(all));
}

void TablePane::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_detailsSourceRow = m_proxy->mapToSource(current).row();
    if (!current.isValid()) {
        if (m_details)
            m_details->setHtml(QStringLiteral("<p style='color:") + StatusTone::css(StatusTone::Muted) +
                               QStringLiteral("'>") + tr("Select a row to see its details.") +
                               QStringLiteral("</p>"));
        emit currentSourceRowChanged(-1);
        return;
    }
    if (m_details)
        m_details->setHtml(current.data(TableRoles::DetailsRole).toString());
    emit currentSourceRowChanged(m_proxy->mapToSource(current).row());
}

void TablePane::saveState(QSettings &settings) const
{
    settings.beginGroup(m_name);
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->count());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.endGroup();
}

void TablePane::restoreState(QSettings &settings)
{
    settings.beginGroup(m_name);
    const QByteArray header = settings.value(QStringLiteral("header")).toByteArray();
    // A header saved before the model gained or lost columns would put widths and the sort on the wrong
    // columns: keep the defaults instead.
    const int columns = settings.value(QStringLiteral("columns"), -1).toInt();
    if (!header.isEmpty() && columns == m_table->horizontalHeader()->count())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes(m_defaultSizes);
    settings.endGroup();
}

void TablePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        muteSubtitle();
        if (m_table && m_table->selectionModel() && m_proxy)
            showDetails(); // its HTML carries the status colours of the palette it was written for
    }
}

// The summary under the title (and the row count) reads as secondary, in the muted tone of the palette, so it
// stays legible on a light and on a dark palette alike.
void TablePane::muteSubtitle()
{
    const QColor muted = StatusTone::colour(StatusTone::Muted, palette());
    for (QLabel *label : {m_subtitle, m_count}) {
        QPalette own = label->palette();
        if (own.color(QPalette::WindowText) == muted)
            continue;
        own.setColor(QPalette::WindowText, muted);
        label->setPalette(own);
    }
}
