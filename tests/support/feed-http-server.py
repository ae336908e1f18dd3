#!/usr/bin/env python3
"""A real HTTP/1.1 server for the feed download tests (python3 http.server, one thread per connection).

    feed-http-server.py ROOT CONFIG LOG [--tls CERT KEY CONNECTIONS]

Binds 127.0.0.1 on a free port and prints "PORT <n>" on stdout once it accepts connections. With --tls it
speaks HTTPS only, with the certificate and key in the PEM files CERT and KEY; each connection's TLS
handshake is appended to CONNECTIONS as one JSON line: {"handshake": "ok"} or {"handshake": "failed",
"reason": ...}; and every accepted connection is announced on stdout as a line "ACCEPTED" before its
handshake starts, so a test can wait for the client to have reached the server (a client that refuses
the certificate may hold its socket open, so the handshake's outcome can come late). Serves the files
under ROOT. CONFIG is a JSON object of per-path behaviours, re-read on every request (so a test may change
it while the server runs); a key is either "/path?query" (exact match, tried first) or "/path":

    etag, last_modified     validators sent with the body; If-None-Match / If-Modified-Since answered by 304
    status, reason          a fixed status (and reason phrase), with the file (or an empty body) as body
    location                a redirect target (status 302 unless given)
    content_type            else from the extension (.json application/json, .gz application/gzip, ...)
    content_encoding        "gzip": the body is sent gzip-encoded (when the client accepts gzip)
    drop_after              send N body bytes, declaring the full Content-Length, then drop the connection
    pause_after, pause_seconds   send N body bytes, then wait (a stalled transfer)
    chunk_size, chunk_delay      send the body in chunks of this size with this delay (seconds) between them
    file                    the file under ROOT to serve instead of the path
    file_template           e.g. "nvd-{startIndex}.json": the file named by the query parameters
    query_defaults          e.g. {"startIndex": "0"} for parameters missing from the query

A request line with an absolute URI ("GET http://host/path HTTP/1.1") is a forward-proxy request: it is
answered from the same files and config (by its path) and logged with "proxy": true.

Every request is appended to LOG as one JSON line before it is answered: method, target (as sent), path,
query, proxy, headers (all request headers), and the planned status and content_encoding of the answer.
The server exits when its stdin closes (the test that started it ended) or on SIGTERM.
"""

import email.utils
import gzip
import json
import mimetypes
import os
import socket
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = ""
CONFIG = ""
LOG = ""
LOG_LOCK = threading.Lock()
TLS_CONTEXT = None
CONNECTIONS = ""


