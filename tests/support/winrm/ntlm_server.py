"""Server side of NTLM (MS-NLMP) for the WinRM double: challenge, NTLMv2 verification, session security.

Standard library only. MD4 is implemented here in pure Python because Debian 12's OpenSSL 3 moved MD4 to the
legacy provider, so hashlib.new('md4') raises "unsupported hash type"; NTLM's NT hash is MD4(UTF-16LE(password))
and cannot be computed without it. RC4 is likewise implemented here (OpenSSL 3 also treats it as legacy, and the
standard library exposes no cipher API at all).
"""

import hashlib
import hmac
import os
import struct
import time

NTLMSSP_NEGOTIATE_UNICODE = 0x00000001
NTLMSSP_NEGOTIATE_OEM = 0x00000002
NTLMSSP_REQUEST_TARGET = 0x00000004
NTLMSSP_NEGOTIATE_SIGN = 0x00000010
NTLMSSP_NEGOTIATE_SEAL = 0x00000020
NTLMSSP_NEGOTIATE_NTLM = 0x00000200
NTLMSSP_NEGOTIATE_ALWAYS_SIGN = 0x00008000
NTLMSSP_TARGET_TYPE_DOMAIN = 0x00010000
NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY = 0x00080000
NTLMSSP_NEGOTIATE_TARGET_INFO = 0x00800000
NTLMSSP_NEGOTIATE_VERSION = 0x02000000
NTLMSSP_NEGOTIATE_128 = 0x20000000
NTLMSSP_NEGOTIATE_KEY_EXCH = 0x40000000
NTLMSSP_NEGOTIATE_56 = 0x80000000

SUPPORTED = (NTLMSSP_NEGOTIATE_UNICODE | NTLMSSP_NEGOTIATE_OEM | NTLMSSP_REQUEST_TARGET | NTLMSSP_NEGOTIATE_SIGN
             | NTLMSSP_NEGOTIATE_SEAL
             | NTLMSSP_NEGOTIATE_NTLM | NTLMSSP_NEGOTIATE_ALWAYS_SIGN | NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY
             | NTLMSSP_NEGOTIATE_VERSION | NTLMSSP_NEGOTIATE_128 | NTLMSSP_NEGOTIATE_KEY_EXCH
             | NTLMSSP_NEGOTIATE_56)


def md4(data: bytes) -> bytes:
    """RFC 1320 MD4 (see the module docstring for why it is not hashlib's)."""
    def f(x, y, z): return (x & y) | (~x & z)
    def g(x, y, z): return (x & y) | (x & z) | (y & z)
    def h(x, y, z): return x ^ y ^ z
    def rotl(v, s): v &= 0xFFFFFFFF; return ((v << s) | (v >> (32 - s))) & 0xFFFFFFFF
    msg = bytearray(data)
    bitlen = (8 * len(data)) & 0xFFFFFFFFFFFFFFFF
    msg.append(0x80)
    while len(msg) % 64 != 56:
        msg.append(0)
    msg += struct.pack('<Q', bitlen)
    a, b, c, d = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476
    for off in range(0, len(msg), 64):
        x = struct.unpack('<16I', bytes(msg[off:off + 64]))
        aa, bb, cc, dd = a, b, c, d
        for i in range(16):
            k, s = i, (3, 7, 11, 19)[i % 4]
            a, b, c, d = d, rotl(a + f(b, c, d) + x[k], s), b, c
        for i in range(16):
            k, s = (i % 4) * 4 + i // 4, (3, 5, 9, 13)[i % 4]
            a, b, c, d = d, rotl(a + g(b, c, d) + x[k] + 0x5A827999, s), b, c
        for i in range(16):
            k = (0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15)[i]
            s = (3, 9, 11, 15)[i % 4]
            a, b, c, d = d, rotl(a + h(b, c, d) + x[k] + 0x6ED9EBA1, s), b, c
        a, b, c, d = (a + aa) & 0xFFFFFFFF, (b + bb) & 0xFFFFFFFF, (c + cc) & 0xFFFFFFFF, (d + dd) & 0xFFFFFFFF
    return struct.pack('<4I', a, b, c, d)


