#pragma once

#include "../support/Backend.h"

#include <QObject>

// AssetRepository against one backend (SQLCipher in tst_assetrepository, PostgreSQL in tst_teamsuites).
class AssetRepositorySuite : public QObject
{
    Q_OBJECT

public:
    explicit AssetRepositorySuite(Backend &backend)
        : m_backend(backend)
    {
    }

private slots:
    void addFindListRemove();
    void listFirstIsTheStartOfList();
    void duplicateNameIsAClearErrorAndAddsNothing();
    void emptyNameIsRefused();
    void idsAreDistinctAndStable();
    void updateChangesOnlyWhatItSaysAndAuditsIt();
    void updateToATakenNameIsRefusedAndChangesNothing();
    void saveAllIsAllOrNothing();
    void winRmSettingsAreStoredAndAudited();

private:
    Backend &m_backend;
};
