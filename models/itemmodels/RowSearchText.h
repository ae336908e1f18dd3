#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

class QAbstractItemModel;

// A source model that may hold, for some of its rows, the text RowSearchText::build() gives (built off the
// GUI thread with the rows): RowSearchText reads it in place instead of keeping a copy per row.
class OfferedSearchTexts
{
public:
    // The search text of `row` as the model holds it, or null when it holds none for that row. Valid until
    // the model's rows change.
    virtual const QByteArray *offeredSearchText(int row) const = 0;

protected:
    ~OfferedSearchTexts() = default;
};

// What the table filter searches, per source row: the row's display text in every column, case-folded, in
// UTF-8, the columns joined by a separator (U+001F) that no filter word holds, so a word still matches within
// one column. A row's text is built the first time a filter needs it and kept until the row changes, so a
// keystroke is a substring search per row instead of formatting every cell of every row again. A model that
// holds the text already gives it: read in place (OfferedSearchTexts), or as TableRoles::SearchTextRole. The
// cache of built texts is made only when a row needs building: 400,000 rows landing with their texts used to
// insert 400,000 empty copies here first, a third of the Patches pane's longest GUI stall (35 ms of 80).
class RowSearchText
{
public:
    static constexpr char Separator = '\x1f';

    // The text of one row of `model`, built from its display text (what text() keeps when the model gives
    // none). Safe on any thread for a model that lives there.
    static QByteArray build(const QAbstractItemModel &model, int row);
    // build() for every row, in row order; a null text for the rows `skip` marks (their text is known).
    static QList<QByteArray> buildAll(const QAbstractItemModel &model, const std::vector<bool> &skip = {});

    void setOffer(const OfferedSearchTexts *offer) { m_offer = offer; } // the source model's, or null
    void reset(int rows);              // every row unknown (a new model, a reset, a layout change)
    void insert(int first, int count); // rows inserted before `first`, unknown
    void remove(int first, int count); // rows removed
    void forget(int first, int last);  // rows changed
    int size() const { return m_size; }
    const QByteArray &text(const QAbstractItemModel &model, int row);
    // Whether text() of `row` has to build it (neither offered nor kept yet).
    bool needsBuilding(int row) const;

private:
    const OfferedSearchTexts *m_offer = nullptr;
    int m_size = 0;
    // Built (or SearchTextRole) texts; both empty until a row needs one, then one entry per row.
    std::vector<QByteArray> m_texts;
    std::vector<bool> m_known;
};

// The filter's words (split at spaces; every word must appear in some column of a row, case-insensitive),
// each case-folded once, matched against RowSearchText with ByteSearch (glibc's memmem was twice as fast as
// QByteArrayMatcher on a one- or two-letter word, the first keystrokes, over 400,000 rows' texts; ByteSearch
// is faster again on two letters and more).
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
