#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

// Errors are values: a function that can fail returns Result<T> (or Status when there is no
// value), carrying a message written for the person at the keyboard. Both are [[nodiscard]]: a
// failure nobody looks at is how "Removed … and its secret" got printed when the keychain said
// no. Reading the value of a failure is a programming error and stops the program, in every
// build, rather than read an empty optional.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const &
    {
        checkValue();
        return *m_value;
    }
    T &value() &
    {
        checkValue();
        return *m_value;
    }
    // By value, so that `for (x : f().value())` does not bind to a temporary that is gone.
    T value() &&
    {
        checkValue();
        return std::move(*m_value);
    }
    const T *operator->() const
    {
        checkValue();
        return &*m_value;
    }
    T *operator->()
    {
        checkValue();
        return &*m_value;
    }
    const QString &error() const { return m_error; }

private:
    void checkValue() const
    {
        if (Q_UNLIKELY(!m_value))
            qFatal("Result::value() of a failure: %s", qUtf8Printable(m_error));
    }
    Result(std::nullopt_t, QString error)
        : m_error(std::move(error))
    {}
    std::optional<T> m_value;
    QString m_error;
};

class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }
    // A failure because someone else changed the same thing first (a row's version moved
    // on): the caller shows both and lets the person choose, rather than retry blindly.
    static Status conflict(QString message)
    {
        Status s = failure(std::move(message));
        s.m_conflict = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    bool isConflict() const { return m_conflict; }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    bool m_conflict = false;
    QString m_error;
};
