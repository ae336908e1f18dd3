#include "ConsoleSession.h"

#include "DispatchClock.h"

#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/Pane.h"
#include "panes/PatchesPane.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace ConsoleSession {

namespace {

// The process's resident memory now and its peak so far, in MiB: after each step, so the step that sets
// the session's peak is known.
QJsonObject memoryNow()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QFile statm(QStringLiteral("/proc/self/statm"));
    double residentMiB = -1;
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        if (fields.size() > 1)
            residentMiB = double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / 1048576.0;
    }
    // What malloc hands out (in use) and holds freed but not given back (free): whether resident memory
    // is the console's data or the heap's leftovers.
    const struct mallinfo2 heap = mallinfo2();
    return {{QStringLiteral("residentMiB"), residentMiB},
            {QStringLiteral("peakMiB"), double(usage.ru_maxrss) / 1024.0},
            {QStringLiteral("heapInUseMiB"), double(heap.uordblks + heap.hblkhd) / 1048576.0},
            {QStringLiteral("heapFreeMiB"), double(heap.fordblks) / 1048576.0}};
}

double msOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A 10 ms timer that measures its own lateness: how long the GUI thread's event loop could not run, and
// (under DispatchClock) what the GUI thread dispatched during the longest stall of each window.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_clock.start();
        m_timer.setObjectName(QStringLiteral("benchStallMonitor"));
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(Interval);
        connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
        m_timer.start();
    }
    // The longest stall since the last call (after one more tick, so a stall that just ended counts).
    double takeWindow()
    {
        QEventLoop loop;
        const auto ticked =
            connect(&m_timer, &QTimer::timeout, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        loop.exec();
        disconnect(ticked);
        const double window = m_window;
        m_window = 0;
        m_lastCause = m_cause;
        m_cause = {};
        return window;
    }
    // What the GUI thread did during the longest stall of the window takeWindow() last closed.
    QJsonObject lastCause() const { return m_lastCause; }

private:
    static constexpr int Interval = 10;
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double late = std::max(0.0, double(now - m_last) / 1e6 - Interval);
        m_last = now;
        DispatchClock *clock = DispatchClock::instance();
        const DispatchClock::Since since = clock ? clock->take() : DispatchClock::Since{};
        if (late > m_window || m_cause.isEmpty()) {
            QJsonArray longest;
            for (const QString &line : since.longest)
                longest.append(line);
            m_cause = {{QStringLiteral("stallMs"), late},
                       {QStringLiteral("dispatchedMs"), since.totalMs},
                       {QStringLiteral("events"), since.events},
                       {QStringLiteral("longest"), longest}};
        }
        m_window = std::max(m_window, late);
    }

    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    double m_window = 0;
    QJsonObject m_cause;
    QJsonObject m_lastCause;
};

// Counts paint events of any widget, so a step can wait until the GUI has drawn its result.
class PaintWatch : public QObject
{
public:
    PaintWatch() { qApp->installEventFilter(this); }
    ~PaintWatch() override { qApp->removeEventFilter(this); }
    qint64 paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            ++m_paints;
        return false;
    }

private:
    qint64 m_paints = 0;
};

class Session
{
public:
    Session(const Options &options)
        : m_options(options)
    {
    }

    // Runs the event loop until `done` holds (checked every millisecond), then until the GUI painted
    // (`repaint` is asked to update, so a step that changed nothing still ends), then one more turn.
    Status waitFor(const std::function<bool()> &done, QWidget *repaint, const QString &what)
    {
        QElapsedTimer limit;
        limit.start();
        QEventLoop loop;
        QTimer poll;
        poll.setObjectName(QStringLiteral("benchStepPoll"));
        poll.setInterval(1);
        bool ready = done();
        qint64 paintsAtReady = ready ? m_paints.paints() : -1;
        if (ready && repaint)
            repaint->update();
        bool timedOut = false;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (limit.elapsed() > qint64(m_options.timeoutSeconds) * 1000) {
                timedOut = true;
                loop.quit();
                return;
            }
            if (!ready && done()) {
                ready = true;
                paintsAtReady = m_paints.paints();
                if (repaint)
                    repaint->update();
                return;
            }
            if (ready && (m_paints.paints() > paintsAtReady || !repaint))
                loop.quit();
        });
        poll.start();
        loop.exec();
        if (timedOut)
            return Error{QStringLiteral("Timed out waiting for %1.").arg(what)};
        return {};
    }

    Result<QJsonObject> run(const DatabaseConfig &config, const QElapsedTimer &sinceStart);

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    int paneIndex(const QString &title) const
    {
        for (int i = 0; i < m_navigation->count(); ++i) {
            if (m_navigation->item(i)->text() == title)
                return i;
        }
        return -1;
    }
    bool complianceIdle() const { return m_complianceBusy && m_complianceBusy->text().isEmpty(); }

    Options m_options;
    PaintWatch m_paints;
    std::unique_ptr<MainWindow> m_window;
    QListWidget *m_navigation = nullptr;
    QLabel *m_complianceBusy = nullptr;
};

