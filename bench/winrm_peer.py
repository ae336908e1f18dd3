#!/usr/bin/env python3
"""pw_bench_winrm's peer: Debian's pywinrm (python3-winrm 0.3) scanning the same WinRM hosts as Patchwright.

/usr/bin/python3 winrm_peer.py --plan PLAN.json --out OUT.json
The password comes from PW_BENCH_WINRM_PASSWORD (never an argument).

PLAN.json, written by pw_bench_winrm from Patchwright's own Command objects so the bytes are identical:
  {"user": U, "auth": "ntlm"|"basic", "caFile": PEM, "parallel": P,
   "hosts": [{"name": N, "url": "https://127.0.0.1:PORT/wsman"}, ...],
   "commands": [{"name": "facts", "program": "powershell.exe", "arguments": [...], "stdinBase64": B64}, ...]}

Each host, P at a time on a thread pool: one pywinrm Protocol (one requests session: one kept TLS connection,
NTLM once), then per command the requests Patchwright's WinRmShell sends: Create (WINRS_NOPROFILE,
WINRS_CODEPAGE 65001), Command, Send (stdin, End="true"), Receive until Done (w:TimedOut asked again), Delete;
stdout is parsed with json.loads inside the timed window. pywinrm 0.3 has no stdin call, so Send is built with
its own SOAP header helper, as pywinrm 0.4's send_command_input does.

OUT.json: {"wallSeconds", "cpuSeconds" (user+sys of this process in the window), "peakRssMiB" (ru_maxrss),
"ok", "failures", "firstError", "outputs": {host: {command: stdout text}}} (outputs written after the timing,
for pw_bench_winrm to check with Patchwright's parsers).

Like tests/support/winrm/pywinrm_parity.py it re-runs itself under /usr/bin/python3 with an OpenSSL
configuration that loads the legacy provider: python3-ntlm-auth hashes with hashlib.new('md4').
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'support', 'winrm'))
from pywinrm_runtime import reexec_under_system_python  # noqa: E402

# Debian's pywinrm under /usr/bin/python3 with OpenSSL's legacy provider (see pywinrm_runtime).
reexec_under_system_python('PW_BENCH_WINRM_PEER_CHILD', 'pw-bench-winrm-peer-')

import argparse  # noqa: E402
import base64  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402

import xmltodict  # noqa: E402  (python3-xmltodict, a dependency of python3-winrm)
from winrm.protocol import Protocol  # noqa: E402  (python3-winrm)

SHELL_URI = 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd'
SEND_ACTION = 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Send'


def send_input(protocol, shell_id, command_id, data):
    """One Send of all of stdin with End="true" (the scan scripts are a few KiB, far below MaxEnvelopeSize)."""
    req = {'env:Envelope': protocol._get_soap_header(resource_uri=SHELL_URI, action=SEND_ACTION,
                                                     shell_id=shell_id)}
    stream = req['env:Envelope'].setdefault('env:Body', {}).setdefault('rsp:Send', {}).setdefault(
        'rsp:Stream', {})
    stream['@Name'] = 'stdin'
    stream['@CommandId'] = command_id
    stream['@End'] = 'true'
    stream['#text'] = base64.b64encode(data).decode('ascii')
    protocol.send_message(xmltodict.unparse(req))


def scan_host(host, plan, password, commands):
    options = dict(transport=plan['auth'], username=plan['user'], password=password,
                   server_cert_validation='validate', ca_trust_path=plan['caFile'],
                   operation_timeout_sec=20, read_timeout_sec=30)
    protocol = Protocol(host['url'], **options)
    outputs = {}
    for command in commands:
        shell_id = protocol.open_shell(noprofile=True, codepage=65001)
        try:
            command_id = protocol.run_command(shell_id, command['program'], command['arguments'])
            send_input(protocol, shell_id, command_id, command['stdin'])
            stdout, stderr, code = protocol.get_command_output(shell_id, command_id)
        finally:
            protocol.close_shell(shell_id)
        if code != 0:
            raise RuntimeError('%s exited %d: %s' % (command['name'], code, stderr[:300].decode('utf-8', 'replace')))
        text = stdout.decode('utf-8')
        json.loads(text)  # what a client does with the answer, inside the timed window
        outputs[command['name']] = text
    return outputs


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--plan', required=True)
    p.add_argument('--out', required=True)
    args = p.parse_args()
    password = os.environ['PW_BENCH_WINRM_PASSWORD']
    with open(args.plan, encoding='utf-8') as f:
        plan = json.load(f)
    commands = [dict(c, stdin=base64.b64decode(c['stdinBase64'])) for c in plan['commands']]

    def one(host):
        try:
            return host['name'], scan_host(host, plan, password, commands), None
        except Exception as e:  # a failed host is counted, the others go on
            return host['name'], None, '%s: %s: %s' % (host['name'], type(e).__name__, str(e)[:300])

    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=plan['parallel']) as pool:
        results = list(pool.map(one, plan['hosts']))
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_SELF)

    errors = [error for _, _, error in results if error]
    report = {
        'wallSeconds': wall,
        'cpuSeconds': (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        'peakRssMiB': after.ru_maxrss / 1024.0,
        'ok': len(results) - len(errors),
        'failures': len(errors),
        'outputs': {name: outputs for name, outputs, _ in results if outputs is not None},
    }
    if errors:
        report['firstError'] = errors[0]
    with open(args.out, 'w', encoding='utf-8') as f:
        json.dump(report, f)
    return 0


if __name__ == '__main__':
    sys.exit(main())
