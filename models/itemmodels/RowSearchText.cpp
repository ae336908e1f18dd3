#include "RowSearchText.h"

#include "ByteSearch.h"

#include "ListTableModel.h"

#include <QAbstractItemModel>

#include <cstring>

namespace {

// Case-folded UTF-8, exactly as long as it needs. Most of a fleet's text is ASCII, where folding is
// lower-casing A-Z byte by byte (a tenth of QString::toCaseFolded() plus toUtf8()), and most of the rest is
// uncased punctuation ("—", "…"), which folds to itself; a cased or astral character takes Unicode's full
// folding. toUtf8() reserves three bytes per character and keeps them: with a "—" in nearly every Patches
// row, that slack was half the filter text's memory (heaptrack at 100,000 assets: 134 MB of 239 MB).
QByteArray folded(const QString &text)
{
    const QStringView view(text);
    qsizetype bytes = 0;
    for (const QChar c : view) {
        const char16_t unit = c.unicode();
        if (unit < 0x80) {
            ++bytes;
            continue;
        }
        if (c.isSurrogate() || c.isLetter() || QChar::toCaseFolded(unit) != unit) {
            QByteArray unicode = text.toCaseFolded().toUtf8();
            unicode.squeeze();
            return unicode;
        }
        bytes += unit < 0x800 ? 2 : 3;
    }
    QByteArray out(bytes, Qt::Uninitialized);
    char *at = out.data();
    for (const QChar c : view) {
        const char16_t unit = c.unicode();
        if (unit < 0x80) {
            *at++ = char(unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit);
        } else if (unit < 0x800) {
            *at++ = char(0xC0 | (unit >> 6));
            *at++ = char(0x80 | (unit & 0x3F));
        } else {
            *at++ = char(0xE0 | (unit >> 12));
            *at++ = char(0x80 | ((unit >> 6) & 0x3F));
            *at++ = char(0x80 | (unit & 0x3F));
        }
    }
    return out;
}

} // namespace

void RowSearchText::reset(int rows)
{
    m_size = rows;
    m_texts.clear();
    m_known.clear();
}

void RowSearchText::insert(int first, int count)
{
    m_size += count;
    if (m_texts.empty())
        return;
    m_texts.insert(m_texts.begin() + first, std::size_t(count), QByteArray());
    m_known.insert(m_known.begin() + first, std::size_t(count), false);
}

void RowSearchText::remove(int first, int count)
{
    m_size -= count;
    if (m_texts.empty())
        return;
    m_texts.erase(m_texts.begin() + first, m_texts.begin() + first + count);
    m_known.erase(m_known.begin() + first, m_known.begin() + first + count);
}

void RowSearchText::forget(int first, int last)
{
    for (int row = first; row <= last && row < int(m_texts.size()); ++row) {
        m_texts[std::size_t(row)] = QByteArray();
        m_known[std::size_t(row)] = false;
    }
}

bool RowSearchText::needsBuilding(int row) const
{
    if (m_offer && m_offer->offeredSearchText(row))
        return false;
    return m_known.empty() || !m_known[std::size_t(row)];
}

QByteArray RowSearchText::build(const QAbstractItemModel &model, int row)
{
    QString joined;
    joined.reserve(256);
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column) {
        if (column > 0)
            joined += QLatin1Char(Separator);
        joined += model.index(row, column).data(Qt::DisplayRole).toString();
    }
    return folded(joined);
}

QList<QByteArray> RowSearchText::buildAll(const QAbstractItemModel &model, const std::vector<bool> &skip)
{
    QList<QByteArray> texts;
    const int rows = model.rowCount();
    texts.reserve(rows);
    for (int row = 0; row < rows; ++row)
        texts.append(std::size_t(row) < skip.size() && skip[std::size_t(row)] ? QByteArray()
                                                                              : build(model, row));
    return texts;
}

const QByteArray &RowSearchText::text(const QAbstractItemModel &model, int row)
{
    if (m_offer) {
        if (const QByteArray *offered = m_offer->offeredSearchText(row))
            return *offered;
    }
    if (m_texts.empty()) {
        m_texts.resize(std::size_t(m_size));
        m_known.assign(std::size_t(m_size), false);
    }
    const auto at = std::size_t(row);
    if (!m_known[at]) {
        const QVariant prebuilt = model.index(row, 0).data(TableRoles::SearchTextRole);
        m_texts[at] =
            prebuilt.metaType().id() == QMetaType::QByteArray ? prebuilt.toByteArray() : build(model, row);
        m_known[at] = true;
    }
    return m_texts[at];
}

void FilterWords::setText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_patterns.clear();
    m_joinedTextWorks = true;
    for (const QString &word : std::as_const(m_words)) {
        m_patterns.append(folded(word));
        if (word.contains(QLatin1Char(RowSearchText::Separator)))
            m_joinedTextWorks = false;
    }
}

bool FilterWords::matches(const QByteArray &text) const
{
    for (const QByteArray &pattern : m_patterns) {
        if (!ByteSearch::contains(text.constData(), std::size_t(text.size()), pattern.constData(),
                                  std::size_t(pattern.size())))
            return false;
    }
    return true;
}

bool FilterWords::narrows(const FilterWords &wider) const
{
    // Both ways of matching a word (the joined text's folded bytes, a column's case-insensitive text) must
    // find the wider word wherever they find this one.
    for (int i = 0; i < int(wider.m_words.size()); ++i) {
        const QByteArray &widerPattern = wider.m_patterns.at(i);
        const QString &widerWord = wider.m_words.at(i);
        bool within = false;
        for (int j = 0; j < int(m_words.size()) && !within; ++j)
            within = m_patterns.at(j).contains(widerPattern) &&
                     m_words.at(j).contains(widerWord, Qt::CaseInsensitive);
        if (!within)
            return false;
    }
    return true;
}
