#!/usr/bin/env python3
"""Keeps the WinRM double honest (ctest winrm_double). See README.md beside this file.

1. Debian's pywinrm (python3-winrm) runs commands against the double: Basic over HTTPS, NTLM over HTTP with
   message encryption (sealing) and NTLM over HTTPS; outputs and exit codes must equal the scenario's.
2. The double's responses have the same XML tree (namespace, name, attribute names; IDs and text masked) as real
   Windows responses in tests/fixtures/winrm/pypsrp-recordings; every recording replays through --replay, and a
   request with one element altered is refused.
3. Hostile cases seen from a raw http.client: 401, 500, dropped connection, endless streams.
Exits non-zero on the first failed expectation.
"""

import os
import sys

from pywinrm_runtime import reexec_under_system_python  # noqa: E402

# Debian's pywinrm under /usr/bin/python3 with OpenSSL's legacy provider (see pywinrm_runtime).
reexec_under_system_python('WINRM_CHECK_CHILD', 'winrm-check-', lambda tmp: {'WINRM_CHECK_TMP': tmp})

import base64  # noqa: E402
import glob  # noqa: E402
import http.client  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import ssl  # noqa: E402
import subprocess  # noqa: E402
import uuid  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

try:
    import winrm  # noqa: E402  (python3-winrm)
    import winrm.exceptions  # noqa: E402
    import requests_ntlm  # noqa: E402,F401  (python3-requests-ntlm: pywinrm's NTLM)
    import yaml  # noqa: E402  (python3-yaml)
except ImportError as e:
    sys.exit('%s under %s: install python3-winrm, python3-requests-ntlm and python3-yaml '
             '(packaging/install-deps.sh --tests)' % (e, sys.executable))

HERE = os.path.dirname(os.path.abspath(__file__))
DOUBLE = os.path.join(HERE, 'winrm_double.py')
RECORDINGS = os.path.normpath(os.path.join(HERE, '..', '..', 'fixtures', 'winrm', 'pypsrp-recordings'))
TMP = os.environ['WINRM_CHECK_TMP']
USER, PASSWORD = 'vagrant', 'Pässw0rd!'
FAILURES = []
CHECKS = [0]


def check(cond, what):
    CHECKS[0] += 1
    if not cond:
        FAILURES.append(what)
        print('FAIL: ' + what, flush=True)
    return cond


def fatal_if_failed():
    if FAILURES:
        print('%d of %d checks failed' % (len(FAILURES), CHECKS[0]))
        sys.exit(1)


# ---------------------------------------------------------------------------------------------------------------
# The scenario every pywinrm and raw check runs against.
BIG = ('0123456789abcdef' * 64 + '\r\n').encode('ascii') * 1024  # 1026 KiB, > 1 MiB
UNICODE = 'héllo wörld ✓ Ελληνικά 日本語 😀 𝄞\r\n'
SCENARIO = {
    'machine': 'WIN-DOUBLE',
    'commands': {
        'cmd.exe /c echo hi': {'stdout': 'hi\r\n', 'exit_code': 0},
        'cmd.exe /c chunked': {'stdout': ''.join('line %d\r\n' % i for i in range(40)),
                               'stderr': 'warning: something\r\n', 'exit_code': 0, 'chunks': 4},
        'cmd.exe /c fail': {'stdout': 'partial\r\n', 'stderr': 'boom: access denied\r\n', 'exit_code': 5},
        'cmd.exe /c unicode': {'stdout_b64': base64.b64encode(UNICODE.encode('utf-8')).decode()},
        'cmd.exe /c big': {'stdout_b64': base64.b64encode(BIG).decode(), 'exit_code': 0},
        'cmd.exe /c slow': {'stdout': 'late\r\n', 'exit_code': 0, 'timed_out_receives': 3},
        'cmd.exe /c quota': {'fault': 'quota'},
        'cmd.exe /c envelope': {'fault': 'envelope_size'},
        'cmd.exe /c e500': {'http_status': 500},
        'cmd.exe /c e401': {'http_status': 401},
        'cmd.exe /c drop': {'drop_connection': True},
        'cmd.exe /c endless': {'endless_stream': True},
        'cmd.exe /c endless-body': {'endless_stream': True, 'endless_body': True},
        'cmd.exe /c more': {'stdin_echo': True, 'exit_code': 0},
        'cmd.exe /c ver': {'stdout': 'Microsoft Windows [Version 10.0.17763.1]\r\n'},
        'cmd.exe /c shutdown /r': {'stdout': '', 'exit_code': 0, 'on_command': 'rebooted'},
        'ps:Get-HotFix | ConvertTo-Json': {'stdout': '[{"HotFixID":"KB5005112"}]\r\n', 'exit_code': 0},
        'ps:throw "nope"': {'stderr': 'nope\r\n', 'exit_code': 1, 'chunks': 2},
        'ps:"ü 😀"': {'stdout_b64': base64.b64encode('ü 😀\r\n'.encode('utf-8')).decode()},
    },
    'states': {
        'rebooted': {'commands': {
            'cmd.exe /c ver': {'stdout': 'Microsoft Windows [Version 10.0.17763.2]\r\n'},
        }},
    },
}