class RC4:
    def __init__(self, key: bytes):
        s = list(range(256))
        j = 0
        for i in range(256):
            j = (j + s[i] + key[i % len(key)]) & 0xFF
            s[i], s[j] = s[j], s[i]
        self.s, self.i, self.j = s, 0, 0

    def update(self, data: bytes) -> bytes:
        s, i, j = self.s, self.i, self.j
        out = bytearray(len(data))
        for n, byte in enumerate(data):
            i = (i + 1) & 0xFF
            j = (j + s[i]) & 0xFF
            s[i], s[j] = s[j], s[i]
            out[n] = byte ^ s[(s[i] + s[j]) & 0xFF]
        self.i, self.j = i, j
        return bytes(out)


def _hmac_md5(key, data):
    return hmac.new(key, data, hashlib.md5).digest()


def _field(msg, off):
    length, _maxlen, offset = struct.unpack('<HHI', msg[off:off + 8])
    return msg[offset:offset + length]


def _av_pairs(data):
    pairs, off = {}, 0
    while off + 4 <= len(data):
        av_id, length = struct.unpack('<HH', data[off:off + 4])
        if av_id == 0:
            break
        pairs[av_id] = data[off + 4:off + 4 + length]
        off += 4 + length
    return pairs


class NtlmError(Exception):
    pass


class NtlmServerContext:
    """One NTLM authentication on one TCP connection (Windows keeps the result per connection)."""

    def __init__(self, user, password, computer='WINRMDOUBLE', domain='WORKGROUP', tls_cert_der=None):
        self.user, self.password = user, password
        self.tls_cert_der = tls_cert_der   # set over HTTPS: the client's channel binding (CBT) is checked
        self.negotiate_msg = self.challenge_msg = b''
        self.computer, self.domain = computer, domain
        self.challenge = os.urandom(8)
        self.flags = 0
        self.authenticated_user = None
        self.seal = None

    def negotiate(self, token: bytes) -> bytes:
        if token[:8] != b'NTLMSSP\0' or struct.unpack('<I', token[8:12])[0] != 1:
            raise NtlmError('expected an NTLM NEGOTIATE_MESSAGE')
        client = struct.unpack('<I', token[12:16])[0]
        self.flags = (client & SUPPORTED) | NTLMSSP_NEGOTIATE_TARGET_INFO | NTLMSSP_TARGET_TYPE_DOMAIN
        # Unicode wins when offered, else the OEM charset (MS-NLMP 3.2.5.1.1)
        if self.flags & NTLMSSP_NEGOTIATE_UNICODE:
            self.flags &= ~NTLMSSP_NEGOTIATE_OEM
        target = self.domain.encode('utf-16-le' if self.flags & NTLMSSP_NEGOTIATE_UNICODE else 'ascii')
        ts = struct.pack('<Q', int((time.time() + 11644473600) * 10_000_000))

        def av(av_id, value):
            return struct.pack('<HH', av_id, len(value)) + value
        info = (av(2, self.domain.encode('utf-16-le')) + av(1, self.computer.encode('utf-16-le'))
                + av(4, self.domain.lower().encode('utf-16-le'))
                + av(3, self.computer.lower().encode('utf-16-le')) + av(7, ts) + av(0, b''))
        header_len = 56
        msg = b'NTLMSSP\0' + struct.pack('<I', 2)
        msg += struct.pack('<HHI', len(target), len(target), header_len)
        msg += struct.pack('<I', self.flags) + self.challenge + b'\0' * 8
        msg += struct.pack('<HHI', len(info), len(info), header_len + len(target))
        msg += struct.pack('<BBHxxxB', 10, 0, 17763, 15)  # version: Windows Server 2019, NTLM revision 15
        self.negotiate_msg, self.challenge_msg = token, msg + target + info
        return self.challenge_msg

    def authenticate(self, token: bytes) -> str:
        """Checks an AUTHENTICATE_MESSAGE's NTLMv2 response against the configured password."""
        if token[:8] != b'NTLMSSP\0' or struct.unpack('<I', token[8:12])[0] != 3:
            raise NtlmError('expected an NTLM AUTHENTICATE_MESSAGE')
        nt_resp = _field(token, 20)
        flags = struct.unpack('<I', token[60:64])[0]
        charset = 'utf-16-le' if flags & NTLMSSP_NEGOTIATE_UNICODE else 'ascii'
        try:
            domain = _field(token, 28).decode(charset)
            user = _field(token, 36).decode(charset)
        except UnicodeDecodeError:
            raise NtlmError('user or domain name not in the negotiated character set')
        enc_key = _field(token, 52)
        if len(nt_resp) <= 24:
            raise NtlmError('NTLMv1 responses are refused (Windows LmCompatibilityLevel 5)')
        if user.lower() != self.user.lower():
            raise NtlmError('unknown user %r' % user)
        nt_hash = md4(self.password.encode('utf-16-le'))
        key_nt = _hmac_md5(nt_hash, (user.upper() + domain).encode('utf-16-le'))
        proof, blob = nt_resp[:16], nt_resp[16:]
        if not hmac.compare_digest(_hmac_md5(key_nt, self.challenge + blob), proof):
            raise NtlmError('wrong password for %r (NTLMv2 proof mismatch)' % user)
        base_key = _hmac_md5(key_nt, proof)
        if flags & NTLMSSP_NEGOTIATE_KEY_EXCH and len(enc_key) == 16:
            exported = RC4(base_key).update(enc_key)
        else:
            exported = base_key
        av = _av_pairs(blob[28:])
        if struct.unpack('<I', av.get(6, b'\0\0\0\0'))[0] & 0x2:
            # MsvAvFlags says the message carries a MIC (offset 72, after the Version): HMAC-MD5 over the three
            # messages with the MIC zeroed, keyed with the exported session key
            zeroed = token[:72] + b'\0' * 16 + token[88:]
            mic = _hmac_md5(exported, self.negotiate_msg + self.challenge_msg + zeroed)
            if not hmac.compare_digest(mic, token[72:88]):
                raise NtlmError('the AUTHENTICATE message integrity code (MIC) does not match')
        if self.tls_cert_der is not None and av.get(10, b'\0' * 16) != b'\0' * 16:
            # channel binding (CBT): MD5 of gss_channel_bindings_struct with "tls-server-end-point:" + the
            # SHA-256 hash of the server certificate (Windows' CbtHardeningLevel=Relaxed accepts a missing one)
            app = b'tls-server-end-point:' + hashlib.sha256(self.tls_cert_der).digest()
            want = hashlib.md5(b'\0' * 16 + struct.pack('<I', len(app)) + app).digest()
            if av[10] != want:
                raise NtlmError('the NTLM channel binding does not match this TLS certificate')
        self.flags = flags
        self.seal = SessionSecurity(flags, exported)
        self.authenticated_user = user
        return user


