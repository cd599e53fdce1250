"""Fetch against a real HTTP server on 127.0.0.1 (ThreadingHTTPServer in a thread) that serves
normally, fails with 500, drops connections, truncates bodies, honours Range and If-None-Match.

Every test bounds itself: tiny backoff, a few retries, short socket timeouts."""
from __future__ import annotations

import hashlib
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.fetch import (DOWNLOADED, FAILED, NOT_MODIFIED, VERIFIED, FetchOptions, RegistryEntry,
                            RegistryError, exit_code, fetch_all, fetch_entry, load_registry,
                            parse_registry, state_paths)

ROOT = Path(__file__).resolve().parents[1]
BODY = b"%PDF-1.4\n" + bytes(range(256)) * 800 + b"\n%%EOF\n"   # ~200 KB
SHA = hashlib.sha256(BODY).hexdigest()
ETAG = '"v1-%s"' % SHA[:12]
LAST_MODIFIED = "Wed, 01 May 2024 10:00:00 GMT"


class Server:
    """Routes: path -> behaviour name. Counts and records requests per path."""

    def __init__(self):
        self.requests: list[tuple[str, dict]] = []
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()
        self.body = BODY
        self.etag = ETAG
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                path = self.path.split("?")[0]
                with server.lock:
                    n = server.counts[path] = server.counts.get(path, 0) + 1
                    server.requests.append((path, dict(self.headers)))
                getattr(server, "route_" + path.strip("/").replace("-", "_").replace(".pdf", ""),
                        server.route_missing)(self, n)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def headers_of(self, path: str) -> list[dict]:
        return [h for p, h in self.requests if p == "/" + path]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    # --- behaviours -------------------------------------------------------------------------
    def send_body(self, h, body=None, etag=None, allow_range=True, declared=None, status=None):
        """Serve `body` with ETag/Last-Modified, 304 on If-None-Match, 206 on Range (+If-Range)."""
        body = self.body if body is None else body
        etag = self.etag if etag is None else etag
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        start = 0
        rng = h.headers.get("Range")
        if_range = h.headers.get("If-Range")
        if allow_range and rng and (if_range is None or if_range in (etag, LAST_MODIFIED)):
            start = int(rng.split("=")[1].split("-")[0])
            if start >= len(body):
                h.send_response(416)
                h.send_header("Content-Range", f"bytes */{len(body)}")
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
            h.send_response(206)
            h.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            h.send_response(status or 200)
        part = body[start:]
        h.send_header("Content-Type", "application/pdf")
        h.send_header("ETag", etag)
        h.send_header("Last-Modified", LAST_MODIFIED)
        h.send_header("Accept-Ranges", "bytes")
        h.send_header("Content-Length", str(declared if declared is not None else len(part)))
        h.end_headers()
        return part

    def route_ok(self, h, n):
        part = self.send_body(h)
        if part:
            h.wfile.write(part)

    def route_flaky(self, h, n):          # 500 twice, then fine
        if n <= 2:
            msg = b"internal error"
            h.send_response(500)
            h.send_header("Content-Length", str(len(msg)))
            h.end_headers()
            h.wfile.write(msg)
            return
        self.route_ok(h, n)

    def route_always500(self, h, n):
        h.send_response(503)
        h.send_header("Retry-After", "0")
        h.send_header("Content-Length", "0")
        h.end_headers()

    def route_drop(self, h, n):           # first request: half the body, then a TCP reset
        part = self.send_body(h)
        if n == 1:
            h.wfile.write(part[: len(part) // 2])
            h.wfile.flush()
            time.sleep(0.2)                # let the client read what was sent
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.connection.close()
            h.close_connection = True
            return
        h.wfile.write(part)

    def route_truncate_once(self, h, n):  # first: Content-Length larger than the body sent
        part = self.send_body(h)
        if n == 1:
            h.wfile.write(part[:70_000])
            h.close_connection = True
            return
        h.wfile.write(part)

    def route_truncate_always(self, h, n):
        part = self.send_body(h, declared=None)
        h.wfile.write(part[: max(1, len(part) - 1000)])
        h.close_connection = True

    def route_norange(self, h, n):        # drops the first body, never honours Range
        part = self.send_body(h, allow_range=False)
        if n == 1:
            h.wfile.write(part[:50_000])
            h.close_connection = True
            return
        h.wfile.write(part)

    def route_html(self, h, n):
        page = b"<!DOCTYPE html><html><body>Page not found</body></html>"
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(page)))
        h.end_headers()
        h.wfile.write(page)

    def route_slow(self, h, n):           # headers, then silence longer than the client timeout
        h.send_response(200)
        h.send_header("Content-Length", str(len(self.body)))
        h.end_headers()
        h.wfile.write(self.body[:100])
        h.wfile.flush()
        time.sleep(1.5)
        h.close_connection = True

    def route_missing(self, h, n):
        h.send_response(404)
        h.send_header("Content-Length", "0")
        h.end_headers()


