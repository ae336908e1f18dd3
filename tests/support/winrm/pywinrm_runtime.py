"""Where Debian's pywinrm runs: re-executes the calling script under /usr/bin/python3 (python3-winrm lives in
/usr/lib/python3/dist-packages, and another python3 - pyenv, a venv - may come first in PATH) with an OpenSSL
configuration that loads the legacy provider: its NTLM client (python3-ntlm-auth) hashes with
hashlib.new('md4'), which Debian 12's OpenSSL 3 offers only from that provider. Only the client gets this
configuration, never the WinRM double (which has its own MD4)."""

import os
import sys
import tempfile

SYSTEM_PYTHON = '/usr/bin/python3'
OSSL_CONF = """openssl_conf = openssl_init
[openssl_init]
providers = provider_sect
[provider_sect]
default = default_sect
legacy = legacy_sect
[default_sect]
activate = 1
[legacy_sect]
activate = 1
"""


def reexec_under_system_python(marker, prefix, extra_env=None):
    """Returns in the re-executed child (environment variable `marker` set to 1); in the parent, writes the
    OpenSSL configuration into a new temporary folder named with `prefix` and replaces the process. The folder
    is passed on as `extra_env`'s values may name it: callers give a function of the folder."""
    if os.environ.get(marker) == '1':
        return
    tmp = tempfile.mkdtemp(prefix=prefix)
    conf = os.path.join(tmp, 'openssl-legacy.cnf')
    with open(conf, 'w') as f:
        f.write(OSSL_CONF)
    env = dict(os.environ, OPENSSL_CONF=conf)
    env[marker] = '1'
    if extra_env:
        env.update(extra_env(tmp))
    python = SYSTEM_PYTHON if os.path.exists(SYSTEM_PYTHON) else sys.executable
    script = os.path.abspath(sys.argv[0])
    os.execve(python, [python, script] + sys.argv[1:], env)
