#include "Rc4.h"

#include <utility>

Rc4::Rc4(const QByteArray &key)
{
    for (int n = 0; n < 256; ++n)
        m_state[n] = static_cast<std::uint8_t>(n);
    if (key.isEmpty())
        return; // a key-less handle is never created by NTLM; leave the identity permutation
    std::uint8_t j = 0;
    for (int n = 0; n < 256; ++n) {
        j = static_cast<std::uint8_t>(j + m_state[n] + static_cast<std::uint8_t>(key.at(n % key.size())));
        std::swap(m_state[n], m_state[j]);
    }
}

Rc4::~Rc4()
{
    // volatile writes so the compiler keeps the zeroing of a dying object
    volatile std::uint8_t *state = m_state.data();
    for (std::size_t n = 0; n < m_state.size(); ++n)
        state[n] = 0;
    m_i = 0;
    m_j = 0;
}

QByteArray Rc4::process(const QByteArray &data)
{
    QByteArray out(data.size(), Qt::Uninitialized);
    for (qsizetype n = 0; n < data.size(); ++n) {
        m_i = static_cast<std::uint8_t>(m_i + 1);
        m_j = static_cast<std::uint8_t>(m_j + m_state[m_i]);
        std::swap(m_state[m_i], m_state[m_j]);
        const std::uint8_t k = m_state[static_cast<std::uint8_t>(m_state[m_i] + m_state[m_j])];
        out[n] = static_cast<char>(static_cast<std::uint8_t>(data.at(n)) ^ k);
    }
    return out;
}

QByteArray Rc4::once(const QByteArray &key, const QByteArray &data)
{
    Rc4 handle(key);
    return handle.process(data);
}
