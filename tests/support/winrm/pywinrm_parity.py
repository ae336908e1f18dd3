#!/usr/bin/env python3
"""Runs commands against a WinRM service with Debian's pywinrm (python3-winrm), a client nobody here wrote, and
prints what it got, so tst_winrmendpoint can compare Patchwright's WinRM client with it on the same double.

/usr/bin/python3 pywinrm_parity.py --url URL --user USER --transport basic|ntlm [--ca-file PEM] < commands.json
commands.json: [["cmd.exe", "/c", "echo", "hi"], ...]; the password comes from WINRM_PARITY_PASSWORD.
Prints one JSON array: {"stdout_b64", "stderr_b64", "exit_code"} or {"error": "..."} per command.
Like check_double.py, it re-runs itself under /usr/bin/python3 with an OpenSSL configuration that loads the legacy
provider, because pywinrm's NTLM (python3-ntlm-auth) hashes with hashlib.new('md4').
"""

import os
import sys

from pywinrm_runtime import reexec_under_system_python  # noqa: E402

# Debian's pywinrm under /usr/bin/python3 with OpenSSL's legacy provider (see pywinrm_runtime).
reexec_under_system_python('WINRM_PARITY_CHILD', 'winrm-parity-')

import argparse  # noqa: E402
import base64  # noqa: E402
import json  # noqa: E402

import winrm  # noqa: E402  (python3-winrm)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--url', required=True)
    p.add_argument('--user', required=True)
    p.add_argument('--transport', choices=('basic', 'ntlm'), required=True)
    p.add_argument('--ca-file')
    args = p.parse_args()
    password = os.environ['WINRM_PARITY_PASSWORD']
    options = dict(transport=args.transport, operation_timeout_sec=20, read_timeout_sec=30)
    if args.url.startswith('https'):
        options.update(server_cert_validation='validate', ca_trust_path=args.ca_file)
    session = winrm.Session(args.url, auth=(args.user, password), **options)
    results = []
    for argv in json.load(sys.stdin):
        try:
            r = session.run_cmd(argv[0], argv[1:])
            results.append({'stdout_b64': base64.b64encode(r.std_out).decode('ascii'),
                            'stderr_b64': base64.b64encode(r.std_err).decode('ascii'),
                            'exit_code': r.status_code})
        except Exception as e:  # a fault: what kind, for the comparison
            results.append({'error': type(e).__name__ + ': ' + str(e)[:300]})
    json.dump(results, sys.stdout)
    return 0


if __name__ == '__main__':
    sys.exit(main())
