#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Asks the comment the change board records with a step on a change request: a reviewer's decision (approve,
// reject, request changes; the comment is mandatory), a submission (optional note) or a cancellation (its
// reason, mandatory). OK stays disabled until a mandatory comment is typed; OK hands the comment to `record`
// (the engine), and the dialog stays open with the engine's refusal, message and hint, when it refuses.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Wording
    {
        QString title;
        QString introduction; // rich text: what is decided on, and what follows
        QString okText;
        QString placeholder;
        bool commentRequired = true;
    };
    using Record = std::function<Status(const QString &comment)>;

    DecisionDialog(const Wording &wording, Record record, QWidget *parent = nullptr);

    QString comment() const;
    void accept() override;

private:
    void updateOk();

    Record m_record;
    bool m_required = true;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
