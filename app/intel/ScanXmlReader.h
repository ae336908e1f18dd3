#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>
#include <QXmlStreamReader>

#include <functional>

// The strict reader under NessusReport and OpenVasReport: walks a scanner's XML export element by element
// with QXmlStreamReader and refuses what can hurt the machine reading it — any DTD (so no entity
// declarations: no external entities, no billion laughs), entity references, input over MaxInputBytes, the
// character data of one element or one attribute value over MaxTextLength (unless the caller skips the
// element unread), nesting deeper than MaxDepth, and malformed or truncated XML. Errors name the line, the
// column and the element path ("NessusClientData_v2/Report/ReportHost/ReportItem/synopsis").
class ScanXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(ScanXmlReader)

public:
    static constexpr qint64 MaxInputBytes = qint64(1) << 30;
    static constexpr qsizetype MaxTextLength = 1024 * 1024;
    static constexpr int MaxDepth = 64;

    // Called per child by forEachChild() / forEachChildText(); an error stops the walk.
    using ChildHandler = std::function<Status(QStringView name)>;
    using TextHandler =
        std::function<Status(QStringView name, const QXmlStreamAttributes &attributes, const QString &text)>;

    // `kind` names the expected document in messages, e.g. "a Nessus v2 report (.nessus)".
    ScanXmlReader(const QByteArray &xml, const QString &kind);

    // Reads up to the start of the root element, which becomes the current element.
    Status readRoot();
    // Reads on to the next child of the current element: true at its start (the child becomes the current
    // element), false at the current element's end (its parent becomes current; lastText() holds the ended
    // element's character data).
    Result<bool> nextChild();
    // Reads every child of the current element, calling `onChild` with the child's name while the child is
    // current. `onChild` may read the child (readText(), skip(), skipUnread(), its own children); a child it
    // leaves unread is skipped. Stops at the first error; at the end the current element's parent is current.
    Status forEachChild(const ChildHandler &onChild);
    // forEachChild() for elements whose children are text: `onText` gets each child's name, start-tag
    // attributes and readText().
    Status forEachChildText(const TextHandler &onText);
    // The character data directly inside the current element, trimmed; child elements are read and dropped.
    // Its parent becomes current.
    Result<QString> readText();
    // Reads the rest of the current element, keeping nothing but still refusing text over MaxTextLength.
    Status skip();
    // Reads the rest of the current element without keeping or measuring its text (for plugin output and
    // policies, which may be large); still refuses DTDs, entities and malformed XML.
    Status skipUnread();
    // After the root element ends: only comments and white space may follow.
    Status finish();

    QString name() const;                              // the current element
    QString attribute(const QString &attribute) const; // of the current element's start tag
    const QString &lastText() const { return m_lastText; }
    QString path() const; // of the current element: "report/report/results/result"
    qint64 line() const { return m_reader.lineNumber(); }

    // `what` with the line, column and element path, for errors in a report's content.
    Error error(const QString &what, const QString &code = QStringLiteral("scan-report-invalid")) const;
    // `expected`: "<report>"; `alternative`, if any, a second root element that would do.
    Error wrongRoot(const QString &expected, const QString &alternative = {}) const;
    // The error for a host value (a host name or address) that fails the syntax check; `element` names where
    // it came from ("<ReportHost name>").
    Error badHost(const QString &element, const QString &value) const;

    // Value checks shared by both formats.
    static bool isHostName(const QString &text); // DNS/NetBIOS-style name: letters, digits, . _ -
    static bool isAddress(const QString &text);  // IPv4 or IPv6 address
    static bool isCve(const QString &text);      // CVE-YYYY-NNNN+
    // The valid CVE ids of `ids`, upper-cased, unique, ordered by year then number.
    static QStringList normalizedCves(const QStringList &ids);
    // `text` safe to quote in a message: control characters as \xNN, at most 64 characters.
    static QString quoted(const QString &text);
    // An ISO 8601 date-time (no zone: UTC) in UTC; invalid when it does not parse.
    static QDateTime isoDateTime(const QString &text);

private:
    struct Frame
    {
        QString name;
        QXmlStreamAttributes attributes;
        QString text;
    };

    // Notes the first undeclared entity the document refers to, so that the error can say so; resolves none.
    class EntityWatcher : public QXmlStreamEntityResolver
    {
    public:
        QString resolveUndeclaredEntity(const QString &name) override;
        QString first;
    };

    // Reads the next token, refusing DTDs, entity references and malformed XML.
    Result<QXmlStreamReader::TokenType> readToken();
    // Makes the element whose start tag was just read the current one; refuses it when it nests more than
    // MaxDepth deep or has an attribute value over MaxTextLength.
    Status openElement();
    Error malformed() const;
    Error refusedEntity(const QString &name) const;
    Error refusedToken() const; // a DTD or an entity reference, with where it is

    QByteArray m_xml;
    QString m_kind;
    EntityWatcher m_entities;
    QXmlStreamReader m_reader;
    QList<Frame> m_open; // the elements being read, innermost last
    QString m_lastText;
    bool m_tooLarge = false;
};
