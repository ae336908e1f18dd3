#pragma once

#include <QTranslator>

// A translator that puts every word it is asked for in brackets, tagged with its context ("[Ctx:word]"): a
// test installs it to see which texts go through tr() and under which context, with no .qm file.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[%1:%2]").arg(QLatin1String(context), QLatin1String(sourceText));
    }
    bool isEmpty() const override { return false; }
};
