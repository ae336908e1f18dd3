#!/usr/bin/env python3
"""An HTTP/1.1 server that answers each POST path with one scripted (mis)behaviour, for tst_httpconnection.

python3 misbehaving_http_server.py [--log FILE]
Prints "LISTENING <port>" once it accepts connections; logs "<conn> <n> <path>" per request to --log (flushed
before answering) so a test can wait for a request to have arrived. Standard library only; exits on SIGTERM.
"""

import argparse
import itertools
import signal
import socket
import socketserver
import sys
import threading
import time

CONN_IDS = itertools.count(1)


class Handler(socketserver.BaseRequestHandler):
    def read_request(self, buf):
        while b'\r\n\r\n' not in buf:
            data = self.request.recv(65536)
            if not data:
                return None, buf
            buf += data
        head, _, rest = buf.partition(b'\r\n\r\n')
        lines = head.decode('latin-1').split('\r\n')
        method, path, _ = lines[0].split(' ', 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(':')
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get('content-length', '0'))
        while len(rest) < length:
            data = self.request.recv(65536)
            if not data:
                return None, b''
            rest += data
        return (method, path, headers, rest[:length]), rest[length:]

    def send(self, data):
        self.request.sendall(data)

    def handle(self):
        conn = next(CONN_IDS)
        buf = b''
        n = 0
        while True:
            try:
                req, buf = self.read_request(buf)
            except OSError:
                return
            if req is None:
                return
            n += 1
            method, path, headers, body = req
            self.server.log('%d %d %s %d' % (conn, n, path, len(body)))
            if not self.answer(conn, n, path, headers, body):
                return

    def answer(self, conn, n, path, headers, body):
        """Returns False when the connection is to be closed."""
        ok_body = b'conn=%d n=%d len=%d' % (conn, n, len(body))
        if path == '/ok':
            self.send(b'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nContent-Length: %d\r\n\r\n%s'
                      % (len(ok_body), ok_body))
            return True
        if path == '/chunked':
            self.send(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                      b'5;name=value\r\nhello\r\n1\r\n \r\n')
            self.send(b'5\r\nworld\r\n0\r\nX-Trailer: yes\r\n\r\n')
            return True
        if path == '/close':
            self.send(b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s' % (len(ok_body), ok_body))
            return False
        if path == '/until-close':
            self.send(b'HTTP/1.1 200 OK\r\n\r\nuntil the end')
            return False
        if path == '/close-idle':
            self.send(b'HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s' % (len(ok_body), ok_body))
            time.sleep(0.05)
            return False
        if path == '/silent-close':
            return False
        if path == '/drop':
            self.send(b'HTTP/1.1 200 OK\r\nContent-Length: 4096\r\n\r\n<s:Envelope xmlns:s="')
            self.request.shutdown(socket.SHUT_RDWR)
            return False
        if path == '/endless-chunked':
            self.send(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n')
            chunk = b'y' * 65536
            try:
                while True:
                    self.send(b'%x\r\n%s\r\n' % (len(chunk), chunk))
            except OSError:
                return False
        if path == '/big':
            self.send(b'HTTP/1.1 200 OK\r\nContent-Length: 10485760\r\n\r\n')
            try:
                self.send(b'x' * 10485760)
            except OSError:
                pass
            return False
        if path == '/hang':
            self.request.settimeout(30)
            try:
                self.request.recv(1)   # until the client goes away
            except OSError:
                pass
            return False
        if path == '/trickle':
            self.send(b'HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n')
            try:
                for _ in range(600):
                    self.send(b'.')
                    time.sleep(0.05)
            except OSError:
                pass
            return False
        if path == '/auth':
            self.send(b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Negotiate\r\nwww-authenticate: Basic '
                      b'realm="WSMAN"\r\nContent-Length: 0\r\n\r\n')
            return True
        if path == '/continue':
            self.send(b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
            return True
        if path == '/no-content':
            self.send(b'HTTP/1.1 204 No Content\r\n\r\n')
            return True
        bad = {
            '/bad-status': b'HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n',
            '/bad-version': b'ICY 200 OK\r\nContent-Length: 0\r\n\r\n',
            '/folded': b'HTTP/1.1 200 OK\r\nX-A: 1\r\n continued\r\nContent-Length: 0\r\n\r\n',
            '/space-name': b'HTTP/1.1 200 OK\r\nX A: 1\r\nContent-Length: 0\r\n\r\n',
            '/both-lengths': b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
            '/bad-length': b'HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n',
            '/two-lengths': b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc',
            '/gzip-coding': b'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n',
            '/bad-chunk': b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n',
            '/bare-lf': b'HTTP/1.1 200 OK\nContent-Length: 0\n\n',
            '/extra-bytes': b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n\r\n',
            '/huge-header': b'HTTP/1.1 200 OK\r\n' + b''.join(b'X-Filler-%d: %s\r\n' % (i, b'f' * 1000)
                                                           for i in range(70)) + b'Content-Length: 0\r\n\r\n',
        }
        if path in bad:
            self.send(bad[path])
            time.sleep(0.2)
            return False
        self.send(b'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n')
        return True


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, args):
        super().__init__(('127.0.0.1', 0), Handler)
        self.lock = threading.Lock()
        self.log_file = open(args.log, 'a', encoding='utf-8') if args.log else None

    def log(self, line):
        if self.log_file:
            with self.lock:
                self.log_file.write(line + '\n')
                self.log_file.flush()


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--log')
    args = p.parse_args()
    server = Server(args)

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