class Double:
    def __init__(self, *extra, tls=False, auth='any', scenario=True, user=True, scenario_file=None):
        self.log = os.path.join(TMP, 'double-%s.jsonl' % uuid.uuid4().hex[:8])
        cmd = [sys.executable, DOUBLE, '--port', '0', '--log', self.log, '--auth', auth]
        if scenario:
            cmd += ['--scenario', scenario_file or SCENARIO_FILE]
        if user:
            cmd += ['--user', USER, '--password', PASSWORD]
        if tls:
            cmd += ['--tls-cert', CERT, '--tls-key', KEY]
        env = dict(os.environ)
        env.pop('OPENSSL_CONF', None)   # the double must not need OpenSSL's legacy provider
        self.proc = subprocess.Popen(cmd + list(extra), stdout=subprocess.PIPE, env=env, text=True)
        line = self.proc.stdout.readline()
        m = re.match(r'LISTENING (\d+)$', line.strip())
        if not m:
            raise SystemExit('the double did not announce its port: %r' % line)
        self.port = int(m.group(1))
        self.url = '%s://127.0.0.1:%d/wsman' % ('https' if tls else 'http', self.port)
        self.tls = tls

    def events(self):
        with open(self.log, encoding='utf-8') as f:
            return [json.loads(line) for line in f if line.strip()]

    def conn(self, timeout=20):
        if self.tls:
            return http.client.HTTPSConnection('127.0.0.1', self.port, timeout=timeout,
                                               context=ssl._create_unverified_context())
        return http.client.HTTPConnection('127.0.0.1', self.port, timeout=timeout)

    def stop(self):
        self.proc.terminate()
        try:
            rc = self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = None
        check(rc == 0, 'the double exits 0 on SIGTERM (rc=%r)' % rc)


# ---------------------------------------------------------------------------------------------------------------
# 1. pywinrm against the double
def expect_output(r, entry, what, ps=False):
    out = base64.b64decode(entry['stdout_b64']) if 'stdout_b64' in entry else entry.get('stdout', '').encode()
    err = entry.get('stderr', '').encode()
    check(r.status_code == entry.get('exit_code', 0), '%s: exit code %r, scenario says %r'
          % (what, r.status_code, entry.get('exit_code', 0)))
    check(r.std_out == out, '%s: stdout %r..., scenario says %r...' % (what, r.std_out[:60], out[:60]))
    check(r.std_err == err, '%s: stderr %r, scenario says %r' % (what, r.std_err[:200], err[:200]))


