#pragma once

#include "domain/PlainText.h"

#include <QStringBuilder>
#include <QTextStream>

#include <cstdio>
#include <type_traits>

// stdout or stderr for messages to people. Every text written passes PlainText::visible, so a name, an
// error or an answer that came from an endpoint, a feed or the database cannot drive the terminal (a
// "\x1B[2J" in an asset's last error is printed as those characters, not obeyed). Newlines and tabs pass.
// Listings in JSON and CSV go out through CliContext::print, already escaped by OutputTable.
class MessageStream
{
public:
    explicit MessageStream(std::FILE *file)
        : m_stream(file)
    {
    }

    MessageStream &operator<<(const QString &text)
    {
        m_stream << PlainText::visible(text, PlainText::Lines::Several);
        return *this;
    }
    MessageStream &operator<<(const char *text) { return *this << QString::fromUtf8(text); }
    MessageStream &operator<<(char c) { return *this << QString(QLatin1Char(c)); }
    MessageStream &operator<<(QChar c) { return *this << QString(c); }
    template<typename A, typename B>
    MessageStream &operator<<(const QStringBuilder<A, B> &text)
    {
        return *this << QString(text);
    }
    template<typename Number, typename = std::enable_if_t<std::is_arithmetic_v<Number>>>
    MessageStream &operator<<(Number number)
    {
        m_stream << number;
        return *this;
    }
    // Qt::endl, Qt::flush
    MessageStream &operator<<(QTextStream &(*manipulator)(QTextStream &))
    {
        m_stream << manipulator;
        return *this;
    }

    void flush() { m_stream.flush(); }
    // Bytes already made safe (OutputTable's listings).
    void writeSafe(const QString &text) { m_stream << text; }

private:
    QTextStream m_stream;
};
