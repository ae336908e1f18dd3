#include "RowSearchText.h"

#include <QAbstractItemModel>

void RowSearchText::reset(int rows)
{
    m_texts.assign(std::size_t(rows), QByteArray());
    m_known.assign(std::size_t(rows), false);
}

void RowSearchText::insert(int first, int count)
{
    m_texts.insert(m_texts.begin() + first, std::size_t(count), QByteArray());
    m_known.insert(m_known.begin() + first, std::size_t(count), false);
}

void RowSearchText::remove(int first, int count)
{
    m_texts.erase(m_texts.begin() + first, m_texts.begin() + first + count);
    m_known.erase(m_known.begin() + first, m_known.begin() + first + count);
}

void RowSearchText::forget(int first, int last)
{
    for (int row = first; row <= last && row < size(); ++row) {
        m_texts[std::size_t(row)] = QByteArray();
        m_known[std::size_t(row)] = false;
    }
}

const QByteArray &RowSearchText::text(const QAbstractItemModel &model, int row)
{
    const auto at = std::size_t(row);
    if (!m_known[at]) {
        QString joined;
        const int columns = model.columnCount();
        for (int column = 0; column < columns; ++column) {
            if (column > 0)
                joined += QLatin1Char(Separator);
            joined += model.index(row, column).data(Qt::DisplayRole).toString();
        }
        m_texts[at] = joined.toCaseFolded().toUtf8();
        m_known[at] = true;
    }
    return m_texts[at];
}

void FilterWords::setText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_matchers.clear();
    m_joinedTextWorks = true;
    for (const QString &word : std::as_const(m_words)) {
        m_matchers.append(QByteArrayMatcher(word.toCaseFolded().toUtf8()));
        if (word.contains(QLatin1Char(RowSearchText::Separator)))
            m_joinedTextWorks = false;
    }
}

bool FilterWords::matches(const QByteArray &text) const
{
    for (const QByteArrayMatcher &matcher : m_matchers) {
        if (matcher.indexIn(text) < 0)
            return false;
    }
    return true;
}