def pywinrm_checks():
    configs = [
        ('basic over HTTPS', dict(tls=True, auth='basic'), dict(transport='basic')),
        ('NTLM over HTTP, sealed', dict(tls=False, auth='ntlm'), dict(transport='ntlm', message_encryption='auto')),
        ('NTLM over HTTPS', dict(tls=True, auth='any'), dict(transport='ntlm')),
    ]
    for name, dargs, sargs in configs:
        d = Double(**dargs)
        try:
            s = winrm.Session(d.url, auth=(USER, PASSWORD), server_cert_validation='validate',
                              ca_trust_path=CERT, operation_timeout_sec=20, read_timeout_sec=30, **sargs)
            for cmdline in ('cmd.exe /c echo hi', 'cmd.exe /c chunked', 'cmd.exe /c fail', 'cmd.exe /c unicode',
                            'cmd.exe /c big', 'cmd.exe /c slow'):
                exe, args = cmdline.split(' ', 1)
                r = s.run_cmd(exe, args.split(' '))
                expect_output(r, SCENARIO['commands'][cmdline], '%s: %s' % (name, cmdline))
            for script in ('Get-HotFix | ConvertTo-Json', '"ü 😀"'):
                r = s.run_ps(script)
                expect_output(r, SCENARIO['commands']['ps:' + script], '%s: run_ps %s' % (name, script))
            # pywinrm 0.3.0's run_ps crashes on any stderr under Python 3 (_clean_error_msg compares bytes with
            # str), so a failing script goes the way run_ps sends it, without that post-processing
            script = 'throw "nope"'
            r = s.run_cmd('powershell -encodedcommand ' + base64.b64encode(script.encode('utf-16-le')).decode())
            expect_output(r, SCENARIO['commands']['ps:' + script], '%s: powershell %s' % (name, script))
            # the host's state changes between commands (a reboot)
            check(s.run_cmd('cmd.exe', ['/c', 'ver']).std_out.endswith(b'17763.1]\r\n'), name + ': ver before')
            s.run_cmd('cmd.exe', ['/c', 'shutdown', '/r'])
            check(s.run_cmd('cmd.exe', ['/c', 'ver']).std_out.endswith(b'17763.2]\r\n'), name + ': ver after')
            # faults become pywinrm errors carrying the WSManFault code
            try:
                s.run_cmd('cmd.exe', ['/c', 'quota'])
                check(False, name + ': the quota fault raises')
            except winrm.exceptions.WinRMError as e:
                check('2150859173' in str(e) and 'maximum number of concurrent shells' in str(e),
                      name + ': quota fault text %s' % e)
            try:
                s.run_cmd('cmd.exe', ['/c', 'e500'])
                check(False, name + ': HTTP 500 raises')
            except winrm.exceptions.WinRMTransportError as e:
                check(e.code == 500, name + ': HTTP 500 becomes WinRMTransportError(500), got %s' % e)
            bad = winrm.Session(d.url, auth=(USER, 'wrong-password'), server_cert_validation='validate',
                                ca_trust_path=CERT, **sargs)
            try:
                bad.run_cmd('cmd.exe', ['/c', 'echo', 'hi'])
                check(False, name + ': a wrong password is refused')
            except winrm.exceptions.InvalidCredentialsError:
                check(True, '')
            ev = d.events()
            receives = [e for e in ev if e.get('action') == 'Receive']
            check(sum(1 for e in receives if e.get('fault') == 'timed_out') >= 3,
                  name + ': pywinrm retried through the w:TimedOut faults')
            check(max(e.get('receive', 0) for e in receives) >= 4, name + ': output came in several Receives')
            creates = [e for e in ev if e.get('action') == 'Create']
            check(all(e['options'].get('WINRS_CODEPAGE') == '437' for e in creates),
                  name + ': the log records the WINRS_CODEPAGE option pywinrm sends')
            if 'sealed' in name:
                soap = [e for e in ev if e.get('action') in ('Create', 'Command', 'Receive', 'Signal', 'Delete')]
                check(soap and all(e.get('encrypted') for e in soap),
                      name + ': every SOAP message was NTLM-sealed (multipart/encrypted)')
            if 'NTLM' in name:
                conns = {e['conn'] for e in ev if e.get('step') == 'authenticated'}
                soap_conns = {e['conn'] for e in ev if e.get('action') == 'Receive'}
                check(soap_conns and soap_conns <= conns, name + ': NTLM authenticated once per connection')
        except Exception as e:
            import traceback
            traceback.print_exc()
            check(False, '%s: pywinrm failed: %s' % (name, e))
        finally:
            d.stop()
    print('pywinrm: done', flush=True)


# ---------------------------------------------------------------------------------------------------------------
# 2. Faithfulness to the recordings


def shape(el):
    """(namespace, local name, attribute names, children) with runs of identical siblings collapsed."""
    ns, _, local = el.tag[1:].partition('}') if el.tag.startswith('{') else ('', '', el.tag)
    kids = []
    for c in el:
        s = shape(c)
        if not kids or kids[-1] != s:
            kids.append(s)
    return (ns, local, tuple(sorted(el.attrib)), tuple(kids))


