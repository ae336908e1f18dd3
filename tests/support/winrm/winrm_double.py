#!/usr/bin/env python3
"""A WinRM (WS-Management shell) server double for Patchwright's tests. See README.md beside this file.

python3 winrm_double.py --port 0 --scenario FILE.json [--tls-cert C --tls-key K] [--auth basic|ntlm|any]
                        [--user U --password P] [--log FILE] [--replay FILE.yml]
Prints "LISTENING <port>" once ready; logs one JSON line per request; exits on SIGTERM.
Standard library only (the --replay mode also needs python3-yaml to read the recordings).
"""

import argparse
import base64
import http.server
import json
import os
import re
import signal
import socket
import socketserver
import ssl
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ntlm_server  # noqa: E402

NS = {
    's': 'http://www.w3.org/2003/05/soap-envelope',
    'wsa': 'http://schemas.xmlsoap.org/ws/2004/08/addressing',
    'wsman': 'http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd',
    'wsmv': 'http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd',
    'rsp': 'http://schemas.microsoft.com/wbem/wsman/1/windows/shell',
}
XFER = 'http://schemas.xmlsoap.org/ws/2004/09/transfer'
SHELL = NS['rsp']
ACTIONS = {
    XFER + '/Create': 'Create', XFER + '/Delete': 'Delete', XFER + '/Get': 'Get',
    SHELL + '/Command': 'Command', SHELL + '/Send': 'Send', SHELL + '/Receive': 'Receive',
    SHELL + '/Signal': 'Signal',
}
ANON = 'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous'
STATE_DONE = SHELL + '/CommandState/Done'
STATE_RUNNING = SHELL + '/CommandState/Running'
ENC_PROTOCOL = 'application/HTTP-SPNEGO-session-encrypted'
BOUNDARY = b'--Encrypted Boundary'

# The namespace prefixes Windows (WinRM 3.0, Server 2012 R2 to 2022) puts on its responses.
ENV_OPEN = ('<s:Envelope xml:lang="en-US" xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
            'xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
            'xmlns:x="http://schemas.xmlsoap.org/ws/2004/09/transfer" '
            'xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" '
            'xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell" '
            'xmlns:p="http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd">')
FAULT_ENV_OPEN = ('<s:Envelope xml:lang="en-US" xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
                  'xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
                  'xmlns:x="http://schemas.xmlsoap.org/ws/2004/09/transfer" '
                  'xmlns:e="http://schemas.xmlsoap.org/ws/2004/08/eventing" '
                  'xmlns:n="http://schemas.xmlsoap.org/ws/2004/09/enumeration" '
                  'xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" '
                  'xmlns:p="http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd">')

# Faults as Windows words them. timed_out, invalid_selectors, invalid_parameter and not_found are copied from the
# pypsrp recordings (test_winrs_operation_timeout, test_winrs_bad_cmd_id, test_winrs_fail_poll_process,
# test_winrs_no_cmd_shell); quota is the w:QuotaLimit fault of MaxShellsPerUser as published with Windows
# captures; envelope_size has no real capture here (see README).
FAULTS = {
    'timed_out': ('s:Receiver', 'w:TimedOut', None, '2150858793',
                  'The WS-Management service cannot complete the operation within the time specified in '
                  'OperationTimeout.  ', None),
    'invalid_selectors': ('s:Sender', 'w:InvalidSelectors',
                          'http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/UnexpectedSelectors',
                          '2150858843',
                          'The WS-Management service cannot process the request because the request contained '
                          'invalid selectors for the resource. ',
                          'The Windows Remote Shell received a request to perform an operation on a command '
                          'identifier that does not exist. Either the command has completed execution or the '
                          'client specified an invalid command identifier. '),
    'invalid_shell': ('s:Sender', 'w:InvalidSelectors',
                      'http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/UnexpectedSelectors',
                      '2150858843',
                      'The WS-Management service cannot process the request because the request contained '
                      'invalid selectors for the resource. ',
                      'The request for the Windows Remote Shell with ShellId {id} failed because the shell was '
                      'not found on the server. Possible causes are: the specified ShellId is incorrect or the '
                      'shell no longer exists on the server. Provide the correct ShellId or create a new shell '
                      'and retry the operation. '),
    'quota': ('s:Sender', 'w:QuotaLimit', None, '2150859173',
              'The WS-Management service cannot process the request. The maximum number of concurrent shells for '
              'this user has been exceeded. Close existing shells or raise the quota for this user. ', None),
    # 2150859025 = 0x80338111, the HRESULT Windows reports for "the request size exceeded the configured
    # MaxEnvelopeSize quota"; subcode, detail URI and wording follow DSP0226's EncodingLimit fault (no capture here)
    'envelope_size': ('s:Sender', 'w:EncodingLimit',
                      'http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/MaxEnvelopeSize', '2150859025',
                      'The WS-Management service cannot process the request because the request size exceeded '
                      'the configured MaxEnvelopeSize quota. ', None),
    'invalid_parameter': ('s:Sender', 'w:InvalidParameter',
                          'http://schemas.dmtf.org/wbem/wsman/1/wsman/faultDetail/InvalidValue', '87',
                          'The parameter is incorrect. ', None),
    'not_found': ('s:Receiver', 'w:InternalError', None, '2147942402',
                  'The system cannot find the file specified. ', None),
    'access_denied': ('s:Sender', 'w:AccessDenied', None, '5', 'Access is denied. ', None),
    'action_not_supported': ('s:Sender', 'a:ActionNotSupported', None, '2150858771',
                             'The WS-Management service cannot process the request because the action is not '
                             'supported. ', None),
    'schema_validation': ('s:Sender', 'w:SchemaValidationError', None, '2150858817',
                          'The SOAP XML in the message does not match the corresponding XML schema definition. '
                          'Change the XML and retry. ', None),
}


