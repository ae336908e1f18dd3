#pragma once

#include "../support/Backend.h"

#include <QObject>

// The Settings dialog's team values (TeamSettings) against one backend: they round-trip through the
// database, a refused value stores nothing at all, and each changed value is one settings.changed audit
// event saying old → new, by whom.
class TeamSettingsSuite : public QObject
{
    Q_OBJECT

public:
    explicit TeamSettingsSuite(Backend &backend)
        : m_backend(backend)
    {
    }

private slots:
    void init();
    void cleanup();
    void valuesRoundTripAndEachChangeIsAudited();
    void aRefusedValueStoresNothing();
    void aFailedAuditWriteFailsTheSave();

private:
    int auditEvents() const;

    Backend &m_backend;
    std::unique_ptr<Database> m_db;
};