def shape_diff(a, b, path=''):
    here = '%s/%s' % (path, a[1])
    if a[:3] != b[:3]:
        return '%s: double has %s, Windows has %s' % (path or '/', a[:3], b[:3])
    for x, y in zip(a[3], b[3]):
        d = shape_diff(x, y, here)
        if d:
            return d
    if len(a[3]) != len(b[3]):
        return '%s: double has children %s, Windows has %s' % (here, [k[1] for k in a[3]], [k[1] for k in b[3]])
    return None


def recording(name):
    with open(os.path.join(RECORDINGS, name), encoding='utf-8') as f:
        return yaml.safe_load(f)['messages']


def post(conn, body, headers=None):
    h = {'Content-Type': 'application/soap+xml;charset=UTF-8'}
    h.update(headers or {})
    conn.request('POST', '/wsman', body=body.encode('utf-8') if isinstance(body, str) else body, headers=h)
    r = conn.getresponse()
    return r.status, r.read().decode('utf-8', 'replace'), r


def retarget(request, shell_id=None, command_id=None):
    if shell_id:
        request = re.sub(r'(<wsman:Selector Name="ShellId">)[^<]*', r'\g<1>' + shell_id, request)
    if command_id:
        request = re.sub(r'CommandId="[^"]*"', 'CommandId="%s"' % command_id, request)
    return request


def compare(name, double_xml, windows_xml):
    a, b = shape(ET.fromstring(double_xml)), shape(ET.fromstring(windows_xml))
    d = shape_diff(a, b)
    check(d is None, 'faithfulness, %s: %s' % (name, d))
    return ET.fromstring(double_xml)


def same_fault_text(name, double_xml, windows_xml):
    """A fault's subcode, s:Reason, WSManFault Code and f:Message as Windows words them."""
    def texts(x):
        r = ET.fromstring(x)
        f = '{http://schemas.microsoft.com/wbem/wsman/1/wsmanfault}'
        s = '{http://www.w3.org/2003/05/soap-envelope}'
        w = r.find('.//%sWSManFault' % f)
        return (r.find('.//%sSubcode/%sValue' % (s, s)).text, r.find('.//%sReason/%sText' % (s, s)).text,
                w.get('Code'), ''.join(w.find('%sMessage' % f).itertext()))
    a, b = texts(double_xml), texts(windows_xml)
    check(a == b, '%s: fault text %s, Windows says %s' % (name, a, b))


def relates_to_ok(name, request, response):
    mid = re.search(r'<wsa:MessageID>([^<]*)', request).group(1)
    rel = re.search(r'<a:RelatesTo>([^<]*)', response)
    check(rel and rel.group(1) == mid, '%s: RelatesTo echoes the request MessageID' % name)


