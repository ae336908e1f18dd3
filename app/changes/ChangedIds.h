#pragma once

#include <QList>
#include <QMetaType>

#include <algorithm>

// Which records of one kind changed: the ones with these ids, or all of them (an import, a policy edit:
// anything that touched more than is worth listing). A receiver updates just those, or re-reads its list.
class ChangedIds
{
public:
    ChangedIds() = default; // none
    static ChangedIds all() { return ChangedIds(true, {}); }
    static ChangedIds of(QList<qint64> ids) { return ChangedIds(false, std::move(ids)); }

    bool isAll() const { return m_all; }
    bool isEmpty() const { return !m_all && m_ids.isEmpty(); }
    const QList<qint64> &ids() const { return m_ids; } // empty when isAll()
    bool contains(qint64 id) const
    {
        return m_all || std::find(m_ids.cbegin(), m_ids.cend(), id) != m_ids.cend();
    }

private:
    ChangedIds(bool all, QList<qint64> ids)
        : m_all(all)
        , m_ids(std::move(ids))
    {
    }

    bool m_all = false;
    QList<qint64> m_ids;
};

Q_DECLARE_METATYPE(ChangedIds)
