"""Download the reports listed in a registry file into a corpus folder, safely and resumably.

    from pipeline.fetch import FetchOptions, fetch_all, load_registry, exit_code
    results = fetch_all(load_registry("corpora/registry.toml"), Path("corpus"), FetchOptions())
    sys.exit(exit_code(results))          # 0 every entry ok, 1 some entry failed

Registry (TOML): one `[[report]]` table per document with `title`, `publisher`, `period`,
`url`, `filename` (relative path inside the corpus folder) and optional `sha256` (64 hex
digits) and `source` (the public page the URL was confirmed from). Unknown keys are an error,
so a typo never silently drops a checksum.

For each entry:

- The body is written to `CORPUS/.fetch/<filename>.part` and only moved to
  `CORPUS/<filename>` (os.replace, same filesystem) once it is complete and verified, so a
  file under its final name is always whole. `.fetch/` is a hidden folder, which
  `pipeline.runner.discover` does not descend into.
- Conditional requests: the ETag and Last-Modified of the last download are kept in the
  sidecar `CORPUS/.fetch/<filename>.json`; a rerun sends If-None-Match / If-Modified-Since and
  a 304 leaves the file as it is (status `not_modified`). When `sha256` is pinned and the file
  on disk already has it, no request is made at all (status `verified`).
- Resume: a `.part` left by a dropped connection is continued with `Range: bytes=N-` (and
  `If-Range` with the validator it was started under); a server that answers 200 instead of
  206 restarts the file from zero.
- Retries with exponential backoff (`backoff * 2**(attempt-1)`, capped at `backoff_max`,
  `Retry-After` honoured up to the cap) on connection errors, timeouts, truncated bodies,
  408, 425, 429 and 5xx. Other 4xx fail at once.
- Checksum: when `sha256` is given the downloaded bytes must match, otherwise the entry
  fails, the `.part` is deleted and the file already in place (if any) is left untouched.
- The body must start with `%PDF-` (unless `FetchOptions.require_pdf` is False), so an HTML
  error page served with status 200 is never saved as a report.

Only the standard library is used (urllib), so fetching adds no dependency.
"""
from __future__ import annotations

import email.utils
import http.client
import json
import logging
import os
import re
import socket
import time
import tomllib
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

from .fsutil import sha256_file

log = logging.getLogger("oversight.fetch")

STATE_DIR = ".fetch"
REGISTRY_KEYS = {"title", "publisher", "period", "url", "filename", "sha256", "source"}
REQUIRED_KEYS = ("title", "publisher", "period", "url", "filename")
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

# Result statuses. ok_statuses: the file is in place and current.
DOWNLOADED, NOT_MODIFIED, VERIFIED, FAILED = "downloaded", "not_modified", "verified", "failed"
OK_STATUSES = (DOWNLOADED, NOT_MODIFIED, VERIFIED)


class RegistryError(ValueError):
    """The registry file is unreadable or an entry is malformed (message names the entry)."""


@dataclass(frozen=True)
class RegistryEntry:
    title: str
    publisher: str
    period: str
    url: str
    filename: str          # relative POSIX path inside the corpus folder
    sha256: str = ""       # expected lowercase hex digest, "" when unknown
    source: str = ""       # public page the URL was confirmed from


@dataclass
class FetchOptions:
    retries: int = 4                 # further attempts after the first one
    backoff: float = 1.0             # first delay in seconds; doubles each retry
    backoff_max: float = 60.0        # cap on one delay (also caps Retry-After)
    timeout: float = 60.0            # socket timeout for connect and for each read, seconds
    chunk_size: int = 1 << 16
    require_pdf: bool = True         # body must start with %PDF-
    user_agent: str = "oversight-stats-fetch/1 (+https://github.com/)"
    proxies: dict | None = None      # None: environment proxies; {}: no proxy at all
    sleep: Callable[[float], None] = time.sleep


@dataclass
class FetchResult:
    filename: str
    url: str
    status: str                      # downloaded | not_modified | verified | failed
    path: Path | None = None         # the final file (None when failed and nothing in place)
    size: int = 0
    sha256: str = ""
    attempts: int = 0                # HTTP requests made
    resumed: bool = False            # some bytes came from an earlier partial download
    reason: str = ""                 # one line, for failures (and notes on success)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status in OK_STATUSES

    def to_dict(self) -> dict:
        d = asdict(self)
        d["path"] = str(self.path) if self.path else None
        return d


def exit_code(results: Iterable[FetchResult]) -> int:
    """0 when every entry is in place and current, 1 when any failed."""
    return 0 if all(r.ok for r in results) else 1


# --------------------------------------------------------------------------------------------
# Registry

