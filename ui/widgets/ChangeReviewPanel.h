#pragma once

#include <QWidget>

class ChangeTargetModel;
class QAction;
class QHBoxLayout;
class QTabWidget;
class QTableView;
class QTextBrowser;
struct ChangeDossier;

// The reviewer's view of one change request, below the queue: the pane's actions as buttons (enabled and
// explained by the change board, through the actions), an overview (the change, its count, assets by ring,
// CVEs, rollback and every decision) and its patches with their ids, CVEs, score and SSVC decision.
class ChangeReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeReviewPanel(QWidget *parent = nullptr);

    // One button per action, in order; a null action leaves a gap between groups.
    void setActions(const QList<QAction *> &actions);
    void showDossier(const ChangeDossier &dossier);
    // No change to show (nothing selected, or it could not be read): says so, and why.
    void showMessage(const QString &text);

private:
    QHBoxLayout *m_buttons = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_overview = nullptr;
    ChangeTargetModel *m_patches = nullptr;
    QTableView *m_patchTable = nullptr;
    qint64 m_shownId = 0;
};