class SessionSecurity:
    """NTLMSSP session security with extended session security: RC4 sealing, HMAC-MD5 signatures."""

    def __init__(self, flags, key):
        def derive(magic):
            return hashlib.md5(key + magic).digest()
        self.c2s_sign = derive(b'session key to client-to-server signing key magic constant\0')
        self.s2c_sign = derive(b'session key to server-to-client signing key magic constant\0')
        self.c2s_rc4 = RC4(derive(b'session key to client-to-server sealing key magic constant\0'))
        self.s2c_rc4 = RC4(derive(b'session key to server-to-client sealing key magic constant\0'))
        self.key_exch = bool(flags & NTLMSSP_NEGOTIATE_KEY_EXCH)
        self.in_seq = 0
        self.out_seq = 0

    def unwrap(self, sealed: bytes, signature: bytes) -> bytes:
        plain = self.c2s_rc4.update(sealed)
        seq = struct.pack('<I', self.in_seq)
        checksum = _hmac_md5(self.c2s_sign, seq + plain)[:8]
        if self.key_exch:
            checksum = self.c2s_rc4.update(checksum)
        if signature[4:12] != checksum or signature[12:16] != seq:
            raise NtlmError('message signature mismatch (tampered message or sequence error)')
        self.in_seq += 1
        return plain

    def wrap(self, plain: bytes):
        sealed = self.s2c_rc4.update(plain)
        seq = struct.pack('<I', self.out_seq)
        checksum = _hmac_md5(self.s2c_sign, seq + plain)[:8]
        if self.key_exch:
            checksum = self.s2c_rc4.update(checksum)
        self.out_seq += 1
        return sealed, struct.pack('<I', 1) + checksum + seq