Result<QJsonObject> Session::run(const DatabaseConfig &config, const QElapsedTimer &sinceStart)
{
    StallMonitor stalls;
    QJsonObject stallMs;
    QJsonObject stallCauses; // per step: what the GUI thread dispatched in its longest stall
    QJsonObject memory;      // MiB after each step (memoryNow)
    QElapsedTimer step;

    // Launch: open, build the window (every pane reads its rows), show, Assets painted with rows.
    step.start();
    auto opened = Database::open(config);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();
    database->setActor(QStringLiteral("ann"));
    const double openMs = msOf(step);
    step.restart();
    m_window = std::make_unique<MainWindow>(*database);
    const double constructMs = msOf(step);
    m_window->resize(1400, 900);
    m_window->show();
    m_navigation = child<QListWidget>(QStringLiteral("navigation"));
    m_complianceBusy = child<QLabel>(QStringLiteral("complianceBusy"));
    auto *assets = child<QTableView>(QStringLiteral("assetsTable"));
    auto *patches = child<QTableView>(QStringLiteral("patchesTable"));
    auto *filter = child<QLineEdit>(QStringLiteral("patchesFilter"));
    auto *details = child<QTextBrowser>(QStringLiteral("patchesDetails"));
    if (!m_navigation || !assets || !patches || !filter || !m_complianceBusy)
        return Error{QStringLiteral("The main window has no navigation, assetsTable, patchesTable, "
                                    "patchesFilter or complianceBusy: the bench needs updating.")};
    if (Status shown = waitFor([&] { return assets->isVisible() && assets->model()->rowCount() > 0; },
                               assets->viewport(), QStringLiteral("the Assets pane"));
        !shown)
        return shown.error();
    const double interactiveMs = msOf(sinceStart);
    stallMs.insert(QStringLiteral("launch"), stalls.takeWindow());
    stallCauses.insert(QStringLiteral("launch"), stalls.lastCause());
    memory.insert(QStringLiteral("launch"), memoryNow());
    QJsonObject launch{{QStringLiteral("openMs"), openMs},
                       {QStringLiteral("constructMs"), constructMs},
                       {QStringLiteral("interactiveMs"), interactiveMs},
                       {QStringLiteral("assetRows"), assets->model()->rowCount()}};

    // Switching to Patches: shown at once, its rows read (first show) off the GUI thread.
    auto *patchesPane = m_window->findChild<PatchesPane *>();
    step.restart();
    m_navigation->setCurrentRow(paneIndex(QStringLiteral("Patches")));
    // The pane painted (until its rows are in, the empty state stands in for its table).
    if (Status shown = waitFor([&] { return patchesPane->isVisible(); }, patchesPane,
                               QStringLiteral("the Patches pane"));
        !shown)
        return shown.error();
    const double switchMs = msOf(step);
    if (Status loaded = waitFor([&] { return !patchesPane->isLoading(); }, patches->viewport(),
                                QStringLiteral("the Patches rows"));
        !loaded)
        return loaded.error();
    const QJsonObject patchesStep{{QStringLiteral("switchMs"), switchMs},
                                  {QStringLiteral("rowsMs"), msOf(step)},
                                  {QStringLiteral("rows"), patches->model()->rowCount()}};
    stallMs.insert(QStringLiteral("patches"), stalls.takeWindow());
    stallCauses.insert(QStringLiteral("patches"), stalls.lastCause());
    memory.insert(QStringLiteral("patches"), memoryNow());

    // Typing a filter, one keystroke at a time, each until the view repainted.
    filter->setFocus();
    QJsonArray keystrokes;
    QJsonArray shownRows;
    double filterMax = 0;
    for (const QChar c : m_options.filterWord) {
        step.restart();
        QTest::keyClick(filter, c.toLatin1());
        if (Status shown = waitFor([] { return true; }, patches->viewport(), QStringLiteral("the filter"));
            !shown)
            return shown.error();
        const double ms = msOf(step);
        filterMax = std::max(filterMax, ms);
        keystrokes.append(ms);
        shownRows.append(patches->model()->rowCount());
    }
    step.restart();
    filter->clear();
    if (Status shown =
            waitFor([] { return true; }, patches->viewport(), QStringLiteral("the cleared filter"));
        !shown)
        return shown.error();
    const QJsonObject filterStep{{QStringLiteral("word"), m_options.filterWord},
                                 {QStringLiteral("keystrokesMs"), keystrokes},
                                 {QStringLiteral("shownRows"), shownRows},
                                 {QStringLiteral("maxMs"), filterMax},
                                 {QStringLiteral("clearMs"), msOf(step)}};
    stallMs.insert(QStringLiteral("filter"), stalls.takeWindow());
    stallCauses.insert(QStringLiteral("filter"), stalls.lastCause());
    memory.insert(QStringLiteral("filter"), memoryNow());

    // Sorting by score: a click on its header (ascending), another (descending again).
    QHeaderView *header = patches->horizontalHeader();
    const int scoreColumn = [&] {
        for (int c = 0; c < patches->model()->columnCount(); ++c) {
            if (patches->model()->headerData(c, Qt::Horizontal).toString() == QLatin1String("Score"))
                return c;
        }
        return -1;
    }();
    if (scoreColumn < 0)
        return Error{QStringLiteral("The Patches table has no Score column.")};
    QJsonArray sorts;
    for (int i = 0; i < 2; ++i) {
        patches->scrollTo(patches->model()->index(0, scoreColumn));
        const QPoint at(header->sectionViewportPosition(scoreColumn) + header->sectionSize(scoreColumn) / 2,
                        header->height() / 2);
        const Qt::SortOrder before = header->sortIndicatorOrder();
        step.restart();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        if (Status shown = waitFor([&] { return header->sortIndicatorOrder() != before; },
                                   patches->viewport(), QStringLiteral("the sort by score"));
            !shown)
            return shown.error();
        sorts.append(msOf(step));
    }
    const QJsonObject sortStep{
        {QStringLiteral("clicksMs"), sorts},
        {QStringLiteral("maxMs"), std::max(sorts.at(0).toDouble(), sorts.at(1).toDouble())}};
    stallMs.insert(QStringLiteral("sort"), stalls.takeWindow());
    stallCauses.insert(QStringLiteral("sort"), stalls.lastCause());
    memory.insert(QStringLiteral("sort"), memoryNow());

    // A row's details: the first, the middle and the last row.
    QJsonArray detailMs;
    double detailsMax = 0;
    QJsonArray reasonsMs; // the reasons in words come after the details, from a worker
    double reasonsMax = 0;
    const int rows = patches->model()->rowCount();
    for (int row : {0, rows / 2, rows - 1}) {
        if (row < 0)
            continue;
        step.restart();
        patches->selectRow(row);
        patches->scrollTo(patches->model()->index(row, 0));
        if (Status shown = waitFor([] { return true; }, details ? details->viewport() : patches->viewport(),
                                   QStringLiteral("a row's details"));
            !shown)
            return shown.error();
        const double ms = msOf(step);
        detailsMax = std::max(detailsMax, ms);
        detailMs.append(ms);
        if (Status explained = waitFor(
                [details] {
                    return !details || !details->toPlainText().contains(QStringLiteral("Working out why"));
                },
                details ? details->viewport() : patches->viewport(), QStringLiteral("a row's reasons"));
            !explained)
            return explained.error();
        const double withReasons = msOf(step);
        reasonsMax = std::max(reasonsMax, withReasons);
        reasonsMs.append(withReasons);
    }
    const QJsonObject detailsStep{{QStringLiteral("rowsMs"), detailMs},
                                  {QStringLiteral("maxMs"), detailsMax},
                                  {QStringLiteral("reasonsMs"), reasonsMs},
                                  {QStringLiteral("reasonsMaxMs"), reasonsMax}};
    stallMs.insert(QStringLiteral("details"), stalls.takeWindow());
    stallCauses.insert(QStringLiteral("details"), stalls.lastCause());
    memory.insert(QStringLiteral("details"), memoryNow());

    // The Compliance pane: shown once its figures are computed (a worker thread started at launch), then
    // refreshed.
    const int compliance = paneIndex(QStringLiteral("Compliance"));
    auto *stack = child<QStackedWidget>(QStringLiteral("panes"));
    step.restart();
    m_navigation->setCurrentRow(compliance);
    if (Status shown = waitFor([&] { return complianceIdle(); }, stack->currentWidget(),
                               QStringLiteral("the Compliance pane"));
        !shown)
        return shown.error();
    const double complianceShowMs = msOf(step);
    step.restart();
    static_cast<Pane *>(stack->currentWidget())->reload();
    if (Status shown = waitFor([&] { return complianceIdle(); }, stack->currentWidget(),
                               QStringLiteral("the Compliance pane's refresh"));
        !shown)
        return shown.error();
    const QJsonObject complianceStep{{QStringLiteral("showMs"), complianceShowMs},
                                     {QStringLiteral("refreshMs"), msOf(step)}};
    stallMs.insert(QStringLiteral("compliance"), stalls.takeWindow());
    stallCauses.insert(QStringLiteral("compliance"), stalls.lastCause());
    memory.insert(QStringLiteral("compliance"), memoryNow());
    double afterLaunch = 0;
    QString afterLaunchStep;
    for (const char *name : {"patches", "filter", "sort", "details", "compliance"}) {
        const double ms = stallMs.value(QLatin1String(name)).toDouble();
        if (ms > afterLaunch || afterLaunchStep.isEmpty()) {
            afterLaunch = ms;
            afterLaunchStep = QLatin1String(name);
        }
    }
    stallMs.insert(QStringLiteral("afterLaunchMax"), afterLaunch);
    stallMs.insert(QStringLiteral("afterLaunchStep"), afterLaunchStep);

    // Where launch time goes: each pane's reload on its own (what the window's constructor did for all).
    QJsonObject reloads;
    QJsonObject reloadStalls;
    double reloadStallMax = 0;
    for (int i = 0; i < stack->count(); ++i) {
        auto *pane = static_cast<Pane *>(stack->widget(i));
        step.restart();
        pane->reload();
        // Assets and Patches read on a worker: until their rows are in.
        if (auto *assetsPane = qobject_cast<AssetsPane *>(pane)) {
            if (Status done = waitFor([&] { return !assetsPane->isLoading(); }, nullptr,
                                      QStringLiteral("the Assets rows"));
                !done)
                return done.error();
        }
        if (pane == patchesPane) {
            if (Status done = waitFor([&] { return !patchesPane->isLoading(); }, nullptr,
                                      QStringLiteral("the Patches rows"));
                !done)
                return done.error();
        }
        if (i == compliance) {
            if (Status done =
                    waitFor([&] { return complianceIdle(); }, nullptr, QStringLiteral("compliance"));
                !done)
                return done.error();
        }
        reloads.insert(pane->title(), msOf(step));
        const double stall = stalls.takeWindow();
        reloadStalls.insert(pane->title(), stall);
        stallCauses.insert(QStringLiteral("reload ") + pane->title(), stalls.lastCause());
        reloadStallMax = std::max(reloadStallMax, stall);
        memory.insert(QStringLiteral("reload ") + pane->title(), memoryNow());
    }
    stallMs.insert(QStringLiteral("reloads"), reloadStallMax);
    stallMs.insert(QStringLiteral("reloadsByPane"), reloadStalls);

    // The first seal of a session on a trail never sealed: the whole chain verified.
    step.restart();
    const auto verdict = AuditLog(database->connection()).verify();
    if (!verdict)
        return verdict.error();
    const QJsonObject auditStep{{QStringLiteral("verifyMs"), msOf(step)},
                                {QStringLiteral("events"), double(verdict.value().checked)},
                                {QStringLiteral("intact"), verdict.value().intact}};
    memory.insert(QStringLiteral("auditVerify"), memoryNow());

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    m_window.reset();
    database.reset();
    return QJsonObject{{QStringLiteral("launch"), launch},
                       {QStringLiteral("patches"), patchesStep},
                       {QStringLiteral("filter"), filterStep},
                       {QStringLiteral("sort"), sortStep},
                       {QStringLiteral("details"), detailsStep},
                       {QStringLiteral("compliance"), complianceStep},
                       {QStringLiteral("paneReloadMs"), reloads},
                       {QStringLiteral("auditVerify"), auditStep},
                       {QStringLiteral("stallMs"), stallMs},
                       {QStringLiteral("stallCauses"), stallCauses},
                       {QStringLiteral("memoryMiB"), memory},
                       {QStringLiteral("peakRssMiB"), double(usage.ru_maxrss) / 1024.0}};
}

} // namespace

Result<QJsonObject> measure(const DatabaseConfig &config, const Options &options,
                            const QElapsedTimer &sinceStart)
{
    Session session(options);
    return session.run(config, sinceStart);
}

} // namespace ConsoleSession