def _check_filename(name: str, where: str) -> str:
    p = PurePosixPath(name)
    if not name or p.is_absolute() or ".." in p.parts or "\\" in name or any(
            part.startswith(".") for part in p.parts):
        raise RegistryError(f"{where}: filename {name!r} must be a relative path without '..' "
                            "or hidden parts")
    return p.as_posix()


def parse_registry(data: dict, origin: str = "registry") -> list[RegistryEntry]:
    """Entries from an already-parsed TOML document ({"report": [{...}, ...]})."""
    extra = set(data) - {"report"}
    if extra:
        raise RegistryError(f"{origin}: unknown top-level keys {sorted(extra)} (expected [[report]] tables)")
    rows = data.get("report", [])
    if not isinstance(rows, list):
        raise RegistryError(f"{origin}: 'report' must be an array of tables ([[report]])")
    entries, seen = [], {}
    for i, row in enumerate(rows, start=1):
        where = f"{origin}: report #{i}"
        if not isinstance(row, dict):
            raise RegistryError(f"{where}: not a table")
        unknown = set(row) - REGISTRY_KEYS
        if unknown:
            raise RegistryError(f"{where}: unknown keys {sorted(unknown)}")
        missing = [k for k in REQUIRED_KEYS if not str(row.get(k, "")).strip()]
        if missing:
            raise RegistryError(f"{where}: missing {', '.join(missing)}")
        values = {k: str(row.get(k, "")).strip() for k in REGISTRY_KEYS}
        where = f"{origin}: report #{i} ({values['filename']})"
        if not values["url"].startswith(("http://", "https://")):
            raise RegistryError(f"{where}: url must be http(s): {values['url']!r}")
        values["filename"] = _check_filename(values["filename"], where)
        values["sha256"] = values["sha256"].lower()
        if values["sha256"] and not _SHA256.match(values["sha256"]):
            raise RegistryError(f"{where}: sha256 must be 64 hex digits")
        if values["filename"] in seen:
            raise RegistryError(f"{where}: filename also used by report #{seen[values['filename']]}")
        seen[values["filename"]] = i
        entries.append(RegistryEntry(**values))
    return entries


def load_registry(path: Path | str) -> list[RegistryEntry]:
    path = Path(path)
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise RegistryError(f"{path}: {e.strerror}") from e
    except tomllib.TOMLDecodeError as e:
        raise RegistryError(f"{path}: not valid TOML: {e}") from e
    return parse_registry(data, str(path))


# --------------------------------------------------------------------------------------------
# Sidecar state

def state_paths(corpus: Path, filename: str) -> tuple[Path, Path, Path]:
    """(final file, .part file, sidecar JSON) for one registry filename."""
    final = corpus / filename
    state = corpus / STATE_DIR / filename
    return final, state.with_name(state.name + ".part"), state.with_name(state.name + ".json")


