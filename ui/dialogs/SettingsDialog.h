#pragma once

#include "intel/IntelImport.h"
#include "setup/TeamSettings.h"

#include <QDialog>
#include <QMap>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class SlaPolicyEditor;

// Settings ▸ Preferences…: one dialog, one page per subject. The team's settings (scanning and deployment
// limits, the SLA policy, the feeds' proxy and mirrors) are the database's, edited as a TeamSettings and
// saved by it: every value checked first, nothing stored when one is refused (the problem line says what is
// allowed), then all written in one transaction with an audit event per change. The rings keep their own
// editor (RingSettingsDialog), opened from their page. The language is personal, in QSettings, and written
// only once the team's settings are saved; it applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Scanning,
        PatchPolicy,
        Rings,
        Intel,
        Language
    };

    explicit SettingsDialog(Database &database, QWidget *parent = nullptr);
    void showPage(Page page);
    TeamSettings teamSettings() const; // as edited
    void accept() override;            // saves; stays open and says why when anything is refused

signals:
    void ringsChanged(); // the rings' editor saved

private:
    QWidget *scanningPage();
    QWidget *patchPolicyPage();
    QWidget *ringsPage();
    QWidget *intelPage();
    QWidget *languagePage();
    void addPage(Page page, const QString &title, const QString &about, QWidget *content);
    QSpinBox *spin(const QString &objectName, const QString &suffix, const QString &accessibleName);
    void load();
    void showRings();
    void editRings();
    void updateProxyEditor();

    Database &m_database;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSpinBox *m_parallelism = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_scanTimeout = nullptr;
    QSpinBox *m_deployTimeout = nullptr;
    QSpinBox *m_outputCap = nullptr;
    SlaPolicyEditor *m_sla = nullptr;
    QLabel *m_rings = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyUrl = nullptr;
    QMap<IntelFeed, QLineEdit *> m_mirrors;
    QComboBox *m_language = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