def faithfulness_checks():
    auth = {'Authorization': 'Basic ' + base64.b64encode(('%s:%s' % (USER, PASSWORD)).encode()).decode()}
    d = Double(tls=False, auth='basic')
    try:
        c = d.conn()
        # the standard exchange: Create, Command, Receive (Done), Signal, Delete, with the requests pypsrp sent
        std = recording('test_winrs_standard.yml')
        status, xml, _ = post(c, std[0]['request'], auth)
        check(status == 200, 'Create answered 200 (%s)' % status)
        root = compare('Create', xml, std[0]['response'])
        relates_to_ok('Create', std[0]['request'], xml)
        sid = root.find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}ShellId').text
        status, xml, _ = post(c, retarget(std[1]['request'], sid), auth)
        root = compare('Command', xml, std[1]['response'])
        cid = root.find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}CommandId').text
        status, xml, _ = post(c, retarget(std[2]['request'], sid, cid), auth)
        compare('Receive (Done)', xml, std[2]['response'])
        check(base64.b64decode(re.search(r'Name="stdout"[^>]*>([^<]+)<', xml).group(1)) == b'hi\r\n',
              'Receive carries the scenario stdout')
        # stdout + stderr + exit code 1 (test_winrs_stderr_rc) against the double's "fail" command
        rc = recording('test_winrs_stderr_rc.yml')
        cmd = std[1]['request'].replace('<rsp:Arguments>echo</rsp:Arguments><rsp:Arguments>hi</rsp:Arguments>',
                                        '<rsp:Arguments>fail</rsp:Arguments>')
        status, xml, _ = post(c, retarget(cmd, sid), auth)
        cid2 = ET.fromstring(xml).find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}CommandId').text
        status, xml, _ = post(c, retarget(std[2]['request'], sid, cid2), auth)
        compare('Receive (stdout, stderr, exit 1)', xml, rc[2]['response'])
        status, xml, _ = post(c, retarget(std[3]['request'], sid, cid), auth)
        compare('Signal', xml, std[3]['response'])
        # w:TimedOut (test_winrs_operation_timeout)
        to = recording('test_winrs_operation_timeout.yml')
        slow = std[1]['request'].replace('<rsp:Arguments>echo</rsp:Arguments><rsp:Arguments>hi</rsp:Arguments>',
                                         '<rsp:Arguments>slow</rsp:Arguments>')
        status, xml, _ = post(c, retarget(slow, sid), auth)
        cid3 = ET.fromstring(xml).find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}CommandId').text
        status, xml, _ = post(c, retarget(to[2]['request'], sid, cid3), auth)
        check(status == 500 and 'w:TimedOut' in xml and '2150858793' in xml, 'Receive answered w:TimedOut')
        compare('TimedOut fault', xml, to[3]['response'])
        same_fault_text('TimedOut fault', xml, to[3]['response'])
        status, xml, _ = post(c, retarget(std[4]['request'], sid), auth)
        compare('Delete', xml, std[4]['response'])
        status, xml, _ = post(c, retarget(std[4]['request'], sid), auth)
        check(status == 500 and 'w:InvalidSelectors' in xml, 'a deleted shell is gone (%s)' % status)
        # Send (test_winrs_send) and WINRS_NOPROFILE / WINRS_CODEPAGE on Create (test_winrs_noprofile)
        send = recording('test_winrs_send.yml')
        status, xml, _ = post(c, send[0]['request'], auth)
        sid = ET.fromstring(xml).find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}ShellId').text
        more = std[1]['request'].replace('<rsp:Arguments>echo</rsp:Arguments><rsp:Arguments>hi</rsp:Arguments>',
                                         '<rsp:Arguments>more</rsp:Arguments>')
        status, xml, _ = post(c, retarget(more, sid), auth)
        cid = ET.fromstring(xml).find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}CommandId').text
        status, xml, _ = post(c, retarget(send[2]['request'], sid, cid), auth)
        compare('Send', xml, send[2]['response'])
        status, xml, _ = post(c, retarget(send[3]['request'], sid, cid), auth)
        status, xml, _ = post(c, retarget(std[2]['request'], sid, cid), auth)
        sent = b''.join(base64.b64decode(m) for m in re.findall(r'Name="stdin">([^<]*)<', send[2]['request']
                                                                     + send[3]['request']))
        got = b''.join(base64.b64decode(m) for m in re.findall(r'Name="stdout"[^>]*>([^<]+)<', xml))
        check(got == sent and 'CommandState/Done' in xml, 'stdin_echo returns the stdin sent (%r)' % got[:80])
        # Get on the config resource (test_wsman_update_envelope_size_*)
        for size in (150, 500, 4096):
            env = recording('test_wsman_update_envelope_size_%d.yml' % size)
            status, xml, _ = post(c, env[0]['request'], auth)
            compare('Get config (envelope size %d)' % size, xml, env[0]['response'])
        # request validation: no MaxEnvelopeSize / a wrong Action / not SOAP 1.2
        for what, mutate in (
                ('no MaxEnvelopeSize', lambda r: re.sub(r'<wsman:MaxEnvelopeSize[^>]*>\d+</wsman:MaxEnvelopeSize>',
                                                        '', r)),
                ('unknown Action', lambda r: r.replace('windows/shell/Command<', 'windows/shell/Commandx<')),
                ('SOAP 1.1 envelope', lambda r: r.replace('http://www.w3.org/2003/05/soap-envelope',
                                                          'http://schemas.xmlsoap.org/soap/envelope/'))):
            status, xml, _ = post(c, mutate(retarget(std[1]['request'], sid)), auth)
            check(status == 500 and 'WSManFault' in xml, 'a request with %s is refused with a fault (%s)'
                  % (what, status))
    finally:
        d.stop()

    # the same against a double that, like the Windows host of the 192.168.56.15 recordings, puts p:ActivityId
    # in every header
    d = Double(tls=False, auth='basic', scenario_file=SCENARIO15_FILE)
    try:
        c = d.conn()
        uni = recording('test_winrs_unicode.yml')
        status, xml, _ = post(c, uni[0]['request'], auth)
        root = compare('Create (ActivityId flavour)', xml, uni[0]['response'])
        sid = root.find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}ShellId').text
        status, xml, _ = post(c, retarget(std[1]['request'], sid), auth)
        root = compare('Command (ActivityId flavour)', xml, uni[1]['response'])
        cid = root.find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}CommandId').text
        status, xml, _ = post(c, retarget(std[2]['request'], sid, cid), auth)
        compare('Receive (ActivityId flavour)', xml, uni[2]['response'])
        # a bad CommandId: w:InvalidSelectors as in test_winrs_bad_cmd_id
        bad = recording('test_winrs_bad_cmd_id.yml')
        status, xml, _ = post(c, retarget(std[2]['request'], sid, str(uuid.uuid4()).upper()), auth)
        check(status == 500, 'bad CommandId answered 500 (%s)' % status)
        compare('bad CommandId fault', xml, bad[2]['response'])
        same_fault_text('bad CommandId fault', xml, bad[2]['response'])
        check('2150858843' in xml, 'bad CommandId: WSManFault Code 2150858843')
        # a dead ShellId gets the same fault shape
        status, xml, _ = post(c, retarget(std[1]['request'], str(uuid.uuid4()).upper()), auth)
        check(status == 500, 'unknown ShellId answered 500 (%s)' % status)
        compare('unknown ShellId fault', xml, bad[2]['response'])
        status, xml, _ = post(c, retarget(std[3]['request'], sid, cid), auth)
        compare('Signal (ActivityId flavour)', xml, uni[3]['response'])
        nop = recording('test_winrs_noprofile.yml')
        req = nop[0]['request'].replace('</wsman:OptionSet>',
                                        '<wsman:Option Name="WINRS_CODEPAGE">65001</wsman:Option></wsman:OptionSet>')
        status, xml, _ = post(c, req, auth)
        compare('Create with WINRS_NOPROFILE', xml, nop[0]['response'])
        create = [e for e in d.events() if e.get('action') == 'Create'][-1]
        check(create['options'] == {'WINRS_NOPROFILE': 'TRUE', 'WINRS_CODEPAGE': '65001'},
              'the log records WINRS_NOPROFILE and WINRS_CODEPAGE (%s)' % create.get('options'))
        # envelope-size and quota faults: no real capture exists in the recordings, so their shape is checked
        # against Windows' fault envelope (header + Code/Subcode/Reason/Detail/FaultDetail/WSManFault/Message)
        big = std[1]['request'].replace('<rsp:Arguments>hi</rsp:Arguments>',
                                        '<rsp:Arguments>%s</rsp:Arguments>' % ('x' * (151 * 1024)))
        status, xml, _ = post(c, retarget(big, sid), auth)
        check(status == 413 and xml == '', 'a request beyond MaxEnvelopeSizekb gets a bare 413 (%s)' % status)
        envf = std[1]['request'].replace('<rsp:Arguments>echo</rsp:Arguments><rsp:Arguments>hi</rsp:Arguments>',
                                         '<rsp:Arguments>envelope</rsp:Arguments>')
        status, xml, _ = post(c, retarget(envf, sid), auth)
        check(status == 500 and 'w:EncodingLimit' in xml and 'Code="2150859025"' in xml,
              'the scenario envelope-size fault (%s)' % status)
        compare('envelope-size fault (scenario)', xml, bad[2]['response'])
        status, xml, _ = post(c, retarget(std[4]['request'], sid), auth)
        compare('Delete (ActivityId flavour)', xml, uni[4]['response'])
    finally:
        d.stop()

    # --replay: every recording's requests are accepted, in order, with the recorded responses
    for path in sorted(glob.glob(os.path.join(RECORDINGS, 'test_*.yml'))):
        name = os.path.basename(path)
        msgs = recording(name)
        d = Double('--replay', path, scenario=False, user=False)
        try:
            c = d.conn()
            for i, m in enumerate(msgs):
                status, xml, _ = post(c, m['request'])
                want = int((m.get('transport_error') or {}).get('code', 200))
                check(status == want, 'replay %s #%d: status %d, recorded %d: %s' % (name, i + 1, status, want,
                                                                                    xml[:300]))
                strip = lambda x: re.sub(r'<a:RelatesTo>[^<]*</a:RelatesTo>', '', x or '')  # noqa: E731
                check(strip(xml) == strip(m['response']), 'replay %s #%d: the recorded response' % (name, i + 1))
                relates_to_ok('replay %s #%d' % (name, i + 1), m['request'], xml)
        finally:
            d.stop()
        # one element altered: refused with HTTP 500 naming the difference
        for what, mutate, needle in (
                ('MaxEnvelopeSize', lambda r: re.sub(r'(MaxEnvelopeSize[^>]*>)\d+', r'\g<1>153601', r, 1),
                 'MaxEnvelopeSize'),
                ('ResourceURI', lambda r: re.sub(r'(ResourceURI[^>]*>)[^<]+', r'\g<1>http://example/x', r, 1),
                 'ResourceURI')):
            d = Double('--replay', path, scenario=False, user=False)
            try:
                status, xml, _ = post(d.conn(), mutate(msgs[0]['request']))
                check(status == 500 and needle in xml, 'replay %s: altered %s refused (%s %s)'
                      % (name, what, status, xml[:200]))
                ev = [e for e in d.events() if e.get('error')]
                check(ev and needle in ev[-1]['error'], 'replay %s: the mismatch is logged' % name)
            finally:
                d.stop()
    print('faithfulness and replay: done', flush=True)


