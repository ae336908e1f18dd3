#pragma once

#include "itemmodels/ChangeTargetModel.h"

#include "domain/PendingPatch.h"

#include <QGroupBox>

class ChangeTargetModel;
class Database;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class TableFilterProxy;

// Which patches a change request is made of, chosen the ways admins ask for them: the rows they selected (or
// the change's own patches when it is edited), every missing patch on the selected assets, or the missing
// patches matching KEV, a minimum score, CVEs or advisories (PatchSelection, the rules `change create` uses).
// Lists the chosen patches with their patch ids (what the CLI takes), versions and whether each can be
// rolled back; rows can be taken out of the list before saving.
class ChangePatchChooser : public QGroupBox
{
    Q_OBJECT

public:
    ChangePatchChooser(Database &database, QWidget *parent = nullptr);

    // A new change from these rows (the Patches pane's selection; may be empty).
    void startFrom(const QList<AssetPatch> &selected);
    // A new change from these assets (the Assets pane's selection): every missing patch on them.
    void startFromAssets(const QStringList &assetNames);
    // An existing change: its patches and the assets they are on.
    void startFromChange(const QList<ChangeTargetRow> &current);

    const QList<ChangeTargetRow> &rows() const;
    QList<qint64> patchIds() const;

signals:
    void rowsChanged();
    // Why the patches could not be chosen (a malformed CVE id, unreadable priorities), or empty.
    void problem(const QString &message);

private:
    void buildCriteria();
    void chooseStarting();
    void chooseAllOnAssets();
    void chooseByCriteria();
    void showPatches(const Result<QList<AssetPatch>> &patches);
    void setRows(const QList<ChangeTargetRow> &rows);
    void removeSelected();
    void updateSummary();
    void updateModes();

    Database &m_database;
    QList<AssetPatch> m_selected;
    QList<ChangeTargetRow> m_current; // edit mode: the change's patches as stored
    QStringList m_assets;             // the assets of the selection or of the change
    QRadioButton *m_starting = nullptr;
    QRadioButton *m_allOnAssets = nullptr;
    QRadioButton *m_byCriteria = nullptr;
    QWidget *m_criteria = nullptr;
    QCheckBox *m_kevOnly = nullptr;
    QCheckBox *m_scoreAtLeast = nullptr;
    QDoubleSpinBox *m_minScore = nullptr;
    QLineEdit *m_cves = nullptr;
    QLineEdit *m_advisories = nullptr;
    QCheckBox *m_onlyTheseAssets = nullptr;
    QPushButton *m_find = nullptr;
    ChangeTargetModel *m_model = nullptr;
    TableFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_summary = nullptr;
};