def esc(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;'))


def new_id():
    return str(uuid.uuid4()).upper()


# Some Windows builds put a p:ActivityId (ETW activity) in every response header, others never do (see the
# recordings from 192.168.56.15 and 192.168.56.11); the scenario's "activity_id" picks one.
ACTIVITY_ID = [False]


def header(action, relates_to):
    act = '<p:ActivityId>%s</p:ActivityId>' % new_id() if ACTIVITY_ID[0] else ''
    return ('<s:Header><a:Action>%s</a:Action><a:MessageID>uuid:%s</a:MessageID>%s<a:To>%s</a:To>'
            '<a:RelatesTo>%s</a:RelatesTo></s:Header>' % (action, new_id(), act, ANON, esc(relates_to)))


def fault_xml(name, relates_to, machine, fmt=None):
    code, sub, detail, wcode, reason, message = FAULTS[name][:6]
    fmt = fmt or {}
    det = '<w:FaultDetail>%s</w:FaultDetail>' % detail if detail else ''
    msg = (message or reason).format(**fmt)
    return (FAULT_ENV_OPEN + header('http://schemas.dmtf.org/wbem/wsman/1/wsman/fault', relates_to)
            + '<s:Body><s:Fault><s:Code><s:Value>%s</s:Value><s:Subcode><s:Value>%s</s:Value></s:Subcode></s:Code>'
            '<s:Reason><s:Text xml:lang="en-US">%s</s:Text></s:Reason><s:Detail>%s'
            '<f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="%s" Machine="%s">'
            '<f:Message>%s</f:Message></f:WSManFault></s:Detail></s:Fault></s:Body></s:Envelope>'
            % (code, sub, esc(reason.format(**fmt)), det, wcode, esc(machine), esc(msg)))


# The body of a Windows Server 2016 answer to Get on .../wsman/1/config (pypsrp recording
# test_wsman_update_envelope_size_150.yml); %d is the host's MaxEnvelopeSizekb.
CONFIG_BODY = ('<cfg:Config xmlns:cfg="http://schemas.microsoft.com/wbem/wsman/1/config"><cfg:MaxEnvelopeSizekb>%d</'
               'cfg:MaxEnvelopeSizekb><cfg:MaxTimeoutms>60000</cfg:MaxTimeoutms><cfg:MaxBatchItems>32000</cfg:MaxBat'
               'chItems><cfg:MaxProviderRequests>4294967295</cfg:MaxProviderRequests><cfg:Client><cfg:NetworkDelayms'
               '>5000</cfg:NetworkDelayms><cfg:URLPrefix>wsman</cfg:URLPrefix><cfg:AllowUnencrypted>false</cfg:Allow'
               'Unencrypted><cfg:Auth><cfg:Basic>true</cfg:Basic><cfg:Digest>true</cfg:Digest><cfg:Kerberos>true</cf'
               'g:Kerberos><cfg:Negotiate>true</cfg:Negotiate><cfg:Certificate>true</cfg:Certificate><cfg:CredSSP>fa'
               'lse</cfg:CredSSP></cfg:Auth><cfg:DefaultPorts><cfg:HTTP>5985</cfg:HTTP><cfg:HTTPS>5986</cfg:HTTPS></'
               'cfg:DefaultPorts><cfg:TrustedHosts></cfg:TrustedHosts></cfg:Client><cfg:Service><cfg:RootSDDL>O:NSG:'
               'BAD:P(A;;GA;;;BA)(A;;GR;;;IU)S:P(AU;FA;GA;;;WD)(AU;SA;GXGW;;;WD)</cfg:RootSDDL><cfg:MaxConcurrentOpe'
               'rations>4294967295</cfg:MaxConcurrentOperations><cfg:MaxConcurrentOperationsPerUser>1500</cfg:MaxCon'
               'currentOperationsPerUser><cfg:EnumerationTimeoutms>240000</cfg:EnumerationTimeoutms><cfg:MaxConnecti'
               'ons>300</cfg:MaxConnections><cfg:MaxPacketRetrievalTimeSeconds>120</cfg:MaxPacketRetrievalTimeSecond'
               's><cfg:AllowUnencrypted>false</cfg:AllowUnencrypted><cfg:Auth><cfg:Basic>true</cfg:Basic><cfg:Kerber'
               'os>true</cfg:Kerberos><cfg:Negotiate>true</cfg:Negotiate><cfg:Certificate>false</cfg:Certificate><cf'
               'g:CredSSP>true</cfg:CredSSP><cfg:CbtHardeningLevel>Relaxed</cfg:CbtHardeningLevel></cfg:Auth><cfg:De'
               'faultPorts><cfg:HTTP>5985</cfg:HTTP><cfg:HTTPS>5986</cfg:HTTPS></cfg:DefaultPorts><cfg:IPv4Filter>*<'
               '/cfg:IPv4Filter><cfg:IPv6Filter>*</cfg:IPv6Filter><cfg:EnableCompatibilityHttpListener>false</cfg:En'
               'ableCompatibilityHttpListener><cfg:EnableCompatibilityHttpsListener>false</cfg:EnableCompatibilityHt'
               'tpsListener><cfg:CertificateThumbprint></cfg:CertificateThumbprint><cfg:AllowRemoteAccess>true</cfg:'
               'AllowRemoteAccess></cfg:Service><cfg:Winrs><cfg:AllowRemoteShellAccess>true</cfg:AllowRemoteShellAcc'
               'ess><cfg:IdleTimeout>7200000</cfg:IdleTimeout><cfg:MaxConcurrentUsers>2147483647</cfg:MaxConcurrentU'
               'sers><cfg:MaxShellRunTime>2147483647</cfg:MaxShellRunTime><cfg:MaxProcessesPerShell>2147483647</cfg:'
               'MaxProcessesPerShell><cfg:MaxMemoryPerShellMB>2147483647</cfg:MaxMemoryPerShellMB><cfg:MaxShellsPerU'
               'ser>2147483647</cfg:MaxShellsPerUser></cfg:Winrs></cfg:Config>')


class Fault(Exception):
    def __init__(self, name, fmt=None):
        super().__init__(name)
        self.name, self.fmt = name, fmt


class Scenario:
    """The host's behaviour, from the scenario JSON (format in README.md)."""

    def __init__(self, path):
        data = {}
        if path:
            with open(path, encoding='utf-8') as f:
                data = json.load(f)
        self.data = data
        self.state = data.get('initial_state', 'initial')
        self.lock = threading.Lock()

    def get(self, key, default=None):
        return self.data.get(key, default)

    def lookup(self, cmdline, ps_script):
        with self.lock:
            state = self.state
        tables = []
        if state != 'initial':
            tables.append(self.data.get('states', {}).get(state, {}).get('commands', {}))
        tables.append(self.data.get('commands', {}))
        for table in tables:
            if ps_script is not None and ('ps:' + ps_script) in table:
                return table['ps:' + ps_script]
            if cmdline in table:
                return table[cmdline]
        for table in tables:
            if 'default' in table:
                return table['default']
        first = cmdline.split(' ')[0]
        return {'stderr': "'%s' is not recognized as an internal or external command,\r\noperable program or "
                          "batch file.\r\n" % first, 'exit_code': 1}

    def switch(self, state):
        with self.lock:
            self.state = state

    def lookup_script(self, name):
        """The entry for `script:NAME` in the current state, then at the top level (None: no such entry)."""
        with self.lock:
            state = self.state
        tables = []
        if state != 'initial':
            tables.append(self.data.get('states', {}).get(state, {}).get('commands', {}))
        tables.append(self.data.get('commands', {}))
        for table in tables:
            if 'script:' + name in table:
                return table['script:' + name]
        return None


def input_matches(expected, value, scripts_dir):
    """Every key of `expected` is in `value` with an equal value; a string "@script:NAME" stands for the
    text of that file in --scripts-dir (a job script passed as data)."""
    if not isinstance(value, dict):
        return False
    for key, want in expected.items():
        if key not in value:
            return False
        if isinstance(want, str) and want.startswith('@script:'):
            path = os.path.join(scripts_dir or '.', want[len('@script:'):] + '.ps1')
            with open(path, encoding='utf-8-sig') as f:
                want = f.read()
        if value[key] != want:
            return False
    return True


def script_entry(scenario, scripts_dir, stdin, log):
    """A `stdin_script` command: the program read a JSON document {"script": TEXT, "input": VALUE} from stdin
    (Patchwright's PowerShell starter). The script must be, byte for byte, one of the files in --scripts-dir
    (the repository's own scripts): its file name, without extension, picks `script:NAME` in the scenario.
    The entry's `expect_input` (optional) must match the input (input_matches), else the command fails as a
    host would refuse it. Anything else is answered with exit code 1 and a message on stderr, and logged."""
    def refused(message):
        log['script_error'] = message
        return {'stderr': message + '\r\n', 'exit_code': 1}
    try:
        document = json.loads(stdin.decode('utf-8'))
    except (UnicodeDecodeError, ValueError) as e:
        return refused('stdin is not a UTF-8 JSON document: %s' % e)
    if not isinstance(document, dict) or not isinstance(document.get('script'), str) or 'input' not in document:
        return refused('stdin has no "script" text and "input" value')
    name = None
    for file_name in sorted(os.listdir(scripts_dir or '.')) if scripts_dir else []:
        with open(os.path.join(scripts_dir, file_name), encoding='utf-8-sig') as f:
            if f.read() == document['script']:
                name = os.path.splitext(file_name)[0]
                break
    if name is None:
        return refused('the script is none of the files in --scripts-dir')
    log['script'] = name
    log['input'] = document['input']
    entry = scenario.lookup_script(name)
    if entry is None:
        return refused('the scenario has no "script:%s" entry' % name)
    if 'expect_input' in entry and not input_matches(entry['expect_input'], document['input'], scripts_dir):
        return refused('unexpected input for %s: %s' % (name, json.dumps(document['input'], sort_keys=True)[:2000]))
    if entry.get('on_command'):
        scenario.switch(entry['on_command'])
        log['state'] = entry['on_command']
    return entry


def stream_bytes(entry, name):
    if name + '_b64' in entry:
        return base64.b64decode(entry[name + '_b64'])
    value = entry.get(name, '')
    return value.encode('utf-8') if isinstance(value, str) else bytes(value)


class Command:
    def __init__(self, cid, entry, cmdline):
        self.id, self.entry, self.cmdline = cid, entry, cmdline
        self.stdin = b''
        self.stdin_done = not (entry.get('stdin_echo', False) or entry.get('stdin_script', False))
        self.timeouts_left = int(entry.get('timed_out_receives', 0))
        self.receives = 0
        self.pending = None   # [(stream, bytes)] per Receive, computed on the first output Receive
        self.done = False
        self.signalled = None


class Shell:
    def __init__(self, sid, resource_uri, options, owner, client_ip):
        self.id, self.resource_uri, self.options = sid, resource_uri, options
        self.owner, self.client_ip = owner, client_ip
        self.commands = {}


def text_of(el):
    return (el.text or '').strip() if el is not None else ''


def canonical(el, masked_text=(), masked_attrs=()):
    """(tag, attrs, text, children) of an element, masking IDs; used by --replay."""
    attrs = {k: ('*' if k in masked_attrs else v) for k, v in el.attrib.items()}
    local = el.tag.split('}')[-1]
    text = '*' if local in masked_text else (el.text or '').strip()
    if local == 'Selector' and el.get('Name') in ('ShellId',):
        text = '*'
    return (el.tag, tuple(sorted(attrs.items())), text,
            tuple(canonical(c, masked_text, masked_attrs) for c in el))


REPLAY_MASKED_TEXT = ('MessageID', 'SessionId', 'To', 'CommandId', 'ShellId', 'RelatesTo')
REPLAY_MASKED_ATTRS = ('CommandId',)


def first_difference(a, b, path=''):
    tag_a, attrs_a, text_a, kids_a = a
    tag_b, attrs_b, text_b, kids_b = b
    here = path + '/' + tag_a.split('}')[-1]
    if tag_a != tag_b:
        return '%s: element %s where the recording has %s' % (path or '/', tag_a, tag_b)
    if attrs_a != attrs_b:
        return '%s: attributes %s where the recording has %s' % (here, dict(attrs_a), dict(attrs_b))
    if text_a != text_b:
        return '%s: text %r where the recording has %r' % (here, text_a[:80], text_b[:80])
    for ka, kb in zip(kids_a, kids_b):
        d = first_difference(ka, kb, here)
        if d:
            return d
    if len(kids_a) != len(kids_b):
        return '%s: %d child elements where the recording has %d' % (here, len(kids_a), len(kids_b))
    return None


class Host:
    """Shells and commands of the simulated Windows host, shared by all connections."""

    def __init__(self, args):
        self.args = args
        self.scenario = Scenario(args.scenario)
        self.shells = {}
        self.lock = threading.Lock()
        self.machine = self.scenario.get('machine', '127.0.0.1')
        ACTIVITY_ID[0] = bool(self.scenario.get('activity_id', False))
        self.max_envelope_kb = int(self.scenario.get('max_envelope_size_kb', 150))
        self.replay = None
        self.replay_index = 0
        if args.replay:
            import yaml  # python3-yaml: only the replay mode reads YAML
            with open(args.replay, encoding='utf-8') as f:
                self.replay = yaml.safe_load(f)['messages']

    # --- replay -------------------------------------------------------------------------------------------------
    def handle_replay(self, root, msg_id):
        with self.lock:
            if self.replay_index >= len(self.replay):
                return 500, None, 'replay: request %d is beyond the %d recorded messages' % (
                    self.replay_index + 1, len(self.replay)), {}
            rec = self.replay[self.replay_index]
            want = canonical(ET.fromstring(rec['request']), REPLAY_MASKED_TEXT, REPLAY_MASKED_ATTRS)
            got = canonical(root, REPLAY_MASKED_TEXT, REPLAY_MASKED_ATTRS)
            diff = first_difference(got, want)
            if diff:
                return 500, None, 'replay: request %d differs from the recording: %s' % (
                    self.replay_index + 1, diff), {'index': self.replay_index}
            self.replay_index += 1
        body = re.sub(r'(<a:RelatesTo>)[^<]*(</a:RelatesTo>)', lambda m: m.group(1) + esc(msg_id) + m.group(2),
                      rec['response'] or '')
        status = int((rec.get('transport_error') or {}).get('code', 200))
        return status, body, None, {'index': self.replay_index - 1}

    # --- the shell protocol -------------------------------------------------------------------------------------
    def handle(self, root, conn_info, log):
        """Returns (status, xml, extra) where extra may ask the connection to misbehave."""
        hdr = root.find('s:Header', NS)
        body = root.find('s:Body', NS)
        if root.tag != '{%s}Envelope' % NS['s'] or hdr is None or body is None:
            raise Fault('schema_validation')
        action = text_of(hdr.find('wsa:Action', NS))
        msg_id = text_of(hdr.find('wsa:MessageID', NS))
        log['message_id'] = msg_id
        if action not in ACTIONS:
            log['action'] = action or '(none)'
            raise Fault('action_not_supported')
        op = ACTIONS[action]
        log['action'] = op
        resource = text_of(hdr.find('wsman:ResourceURI', NS))
        mes = hdr.find('wsman:MaxEnvelopeSize', NS)
        if not resource or mes is None or not msg_id:
            raise Fault('schema_validation')
        max_env = int(text_of(mes) or 0)
        if conn_info.get('body_len', 0) > self.max_envelope_kb * 1024:
            # a request larger than the service's MaxEnvelopeSizekb (150 KiB by default, 500 on newer builds):
            # Windows Server 2019/2022 answer HTTP 413 with an empty body (pywinrm/pypsrp users report
            # "Bad HTTP response returned from the server. Code: 413")
            log['body_len'] = conn_info['body_len']
            log['fault'] = 'request_too_large'
            return 413, '', {}
        options = {o.get('Name'): text_of(o) for o in hdr.findall('wsman:OptionSet/wsman:Option', NS)}
        selectors = {s.get('Name'): text_of(s) for s in hdr.findall('wsman:SelectorSet/wsman:Selector', NS)}
        op_timeout = text_of(hdr.find('wsman:OperationTimeout', NS))
        if op == 'Create':
            return self.create(hdr, body, resource, options, msg_id, conn_info, log)
        if op == 'Get':
            if resource != 'http://schemas.microsoft.com/wbem/wsman/1/config':
                raise Fault('action_not_supported')
            return 200, ENV_OPEN + header(XFER + '/GetResponse', msg_id) + '<s:Body>' + \
                CONFIG_BODY % self.max_envelope_kb + '</s:Body></s:Envelope>', {}
        shell = self.shells.get(selectors.get('ShellId', ''))
        log['shell'] = selectors.get('ShellId')
        if shell is None:
            raise Fault('invalid_shell', {'id': selectors.get('ShellId', '')})
        if op == 'Delete':
            with self.lock:
                self.shells.pop(shell.id, None)
            return 200, ENV_OPEN.replace(' xmlns:x="%s"' % XFER, '') + header(
                XFER + '/DeleteResponse', msg_id) + '<s:Body></s:Body></s:Envelope>', {}
        if op == 'Command':
            return self.command(shell, body, options, msg_id, log)
        if op == 'Send':
            return self.send(shell, body, msg_id, log)
        if op == 'Signal':
            el = body.find('rsp:Signal', NS)
            cid = el.get('CommandId') if el is not None else None
            code = text_of(body.find('rsp:Signal/rsp:Code', NS))
            log['command'] = cid
            log['signal'] = code.rsplit('/', 1)[-1]
            cmd = shell.commands.get(cid)
            if cmd is None:
                raise Fault('invalid_selectors')
            cmd.signalled = log['signal']
            if log['signal'] == 'terminate':
                shell.commands.pop(cid, None)
            return 200, ENV_OPEN + header(SHELL + '/SignalResponse', msg_id) + \
                '<s:Body><rsp:SignalResponse/></s:Body></s:Envelope>', {}
        if op == 'Receive':
            return self.receive(shell, body, max_env, op_timeout, msg_id, log)
        raise Fault('action_not_supported')

    def create(self, hdr, body, resource, options, msg_id, conn_info, log):
        log['options'] = options
        limit = self.scenario.get('max_shells')
        if self.scenario.get('create_fault'):
            raise Fault(self.scenario.get('create_fault'))
        if limit is not None and len(self.shells) >= int(limit):
            raise Fault('quota')
        if body.find('rsp:Shell', NS) is None:
            raise Fault('schema_validation')
        sid = new_id()
        shell = Shell(sid, resource, options, conn_info.get('user') or 'vagrant', conn_info.get('ip', '127.0.0.1'))
        with self.lock:
            self.shells[sid] = shell
        log['shell'] = sid
        ins = text_of(body.find('rsp:Shell/rsp:InputStreams', NS)) or 'stdin'
        outs = text_of(body.find('rsp:Shell/rsp:OutputStreams', NS)) or 'stdout stderr'
        to = 'http://%s/wsman' % conn_info.get('host', '127.0.0.1')
        xml = (ENV_OPEN + header(XFER + '/CreateResponse', msg_id)
               + '<s:Body><x:ResourceCreated><a:Address>%s</a:Address><a:ReferenceParameters>'
               '<w:ResourceURI>%s</w:ResourceURI><w:SelectorSet><w:Selector Name="ShellId">%s</w:Selector>'
               '</w:SelectorSet></a:ReferenceParameters></x:ResourceCreated>'
               '<rsp:Shell xmlns:rsp="%s"><rsp:ShellId>%s</rsp:ShellId><rsp:ResourceUri>%s</rsp:ResourceUri>'
               '<rsp:Owner>%s</rsp:Owner><rsp:ClientIP>%s</rsp:ClientIP><rsp:IdleTimeOut>PT7200.000S'
               '</rsp:IdleTimeOut><rsp:InputStreams>%s</rsp:InputStreams><rsp:OutputStreams>%s'
               '</rsp:OutputStreams><rsp:ShellRunTime>P0DT0H0M0S</rsp:ShellRunTime><rsp:ShellInactivity>'
               'P0DT0H0M0S</rsp:ShellInactivity></rsp:Shell></s:Body></s:Envelope>'
               % (esc(to), esc(resource), sid, SHELL, sid, esc(resource), esc(shell.owner), esc(shell.client_ip),
                  esc(ins), esc(outs)))
        return 200, xml, {}

    def command(self, shell, body, options, msg_id, log):
        line = body.find('rsp:CommandLine', NS)
        if line is None:
            raise Fault('schema_validation')
        exe = text_of(line.find('rsp:Command', NS))
        args = [text_of(a) for a in line.findall('rsp:Arguments', NS)]
        cmdline = ' '.join([exe] + args)
        ps = None
        words = cmdline.split()
        if words and re.match(r'(?i)^(powershell(\.exe)?|pwsh(\.exe)?)$', os.path.basename(words[0])):
            for i, w in enumerate(words[:-1]):
                if re.match(r'(?i)^-(e|ec|enc|encodedcommand)$', w):
                    try:
                        ps = base64.b64decode(words[i + 1]).decode('utf-16-le')
                    except Exception:
                        raise Fault('invalid_parameter')
        entry = self.scenario.lookup(cmdline, ps)
        log['cmdline'] = cmdline if ps is None else 'ps:' + ps
        log['options'] = options
        if entry.get('fault') and entry.get('fault_on', 'command') == 'command':
            raise Fault(entry['fault'])
        if entry.get('http_status'):
            return int(entry['http_status']), '', {}
        cid = new_id()
        shell.commands[cid] = Command(cid, entry, cmdline)
        log['command'] = cid
        if entry.get('on_command'):
            self.scenario.switch(entry['on_command'])
            log['state'] = entry['on_command']
        xml = (ENV_OPEN + header(SHELL + '/CommandResponse', msg_id)
               + '<s:Body><rsp:CommandResponse><rsp:CommandId>%s</rsp:CommandId></rsp:CommandResponse>'
               '</s:Body></s:Envelope>' % cid)
        return 200, xml, {}

    def send(self, shell, body, msg_id, log):
        for st in body.findall('rsp:Send/rsp:Stream', NS):
            cmd = shell.commands.get(st.get('CommandId'))
            log['command'] = st.get('CommandId')
            if cmd is None:
                raise Fault('invalid_selectors')
            data = base64.b64decode(st.text or '')
            cmd.stdin += data
            log['stdin_bytes'] = len(cmd.stdin)
            if (st.get('End') or '').lower() == 'true':
                cmd.stdin_done = True
                log['stdin_end'] = True
        return 200, ENV_OPEN + header(SHELL + '/SendResponse', msg_id) + \
            '<s:Body><rsp:SendResponse/></s:Body></s:Envelope>', {}

    def receive(self, shell, body, max_env, op_timeout, msg_id, log):
        ds = body.find('rsp:Receive/rsp:DesiredStream', NS)
        if ds is None:
            raise Fault('schema_validation')
        cid = ds.get('CommandId')
        log['command'] = cid
        cmd = shell.commands.get(cid)
        if cmd is None:
            raise Fault('invalid_selectors')
        entry = cmd.entry
        cmd.receives += 1
        log['receive'] = cmd.receives
        if entry.get('fault') and entry.get('fault_on') == 'receive':
            raise Fault(entry['fault'])
        if entry.get('drop_connection'):
            return 200, None, {'drop': True}
        if entry.get('hang_seconds'):
            time.sleep(float(entry['hang_seconds']))
        if cmd.timeouts_left > 0:
            cmd.timeouts_left -= 1
            raise Fault('timed_out')
        if not cmd.stdin_done:
            raise Fault('timed_out')
        if entry.get('stdin_script'):
            # The command's real behaviour is known once its script and input have arrived.
            entry = cmd.entry = script_entry(self.scenario, self.args.scripts_dir, cmd.stdin, log)
            cmd.timeouts_left = int(entry.get('timed_out_receives', 0))
            if cmd.timeouts_left > 0:
                cmd.timeouts_left -= 1
                raise Fault('timed_out')
        # what fits in one response: Windows keeps each ReceiveResponse within the request's MaxEnvelopeSize
        room = max(1024, (max_env - 4096) * 3 // 4) if max_env else 110000
        if entry.get('endless_stream'):
            chunk = (entry.get('endless_chunk', 'y\r\n') * 100000).encode('utf-8')[:min(room, 65536)]
            return 200, self.receive_xml(msg_id, cid, [('stdout', chunk, False)], STATE_RUNNING, None), \
                {'endless_body': entry.get('endless_body', False)}
        if cmd.pending is None:
            out = cmd.stdin if entry.get('stdin_echo') else stream_bytes(entry, 'stdout')
            err = stream_bytes(entry, 'stderr')
            n = max(1, int(entry.get('chunks', 1)))

            def split(data):
                size = -(-len(data) // n) if data else 0
                return [data[i * size:(i + 1) * size] for i in range(n)] if size else [b''] * n
            cmd.pending = []
            for o, e in zip(split(out), split(err)):
                parts = []
                while o or e:
                    take_o, o = o[:room], o[room:]
                    take_e, e = e[:max(0, room - len(take_o))], e[max(0, room - len(take_o)):]
                    parts.append([(s, d) for s, d in (('stdout', take_o), ('stderr', take_e)) if d])
                cmd.pending.extend(parts or [[]])
        streams = [(s, d, False) for s, d in cmd.pending.pop(0)]
        if cmd.pending:
            return 200, self.receive_xml(msg_id, cid, streams, STATE_RUNNING, None), {}
        streams += [('stdout', b'', True), ('stderr', b'', True)]
        cmd.done = True
        code = int(entry.get('exit_code', 0))
        log['exit_code'] = code
        return 200, self.receive_xml(msg_id, cid, streams, STATE_DONE, code), {}

    def receive_xml(self, msg_id, cid, streams, state, exit_code):
        parts = []
        for name, data, end in streams:
            if end:
                parts.append('<rsp:Stream Name="%s" CommandId="%s" End="true"></rsp:Stream>' % (name, cid))
            else:
                parts.append('<rsp:Stream Name="%s" CommandId="%s">%s</rsp:Stream>'
                             % (name, cid, base64.b64encode(data).decode('ascii')))
        if exit_code is None:
            parts.append('<rsp:CommandState CommandId="%s" State="%s"></rsp:CommandState>' % (cid, state))
        else:
            parts.append('<rsp:CommandState CommandId="%s" State="%s"><rsp:ExitCode>%d</rsp:ExitCode>'
                         '</rsp:CommandState>' % (cid, state, exit_code))
        env = ENV_OPEN.replace(' xmlns:x="%s"' % XFER, '')
        return (env + header(SHELL + '/ReceiveResponse', msg_id) + '<s:Body><rsp:ReceiveResponse>'
                + ''.join(parts) + '</rsp:ReceiveResponse></s:Body></s:Envelope>')


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    server_version = 'Microsoft-HTTPAPI/2.0'
    sys_version = ''
    # http.sys sends a response's headers and body together; here they are two writes (two TLS records), and
    # with Nagle's algorithm the body would wait for the client's delayed ACK of the headers (~40 ms a request).
    disable_nagle_algorithm = True

    def setup(self):
        super().setup()
        self.conn_id = new_id()[:8]
        self.ntlm = None            # NtlmServerContext once NTLM has started on this connection
        self.ntlm_user = None       # set when this connection is NTLM-authenticated (Windows: per connection)

    def log_message(self, fmt, *args):
        pass

    def log_event(self, entry):
        entry['conn'] = self.conn_id
        entry['time'] = round(time.time(), 3)
        self.server.log(entry)

    def send_raw(self, status, body: bytes, headers):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def challenge_401(self, extra=None):
        headers = []
        mode = self.server.args.auth
        if extra:
            headers.append(('WWW-Authenticate', extra))
        else:
            headers.append(('WWW-Authenticate', 'Negotiate'))
            if mode in ('basic', 'any'):
                headers.append(('WWW-Authenticate', 'Basic realm="WSMAN"'))
        self.send_raw(401, b'', headers)

    def authenticate(self):
        """Returns the user name when the request may proceed; otherwise answers it (401) and returns None."""
        args = self.server.args
        if args.user is None:
            return '(anonymous)'
        authz = self.headers.get('Authorization', '')
        scheme, _, token = authz.partition(' ')
        scheme = scheme.lower()
        if scheme == 'basic' and args.auth in ('basic', 'any'):
            try:
                raw = base64.b64decode(token)
                try:
                    user, _, pw = raw.decode('utf-8').partition(':')
                except UnicodeDecodeError:  # python-requests sends Basic credentials in Latin-1
                    user, _, pw = raw.decode('latin-1').partition(':')
            except Exception:
                user, pw = None, None
            if user is not None and user.split('\\')[-1].lower() == args.user.lower() and pw == args.password:
                return user
            self.log_event({'action': 'auth', 'scheme': 'basic', 'status': 401, 'error': 'bad credentials'})
            self.challenge_401()
            return None
        if scheme in ('negotiate', 'ntlm') and args.auth in ('ntlm', 'any') and token:
            raw = base64.b64decode(token)
            msg_type = raw[8:12] if raw[:8] == b'NTLMSSP\0' else b''
            try:
                if msg_type == b'\x01\x00\x00\x00':
                    self.ntlm = ntlm_server.NtlmServerContext(args.user, args.password,
                                                              tls_cert_der=self.server.cert_der)
                    challenge = self.ntlm.negotiate(raw)
                    self.log_event({'action': 'auth', 'scheme': 'ntlm', 'step': 'challenge', 'status': 401})
                    self.challenge_401('%s %s' % ('Negotiate' if scheme == 'negotiate' else 'NTLM',
                                                  base64.b64encode(challenge).decode('ascii')))
                    return None
                if msg_type == b'\x03\x00\x00\x00' and self.ntlm is not None:
                    user = self.ntlm.authenticate(raw)
                    self.ntlm_user = user
                    self.log_event({'action': 'auth', 'scheme': 'ntlm', 'step': 'authenticated', 'user': user})
                    return user
                raise ntlm_server.NtlmError('unexpected NTLM message (SPNEGO/Kerberos tokens are not supported)')
            except ntlm_server.NtlmError as e:
                self.ntlm, self.ntlm_user = None, None
                self.log_event({'action': 'auth', 'scheme': 'ntlm', 'status': 401, 'error': str(e)})
                self.challenge_401()
                return None
        if self.ntlm_user is not None:
            return self.ntlm_user
        self.log_event({'action': 'auth', 'status': 401, 'error': 'no credentials' if not authz else
                        'scheme not accepted: ' + scheme})
        self.challenge_401()
        return None

    def decrypt(self, body: bytes) -> bytes:
        parts = [p for p in body.split(BOUNDARY + b'\r\n') if p]
        out = b''
        for i in range(0, len(parts) - 1, 2):
            length = int(re.search(rb'Length=(\d+)', parts[i]).group(1))
            payload = parts[i + 1]
            if payload.endswith(BOUNDARY + b'--\r\n'):
                payload = payload[:-len(BOUNDARY + b'--\r\n')]
            payload = payload.replace(b'\tContent-Type: application/octet-stream\r\n', b'', 1)
            sig_len = int.from_bytes(payload[:4], 'little')
            plain = self.ntlm.seal.unwrap(payload[4 + sig_len:], payload[4:4 + sig_len])
            if len(plain) != length:
                raise ntlm_server.NtlmError('encrypted length does not match OriginalContent')
            out += plain
        return out

    def encrypt(self, plain: bytes) -> bytes:
        sealed, sig = self.ntlm.seal.wrap(plain)
        return (BOUNDARY + b'\r\n\tContent-Type: ' + ENC_PROTOCOL.encode() + b'\r\n'
                b'\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length=' + str(len(plain)).encode()
                + b'\r\n' + BOUNDARY + b'\r\n\tContent-Type: application/octet-stream\r\n'
                + len(sig).to_bytes(4, 'little') + sig + sealed + BOUNDARY + b'--\r\n')

    def do_GET(self):
        self.send_raw(405, b'', [])

    def do_POST(self):
        length = int(self.headers.get('Content-Length', 0) or 0)
        body = self.rfile.read(length) if length else b''
        if self.path.split('?')[0].lower() != '/wsman':
            self.log_event({'action': 'http', 'path': self.path, 'status': 404})
            self.send_raw(404, b'', [])
            return
        user = self.authenticate()
        if user is None:
            return
        ctype = self.headers.get('Content-Type', '')
        encrypted = ctype.lower().startswith('multipart/encrypted')
        log = {'user': user}
        if encrypted:
            if self.ntlm is None or self.ntlm.seal is None:
                self.log_event({'action': 'http', 'status': 400, 'error': 'encrypted body without NTLM context'})
                self.send_raw(400, b'', [])
                return
            try:
                body = self.decrypt(body)
            except Exception as e:
                self.log_event({'action': 'http', 'status': 400, 'error': 'decrypt: %s' % e})
                self.send_raw(400, b'', [])
                self.close_connection = True
                return
            log['encrypted'] = True
        elif self.ntlm_user is not None and body and not self.server.ssl_context and \
                self.server.args.require_encryption:
            # AllowUnencrypted=false (the Windows default) refuses plain SOAP over HTTP
            self.log_event({'action': 'http', 'status': 401, 'error': 'unencrypted message refused'})
            self.challenge_401()
            return
        if body and not encrypted and not ctype.lower().startswith('application/soap+xml'):
            # WinRM's HTTP listener refuses other media types before looking at the body
            self.log_event({'action': 'http', 'status': 415, 'content_type': ctype})
            self.send_raw(415, b'', [])
            return
        if not body:
            # the empty POST pywinrm sends to set up message encryption
            self.log_event({'action': 'auth-setup', 'status': 200, 'user': user})
            self.send_raw(200, b'', [])
            return
        status, xml, extra = self.process(body, user, log)
        self.log_event(log)
        if extra.get('drop'):
            self.wfile.write(b'HTTP/1.1 200 \r\nContent-Type: application/soap+xml;charset=UTF-8\r\n'
                             b'Content-Length: 4096\r\n\r\n<s:Envelope xmlns:s="')
            self.wfile.flush()
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.close_connection = True
            return
        if extra.get('endless_body'):
            self.send_response(200)
            self.send_header('Content-Type', 'application/soap+xml;charset=UTF-8')
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            chunk = xml.encode('utf-8')
            try:
                while True:
                    self.wfile.write(b'%x\r\n%s\r\n' % (len(chunk), chunk))
            except OSError:
                self.close_connection = True
            return
        data = (xml or '').encode('utf-8')
        headers = []
        if status == 401:
            self.challenge_401()
            return
        if encrypted and data:
            data = self.encrypt(data)
            headers.append(('Content-Type', 'multipart/encrypted;protocol="%s";boundary="Encrypted Boundary"'
                            % ENC_PROTOCOL))
        elif data:
            headers.append(('Content-Type', 'text/plain;charset=UTF-8' if extra.get('text')
                            else 'application/soap+xml;charset=UTF-8'))
        self.send_raw(status, data, headers)

    def process(self, body, user, log):
        host = self.server.host
        try:
            root = ET.fromstring(body)
        except ET.ParseError as e:
            log.update(action='(unparsable)', status=400, error=str(e))
            return 400, '', {}
        msg_id = text_of(root.find('s:Header/wsa:MessageID', NS))
        if host.replay is not None:
            action = text_of(root.find('s:Header/wsa:Action', NS))
            log['action'] = ACTIONS.get(action, action)
            status, xml, error, info = host.handle_replay(root, msg_id)
            log.update(info)
            log['status'] = status
            if error:
                log['error'] = error
                return 500, error, {'text': True}
            return status, xml, {}
        conn_info = {'user': user, 'ip': self.client_address[0], 'host': self.headers.get('Host', '127.0.0.1'),
                     'body_len': len(body)}
        try:
            status, xml, extra = host.handle(root, conn_info, log)
        except Fault as f:
            log['fault'] = f.name
            status, xml, extra = 500, fault_xml(f.name, msg_id, host.machine, f.fmt), {}
        log['status'] = status
        return status, xml, extra


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, args):
        super().__init__(addr, Handler)
        self.args = args
        self.host = Host(args)
        self.ssl_context = None
        self.cert_der = None
        if args.tls_cert:
            with open(args.tls_cert, encoding='ascii') as f:
                self.cert_der = ssl.PEM_cert_to_DER_cert(f.read())
            self.ssl_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.ssl_context.load_cert_chain(args.tls_cert, args.tls_key)
        self.log_lock = threading.Lock()
        self.log_file = open(args.log, 'a', encoding='utf-8') if args.log else sys.stderr

    def finish_request(self, request, client_address):
        if self.ssl_context:
            try:
                request = self.ssl_context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError) as e:
                self.log({'action': 'tls', 'error': str(e)})
                return
        super().finish_request(request, client_address)

    def log(self, entry):
        with self.log_lock:
            self.log_file.write(json.dumps(entry, sort_keys=True) + '\n')
            self.log_file.flush()


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--port', type=int, default=0)
    p.add_argument('--bind', default='127.0.0.1')
    p.add_argument('--scenario')
    p.add_argument('--replay', help='a pypsrp recording (YAML): answer with its responses in order')
    p.add_argument('--tls-cert')
    p.add_argument('--tls-key')
    p.add_argument('--auth', choices=('basic', 'ntlm', 'any'), default='any')
    p.add_argument('--user')
    p.add_argument('--password', default=os.environ.get('WINRM_DOUBLE_PASSWORD'))
    p.add_argument('--require-encryption', action='store_true',
                   help='refuse plain SOAP over HTTP after NTLM (Windows AllowUnencrypted=false)')
    p.add_argument('--log')
    p.add_argument('--scripts-dir', help='the scripts a `stdin_script` command may run (see script_entry)')
    args = p.parse_args(argv)
    if args.user is not None and args.password is None:
        p.error('--user needs --password (or WINRM_DOUBLE_PASSWORD)')
    server = Server((args.bind, args.port), args)

    def stop(_sig, _frame):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, stop)
    print('LISTENING %d' % server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except (SystemExit, KeyboardInterrupt):
        pass
    finally:
        server.server_close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
