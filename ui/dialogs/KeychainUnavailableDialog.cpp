#include "KeychainUnavailableDialog.h"

#include "setup/UnlockPlan.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

KeychainUnavailableDialog::KeychainUnavailableDialog(const UnlockPlan &plan, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keychainUnavailableDialog"));
    setWindowTitle(tr("The keychain does not answer"));

    auto *explanation = new QLabel(plan.explanation(), this);
    explanation->setObjectName(QStringLiteral("keychainExplanation"));
    explanation->setWordWrap(true);
    QString items;
    for (const QString &way : UnlockPlan::unlockAdvice())
        items += QStringLiteral("<li>%1</li>").arg(way.toHtmlEscaped());
    auto *advice = new QLabel(tr("<p>To get it to answer:</p><ul>%1</ul>").arg(items), this);
    advice->setTextFormat(Qt::RichText);
    advice->setObjectName(QStringLiteral("keychainAdvice"));
    advice->setWordWrap(true);
    advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *next = new QLabel(plan.passphrasePossible()
                                ? tr("Then choose Retry. If this database was created with a passphrase "
                                     "instead, choose Enter passphrase. Quit: Patchwright will quit; nothing "
                                     "was changed.")
                                : tr("Then choose Retry. Quit: Patchwright will quit; nothing was changed."),
                            this);
    next->setObjectName(QStringLiteral("keychainNext"));
    next->setWordWrap(true);

    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("keychainDetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details = new QPlainTextEdit(plan.keychainDetails(), this);
    m_details->setObjectName(QStringLiteral("keychainDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(90);
    m_details->hide();
    m_detailsToggle->setEnabled(!plan.keychainDetails().isEmpty());
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_details->setVisible(shown);
        m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
    retry->setObjectName(QStringLiteral("keychainRetry"));
    retry->setDefault(true);
    connect(retry, &QPushButton::clicked, this, [this] { choose(Choice::Retry); });
    if (plan.passphrasePossible()) {
        QPushButton *passphrase = buttons->addButton(tr("&Enter passphrase…"), QDialogButtonBox::ActionRole);
        passphrase->setObjectName(QStringLiteral("keychainUsePassphrase"));
        connect(passphrase, &QPushButton::clicked, this, [this] { choose(Choice::Passphrase); });
    }
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("keychainQuit"));
    connect(quit, &QPushButton::clicked, this, [this] { choose(Choice::Quit); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(advice);
    layout->addWidget(next);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void KeychainUnavailableDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}