# ---------------------------------------------------------------------------------------------------------------
# 3. Hostile cases from a raw client
def hostile_checks():
    std = recording('test_winrs_standard.yml')
    auth = {'Authorization': 'Basic ' + base64.b64encode(('%s:%s' % (USER, PASSWORD)).encode()).decode()}
    d = Double(tls=True, auth='basic')
    try:
        c = d.conn()
        status, body, r = post(c, std[0]['request'])
        offered = r.msg.get_all('WWW-Authenticate') or []
        check(status == 401 and 'Negotiate' in offered and 'Basic realm="WSMAN"' in offered,
              '401 without credentials offers Negotiate and Basic realm="WSMAN" (%s %s)' % (status, offered))
        status, body, r = post(c, std[0]['request'], {'Authorization': 'Basic ' + base64.b64encode(
            b'vagrant:nope').decode()})
        check(status == 401, 'a wrong Basic password gets 401 (%s)' % status)

        def command(word):
            status, xml, _ = post(c, std[0]['request'], auth)
            sid = ET.fromstring(xml).find('.//{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}ShellId').text
            req = std[1]['request'].replace(
                '<rsp:Arguments>echo</rsp:Arguments><rsp:Arguments>hi</rsp:Arguments>',
                '<rsp:Arguments>%s</rsp:Arguments>' % word)
            status, xml, _ = post(c, retarget(req, sid), auth)
            if status != 200:
                return sid, None, status
            return sid, ET.fromstring(xml).find(
                './/{http://schemas.microsoft.com/wbem/wsman/1/windows/shell}CommandId').text, status
        sid, cid, status = command('e500')
        check(status == 500, 'http_status 500 answers HTTP 500 (%s)' % status)
        sid, cid, status = command('e401')
        check(status == 401, 'http_status 401 answers HTTP 401 (%s)' % status)
        sid, cid, status = command('quota')
        check(status == 500, 'the quota fault answers HTTP 500 (%s)' % status)
        sid, cid, _ = command('drop')
        try:
            status, xml, _ = post(c, retarget(std[2]['request'], sid, cid), auth)
            check(False, 'a dropped connection is seen by the client (got %s)' % status)
        except (http.client.HTTPException, ConnectionError, OSError) as e:
            check(True, '%s' % e)
        # endless stream: Receive after Receive, Running, never Done; the client stops after 2 MiB
        c = d.conn()
        sid, cid, _ = command('endless')
        total, rounds, done = 0, 0, False
        while total < 2 * 1024 * 1024 and rounds < 200:
            status, xml, _ = post(c, retarget(std[2]['request'], sid, cid), auth)
            rounds += 1
            done = done or 'CommandState/Done' in xml
            total += sum(len(base64.b64decode(m)) for m in re.findall(r'Name="stdout"[^>]*>([^<]+)<', xml))
        check(total >= 2 * 1024 * 1024 and not done, 'endless stream: %d bytes in %d Receives, never Done'
              % (total, rounds))
        c.close()
        # endless body: one HTTP response that never ends; read 1 MiB and close
        c = d.conn()
        sid, cid, _ = command('endless-body')
        c.request('POST', '/wsman', body=retarget(std[2]['request'], sid, cid).encode(),
                  headers=dict(auth, **{'Content-Type': 'application/soap+xml;charset=UTF-8'}))
        r = c.getresponse()
        got = 0
        while got < 1024 * 1024:
            chunk = r.read(65536)
            if not chunk:
                break
            got += len(chunk)
        check(got >= 1024 * 1024, 'endless body: read %d bytes, the server kept sending' % got)
        c.close()
        # a body that is not application/soap+xml
        status, _, _ = post(d.conn(), std[0]['request'], dict(auth, **{'Content-Type': 'text/xml'}))
        check(status == 415, 'a text/xml body gets 415 (%s)' % status)
        # and the double still serves
        status, xml, _ = post(d.conn(), std[0]['request'], auth)
        check(status == 200, 'the double still answers after the hostile cases (%s)' % status)
    finally:
        d.stop()
    # MaxShellsPerUser: the second concurrent shell gets the w:QuotaLimit fault
    d = Double(tls=False, auth='basic', scenario_file=QUOTA_FILE)
    try:
        c = d.conn()
        first, _, _ = post(c, std[0]['request'], auth)
        status, xml, _ = post(c, std[0]['request'], auth)
        check(first == 200 and status == 500 and 'w:QuotaLimit' in xml and 'Code="2150859173"' in xml,
              'max_shells 1: the second shell gets w:QuotaLimit (%s, %s)' % (first, status))
    finally:
        d.stop()
    # the documented example scenario loads and answers (README.md)
    d = Double(tls=False, auth='basic', scenario_file=os.path.join(HERE, 'scenarios', 'example.json'))
    try:
        s = winrm.Session(d.url, auth=(USER, PASSWORD), transport='basic')
        r = s.run_cmd('cmd.exe', ['/c', 'hostname'])
        check(r.std_out == b'WIN-EXAMPLE\r\n' and r.status_code == 0, 'example scenario: hostname (%r)' % r.std_out)
        r = s.run_cmd('cmd.exe', ['/c', 'nothing-known'])
        check(r.status_code == 9009 and r.std_err == b'unexpected command\r\n', 'example scenario: default entry')
        ps = '(Get-CimInstance Win32_OperatingSystem).LastBootUpTime'
        check(s.run_ps(ps).std_out.startswith(b'2026-12-01'), 'example scenario: boot time before the reboot')
        s.run_ps('Restart-Computer -Force')
        check(s.run_ps(ps).std_out.startswith(b'2026-12-05'), 'example scenario: boot time after the reboot')
    finally:
        d.stop()
    print('hostile: done', flush=True)


