#!/usr/bin/env python3
"""Drives the WinRM double's NTLM server side (ntlm_server.py) for a C++ client test, one line per step.

The test (tst_ntlmclient) starts this with no arguments and writes to stdin, first one JSON line
{"user": ..., "password": ..., "cert_der": base64 or null} (the password never travels in process arguments),
then commands, each answered with one line on stdout:

  NEGOTIATE <b64>            -> CHALLENGE <b64>           (NtlmServerContext.negotiate)
  AUTHENTICATE <b64>         -> OK <user> | ERROR <text>  (NTProofStr, MIC and, with a certificate, CBT)
  SEAL <b64 plain>           -> SEALED <b64 signature> <b64 sealed>
  UNSEAL <b64 sig> <b64 sealed> -> PLAIN <b64> | ERROR <text>
  ENCRYPT <b64 plain>        -> BODY <b64>                (the double's own multipart/encrypted writer)
  DECRYPT <b64 body>         -> PLAIN <b64> | ERROR <text> (the double's own multipart/encrypted reader)

"READY" is printed once the configuration line has been read. Standard library only, like the double.
"""

import base64
import json
import os
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ntlm_server  # noqa: E402
import winrm_double  # noqa: E402


def b64(data):
    return base64.b64encode(data).decode('ascii')


def unb64(text):
    return base64.b64decode(text.encode('ascii'), validate=True)


def main():
    config = json.loads(sys.stdin.readline())
    cert = unb64(config['cert_der']) if config.get('cert_der') else None
    context = ntlm_server.NtlmServerContext(config['user'], config['password'], tls_cert_der=cert)
    handler = types.SimpleNamespace(ntlm=context)   # what the double's encrypt/decrypt read from `self`
    print('READY', flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        command, args = words[0], words[1:]
        try:
            if command == 'NEGOTIATE':
                reply = 'CHALLENGE ' + b64(context.negotiate(unb64(args[0])))
            elif command == 'AUTHENTICATE':
                reply = 'OK ' + context.authenticate(unb64(args[0]))
            elif command == 'SEAL':
                sealed, signature = context.seal.wrap(unb64(args[0]))
                reply = 'SEALED %s %s' % (b64(signature), b64(sealed))
            elif command == 'UNSEAL':
                reply = 'PLAIN ' + b64(context.seal.unwrap(unb64(args[1]), unb64(args[0])))
            elif command == 'ENCRYPT':
                reply = 'BODY ' + b64(winrm_double.Handler.encrypt(handler, unb64(args[0])))
            elif command == 'DECRYPT':
                reply = 'PLAIN ' + b64(winrm_double.Handler.decrypt(handler, unb64(args[0])))
            else:
                reply = 'ERROR unknown command ' + command
        except Exception as e:  # every failure is an answer the test checks, never a crash
            reply = 'ERROR ' + (str(e) or type(e).__name__).replace('\n', ' ')
        print(reply, flush=True)


if __name__ == '__main__':
    main()
