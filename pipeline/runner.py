"""Run the stages over a corpus folder: find files, extract and recognise each document on its
own, then build series and write outputs. One bad file never stops the batch: it becomes a
Failure with a one-line reason and the others go on.

`process_document` is the one code path for a document (preflight, extraction, unreadable
text and scanned pages, OCR, recognition); `run` maps it over the corpus in isolated worker
processes with time and memory limits (pipeline/isolate.py).
"""
from __future__ import annotations

import hashlib
import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .model import OBSERVATION_COLUMNS, Failure, Observation
from .outputs import DOCUMENT_COLUMNS, FAILURE_COLUMNS, write_outputs
from .recognize import Recognizer
from .series import build_series

log = logging.getLogger("oversight")

# Files that are never reports (OS droppings): skipped with a note, never tried.
_SYSTEM_FILES = {
    ".DS_Store": "macOS folder metadata, not a report",
    "Thumbs.db": "Windows thumbnail cache, not a report",
    "desktop.ini": "Windows folder settings, not a report",
}
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


@dataclass
class RunResult:
    documents: list[DocumentResult]
    skipped: list[tuple[str, str]]  # (path, why)
    outputs: dict[str, Path]

    @property
    def failed(self) -> list[DocumentResult]:
        return [d for d in self.documents if d.status == "failed"]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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


def failed_result(path: Path, root: Path, reason: str, seconds: float = 0.0) -> DocumentResult:
    rel = Path(path).relative_to(root).as_posix()
    try:
        sha = sha256_file(Path(path))
    except OSError:
        sha = ""
    return DocumentResult(rel, sha, status="failed", failure=Failure(rel, reason, sha), seconds=seconds)


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


def garbage_share(text: str) -> float:
    """Share of a text's visible characters that are not readable text: (cid:NN) glyph ids
    (a font without a Unicode map), private-use, control and replacement characters."""
    visible = re.sub(r"\s+", "", text)
    if not visible:
        return 0.0
    bad = sum(len(m) for m in _CID_RE.findall(visible))
    rest = _CID_RE.sub("", visible)
    bad += sum(1 for ch in rest if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cf", "Cs", "Cn"))
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
    from .recognize import report_period
    first = " ".join(b.text for p in content.pages[:2] for b in p.blocks[:12])
    period = report_period(content.title, first)
    return DocumentResult(
        rel, sha, title=content.title,
        report_year=int(period[:4]) if period else content.report_year,
        pages=len(content.pages), observations=observations, seconds=time.perf_counter() - t0,
        notes=notes)


def frames(results: list[DocumentResult]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """documents, observations and failures as DataFrames with their fixed columns."""
    docs = pd.DataFrame([{
        "document": r.document, "sha256": r.sha256, "title": r.title,
        "report_year": r.report_year, "pages": r.pages, "status": r.status,
        "notes": "; ".join(getattr(r, "notes", None) or []),
    } for r in results], columns=[*DOCUMENT_COLUMNS, "notes"])
    docs["report_year"] = docs["report_year"].astype("Int64")
    obs = pd.DataFrame([o.to_dict() for r in results for o in r.observations], columns=OBSERVATION_COLUMNS)
    fails = pd.DataFrame([{"document": r.failure.document, "sha256": r.failure.sha256, "reason": r.failure.reason}
                          for r in results if r.failure], columns=FAILURE_COLUMNS)
    return docs, obs, fails


def run(corpus: Path, out_dir: Path, db_name: str = "surveillance_stats", password: str | None = None,
        progress=None, workers: int | None = None, timeout: float | None = None,
        memory_mb: int | None = None, ocr: bool | None = None) -> RunResult:
    """Read every PDF under corpus, each in an isolated worker (see pipeline/isolate.py),
    and write the outputs. timeout (s) and memory_mb default to isolate.DEFAULT_TIMEOUT and
    DEFAULT_MEMORY_MB; 0 turns a limit off. workers defaults to the number of cores."""
    from . import extract, isolate, ocr as ocr_mod  # noqa: F401  loaded once, before workers fork

    corpus, out_dir = Path(corpus), Path(out_dir)
    limits = isolate.Limits(timeout=isolate.DEFAULT_TIMEOUT if timeout is None else timeout,
                            memory_mb=isolate.DEFAULT_MEMORY_MB if memory_mb is None else memory_mb)
    pdfs, skipped = discover(corpus)
    for rel, why in skipped:
        log.info("skipped %s: %s", rel, why)
    if ocr is not False and ocr_mod.available():
        import pypdfium2  # noqa: F401
    recognizer = Recognizer()

    def task(path: Path) -> DocumentResult:
        return process_document(path, corpus, recognizer, password, ocr=ocr)

    def report(r: DocumentResult) -> None:
        if r.failure:
            log.warning("failed %s: %s", r.document, r.failure.reason)
        else:
            log.info("read %s: %d pages, %d observations in %.2fs%s", r.document, r.pages,
                     len(r.observations), r.seconds, f" ({'; '.join(r.notes)})" if r.notes else "")
        if progress:
            progress(r)

    results = isolate.map_documents(pdfs, corpus, task, workers=workers, limits=limits, progress=report)
    docs, obs, fails = frames(results)
    series = build_series(obs, docs)
    outputs = write_outputs(out_dir, docs, obs, series, fails, db_name=db_name)
    return RunResult(results, skipped, outputs)
