#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>

// The strict first step for zypper's --xmlout output: reads it with QXmlStreamReader into a small element
// tree and refuses what zypper never prints — any DTD (so no entity declarations: no XXE, no billion
// laughs), entity references beyond the five predefined ones, processing instructions, elements outside
// the allowlist, more than MaxDepth levels or MaxElements elements, an attribute value over
// MaxAttributeLength characters or element text over MaxTextLength, and malformed or truncated XML.
// Errors name the source, the element and the line.
class ZypperXml
{
    Q_DECLARE_TR_FUNCTIONS(ZypperXml)

public:
    struct Element
    {
        QString name;
        QMap<QString, QString> attributes;
        QString text; // character data directly inside this element
        qint64 line = 0;
        QList<Element> children;
    };

    static constexpr qsizetype MaxAttributeLength = 4096;
    static constexpr qsizetype MaxTextLength = 1024 * 1024;
    static constexpr int MaxDepth = 8;
    static constexpr int MaxElements = 1000000;

    // The root element, which must be <stream>.
    static Result<Element> parse(const QByteArray &output, const QString &source);
};