def _read_json(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_json_atomic(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


# --------------------------------------------------------------------------------------------
# One download

class _Retry(Exception):
    """A transient failure: try again after `delay` (None: the normal backoff)."""

    def __init__(self, reason: str, delay: float | None = None):
        super().__init__(reason)
        self.reason, self.delay = reason, delay


class _Fail(Exception):
    """A permanent failure for this entry."""


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _strong_etag(etag: str | None) -> str | None:
    return etag if etag and not etag.startswith("W/") else None


def _opener(options: FetchOptions) -> urllib.request.OpenerDirector:
    handlers = []
    if options.proxies is not None:
        handlers.append(urllib.request.ProxyHandler(options.proxies))
    return urllib.request.build_opener(*handlers)


def _total_from_content_range(value: str | None) -> tuple[int | None, int | None]:
    """'bytes 100-199/200' -> (100, 200); unknown parts -> None."""
    m = re.match(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", value or "")
    if not m:
        return None, None
    return int(m.group(1)), (None if m.group(3) == "*" else int(m.group(3)))


class _Downloader:
    def __init__(self, entry: RegistryEntry, corpus: Path, options: FetchOptions):
        self.entry, self.options = entry, options
        self.final, self.part, self.sidecar = state_paths(corpus, entry.filename)
        self.opener = _opener(options)
        self.attempts = 0
        self.resumed = False

    # The sidecar holds {"final": {etag, last_modified, sha256, size, url, fetched_at},
    #                    "part": {etag, last_modified, total, url}}.
    def _state(self) -> dict:
        return _read_json(self.sidecar)

    def _save_state(self, state: dict) -> None:
        _write_json_atomic(self.sidecar, state)

    def _request(self, headers: dict) -> http.client.HTTPResponse:
        req = urllib.request.Request(self.entry.url, headers={
            "User-Agent": self.options.user_agent, "Accept": "application/pdf,*/*;q=0.5",
            "Accept-Encoding": "identity", **headers})
        self.attempts += 1
        return self.opener.open(req, timeout=self.options.timeout)

    def attempt(self) -> FetchResult:
        """One HTTP exchange. Returns a result, or raises _Retry / _Fail."""
        state = self._state()
        part_info = state.get("part") or {}
        final_info = state.get("final") or {}
        headers: dict[str, str] = {}
        offset = self.part.stat().st_size if self.part.exists() else 0
        if offset and part_info.get("url") == self.entry.url:
            headers["Range"] = f"bytes={offset}-"
            validator = _strong_etag(part_info.get("etag")) or part_info.get("last_modified")
            if validator:
                headers["If-Range"] = validator
            elif not part_info.get("total"):
                offset = 0          # nothing to tell a changed file from the one we started
                headers.pop("Range")
        else:
            offset = 0
            # Ask "has it changed?" only about the file we fetched: same URL, and not edited
            # or truncated on disk since (size check; a pinned sha256 is checked on 304).
            if (self.final.is_file() and final_info.get("url") == self.entry.url
                    and final_info.get("size") == self.final.stat().st_size):
                if final_info.get("etag"):
                    headers["If-None-Match"] = final_info["etag"]
                if final_info.get("last_modified"):
                    headers["If-Modified-Since"] = final_info["last_modified"]

        try:
            resp = self._request(headers)
        except urllib.error.HTTPError as e:
            try:
                e.close()           # the error body is not needed; free the connection
            except Exception:
                pass
            conditional = "If-None-Match" in headers or "If-Modified-Since" in headers
            if e.code == 304 and conditional:
                return self._not_modified(state, e.headers)
            if e.code == 416 and offset:
                # Our .part is at or past the end (or the file shrank): start again.
                self._discard_part(state)
                raise _Retry(f"HTTP 416 resuming at byte {offset}: restarting", delay=0.0)
            if e.code in RETRYABLE_STATUS:
                raise _Retry(f"HTTP {e.code} {e.reason}",
                             _retry_after(e.headers.get("Retry-After") if e.headers else None))
            raise _Fail(f"HTTP {e.code} {e.reason}")
        except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
            raise _Retry(_describe(e))

        with resp:
            return self._receive(resp, state, offset, headers)

    def _receive(self, resp, state: dict, offset: int, sent: dict) -> FetchResult:
        status = resp.status
        h = resp.headers
        if status == 206 and offset:
            start, total = _total_from_content_range(h.get("Content-Range"))
            if start != offset:
                self._discard_part(state)
                raise _Retry(f"server resumed at byte {start}, not {offset}: restarting", delay=0.0)
            known_total = (state.get("part") or {}).get("total")
            if known_total and total and known_total != total:
                self._discard_part(state)
                raise _Retry("file size changed while resuming: restarting", delay=0.0)
            mode = "ab"
            self.resumed = True
        elif status == 200:
            offset, mode = 0, "wb"
            self.resumed = False
            length = h.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
        else:
            raise _Fail(f"unexpected HTTP {status} for a GET")

        etag = h.get("ETag") if status == 200 else (state.get("part") or {}).get("etag") or h.get("ETag")
        last_modified = h.get("Last-Modified") if status == 200 else (
            (state.get("part") or {}).get("last_modified") or h.get("Last-Modified"))
        state["part"] = {"url": self.entry.url, "etag": etag, "last_modified": last_modified,
                         "total": total}
        self._save_state(state)

        self.part.parent.mkdir(parents=True, exist_ok=True)
        received = offset
        try:
            with open(self.part, mode) as f:
                # read1: at most one socket read, so bytes that arrived before a dropped
                # connection are kept in the .part rather than lost with a half-filled buffer.
                read = getattr(resp, "read1", resp.read)
                while True:
                    chunk = read(self.options.chunk_size)
                    if not chunk:
                        break
                    f.write(chunk)
                    received += len(chunk)
                f.flush()
                os.fsync(f.fileno())
        except (http.client.HTTPException, OSError) as e:
            raise _Retry(f"connection lost after {received} bytes: {_describe(e)}")
        if total is not None and received < total:
            raise _Retry(f"body truncated: got {received} of {total} bytes")
        if total is not None and received > total:
            self._discard_part(state)
            raise _Retry(f"body longer than announced ({received} > {total} bytes): restarting", 0.0)
        return self._complete(state, received)

    def _complete(self, state: dict, size: int) -> FetchResult:
        if self.options.require_pdf:
            with open(self.part, "rb") as f:
                head = f.read(1024)
            if b"%PDF-" not in head:
                self._discard_part(state)
                kind = "HTML" if b"<html" in head.lower() or b"<!doctype" in head.lower() else "not a PDF"
                raise _Fail(f"downloaded body is {kind} (no %PDF- header), not saved")
        digest = sha256_file(self.part)
        if self.entry.sha256 and digest != self.entry.sha256:
            self._discard_part(state)
            raise _Fail(f"checksum mismatch: expected sha256 {self.entry.sha256}, got {digest}; not saved")
        part = state.pop("part", {}) or {}
        self.final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.part, self.final)
        state["final"] = {"url": self.entry.url, "etag": part.get("etag"),
                          "last_modified": part.get("last_modified"), "sha256": digest, "size": size,
                          "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        self._save_state(state)
        return FetchResult(self.entry.filename, self.entry.url, DOWNLOADED, self.final, size, digest,
                           self.attempts, self.resumed)

    def _not_modified(self, state: dict, headers) -> FetchResult:
        info = state.get("final") or {}
        size = self.final.stat().st_size
        digest = info.get("sha256") or ""
        # A file edited or damaged on disk since it was fetched must not be kept as current.
        if info.get("size") != size:
            self._forget_final(state)
            raise _Retry("file on disk differs from the one fetched: downloading again", delay=0.0)
        if self.entry.sha256 and digest != self.entry.sha256:
            self._forget_final(state)
            raise _Retry("file on disk does not have the registry sha256: downloading again", delay=0.0)
        if headers is not None and headers.get("ETag"):
            info["etag"] = headers.get("ETag")
        info["checked_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        state["final"] = info
        self._save_state(state)
        return FetchResult(self.entry.filename, self.entry.url, NOT_MODIFIED, self.final, size, digest,
                           self.attempts, False, "HTTP 304: unchanged since the last download")

    def _forget_final(self, state: dict) -> None:
        state.pop("final", None)
        self._save_state(state)

    def _discard_part(self, state: dict) -> None:
        try:
            self.part.unlink()
        except FileNotFoundError:
            pass
        state.pop("part", None)
        self._save_state(state)


def _describe(e: BaseException) -> str:
    if isinstance(e, urllib.error.URLError) and not isinstance(e, urllib.error.HTTPError):
        e = e.reason if isinstance(e.reason, BaseException) else e
    if isinstance(e, (socket.timeout, TimeoutError)):
        return "timed out"
    text = str(e) or type(e).__name__
    return f"{type(e).__name__}: {text}" if type(e).__name__ not in text else text


def fetch_entry(entry: RegistryEntry, corpus: Path | str, options: FetchOptions | None = None) -> FetchResult:
    """Bring CORPUS/<entry.filename> up to date. Never raises for network or server trouble:
    failures come back as a FetchResult with status 'failed' and a one-line reason."""
    options = options or FetchOptions()
    corpus = Path(corpus)
    t0 = time.perf_counter()
    d = _Downloader(entry, corpus, options)

    # Pinned checksum and the file already has it: nothing to ask the server. The file is
    # hashed every time (a few MB; cheap next to a request) so an edit on disk is noticed.
    if entry.sha256 and d.final.is_file():
        digest = sha256_file(d.final)
        if digest == entry.sha256:
            return FetchResult(entry.filename, entry.url, VERIFIED, d.final, d.final.stat().st_size,
                               digest, 0, False, "sha256 matches the registry: not requested",
                               time.perf_counter() - t0)

    last = ""
    for attempt in range(options.retries + 1):
        try:
            result = d.attempt()
            result.seconds = time.perf_counter() - t0
            return result
        except _Fail as e:
            last = str(e)
            break
        except _Retry as e:
            last = e.reason
            if attempt == options.retries:
                break
            delay = options.backoff * (2 ** attempt) if e.delay is None else e.delay
            delay = min(max(delay, 0.0), options.backoff_max)
            log.info("%s: %s; retry %d/%d in %.2fs", entry.filename, e.reason, attempt + 1,
                     options.retries, delay)
            if delay:
                options.sleep(delay)
    final = d.final if d.final.is_file() else None
    if final is not None:
        last += " (the earlier copy is left in place)"
    return FetchResult(entry.filename, entry.url, FAILED, final, 0, "", d.attempts, d.resumed, last,
                       time.perf_counter() - t0)


def fetch_all(entries: Iterable[RegistryEntry], corpus: Path | str, options: FetchOptions | None = None,
              progress: Callable[[FetchResult], None] | None = None) -> list[FetchResult]:
    """fetch_entry for each entry in order; `progress(result)` after each one."""
    corpus = Path(corpus)
    corpus.mkdir(parents=True, exist_ok=True)
    results = []
    for entry in entries:
        r = fetch_entry(entry, corpus, options)
        (log.warning if not r.ok else log.info)("%s %s: %s", r.status, r.filename, r.reason or r.url)
        results.append(r)
        if progress:
            progress(r)
    return results


__all__ = [
    "RegistryEntry", "RegistryError", "FetchOptions", "FetchResult", "load_registry",
    "parse_registry", "fetch_entry", "fetch_all", "exit_code", "state_paths",
    "DOWNLOADED", "NOT_MODIFIED", "VERIFIED", "FAILED", "OK_STATUSES", "STATE_DIR",
]
