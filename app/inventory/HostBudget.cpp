#include "HostBudget.h"

Error HostBudget::tooManyHosts()
{
    return Error{
        tr("the inventory expands to more than %1 host names in all (the limit of one import, counting "
           "a host once for each group that lists it); it is refused")
            .arg(MaxHosts),
        tr("Split the inventory into several imports."), QStringLiteral("host-budget")};
}

Error HostBudget::tooManyChars()
{
    return Error{tr("the host names of the inventory add up to more than %1 characters (the limit of one "
                    "import); it is refused")
                     .arg(MaxNameChars),
                 tr("Split the inventory into several imports."), QStringLiteral("host-budget")};
}

Status HostBudget::fits(qint64 hosts, qint64 charsEach) const
{
    if (m_spent)
        return *m_spent;
    if (hosts < 0 || hosts > MaxHosts - m_hosts)
        return tooManyHosts();
    // Both factors are bounded here (hosts <= MaxHosts, charsEach <= MaxNameChars): no overflow.
    if (charsEach < 0 || charsEach > MaxNameChars || hosts * charsEach > MaxNameChars - m_nameChars)
        return tooManyChars();
    return {};
}

Status HostBudget::charge(qint64 hosts, qint64 nameChars)
{
    if (m_spent)
        return *m_spent;
    if (hosts < 0 || hosts > MaxHosts - m_hosts)
        m_spent = tooManyHosts();
    else if (nameChars < 0 || nameChars > MaxNameChars - m_nameChars)
        m_spent = tooManyChars();
    if (m_spent)
        return *m_spent;
    m_hosts += hosts;
    m_nameChars += nameChars;
    return {};
}