@pytest.fixture
def server():
    s = Server()
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def opts(**kw) -> FetchOptions:
    base = dict(retries=3, backoff=0.01, backoff_max=0.05, timeout=2.0, proxies={}, chunk_size=8192)
    base.update(kw)
    return FetchOptions(**base)


def entry(server, path, filename=None, sha256="") -> RegistryEntry:
    return RegistryEntry(title=path, publisher="IPCO", period="2019", url=server.url(path),
                         filename=filename or f"reports/{path}", sha256=sha256)


def no_leftovers(corpus: Path, filename: str) -> bool:
    _, part, _ = state_paths(corpus, filename)
    return not part.exists()


# --------------------------------------------------------------------------------------------

def test_download_then_304_and_sidecar(server, tmp_path):
    e = entry(server, "ok.pdf", sha256="")
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == DOWNLOADED and r.ok and r.attempts == 1
    final = tmp_path / "reports/ok.pdf"
    assert final.read_bytes() == BODY and r.sha256 == SHA and r.size == len(BODY)
    _, part, sidecar = state_paths(tmp_path, e.filename)
    assert not part.exists()
    state = json.loads(sidecar.read_text())
    assert state["final"]["etag"] == ETAG and state["final"]["last_modified"] == LAST_MODIFIED

    mtime = final.stat().st_mtime_ns
    r2 = fetch_entry(e, tmp_path, opts())
    assert r2.status == NOT_MODIFIED and r2.ok and r2.sha256 == SHA
    assert server.headers_of("ok.pdf")[-1]["If-None-Match"] == ETAG
    assert server.headers_of("ok.pdf")[-1]["If-Modified-Since"] == LAST_MODIFIED
    assert final.stat().st_mtime_ns == mtime          # untouched


def test_file_damaged_on_disk_is_fetched_again_not_304(server, tmp_path):
    e = entry(server, "ok.pdf")
    assert fetch_entry(e, tmp_path, opts()).status == DOWNLOADED
    final = tmp_path / e.filename
    final.write_bytes(BODY[:1000])                     # truncated by something else
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == DOWNLOADED and r.attempts == 1
    assert "If-None-Match" not in server.headers_of("ok.pdf")[-1]
    assert final.read_bytes() == BODY


def test_new_version_on_server_replaces_file(server, tmp_path):
    e = entry(server, "ok.pdf")
    assert fetch_entry(e, tmp_path, opts()).status == DOWNLOADED
    server.body, server.etag = BODY + b"% revised\n", '"v2"'
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == DOWNLOADED
    assert (tmp_path / "reports/ok.pdf").read_bytes() == BODY + b"% revised\n"


def test_500_twice_then_success_with_backoff(server, tmp_path):
    delays = []
    r = fetch_entry(entry(server, "flaky.pdf"), tmp_path, opts(sleep=delays.append, backoff=0.01))
    assert r.status == DOWNLOADED and r.attempts == 3
    assert delays == [0.01, 0.02]                      # exponential
    assert (tmp_path / "reports/flaky.pdf").read_bytes() == BODY


def test_gives_up_after_retries_and_exit_code(server, tmp_path):
    delays = []
    bad = entry(server, "always500.pdf")
    good = entry(server, "ok.pdf")
    results = fetch_all([good, bad], tmp_path, opts(retries=2, sleep=delays.append))
    assert [r.status for r in results] == [DOWNLOADED, FAILED]
    assert results[1].attempts == 3 and "HTTP 503" in results[1].reason
    assert delays == []                                 # Retry-After: 0 honoured (no wait)
    assert not (tmp_path / "reports/always500.pdf").exists()
    assert exit_code(results) == 1 and exit_code(results[:1]) == 0


