"""Run the stages over a corpus folder: find files, extract and recognise each document on its
own, then build series and write outputs. One bad file never stops the batch: it becomes a
Failure with a one-line reason and the others go on."""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .model import OBSERVATION_COLUMNS, Failure, Observation
from .outputs import DOCUMENT_COLUMNS, FAILURE_COLUMNS, write_outputs
from .recognize import Recognizer
from .series import build_series

log = logging.getLogger("oversight")

# Files that are never reports and need no mention (OS and editor droppings).
_IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


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
        if p.name in _IGNORED_NAMES:
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


def process_document(path: Path, root: Path, recognizer: Recognizer, password: str | None = None) -> DocumentResult:
    """Extract and recognise one document. Never raises for a bad file."""
    from .extract import ExtractionError, extract_document

    rel = path.relative_to(root).as_posix()
    t0 = time.perf_counter()
    try:
        sha = sha256_file(path)
    except OSError as e:
        return DocumentResult(rel, "", status="failed", failure=Failure(rel, f"unreadable: {e.strerror}"))
    try:
        content = extract_document(path, root, password=password)
        observations = recognizer.recognize_document(content)
    except ExtractionError as e:
        return DocumentResult(rel, sha, status="failed", failure=Failure(rel, str(e), sha),
                              seconds=time.perf_counter() - t0)
    except Exception as e:  # a bug or a PDF our libraries choke on: record it, keep going
        log.exception("unexpected error in %s", rel)
        reason = f"unexpected error: {type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}"
        return DocumentResult(rel, sha, status="failed", failure=Failure(rel, reason, sha),
                              seconds=time.perf_counter() - t0)
    from .recognize import report_period
    first = " ".join(b.text for p in content.pages[:2] for b in p.blocks[:12])
    period = report_period(content.title, first)
    return DocumentResult(
        rel, sha, title=content.title,
        report_year=int(period[:4]) if period else content.report_year,
        pages=len(content.pages), observations=observations, seconds=time.perf_counter() - t0)


def frames(results: list[DocumentResult]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """documents, observations and failures as DataFrames with their fixed columns."""
    docs = pd.DataFrame([{
        "document": r.document, "sha256": r.sha256, "title": r.title,
        "report_year": r.report_year, "pages": r.pages, "status": r.status,
    } for r in results], columns=DOCUMENT_COLUMNS)
    docs["report_year"] = docs["report_year"].astype("Int64")
    obs = pd.DataFrame([o.to_dict() for r in results for o in r.observations], columns=OBSERVATION_COLUMNS)
    fails = pd.DataFrame([{"document": r.failure.document, "sha256": r.failure.sha256, "reason": r.failure.reason}
                          for r in results if r.failure], columns=FAILURE_COLUMNS)
    return docs, obs, fails


def run(corpus: Path, out_dir: Path, db_name: str = "surveillance_stats", password: str | None = None,
        progress=None) -> RunResult:
    corpus, out_dir = Path(corpus), Path(out_dir)
    pdfs, skipped = discover(corpus)
    for rel, why in skipped:
        log.info("skipped %s: %s", rel, why)
    recognizer = Recognizer()
    results = []
    for path in pdfs:
        r = process_document(path, corpus, recognizer, password)
        if r.failure:
            log.warning("failed %s: %s", r.document, r.failure.reason)
        else:
            log.info("read %s: %d pages, %d observations in %.2fs", r.document, r.pages, len(r.observations), r.seconds)
        results.append(r)
        if progress:
            progress(r)
    docs, obs, fails = frames(results)
    series = build_series(obs, docs)
    outputs = write_outputs(out_dir, docs, obs, series, fails, db_name=db_name)
    return RunResult(results, skipped, outputs)
