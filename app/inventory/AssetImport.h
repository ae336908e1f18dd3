#pragma once

#include "ImportedAsset.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

class AssetRepository;

// `asset import` and the Assets pane's Import: reads a CSV file or an Ansible inventory, checks every asset
// with the rules of `asset add` (AssetValidation), and stores them all in one transaction — or, when any
// row has a problem, nothing at all. A name that already exists is a problem unless `update` is set; then
// the asset's fields the file gives are changed and the others kept.
class AssetImport
{
    Q_DECLARE_TR_FUNCTIONS(AssetImport)

public:
    enum class Kind
    {
        Auto, // CSV for *.csv, else an Ansible inventory
        Csv,
        Ansible
    };
    static bool kindFromString(const QString &text, Kind *kind);

    struct Entry
    {
        QString name;
        int line = 0;
    };
    struct Report
    {
        QList<Entry> added;
        QList<Entry> updated;
        QList<Entry> unchanged;
        QList<ImportProblem> problems; // not empty: nothing was stored
        int existing = 0;              // how many of the problems are names that exist (without `update`)
    };

    // An Error when the file cannot be read or the database refuses; problems in the file are in the Report.
    static Result<Report> importFile(AssetRepository &repository, const QString &path, Kind kind,
                                     bool update);
    static Result<Report> importData(AssetRepository &repository, const QByteArray &data, Kind kind,
                                     bool update);

private:
    static bool sameSettings(const Asset &a, const Asset &b);
};