def test_dropped_connection_resumes_with_range(server, tmp_path):
    e = entry(server, "drop.pdf")
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == DOWNLOADED and r.resumed and r.attempts == 2
    assert (tmp_path / e.filename).read_bytes() == BODY
    second = server.headers_of("drop.pdf")[1]
    start = int(second["Range"].split("=")[1].rstrip("-"))
    assert 0 < start < len(BODY) and second["If-Range"] == ETAG
    assert no_leftovers(tmp_path, e.filename)


def test_truncated_body_is_resumed(server, tmp_path):
    e = entry(server, "truncate-once.pdf")
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == DOWNLOADED and r.resumed
    assert server.headers_of("truncate-once.pdf")[1]["Range"] == "bytes=70000-"
    assert (tmp_path / e.filename).read_bytes() == BODY


def test_always_truncated_fails_without_final_file(server, tmp_path):
    e = entry(server, "truncate-always.pdf")
    r = fetch_entry(e, tmp_path, opts(retries=2))
    assert r.status == FAILED and "truncated" in r.reason and r.attempts == 3
    assert not (tmp_path / e.filename).exists()         # never a partial file under its name
    _, part, _ = state_paths(tmp_path, e.filename)
    assert part.exists()                                # kept for the next run to resume


def test_partial_left_by_earlier_run_is_resumed(server, tmp_path):
    e = entry(server, "ok.pdf")
    _, part, sidecar = state_paths(tmp_path, e.filename)
    part.parent.mkdir(parents=True)
    part.write_bytes(BODY[:123_456])
    sidecar.write_text(json.dumps({"part": {"url": e.url, "etag": ETAG, "last_modified": LAST_MODIFIED,
                                            "total": len(BODY)}}))
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == DOWNLOADED and r.resumed and r.attempts == 1
    assert server.headers_of("ok.pdf")[0]["Range"] == "bytes=123456-"
    assert (tmp_path / e.filename).read_bytes() == BODY


def test_partial_from_changed_file_restarts(server, tmp_path):
    """If-Range with an old ETag: the server sends the whole new file with 200."""
    e = entry(server, "ok.pdf")
    _, part, sidecar = state_paths(tmp_path, e.filename)
    part.parent.mkdir(parents=True)
    part.write_bytes(b"%PDF-old" + b"x" * 5000)
    sidecar.write_text(json.dumps({"part": {"url": e.url, "etag": '"old"', "total": 99999}}))
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == DOWNLOADED and not r.resumed
    assert (tmp_path / e.filename).read_bytes() == BODY


def test_server_ignoring_range_restarts_from_zero(server, tmp_path):
    e = entry(server, "norange.pdf")
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == DOWNLOADED and r.attempts == 2
    assert (tmp_path / e.filename).read_bytes() == BODY


def test_checksum_verified_and_mismatch_never_replaces(server, tmp_path):
    good = entry(server, "ok.pdf", sha256=SHA)
    r = fetch_entry(good, tmp_path, opts())
    assert r.status == DOWNLOADED and r.sha256 == SHA
    # Pinned and present: verified locally, no request at all.
    n = len(server.requests)
    r = fetch_entry(good, tmp_path, opts())
    assert r.status == VERIFIED and r.attempts == 0 and len(server.requests) == n

    bad = entry(server, "ok.pdf", filename="reports/other.pdf", sha256="0" * 64)
    r = fetch_entry(bad, tmp_path, opts())
    assert r.status == FAILED and "checksum mismatch" in r.reason and SHA in r.reason
    assert r.attempts == 1                              # a mismatch is not retried
    assert not (tmp_path / "reports/other.pdf").exists()
    assert no_leftovers(tmp_path, "reports/other.pdf")

    # The server now serves different bytes than the pinned sum: the good copy stays.
    (tmp_path / "reports/ok.pdf").write_bytes(b"%PDF-tampered")
    server.body, server.etag = b"%PDF-1.4 something else", '"v9"'
    r = fetch_entry(good, tmp_path, opts())
    assert r.status == FAILED and "checksum mismatch" in r.reason
    assert (tmp_path / "reports/ok.pdf").read_bytes() == b"%PDF-tampered"   # not replaced
    assert "left in place" in r.reason


def test_html_error_page_is_not_saved(server, tmp_path):
    e = entry(server, "html.pdf")
    r = fetch_entry(e, tmp_path, opts())
    assert r.status == FAILED and "HTML" in r.reason
    assert not (tmp_path / e.filename).exists() and no_leftovers(tmp_path, e.filename)


