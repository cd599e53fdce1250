"""Run the stages over a corpus folder: find files, extract and recognise each document on its
own, then build series and write outputs. One bad file never stops the batch: it becomes a
Failure with a one-line reason and the others go on.

`process_document` is the one code path for a document (preflight, extraction, unreadable
text and scanned pages, OCR, recognition); `run` maps it over the corpus in isolated worker
processes with time and memory limits (pipeline/isolate.py), or over a Dask cluster
(`executor="dask"`: the same function, each document still under the isolate wrapper on the
Dask worker).

`run` is incremental. It takes the output folder's lock (pipeline/lock.py) for the whole run,
looks every file up by sha256 (pipeline/cache.py's HashIndex: a stat when unchanged) in the
per-document result cache, processes only the misses, and rebuilds series and outputs from all
documents' results. When the results are those of the previous run (same documents, same
results, same code for series and outputs) the outputs are left as they are. Each run writes
OUT_DIR/manifest.json and OUT_DIR/changes_since_last_run.csv/.json (pipeline/manifest.py).

The code between the two `per-document results` markers below is hashed into
PIPELINE_VERSION (pipeline/cache.py): change it and every cached result is recomputed. Code
outside the markers (discovery, the run loop, logging) can change without emptying the cache.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import sys
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from .fsutil import sha256_file
from .model import Failure, Observation

if TYPE_CHECKING:
    from .recognize import Recognizer

log = logging.getLogger("oversight")

# --- begin: per-document results (hashed into PIPELINE_VERSION, see pipeline/cache.py) ---

OUT_OF_MEMORY = "out of memory"
OCR_NEEDED = "no text layer: OCR needed (install tesseract-ocr)"
OCR_DONE = "no text layer: read by OCR"
UNREADABLE_TEXT = "unreadable text (font without a Unicode map), not mined"
OCR_CONFIDENCE_CAP = 0.6


@dataclass
class DocumentResult:
    document: str
    sha256: str
    title: str = ""
    report_year: int | None = None
    pages: int = 0
    status: str = "ok"  # ok | failed
    observations: list[Observation] = field(default_factory=list)
    failure: Failure | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)  # pages flagged: scanned, unreadable text
    cached: bool = False  # read from the result cache, not processed in this run


def _exception_chain(e: BaseException):
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        yield e
        e = e.__cause__ or e.__context__ or (e.args[0] if e.args and isinstance(e.args[0], BaseException) else None)


_PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2", "playa")


def _raised_in_pdf_library(e: BaseException) -> bool:
    """True if the exception came out of the PDF libraries' own code (the innermost frame is
    theirs): on a malformed file that is the file's fault, whatever the exception type."""
    if type(e).__module__.split(".")[0] in _PDF_LIBRARIES:
        return True
    tb = e.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    module = tb.tb_frame.f_globals.get("__name__", "")
    return module.split(".")[0] in _PDF_LIBRARIES


def _reason(e: BaseException) -> str:
    """One line for failures.csv from whatever extraction raised."""
    from .extract import ExtractionError
    chain = list(_exception_chain(e))
    # An error while closing the file can mask the ExtractionError that was raised first.
    first = next((c for c in chain if isinstance(c, ExtractionError)), None)
    if first is not None:
        e = first
    text = str(e).strip().splitlines()[0][:200] if str(e).strip() else ""
    if any(isinstance(c, RecursionError) for c in chain) or "maximum recursion depth" in text:
        page = re.match(r"corrupt PDF: (page \d+: )", text) if isinstance(e, ExtractionError) else None
        return f"corrupt PDF: {page.group(1) if page else ''}objects nested too deeply"
    if isinstance(e, ExtractionError):
        if text == "encrypted PDF: password required":
            return text + " (use --password)"
        return text
    if any(_raised_in_pdf_library(c) for c in chain):
        return f"corrupt PDF: {text or type(e).__name__}"
    return f"unexpected error: {type(e).__name__}: {text}".rstrip(": ")


_CID_RE = re.compile(r"\(cid:\d+\)")
_NOT_PRINTABLE_ASCII = re.compile(r"[^\x20-\x7e]")