def load_config():
    try:
        with open(CONFIG, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        return {}


def content_type_for(path):
    if path.endswith(".gz"):
        return "application/gzip"
    if path.endswith(".json"):
        return "application/json"
    guessed, _ = mimetypes.guess_type(path)
    return guessed or "application/octet-stream"


def http_date_to_epoch(text):
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return parsed.timestamp() if parsed else None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "feed-http-server/1"

    def log_message(self, format, *args):  # quiet: the JSON log is the record
        pass

    def do_HEAD(self):
        self.answer(send_body=False)

    def do_GET(self):
        self.answer(send_body=True)

    def resolve(self):
        target = self.path
        proxy = False
        if target.startswith("http://") or target.startswith("https://"):
            proxy = True
            parts = urllib.parse.urlsplit(target)
            path, query = parts.path or "/", parts.query
        else:
            parts = urllib.parse.urlsplit(target)
            path, query = parts.path, parts.query
        return target, proxy, urllib.parse.unquote(path), query

    def behaviour_for(self, config, path, query):
        if query and (path + "?" + query) in config:
            return config[path + "?" + query]
        return config.get(path, {})

    def file_for(self, behaviour, path, query):
        name = behaviour.get("file")
        if "file_template" in behaviour:
            params = dict(behaviour.get("query_defaults", {}))
            params.update({k: v[-1] for k, v in urllib.parse.parse_qs(query).items()})
            try:
                name = behaviour["file_template"].format(**params)
            except KeyError:
                return None
        if name is None:
            name = path.lstrip("/")
        full = os.path.realpath(os.path.join(ROOT, name))
        if not full.startswith(os.path.realpath(ROOT) + os.sep) or not os.path.isfile(full):
            return None
        return full

    def not_modified(self, behaviour):
        etag = behaviour.get("etag")
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None and etag:
            tags = [tag.strip() for tag in if_none_match.split(",")]
            return "*" in tags or etag in tags
        last_modified = behaviour.get("last_modified")
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since and last_modified:
            since = http_date_to_epoch(if_modified_since)
            modified = http_date_to_epoch(last_modified)
            return since is not None and modified is not None and modified <= since
        return False

    def log_request_line(self, target, proxy, path, query, status, encoding):
        record = {
            "method": self.command,
            "target": target,
            "path": path,
            "query": query,
            "proxy": proxy,
            "headers": {key: value for key, value in self.headers.items()},
            "status": status,
            "content_encoding": encoding,
        }
        with LOG_LOCK, open(LOG, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record) + "\n")
            handle.flush()

    def answer(self, send_body):
        target, proxy, path, query = self.resolve()
        behaviour = self.behaviour_for(load_config(), path, query)
        file_path = self.file_for(behaviour, path, query)
        body = b""
        if file_path is not None:
            with open(file_path, "rb") as handle:
                body = handle.read()

        status = behaviour.get("status")
        if status is None and "location" in behaviour:
            status = 302
        if status is None:
            status = 200 if file_path is not None else 404
        encoding = None
        if status == 200 and self.not_modified(behaviour):
            status = 304
        elif behaviour.get("content_encoding") == "gzip":
            accepted = self.headers.get("Accept-Encoding", "")
            if "gzip" in [item.split(";")[0].strip() for item in accepted.split(",")]:
                body = gzip.compress(body)
                encoding = "gzip"
        if status == 304:
            body = b""
        self.log_request_line(target, proxy, path, query, status, encoding)

        self.send_response(status, behaviour.get("reason"))
        if status != 304:
            self.send_header("Content-Type", behaviour.get("content_type") or content_type_for(file_path or path))
            self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        if "etag" in behaviour:
            self.send_header("ETag", behaviour["etag"])
        if "last_modified" in behaviour:
            self.send_header("Last-Modified", behaviour["last_modified"])
        if "location" in behaviour:
            self.send_header("Location", behaviour["location"])
        self.end_headers()
        if send_body and body:
            self.send_body(body, behaviour)

    def send_body(self, body, behaviour):
        drop_after = behaviour.get("drop_after")
        if drop_after is not None:
            self.wfile.write(body[:drop_after])
            self.wfile.flush()
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        pause_after = behaviour.get("pause_after")
        if pause_after is not None:
            self.wfile.write(body[:pause_after])
            self.wfile.flush()
            time.sleep(float(behaviour.get("pause_seconds", 60)))
            body = body[pause_after:]
        chunk_size = int(behaviour.get("chunk_size", 0)) or len(body)
        chunk_delay = float(behaviour.get("chunk_delay", 0))
        for offset in range(0, len(body), chunk_size):
            if offset and chunk_delay:
                time.sleep(chunk_delay)
            self.wfile.write(body[offset : offset + chunk_size])
            self.wfile.flush()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def handle_error(self, request, client_address):  # a client that went away is not news
        pass

    def finish_request(self, request, client_address):
        if TLS_CONTEXT is None:
            super().finish_request(request, client_address)
            return
        # The handshake runs here, on the connection's own thread, so a client that stalls in it (or refuses
        # the certificate) holds up nobody else.
        announce_accepted()
        try:
            secure = TLS_CONTEXT.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as error:
            log_connection({"handshake": "failed", "reason": str(error)})
            return
        log_connection({"handshake": "ok"})
        try:
            super().finish_request(secure, client_address)
        finally:
            secure.close()


def log_connection(record):
    with LOG_LOCK, open(CONNECTIONS, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
        handle.flush()


def announce_accepted():
    with LOG_LOCK:
        sys.stdout.write("ACCEPTED\n")
        sys.stdout.flush()


def exit_when_stdin_closes():
    try:
        while sys.stdin.buffer.read(4096):
            pass
    finally:
        os._exit(0)


def main():
    global ROOT, CONFIG, LOG, TLS_CONTEXT, CONNECTIONS
    if len(sys.argv) not in (4, 8) or (len(sys.argv) == 8 and sys.argv[4] != "--tls"):
        sys.stderr.write("usage: feed-http-server.py ROOT CONFIG LOG [--tls CERT KEY CONNECTIONS]\n")
        return 2
    ROOT, CONFIG, LOG = (os.path.abspath(arg) for arg in sys.argv[1:4])
    if len(sys.argv) == 8:
        TLS_CONTEXT = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        TLS_CONTEXT.load_cert_chain(sys.argv[5], sys.argv[6])
        CONNECTIONS = os.path.abspath(sys.argv[7])
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    sys.stdout.write("PORT %d\n" % server.server_address[1])
    sys.stdout.flush()
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
