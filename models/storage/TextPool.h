#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// Rows read from the database repeat the same texts many times (400,000 patch rows name a few thousand
// packages, versions and origins; 100,000 assets run a handful of systems). share() replaces a text by the
// equal one seen first, so the rows share one copy (QString is implicitly shared) instead of holding one
// each. Only for one read: the pool is dropped with the reader, the rows keep sharing.
class TextPool
{
public:
    void share(QString &text)
    {
        if (text.isEmpty())
            return;
        if (const auto found = m_texts.constFind(text); found != m_texts.cend())
            text = *found;
        else
            m_texts.insert(text);
    }
    void share(QStringList &texts)
    {
        for (QString &text : texts)
            share(text);
    }

    // The list itself shared with an equal one seen before (its texts too): rows repeat the same few lists
    // (a package's CVEs on every asset that misses it), and each list's own block costs as much as its texts.
    void shareWhole(QStringList &texts)
    {
        if (texts.isEmpty())
            return;
        if (const auto found = m_lists.constFind(texts); found != m_lists.cend()) {
            texts = *found;
            return;
        }
        share(texts);
        m_lists.insert(texts);
    }

private:
    QSet<QString> m_texts;
    QSet<QStringList> m_lists;
};
