"""Per-document result cache for incremental runs, and a stat-based sha256 index.

    from pipeline.cache import Cache, HashIndex, PIPELINE_VERSION

    hashes = HashIndex(out_dir)                 # OUT_DIR/.cache/hashes.json
    cache = Cache(out_dir, settings={"password": None})
    for path in pdfs:
        sha = hashes.sha256(path)               # stat only when the file is unchanged
        payload = cache.get(sha)                # dict or None
        if payload is None:
            payload = process(path)             # {"document": {...}, "observations": [...], "failure": ...}
            cache.put(sha, payload)
    hashes.save()
    cache.prune(keep={all shas of this run})

Key. An entry is valid for one (file sha256, pipeline version, settings hash):

- `PIPELINE_VERSION` is a hash of the code that makes a document's results and of
  `corpora/taxonomy.toml` (and `corpora/breaks.toml` when present): every `pipeline/*.py`
  file except the modules that only work on results already made (series, outputs, report,
  charts, evaluate) or never touch them (fetch, lock, manifest, cache); of runner.py and
  isolate.py only the part between the `# --- begin: per-document results` and
  `# --- end: per-document results` markers (process_document and its helpers, the cache
  payload, the compression-bomb preflight). So a change to extraction, tables, grammar,
  recognition, taxonomy, model or OCR invalidates every entry, and a change to the series,
  the outputs or the run loop does not. A new module counts until it is listed here. Pass
  `version=` to override (tests, or a release number).
- `outputs_version()` hashes every `pipeline/*.py` and the taxonomy: the runner leaves the
  outputs untouched on a rerun only when it and the documents' results are unchanged.
- `settings_hash(settings)` is a hash of the canonical JSON of the settings that change
  results (e.g. OCR on/off, a password). Keep paths and output names out of it.

Layout: `OUT_DIR/.cache/docs/<version>-<settings hash>/<sha256>.json`, one JSON file per
document holding `{"key": {...}, "payload": {...}}`. Files are written atomically (temporary
file + os.replace), so a run killed mid-write never leaves a truncated entry, and an entry
that does not parse, or whose key does not match, is treated as a miss.

`HashIndex` remembers `path -> (size, mtime_ns, ctime_ns, inode, sha256)` and returns the stored
sha256 without reading the file when all four still match. An entry recorded less than
`RACY_NS` (2 s) after the file's mtime is not trusted (the file could still change within the
same mtime tick, as git's "racy clean" problem), so it is rehashed once more later.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Iterable

from .fsutil import sha256_file, write_text_atomic

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
CACHE_DIR = ".cache"
RACY_NS = 2_000_000_000
_VERSION_DATA = ("corpora/taxonomy.toml", "corpora/breaks.toml")
# Modules that never touch a document's results (they work on results already made, or not
# on results at all): editing them must not empty the cache.
_VERSION_EXCLUDED = {"fetch.py", "lock.py", "manifest.py", "cache.py", "series.py", "outputs.py",
                     "report.py", "charts.py", "evaluate.py"}
# Modules of which only the marked part makes a document's results.
_VERSION_PARTIAL = {"runner.py", "isolate.py"}
_BEGIN = b"# --- begin: per-document results"
_END = b"# --- end: per-document results"


def _marked(data: bytes) -> bytes:
    """The lines between the begin and end markers (every marked part, in order); the whole
    file when it has no markers, so a file that loses them still counts in full."""
    parts, pos = [], 0
    while True:
        b = data.find(_BEGIN, pos)
        if b < 0:
            break
        e = data.find(_END, b)
        if e < 0:
            return data
        parts.append(data[b:e])
        pos = e + len(_END)
    return b"\0".join(parts) if parts else data


def _hash_files(files: list[Path], root: Path, partial: set[str]) -> str:
    h = hashlib.sha256()
    for path in files:
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.name in partial and path.parent.name == "pipeline":
            data = _marked(data)
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(data)
        h.update(b"\0")
    return h.hexdigest()[:16]


def compute_pipeline_version(package_dir: Path = PACKAGE_DIR, root: Path = ROOT) -> str:
    """16 hex digits over the code that makes a document's results (see the module docstring)
    and the taxonomy files (names and bytes, sorted)."""
    files = [p for p in sorted(package_dir.glob("*.py")) if p.name not in _VERSION_EXCLUDED]
    return _hash_files(files + [root / p for p in _VERSION_DATA], root, _VERSION_PARTIAL)


def compute_outputs_version(package_dir: Path = PACKAGE_DIR, root: Path = ROOT) -> str:
    """16 hex digits over every pipeline/*.py (whole) and the taxonomy files."""
    files = sorted(package_dir.glob("*.py"))
    return _hash_files(files + [root / p for p in _VERSION_DATA], root, set())


PIPELINE_VERSION = compute_pipeline_version()
_OUTPUTS_VERSION: str | None = None


def outputs_version() -> str:
    """compute_outputs_version() for the installed code, computed once per process."""
    global _OUTPUTS_VERSION
    if _OUTPUTS_VERSION is None:
        _OUTPUTS_VERSION = compute_outputs_version()
    return _OUTPUTS_VERSION


def settings_hash(settings: dict | None) -> str:
    """12 hex digits over the canonical JSON of `settings` (key order does not matter)."""
    text = json.dumps(settings or {}, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class Cache:
    """get(sha256) -> payload dict or None; put(sha256, payload); prune(keep) -> removed count.

    The payload is any JSON-serialisable dict; the runner stores
    `{"document": {document, sha256, title, report_year, pages, status, seconds},
      "observations": [Observation.to_dict(), ...], "failure": {document, sha256, reason} | None,
      "notes": [str, ...]}` (runner.to_payload / from_payload).
    """

    def __init__(self, out_dir: Path | str, version: str | None = None, settings: dict | None = None):
        self.out_dir = Path(out_dir)
        self.version = version or PIPELINE_VERSION
        self.settings = settings or {}
        self.settings_hash = settings_hash(self.settings)
        self.root = self.out_dir / CACHE_DIR / "docs"
        self.dir = self.root / f"{self.version}-{self.settings_hash}"
        self.hits = self.misses = 0

    def _key(self, sha256: str) -> dict:
        return {"sha256": sha256, "version": self.version, "settings": self.settings_hash}

    def path(self, sha256: str) -> Path:
        if not sha256 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a lowercase hex sha256: {sha256!r}")
        return self.dir / f"{sha256}.json"

    def get(self, sha256: str) -> dict | None:
        try:
            with open(self.path(sha256), encoding="utf-8") as f:
                entry = json.load(f)
        except (OSError, ValueError):
            self.misses += 1
            return None
        if not isinstance(entry, dict) or entry.get("key") != self._key(sha256):
            self.misses += 1
            return None
        self.hits += 1
        return entry.get("payload")

    def put(self, sha256: str, payload: dict) -> Path:
        path = self.path(sha256)
        text = json.dumps({"key": self._key(sha256), "payload": payload}, ensure_ascii=False,
                          separators=(",", ":"), allow_nan=True)
        write_text_atomic(path, text)
        return path

    def __contains__(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def keys(self) -> set[str]:
        """sha256s cached under the current version and settings."""
        if not self.dir.is_dir():
            return set()
        return {p.name[:-5] for p in self.dir.glob("*.json")}

    def prune(self, keep: Iterable[str], other_versions: bool = True) -> int:
        """Delete entries whose sha256 is not in `keep` and, with `other_versions`, every entry
        made under another pipeline version or settings. Returns the number of files removed."""
        keep = set(keep)
        removed = 0
        if self.dir.is_dir():
            for p in self.dir.iterdir():
                if p.suffix == ".json" and p.name[:-5] in keep:
                    continue
                p.unlink(missing_ok=True)
                removed += 1
        if other_versions and self.root.is_dir():
            for d in self.root.iterdir():
                if d != self.dir and d.is_dir():
                    removed += sum(1 for _ in d.iterdir())
                    shutil.rmtree(d, ignore_errors=True)
        return removed


class HashIndex:
    """sha256 of files, from a stat-keyed index so unchanged files are never re-read.

    Keys are the paths as given (make them absolute or relative to one root consistently).
    `sha256(path)` raises OSError when the file cannot be read. Call `save()` after a run
    (a no-op when nothing changed); `forget(paths_to_keep)` drops entries for vanished files.
    """

    def __init__(self, out_dir: Path | str, name: str = "hashes.json"):
        self.path = Path(out_dir) / CACHE_DIR / name
        self.entries: dict[str, list] = {}
        self.dirty = False
        self.hashed = self.reused = 0
        try:
            with open(self.path, encoding="utf-8") as f:
                data = json.load(f)
            if isinstance(data, dict) and data.get("format") == 1 and isinstance(data.get("files"), dict):
                self.entries = data["files"]
        except (OSError, ValueError):
            pass

    @staticmethod
    def _stamp(st: os.stat_result) -> list:
        return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]

    def sha256(self, path: Path | str) -> str:
        key = str(path)
        st = os.stat(key)
        stamp = self._stamp(st)
        rec = self.entries.get(key)
        # rec = [size, mtime_ns, ctime_ns, inode, sha256, recorded_at_ns]
        if rec and rec[:4] == stamp and rec[5] - max(stamp[1], stamp[2]) >= RACY_NS:
            self.reused += 1
            return rec[4]
        digest = sha256_file(key)
        self.hashed += 1
        after = os.stat(key)
        if self._stamp(after) == stamp:       # not modified while we read it
            self.entries[key] = [*stamp, digest, time.time_ns()]
            self.dirty = True
        return digest

    def forget(self, keep: Iterable[Path | str]) -> int:
        keep = {str(p) for p in keep}
        gone = [k for k in self.entries if k not in keep]
        for k in gone:
            del self.entries[k]
        if gone:
            self.dirty = True
        return len(gone)

    def save(self) -> None:
        if not self.dirty:
            return
        write_text_atomic(self.path, json.dumps({"format": 1, "files": self.entries}, separators=(",", ":")))
        self.dirty = False


__all__ = ["Cache", "HashIndex", "PIPELINE_VERSION", "compute_pipeline_version", "compute_outputs_version",
           "outputs_version", "settings_hash",
           "sha256_file", "CACHE_DIR"]