def make_cert():
    subprocess.run(['openssl', 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
                    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
                    '-keyout', KEY, '-out', CERT], check=True, capture_output=True)


if __name__ == '__main__':
    CERT, KEY = os.path.join(TMP, 'cert.pem'), os.path.join(TMP, 'key.pem')
    SCENARIO_FILE = os.path.join(TMP, 'scenario.json')
    SCENARIO15_FILE = os.path.join(TMP, 'scenario-activityid.json')
    try:
        with open(SCENARIO_FILE, 'w', encoding='utf-8') as f:
            json.dump(SCENARIO, f)
        QUOTA_FILE = os.path.join(TMP, 'scenario-quota.json')
        with open(QUOTA_FILE, 'w', encoding='utf-8') as f:
            json.dump(dict(SCENARIO, max_shells=1), f)
        with open(SCENARIO15_FILE, 'w', encoding='utf-8') as f:
            json.dump(dict(SCENARIO, activity_id=True), f)
        make_cert()
        only = sys.argv[1:] or ['pywinrm', 'faithfulness', 'hostile']
        for part, run in (('faithfulness', faithfulness_checks), ('hostile', hostile_checks),
                          ('pywinrm', pywinrm_checks)):
            if part in only:
                try:
                    run()
                except Exception:
                    import traceback
                    traceback.print_exc()
                    check(False, '%s: an unexpected exception (above)' % part)
        fatal_if_failed()
        print('all %d checks passed' % CHECKS[0])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