def garbage_share(text: str) -> float:
    """Share of a text's visible characters that are not readable text: (cid:NN) glyph ids
    (a font without a Unicode map), private-use, control and replacement characters."""
    visible = re.sub(r"\s+", "", text)
    if not visible:
        return 0.0
    bad = sum(len(m) for m in _CID_RE.findall(visible))
    rest = _CID_RE.sub("", visible)
    # Printable ASCII is readable by definition: only the other characters are looked up
    # (this runs over every block of every page).
    bad += sum(1 for ch in _NOT_PRINTABLE_ASCII.findall(rest)
               if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cf", "Cs", "Cn"))
    return bad / len(visible)


GARBAGE_SHARE = 0.3  # a block or table with more than this share of garbage is not mined


def _drop_unreadable(page) -> bool:
    """Remove blocks and tables whose text is mostly glyph ids; True if any was removed."""
    keep = [b for b in page.blocks if garbage_share(b.text) <= GARBAGE_SHARE]
    tables = [t for t in page.tables
              if garbage_share(" ".join(" ".join(r) for r in t.text_rows())) <= GARBAGE_SHARE]
    dropped = len(keep) < len(page.blocks) or len(tables) < len(page.tables)
    page.blocks, page.tables = keep, tables
    if dropped:
        page.headings = [h for h in page.headings if garbage_share(h) <= GARBAGE_SHARE]
    return dropped


def _page_ranges(pages: list[int]) -> str:
    pages = sorted(set(pages))
    parts, i = [], 0
    while i < len(pages):
        j = i
        while j + 1 < len(pages) and pages[j + 1] == pages[j] + 1:
            j += 1
        parts.append(str(pages[i]) if i == j else f"{pages[i]}-{pages[j]}")
        i = j + 1
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(parts)


def process_document(path: Path, root: Path, recognizer: Recognizer, password: str | None = None,
                     ocr: bool | None = None) -> DocumentResult:
    """Extract and recognise one document. Never raises for a bad file.

    Compression bombs are refused before parsing (isolate.preflight). Text in a font without
    a Unicode map is dropped, not mined. Pages with no text layer are read by Tesseract when
    `ocr` is True, or None and tesseract is installed (observations get method "ocr" and a
    confidence of at most 0.6), and flagged otherwise. Flags go to DocumentResult.notes."""
    from .extract import extract_document
    from .isolate import preflight

    rel = path.relative_to(root).as_posix()
    t0 = time.perf_counter()
    try:
        sha = sha256_file(path)
    except OSError as e:
        return DocumentResult(rel, "", status="failed", failure=Failure(rel, f"unreadable: {e.strerror}"))

    def failed(reason: str) -> DocumentResult:
        return DocumentResult(rel, sha, status="failed", failure=Failure(rel, reason, sha),
                              seconds=time.perf_counter() - t0)
    try:
        refusal = preflight(path)
        if refusal:
            return failed(refusal)
        content = extract_document(path, root, password=password)
        unreadable = [p.number for p in content.pages if _drop_unreadable(p)]
        scanned = [p.number for p in content.pages if not p.has_text_layer]
        notes, ocr_pages = [], set()
        if scanned:
            from . import ocr as ocr_mod
            if ocr is False or (ocr is None and not ocr_mod.available()):
                notes.append(f"{_page_ranges(scanned)}: {OCR_NEEDED}")
            else:
                failed_ocr = []
                for page in content.pages:
                    if page.has_text_layer:
                        continue
                    try:
                        page.blocks = ocr_mod.ocr_page(path, page.number, password)
                        ocr_pages.add(page.number)
                    except MemoryError:
                        raise
                    except Exception as e:  # tesseract missing or failing, a page pdfium cannot render
                        failed_ocr.append(page.number)
                        log.warning("OCR of %s page %d failed: %s", rel, page.number, e)
                if ocr_pages:
                    notes.append(f"{_page_ranges(sorted(ocr_pages))}: {OCR_DONE}")
                if failed_ocr:
                    notes.append(f"{_page_ranges(failed_ocr)}: no text layer: OCR failed")
        if unreadable:
            notes.append(f"{_page_ranges(unreadable)}: {UNREADABLE_TEXT}")
        observations = recognizer.recognize_document(content)
        for o in observations:
            if o.page in ocr_pages:
                o.method = "ocr"
                o.confidence = min(o.confidence, OCR_CONFIDENCE_CAP)
    except MemoryError:
        return failed(OUT_OF_MEMORY)
    except Exception as e:  # a bad PDF our libraries choke on, or a bug: record it, keep going
        if any(isinstance(c, MemoryError) for c in _exception_chain(e)):
            return failed(OUT_OF_MEMORY)  # wrapped by a library on its way out
        reason = _reason(e)
        if reason.startswith("unexpected error"):
            log.exception("unexpected error in %s", rel)
        return failed(reason)
    from .recognize import document_period
    period = document_period(content)
    return DocumentResult(
        rel, sha, title=content.title,
        report_year=int(period[:4]) if period else content.report_year,
        pages=len(content.pages), observations=observations, seconds=time.perf_counter() - t0,
        notes=notes)

# A short report the project ships (two pages: prose, a table, footnotes), read once before
# the workers fork.
WARM_UP_DOCUMENT = Path(__file__).resolve().parent.parent / "corpora" / "sample" / \
    "ipco-annual-report-2024-statement.pdf"


def warm_up(recognizer: Recognizer, path: Path = WARM_UP_DOCUMENT) -> None:
    """Read one known-good document in this process so that every worker forked from it
    starts warm: modules imported on first use, compiled patterns, pdfium's fonts, spaCy's
    tokenizer and the taxonomy's answers. A worker reads one document; cold, each paid about
    0.13 s (2.6 ms a page of a 50-page report). Skipped when the file is not there."""
    from .extract import extract_document
    if not path.is_file():
        return
    try:
        recognizer.recognize_document(extract_document(path, path.parent))
    except Exception as e:  # only ever a missed speed-up, never a failed run
        log.debug("warm-up on %s failed: %s", path, e)


def to_payload(r: DocumentResult) -> dict:
    """What the cache keeps for one document: metadata, observations, failure and notes."""
    return {
        "document": {"document": r.document, "sha256": r.sha256, "title": r.title,
                     "report_year": r.report_year, "pages": r.pages, "status": r.status,
                     "seconds": round(r.seconds, 3)},
        "observations": [o.to_dict() for o in r.observations],
        "failure": ({"document": r.failure.document, "sha256": r.failure.sha256,
                     "reason": r.failure.reason} if r.failure else None),
        "notes": list(r.notes),
    }


def from_payload(payload: dict, document: str) -> DocumentResult:
    """The DocumentResult a payload was made from, under `document` (the file's path now: a
    cached file may have been renamed or copied; its content, so its results, are the same)."""
    d = payload["document"]
    observations = []
    for o in payload["observations"]:
        o = dict(o)
        o["document"] = document
        observations.append(Observation(**o))
    f = payload.get("failure")
    failure = Failure(document, f["reason"], f.get("sha256", "")) if f else None
    return DocumentResult(document, d["sha256"], title=d.get("title", ""), report_year=d.get("report_year"),
                          pages=d.get("pages", 0), status=d.get("status", "ok"), observations=observations,
                          failure=failure, seconds=d.get("seconds", 0.0), notes=list(payload.get("notes") or []))


# --- end: per-document results ---

def failed_result(path: Path, root: Path, reason: str, seconds: float = 0.0) -> DocumentResult:
    rel = Path(path).relative_to(root).as_posix()
    try:
        sha = sha256_file(Path(path))
    except OSError:
        sha = ""
    return DocumentResult(rel, sha, status="failed", failure=Failure(rel, reason, sha), seconds=seconds)


# Files that are never reports (OS droppings): skipped with a note, never tried.
_SYSTEM_FILES = {
    ".DS_Store": "macOS folder metadata, not a report",
    "Thumbs.db": "Windows thumbnail cache, not a report",
    "desktop.ini": "Windows folder settings, not a report",
}


def discover(corpus: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """PDFs under corpus (recursively, sorted), and the other files skipped with why.

    A file counts as a PDF by its .pdf name *or* by starting with %PDF, so a report saved
    without an extension is still read, and an HTML error page saved as .pdf is still tried
    (and then fails with a reason) rather than silently ignored."""
    pdfs, skipped = [], []
    for p in sorted(corpus.rglob("*")):
        if not p.is_file() or any(part.startswith(".") for part in p.relative_to(corpus).parts[:-1]):
            continue
        rel = p.relative_to(corpus).as_posix()
        if p.name in _SYSTEM_FILES:
            skipped.append((rel, _SYSTEM_FILES[p.name]))
            continue
        if p.name.startswith("._"):
            skipped.append((rel, "macOS resource fork (AppleDouble), not a report"))
            continue
        if p.suffix.lower() == ".pdf":
            pdfs.append(p)
            continue
        try:
            with open(p, "rb") as f:
                head = f.read(1024)
        except OSError as e:
            skipped.append((rel, f"unreadable: {e.strerror}"))
            continue
        if b"%PDF-" in head:
            pdfs.append(p)
        else:
            skipped.append((rel, "not a .pdf file and no PDF header: not a report, skipped"))
    return pdfs, skipped


def _observation_tuples(r: DocumentResult) -> list[tuple]:
    """Each observation's fields in OBSERVATION_COLUMNS order: the values of o.to_dict(), read
    without dataclasses.asdict's recursive deep copy, which took seconds over a large corpus
    (the fields are plain str, int and float, so there is nothing to copy)."""
    from operator import attrgetter

    from .model import OBSERVATION_COLUMNS
    fields = attrgetter(*OBSERVATION_COLUMNS)
    return [fields(o) for o in r.observations]


def frames(results: list[DocumentResult]):
    """documents, observations and failures as DataFrames with their fixed columns."""
    import pandas as pd

    from .model import OBSERVATION_COLUMNS
    from .outputs import DOCUMENT_COLUMNS, FAILURE_COLUMNS

    docs = pd.DataFrame([{
        "document": r.document, "sha256": r.sha256, "title": r.title,
        "report_year": r.report_year, "pages": r.pages, "status": r.status,
        "notes": "; ".join(getattr(r, "notes", None) or []),
    } for r in results], columns=[*DOCUMENT_COLUMNS, "notes"])
    docs["report_year"] = docs["report_year"].astype("Int64")
    obs = pd.DataFrame([t for r in results for t in _observation_tuples(r)], columns=OBSERVATION_COLUMNS)
    fails = pd.DataFrame([{"document": r.failure.document, "sha256": r.failure.sha256, "reason": r.failure.reason}
                          for r in results if r.failure], columns=FAILURE_COLUMNS)
    return docs, obs, fails


# ---------------------------------------------------------------------------
# Incremental runs

# Failures that say more about this run than about the file (a limit, a crash, a bug, a file
# that could not be read just now): never cached, so the next run tries the file again.
_NOT_CACHED = ("timed out after", "memory limit", "worker crashed", "worker lost", "worker runs",
               "unexpected error", "unreadable:", OUT_OF_MEMORY)



def output_files(db_name: str) -> dict[str, str]:
    """The files write_outputs puts in OUT_DIR, by its keys (manifest and changes come on top)."""
    return {"observations_csv": "observations.csv", "observations_parquet": "observations.parquet",
            "series_csv": "series.csv", "series_parquet": "series.parquet", "checks_csv": "checks.csv",
            "changes_csv": "changes.csv", "breaks_csv": "breaks.csv", "failures_csv": "failures.csv",
            "documents_csv": "documents.csv", "db": f"{db_name}.db", "metadata": "metadata.json"}


def cacheable(r: DocumentResult) -> bool:
    if not r.sha256:
        return False
    return r.failure is None or not r.failure.reason.startswith(_NOT_CACHED)


def result_settings(password: Optional[str], ocr: bool) -> dict:
    """The settings that change a document's results: the cache key's settings part. A
    password is kept as a hash (two runs with the same password share entries), never as is."""
    return {"ocr": bool(ocr),
            "password": hashlib.sha256(password.encode("utf-8")).hexdigest()[:16] if password else None}


def results_digest(results: list[DocumentResult]) -> str:
    """A hash of every document's results in path order (timings left out): equal digests mean
    the outputs built from them are equal too, given the same series and outputs code."""
    h = hashlib.sha256()
    for r in results:
        p = to_payload(r)
        p["document"].pop("seconds", None)
        h.update(json.dumps(p, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                            allow_nan=True, default=str).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def clean_stale(out_dir: Path) -> list[str]:
    """Remove what a killed run left in OUT_DIR: `.staging-*` folders (pipeline/outputs.py) and
    `.*.tmp` files (manifest and cache writes). Only call with the output lock held: another
    run's staging folder is live while that run holds the lock."""
    removed = []
    for folder in (out_dir, out_dir / ".cache"):
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            if p.name.startswith(".staging-") and p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
            elif p.name.startswith(".") and p.name.endswith(".tmp") and p.is_file():
                p.unlink(missing_ok=True)
                removed.append(p.name)
    return removed


def _package_versions(names: tuple[str, ...]) -> dict:
    from importlib import metadata
    out = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


@dataclass
class RunResult:
    documents: list[DocumentResult]
    skipped: list[tuple[str, str]]  # (path, why)
    outputs: dict[str, Path]
    processed: list[str] = field(default_factory=list)  # documents read in this run
    cached: list[str] = field(default_factory=list)     # documents taken from the cache
    removed: list[str] = field(default_factory=list)    # inputs of the previous run now gone
    rewritten: bool = True       # False: the outputs were already this run's, left untouched
    changes: dict = field(default_factory=dict)         # diff summary (pipeline/manifest.py)
    timings: dict = field(default_factory=dict)
    manifest: Optional[Path] = None

    @property
    def failed(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.status == "failed"]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


# ---------------------------------------------------------------------------
# Logs: text or JSON lines on stderr, and a progress bar on a terminal

def _event(level: int, event: str, message: str, **data) -> None:
    log.log(level, message, extra={"event": event, "data": data})


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, event, message and the event's fields.

    Events: skipped, cached, read, failed, summary (from `run`), locked (from cli.py), and
    `log` for any other message (a library's warning)."""

    def format(self, record: logging.LogRecord) -> str:
        from datetime import datetime, timezone
        obj = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
               "level": record.levelname.lower(),
               "event": getattr(record, "event", "log"),
               "message": record.getMessage()}
        if record.name != log.name:
            obj["logger"] = record.name
        data = getattr(record, "data", None)
        if isinstance(data, dict):
            obj.update(data)
        if record.exc_info:
            obj["exception"] = self.formatException(record.exc_info)
        return json.dumps(obj, ensure_ascii=False, default=str)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time, so a rich progress bar that redirects
    stderr keeps log lines above the bar instead of tearing it."""

    def __init__(self):
        super().__init__(sys.stderr)

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def configure_logging(verbose: bool = False, log_format: str = "text") -> None:
    """Root logging to stderr. text: `LEVEL message`, INFO with verbose, else WARNING.
    json: one JSON object per line (JsonFormatter), every event from INFO up."""
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    handler = _StderrHandler()
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
        root.setLevel(logging.INFO)
        logging.captureWarnings(True)
    else:
        handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        root.setLevel(logging.INFO if verbose else logging.WARNING)
    root.addHandler(handler)
    if not verbose:  # pdfminer's complaints about malformed files: failures.csv says it in one line
        logging.getLogger("pdfminer").setLevel(logging.ERROR)


class TerminalProgress:
    """A rich progress bar on stderr; use only when stderr is a terminal (never in cron or CI).

        with TerminalProgress() as bar:
            run(..., on_start=bar.start, progress=bar.advance)
    """

    def __init__(self):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), TimeRemainingColumn(),
                                 TextColumn("{task.fields[last]}"),
                                 console=Console(stderr=True), transient=False)
        self.task = None

    @staticmethod
    def wanted(log_format: str = "text") -> bool:
        try:
            return log_format == "text" and sys.stderr.isatty()
        except (AttributeError, ValueError):
            return False

    def __enter__(self) -> "TerminalProgress":
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def start(self, total: int, cached: int = 0) -> None:
        self.task = self.progress.add_task("documents", total=total, last="")

    def advance(self, r: DocumentResult) -> None:
        if self.task is not None:
            state = "cached" if r.cached else ("failed" if r.failure else "read")
            self.progress.update(self.task, advance=1, last=f"{state} {r.document}"[-60:])


# ---------------------------------------------------------------------------
# Executors: local worker processes, or a Dask cluster

_WORKER_RECOGNIZER = None


def _worker_recognizer():
    """One Recognizer per process (a Dask worker builds it at its first document)."""
    global _WORKER_RECOGNIZER
    if _WORKER_RECOGNIZER is None:
        from .recognize import Recognizer
        _WORKER_RECOGNIZER = Recognizer()
    return _WORKER_RECOGNIZER


def process_isolated(path: Path, root: Path, recognizer, password: Optional[str], ocr: Optional[bool],
                     limits) -> DocumentResult:
    """process_document on one file in a forked worker under `limits` (pipeline/isolate.py)."""
    from . import isolate
    [r] = isolate.map_documents([path], root, lambda p: process_document(p, root, recognizer, password, ocr=ocr),
                                workers=1, limits=limits)
    return r


def process_on_worker(rel: str, root: str, data: Optional[bytes], password: Optional[str], ocr: Optional[bool],
                      limits, expected_version: str) -> DocumentResult:
    """The Dask task: one document through the same isolate wrapper and process_document as
    the local executor. With `data` (the file's bytes, sent by the client when the workers do
    not share the corpus folder) the file is written to a temporary folder under its corpus
    path first, so its path, sha256 and results are the same as when read in place."""
    import multiprocessing
    import tempfile

    from . import extract, isolate, ocr as ocr_mod  # noqa: F401  loaded before forking
    from .cache import PIPELINE_VERSION

    if PIPELINE_VERSION != expected_version:
        return DocumentResult(rel, "", status="failed", failure=Failure(
            rel, f"worker runs pipeline version {PIPELINE_VERSION}, the run {expected_version}: "
                 f"install the same code on every worker"))
    # A Dask worker runs as a daemonic process, which multiprocessing forbids from starting
    # children. The isolate worker dies with its parent (PR_SET_PDEATHSIG), which is what the
    # rule is there for, so lift it for this process.
    multiprocessing.current_process()._config["daemon"] = False
    recognizer = _worker_recognizer()
    if data is None:
        return process_isolated(Path(root) / rel, Path(root), recognizer, password, ocr, limits)
    with tempfile.TemporaryDirectory(prefix="oversight-doc-") as tmp:
        path = Path(tmp) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return process_isolated(path, Path(tmp), recognizer, password, ocr, limits)


# ---------------------------------------------------------------------------
# The run

def run(corpus: Path, out_dir: Path, db_name: str = "surveillance_stats", password: str | None = None,
        progress: Optional[Callable] = None, workers: int | None = None, timeout: float | None = None,
        memory_mb: int | None = None, ocr: bool | None = None, *, force: bool = False,
        executor: str = "local", scheduler: Optional[str] = None, send_bytes: bool = False,
        on_start: Optional[Callable] = None, lock: bool = True) -> RunResult:
    """Read every PDF under corpus and write the outputs, incrementally (see the module
    docstring). Raises pipeline.lock.LockedError when another run holds OUT_DIR's lock.

    timeout (s) and memory_mb default to isolate.DEFAULT_TIMEOUT and DEFAULT_MEMORY_MB; 0 turns
    a limit off. workers defaults to the number of cores (local executor, or the size of the
    LocalCluster started for executor="dask" without a scheduler). force: process every file
    again, cache or not. executor "dask": map the documents over the Dask cluster at
    `scheduler` (an address such as tcp://10.0.0.5:8786), or over a LocalCluster when None;
    send_bytes: send each file's bytes to the workers instead of the path (no shared storage).
    progress(result) is called for every document (cached ones too) as it is done, after
    on_start(total, cached)."""
    out_dir = Path(out_dir)
    if not lock:
        return _run(Path(corpus), out_dir, db_name, password, progress, workers, timeout, memory_mb, ocr,
                    force, executor, scheduler, send_bytes, on_start)
    from .lock import OutputLock
    with OutputLock(out_dir):
        return _run(Path(corpus), out_dir, db_name, password, progress, workers, timeout, memory_mb, ocr,
                    force, executor, scheduler, send_bytes, on_start)


def _run(corpus, out_dir, db_name, password, progress, workers, timeout, memory_mb, ocr, force, executor,
         scheduler, send_bytes, on_start) -> RunResult:
    from . import isolate, ocr as ocr_mod
    from .cache import Cache, HashIndex, PIPELINE_VERSION, outputs_version

    if executor not in ("local", "dask"):
        raise ValueError(f"unknown executor {executor!r} (local or dask)")
    t_start = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = round(now - since, 3)
        return now

    stale = clean_stale(out_dir)
    if stale:
        _event(logging.INFO, "cleaned", f"removed {len(stale)} leftovers of an interrupted run: "
                                        f"{', '.join(sorted(stale)[:5])}", removed=sorted(stale))
    limits = isolate.Limits(timeout=isolate.DEFAULT_TIMEOUT if timeout is None else timeout,
                            memory_mb=isolate.DEFAULT_MEMORY_MB if memory_mb is None else memory_mb)
    t = time.perf_counter()
    pdfs, skipped = discover(corpus)
    for rel, why in skipped:
        _event(logging.INFO, "skipped", f"skipped {rel}: {why}", document=rel, reason=why)
    t = lap("discover_s", t)

    use_ocr = bool(ocr) if ocr is not None else ocr_mod.available()
    settings = result_settings(password, use_ocr)
    cache = Cache(out_dir, settings=settings)
    hashes = HashIndex(out_dir)

    def report(r: DocumentResult) -> None:
        if not r.cached and cacheable(r):
            cache.put(r.sha256, to_payload(r))  # as each is done: a killed run keeps its work
        if r.cached:
            _event(logging.INFO, "cached", f"cached {r.document}: {len(r.observations)} observations"
                   + (f" (failed before: {r.failure.reason})" if r.failure else ""),
                   document=r.document, sha256=r.sha256, status=r.status, observations=len(r.observations))
        elif r.failure:
            _event(logging.WARNING, "failed", f"failed {r.document}: {r.failure.reason}",
                   document=r.document, sha256=r.sha256, reason=r.failure.reason, seconds=round(r.seconds, 3))
        else:
            _event(logging.INFO, "read", f"read {r.document}: {r.pages} pages, {len(r.observations)} observations "
                   f"in {r.seconds:.2f}s" + (f" ({'; '.join(r.notes)})" if r.notes else ""),
                   document=r.document, sha256=r.sha256, pages=r.pages, observations=len(r.observations),
                   seconds=round(r.seconds, 3), notes=r.notes)
        if progress:
            progress(r)

    results: list[Optional[DocumentResult]] = [None] * len(pdfs)
    sizes = [0] * len(pdfs)
    todo: list[int] = []
    for i, path in enumerate(pdfs):
        rel = path.relative_to(corpus).as_posix()
        try:
            sizes[i] = path.stat().st_size
            sha = hashes.sha256(path.absolute())
        except OSError:
            todo.append(i)  # process_document says why
            continue
        payload = None if force else cache.get(sha)
        if payload is not None:
            try:
                results[i] = from_payload(payload, rel)
                results[i].cached = True
                continue
            except (KeyError, TypeError, ValueError):
                pass  # an entry from another layout: recompute it
        todo.append(i)
    t = lap("hash_s", t)
    if on_start:
        on_start(len(pdfs), len(pdfs) - len(todo))
    for r in results:
        if r is not None:
            report(r)

    if todo:
        paths = [pdfs[i] for i in todo]
        if executor == "dask":
            done = _map_dask(paths, corpus, password, use_ocr, limits, scheduler, workers, send_bytes, report,
                             PIPELINE_VERSION)
        else:
            from . import extract  # noqa: F401  loaded once, before workers fork
            from .recognize import Recognizer
            if use_ocr:
                import pypdfium2  # noqa: F401
            recognizer = Recognizer()
            warm_up(recognizer)

            def task(path: Path) -> DocumentResult:
                return process_document(path, corpus, recognizer, password, ocr=use_ocr)
            done = isolate.map_documents(paths, corpus, task, workers=workers, limits=limits, progress=report,
                                         meanwhile=_load_outputs_stage)
        for i, r in zip(todo, done):
            results[i] = r
    t = lap("documents_s", t)

    results = [r for r in results if r is not None]
    keep = {r.sha256 for r in results if r.sha256}
    cache.prune(keep)
    hashes.forget(p.absolute() for p in pdfs)
    hashes.save()

    # Outputs: rebuilt from every document's results, unless they are the previous run's.
    from .manifest import read_manifest
    previous = read_manifest(out_dir)
    prev_run = (previous or {}).get("run") or {}
    digest = results_digest(results)
    out_version = outputs_version()
    names = output_files(db_name)
    unchanged = bool(previous) and prev_run.get("results_digest") == digest \
        and (previous.get("versions") or {}).get("outputs") == out_version \
        and (previous.get("settings") or {}).get("db_name") == db_name \
        and all((out_dir / n).is_file() for n in names.values())
    prev_paths = {i.get("path") for i in (previous or {}).get("inputs") or []}
    removed = sorted(prev_paths - {r.document for r in results})
    n_obs = sum(len(r.observations) for r in results)
    if unchanged:
        from .manifest import empty_diff, render_changes
        n_series = int(prev_run.get("series") or 0)
        changes = render_changes(empty_diff(n_obs, n_series))
        outputs = {key: out_dir / n for key, n in names.items()}
    else:
        outputs, n_series, changes = _rebuild_outputs(out_dir, results, db_name)
    from .manifest import write_changes, write_manifest
    write_changes(out_dir, changes)
    t = lap("outputs_s", t)
    timings["total_s"] = round(time.perf_counter() - t_start, 3)

    processed = [r.document for r in results if not r.cached]
    cached = [r.document for r in results if r.cached]
    failed = [r.document for r in results if r.status == "failed"]
    size_of = {pdfs[i].relative_to(corpus).as_posix(): sizes[i] for i in range(len(pdfs))}
    inputs = [{"path": r.document, "sha256": r.sha256, "size": size_of.get(r.document, 0),
               "status": r.status, "source": "cache" if r.cached else "processed", "pages": r.pages,
               "observations": len(r.observations), "seconds": round(r.seconds, 3),
               **({"reason": r.failure.reason} if r.failure else {})} for r in results]
    versions = {"pipeline": PIPELINE_VERSION, "outputs": out_version,
                "python": sys.version.split()[0],
                **_package_versions(("pdfplumber", "pypdfium2", "spacy", "pandas", "pyarrow",
                                     *(("dask", "distributed") if executor == "dask" else ())))}
    run_settings = {"cache_key": cache.settings_hash, "ocr": use_ocr, "password": password is not None,
                    "timeout_s": limits.timeout, "memory_mb": limits.memory_mb,
                    "workers": workers or isolate.default_workers(), "executor": executor,
                    "scheduler": scheduler, "send_bytes": send_bytes, "force": force, "db_name": db_name,
                    "corpus": str(corpus.absolute())}
    counts = {"documents": len(results), "processed": len(processed), "cached": len(cached),
              "failed": len(failed), "skipped": len(skipped), "removed": len(removed),
              "observations": n_obs, "series": n_series, "outputs_rewritten": not unchanged,
              "results_digest": digest, "exit_code": 1 if failed else 0,
              "changes": changes.summary, "removed_inputs": removed}
    manifest = write_manifest(out_dir, inputs, versions, run_settings, timings, extra=counts)
    _event(logging.INFO, "summary",
           f"{len(results)} documents ({len(processed)} processed, {len(cached)} cached, {len(failed)} failed), "
           f"{len(skipped)} skipped, {len(removed)} removed, {n_obs} observations, {n_series} series points; "
           f"outputs {'rewritten' if not unchanged else 'unchanged'} in {timings['total_s']:.2f}s",
           documents=len(results), processed=len(processed), cached=len(cached), failed=len(failed),
           skipped=len(skipped), removed=len(removed), observations=n_obs, series=n_series,
           outputs_rewritten=not unchanged, changes=changes.summary, seconds=timings["total_s"],
           exit_code=1 if failed else 0)
    return RunResult(results, skipped, outputs, processed=processed, cached=cached, removed=removed,
                     rewritten=not unchanged, changes=changes.summary, timings=timings, manifest=manifest)


def _load_outputs_stage() -> None:
    """Import what the outputs stage runs on (pandas, pyarrow, sqlite-utils: half a second)."""
    from . import manifest, outputs, series  # noqa: F401


def _rebuild_outputs(out_dir: Path, results: list[DocumentResult], db_name: str):
    """Write every output anew from the documents' results (pipeline/outputs.py). Returns the
    output paths, the number of series points, and the changes since the outputs replaced,
    rendered (pipeline/manifest.py: Changes), for the caller to write.

    The diff needs the new tables but not the files, and the files do not need the diff: it is
    made and rendered in a forked process, on another core, while this one writes the files
    (on a large corpus it is a third of this stage's work)."""
    from .isolate import Forked
    from .manifest import diff_runs, load_previous, render_changes
    from .outputs import write_outputs
    from .series import build_series, with_observation_ids

    with _gc_paused():
        prev_obs, prev_series = load_previous(out_dir)  # before the new outputs replace them
        docs, obs, fails = frames(results)
        # Ids once, duplicates dropped: the series, the checks, the outputs and the diff all
        # take them as given.
        obs = with_observation_ids(obs)
        series = build_series(obs, docs)
        with Forked(lambda: render_changes(diff_runs(prev_obs, obs, prev_series, series))) as changes:
            outputs = write_outputs(out_dir, docs, obs, series, fails, db_name=db_name)
            return outputs, len(series), changes.result()


@contextmanager
def _gc_paused():
    """No cyclic garbage collection inside the block. Building the outputs allocates hundreds of
    thousands of short-lived objects (row dicts, strings) that reference counting frees; the
    collections their allocation triggers find next to nothing to free but walk the whole
    heap (spaCy's model, when documents were read in this process: a tenth of this stage) and,
    while a Forked child shares the heap, make both copy the pages they mark. Whatever cycles
    the block leaves are collected after it, as usual."""
    import gc
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class DaskWorkersError(RuntimeError):
    """The Dask workers cannot run this pipeline (not importable there, or other code)."""


def worker_pipeline_version() -> str:
    """Run on each Dask worker before the documents: importing this module there is the test."""
    from .cache import PIPELINE_VERSION
    return PIPELINE_VERSION


def check_dask_workers(client, version: str) -> int:
    """Raise DaskWorkersError unless the scheduler (which unpickles the tasks) can import the
    pipeline and every worker runs it at `version`; returns the number of workers."""
    try:  # the scheduler only unpickles the tasks: it needs the code importable, any version
        client.run_on_scheduler(worker_pipeline_version)
    except Exception as e:
        text = " ".join(str(e).split())[:300]
        raise DaskWorkersError(
            f"the Dask scheduler cannot load the pipeline ({type(e).__name__}: {text}); it unpickles the "
            f"tasks, so start it from the same environment as the workers, e.g. "
            f"PYTHONPATH=/path/to/oversight-stats dask scheduler") from None
    answers = client.run(worker_pipeline_version, on_error="return")
    if not answers:
        raise DaskWorkersError("the Dask cluster has no workers")
    for addr, got in sorted(answers.items()):
        if isinstance(got, BaseException):
            text = " ".join(str(got).split())[:300]
            raise DaskWorkersError(
                f"Dask worker {addr} cannot run the pipeline ({type(got).__name__}: {text}); start the "
                f"workers from the project folder with its requirements installed, e.g. "
                f"PYTHONPATH=/path/to/oversight-stats dask worker SCHEDULER")
        if got != version:
            raise DaskWorkersError(f"Dask worker {addr} runs pipeline version {got}, this run {version}: "
                                   f"install the same code on every worker")
    return len(answers)


def _map_dask(paths, corpus, password, ocr, limits, scheduler, workers, send_bytes, report, version):
    from . import isolate
    root = corpus.absolute()
    rels = [p.relative_to(corpus).as_posix() for p in paths]

    def args_for(i: int, client) -> tuple:
        data = paths[i].read_bytes() if send_bytes else None
        if data is not None:
            data = client.scatter(data, hash=False)
        return (rels[i], str(root), data, password, ocr, limits, version)

    def lost(i: int, error: BaseException) -> DocumentResult:
        text = " ".join(str(error).split())[:200]
        return failed_result(paths[i], corpus, f"worker lost: {type(error).__name__}: {text}".rstrip(": "))

    client, cluster = isolate.dask_client(scheduler, workers)
    try:
        check_dask_workers(client, version)
        return isolate.map_documents_dask(process_on_worker, len(paths), args_for, lost, client=client,
                                          progress=report)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
