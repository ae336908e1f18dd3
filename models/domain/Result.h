#pragma once

#include <QString>

#include <optional>
#include <utility>

// An error as a value: what happened and, where known, what the user can do next.
struct Error
{
    Error() = default;
    Error(QString message_, QString hint_ = {}, QString code_ = {})
        : message(std::move(message_))
        , hint(std::move(hint_))
        , code(std::move(code_))
    {
    }

    QString message;
    QString hint;
    QString code; // machine-readable kind where callers branch on it, e.g. "keychain-unavailable"

    QString text() const { return hint.isEmpty() ? message : message + QStringLiteral(" ") + hint; }
};

// The outcome of an operation that may fail: a value or an Error (std::expected-style, C++17).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// The outcome of an operation that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};