def test_404_fails_at_once(server, tmp_path):
    r = fetch_entry(entry(server, "gone.pdf"), tmp_path, opts())
    assert r.status == FAILED and r.reason.startswith("HTTP 404") and r.attempts == 1


def test_read_timeout_is_bounded(server, tmp_path):
    t0 = time.monotonic()
    r = fetch_entry(entry(server, "slow.pdf"), tmp_path, opts(timeout=0.3, retries=1))
    assert r.status == FAILED and "timed out" in r.reason
    assert time.monotonic() - t0 < 5


def test_connection_refused_is_retried_then_fails(tmp_path):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()                                           # nothing listens there now
    e = RegistryEntry("t", "IPCO", "2019", f"http://127.0.0.1:{port}/x.pdf", "x.pdf")
    r = fetch_entry(e, tmp_path, opts(retries=2))
    assert r.status == FAILED and r.attempts == 3 and "refused" in r.reason.lower()


# --- registry --------------------------------------------------------------------------------

def test_registry_validation():
    ok = {"report": [{"title": "t", "publisher": "IPCO", "period": "2019", "url": "https://x/y.pdf",
                      "filename": "ipco/y.pdf", "sha256": "A" * 64, "source": "https://x/"}]}
    [e] = parse_registry(ok)
    assert e.sha256 == "a" * 64 and e.filename == "ipco/y.pdf"
    for bad, msg in [
        ({"title": "t"}, "missing"),
        ({**ok["report"][0], "sha": "x"}, "unknown keys"),
        ({**ok["report"][0], "filename": "../y.pdf"}, "relative path"),
        ({**ok["report"][0], "filename": ".fetch/y.pdf"}, "relative path"),
        ({**ok["report"][0], "url": "ftp://x/y.pdf"}, "http"),
        ({**ok["report"][0], "sha256": "abc"}, "64 hex"),
    ]:
        with pytest.raises(RegistryError, match=msg):
            parse_registry({"report": [bad]})
    with pytest.raises(RegistryError, match="also used"):
        parse_registry({"report": [ok["report"][0], ok["report"][0]]})


def test_shipped_registry_is_valid():
    entries = load_registry(ROOT / "corpora" / "registry.toml")
    assert entries
    assert {e.publisher for e in entries} == {"IPCO", "IOCCO", "ICO"}
    for e in entries:
        assert e.url.startswith("https://") or e.url.startswith("http://")
        assert e.source.strip(), f"{e.filename}: no confirming source"
        assert e.filename.endswith(".pdf")


# --- command line ----------------------------------------------------------------------------

def test_cli_fetch_exit_codes_and_output(server, tmp_path):
    registry = tmp_path / "registry.toml"
    registry.write_text(
        "[[report]]\n"
        f'title = "ok"\npublisher = "IPCO"\nperiod = "2019"\nurl = "{server.url("ok.pdf")}"\n'
        f'filename = "ipco/ok.pdf"\nsha256 = "{SHA}"\n\n'
        "[[report]]\n"
        f'title = "gone"\npublisher = "ICO"\nperiod = "2020-04/2021-03"\nurl = "{server.url("gone.pdf")}"\n'
        'filename = "ico/gone.pdf"\n')
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    cmd = [sys.executable, str(ROOT / "cli.py"), "fetch", str(registry), "--into", str(tmp_path / "c"),
           "--retries", "1", "--backoff", "0.01", "--timeout", "5"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert p.returncode == 1, p.stderr
    assert "downloaded   ipco/ok.pdf" in p.stdout and "failed       ico/gone.pdf: HTTP 404" in p.stderr
    assert (tmp_path / "c/ipco/ok.pdf").read_bytes() == BODY

    p = subprocess.run(cmd + ["--publisher", "IPCO", "--json"], capture_output=True, text=True,
                       timeout=60, env=env, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    [line] = p.stdout.splitlines()
    assert json.loads(line)["status"] == "verified"

    bad = tmp_path / "bad.toml"
    bad.write_text("[[report]]\ntitle = 'x'\n")
    p = subprocess.run([sys.executable, str(ROOT / "cli.py"), "fetch", str(bad), "--into", str(tmp_path / "c")],
                       capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert p.returncode == 2 and "missing" in p.stderr
