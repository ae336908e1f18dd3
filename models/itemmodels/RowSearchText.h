#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

class QAbstractItemModel;

// What the table filter searches, kept per source row: the row's display text in every column, case-folded,
// in UTF-8, the columns joined by a separator (U+001F) that no filter word holds, so a word still matches
// within one column. A row's text is built the first time a filter needs it and kept until the row changes,
// so a keystroke is a substring search per row instead of formatting every cell of every row again. A model
// that holds the text already (TableRoles::SearchTextRole: built off the GUI thread with the rows) gives it.
class RowSearchText
{
public:
    static constexpr char Separator = '\x1f';

    // The text of one row of `model`, built from its display text (what text() keeps when the model gives
    // none). Safe on any thread for a model that lives there.
    static QByteArray build(const QAbstractItemModel &model, int row);
    // build() for every row, in row order; a null text for the rows `skip` marks (their text is known).
    static QList<QByteArray> buildAll(const QAbstractItemModel &model, const std::vector<bool> &skip = {});

    void reset(int rows);              // every row unknown (a new model, a reset, a layout change)
    void insert(int first, int count); // rows inserted before `first`, unknown
    void remove(int first, int count); // rows removed
    void forget(int first, int last);  // rows changed
    int size() const { return int(m_texts.size()); }
    const QByteArray &text(const QAbstractItemModel &model, int row);

private:
    std::vector<QByteArray> m_texts;
    std::vector<bool> m_known;
};

// The filter's words (split at spaces; every word must appear in some column of a row, case-insensitive),
// each case-folded once, matched against RowSearchText with the C library's memmem (glibc: twice as fast as
// QByteArrayMatcher on a one- or two-letter word, the first keystrokes, over 400,000 rows' texts).
class FilterWords
{
public:
    void setText(const QString &text);
    const QStringList &words() const { return m_words; }
    bool isEmpty() const { return m_words.isEmpty(); }
    // A word holding the separator cannot use the joined text: the proxy then asks each column.
    bool joinedTextWorks() const { return m_joinedTextWorks; }
    bool matches(const QByteArray &text) const;
    // True when every row these words match is one `wider` matches too (each of its words lies within one
    // of these: a keystroke that narrows the filter), so only the rows `wider` showed need a look.
    bool narrows(const FilterWords &wider) const;

private:
    QStringList m_words;
    QList<QByteArray> m_patterns; // the words, case-folded UTF-8
    bool m_joinedTextWorks = true;
};
