#pragma once

#include "ListPane.h"

#include "domain/AuditCheckpoint.h"
#include "storage/AuditLog.h"

#include <optional>

class AuditTableModel;
class BackgroundReads;
class QAction;
class AuditVerifyRun;
class QLabel;
class QLineEdit;

// The audit trail and whether its hash chain is intact. The newest page of events is read off the GUI
// thread (Older… adds the next page), new events are appended as the engine reports them; the chain is
// verified off the GUI thread: first from the newest signed checkpoint (the events since), then from the last
// event verified (only the new ones), or whole on "Verify chain" (every event and the checkpoints). The
// verdict shows when it arrives. Above the table, the auditor searches by period, actor, action and subject:
// the engine filters in SQL (AuditLog::Filter), so only the matches are loaded; Export… writes the filtered
// range to CSV or JSON through AuditExport, which records report.exported.
class AuditPane : public ListPane
{
    Q_OBJECT

public:
    AuditPane(Database &database, ChangeNotifier &changes, QWidget *parent = nullptr);
    ~AuditPane() override;
    // Reads the newest page off the GUI thread; loaded() follows.
    void reload() override;
    bool isLoading() const;

    // The newest this many matches are read first, Older… adds as many again; Export… writes them all.
    static constexpr int PageSize = 1000;

signals:
    void verdictShown();                // a verification finished and its verdict is on screen
    void exported(const QString &path); // an export was written and recorded
    void loaded();                      // a read's rows are in the table (or its problem was emitted)

private:
    QWidget *createFilterBar();
    // Reads the filter fields; false (and a problem shown) when a date or time does not parse.
    bool readFilter();
    void search();
    void clearFilter();
    void exportFiltered();
    void exportTo(const QString &path, const QString &nameFilter);
    void appendNewEvents();
    void loadOlder();
    void showCount();
    // Verifies from `from` now, or after the verification running (the earlier start wins when both are
    // incremental; a whole-chain request is kept).
    void verifyFrom(const AuditLog::Position &from);
    void verifyNew() { verifyFrom(m_checkpoint); }
    void verifyWholeChain() { verifyFrom({}); }
    void onVerified();
    void showVerdict(const AuditLog::Verdict &verdict);
    // What the signed checkpoints say, after a whole-chain run; empty when that run did not check them.
    QString checkpointText() const;
    void showVerdictText(const QString &html, const QString &background);

    AuditTableModel *m_model = nullptr;
    BackgroundReads *m_reads = nullptr;
    QAction *m_older = nullptr;
    QLabel *m_verdict = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_action = nullptr;
    QLineEdit *m_subject = nullptr;
    AuditLog::Filter m_filter; // what the table shows
    std::unique_ptr<AuditVerifyRun> m_verification;
    AuditLog::Position m_running;                // where the running verification started
    std::optional<AuditLog::Position> m_pending; // where the next one starts
    AuditLog::Position m_checkpoint;             // the last event found intact
    qint64 m_verifiedEvents = 0;                 // events verified up to m_checkpoint
    qint64 m_lastEventId = 0;                    // the newest event shown
    qint64 m_oldestShownId = 0;                  // where Older… continues; 0 when every match is shown
    bool m_loaded = false;                       // a reload delivered (new events are appended after it)
    bool m_verifying = false; // a verification was started: only the first may start from a checkpoint
    std::optional<AuditCheckpoint> m_fromCheckpoint; // the verdict counts from this checkpoint's event
    bool m_ownKeyGiven = false;                      // the keychain was asked for this database's audit key
};
