#pragma once

#include <QByteArray>

#include <array>
#include <cstdint>

// The RC4 stream cipher (ARCFOUR), which NTLM session security (MS-NLMP 3.4.3, sealing with extended session
// security) and its key exchange (RC4K, 3.4.5.1) require. Written here because Qt has no cipher API at all
// and Debian 12's OpenSSL 3 offers RC4 only from its "legacy" provider, which is not loaded by default
// (loading it process-wide through a configuration file would change what every other OpenSSL user in the
// process gets). RC4 is broken as a general-purpose cipher; it is used here only because the protocol demands
// it.
//
// One object is one cipher handle: its keystream continues across process() calls, as NTLM's sealing handle
// must. The key schedule is zeroed on destruction.
class Rc4
{
public:
    explicit Rc4(const QByteArray &key);
    ~Rc4();
    Rc4(const Rc4 &) = delete;
    Rc4 &operator=(const Rc4 &) = delete;

    // Encrypts or decrypts (the same operation) and advances the keystream.
    QByteArray process(const QByteArray &data);

    // RC4K(key, data) of MS-NLMP section 6: a fresh handle used once.
    static QByteArray once(const QByteArray &key, const QByteArray &data);

private:
    std::array<std::uint8_t, 256> m_state{};
    std::uint8_t m_i = 0;
    std::uint8_t m_j = 0;
};
