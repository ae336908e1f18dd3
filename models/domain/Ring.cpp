#include "Ring.h"

#include <QRegularExpression>

bool RingName::isValid(const QString &name)
{
    static const QRegularExpression syntax(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"));
    return syntax.match(name).hasMatch();
}
