"""OCR for pages without a text layer (scans), with Tesseract when it is installed.

A page is rendered with pypdfium2 at `DPI`, read by the `tesseract` command (Debian package
tesseract-ocr, `make setup-ocr`) as TSV, and turned into `Block`s whose word boxes are in
PDF points like everything extract.py produces, so an OCR observation still cites a box on
the page. Paragraphs are Tesseract's own (block, paragraph) groups.

No Tesseract, no OCR: `available()` is False and the runner flags the page instead.
`OVERSIGHT_TESSERACT` names another binary; set it to an empty string to turn OCR off.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

from .extract import normalise_text
from .model import Block, TextSpan, union_bbox

DPI = 300
MIN_WORD_CONFIDENCE = 30.0   # Tesseract's 0-100 word confidence below which a word is noise
PAGE_TIMEOUT = 120           # seconds for one page; the document's own limit usually bites first
INSTALL_HINT = "install tesseract-ocr"


class OCRError(Exception):
    pass


def tesseract() -> Optional[str]:
    """Path of the tesseract binary, or None when OCR is unavailable or turned off."""
    override = os.environ.get("OVERSIGHT_TESSERACT")
    if override is not None:
        return shutil.which(override) if override else None
    return shutil.which("tesseract")


def available() -> bool:
    return tesseract() is not None


def _die_with_parent() -> None:  # runs in the tesseract child between fork and exec
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except Exception:
        pass


def render_page(pdf_path: Path, page_number: int, password: Optional[str] = None, dpi: int = DPI):
    """PIL image of 1-based `page_number`."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path), password=password or None)
    try:
        page = pdf[page_number - 1]
        try:
            return page.render(scale=dpi / 72, grayscale=True).to_pil()
        finally:
            page.close()
    finally:
        pdf.close()


def _run_tesseract(image, binary: str) -> str:
    with tempfile.TemporaryDirectory(prefix="oversight-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core per worker; workers run in parallel
        try:
            proc = subprocess.run([binary, str(png), "stdout", "--psm", "3", "-l", "eng", "tsv"],
                                  capture_output=True, timeout=PAGE_TIMEOUT, env=env,
                                  preexec_fn=_die_with_parent)
        except subprocess.TimeoutExpired as e:
            raise OCRError(f"tesseract timed out after {PAGE_TIMEOUT} s") from e
        except OSError as e:
            raise OCRError(f"tesseract could not start: {e.strerror or e}") from e
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise OCRError(f"tesseract failed: {err[-1] if err else 'exit code %d' % proc.returncode}")
        return proc.stdout.decode("utf-8", "replace")


def tsv_blocks(tsv: str, scale: float) -> list[Block]:
    """Tesseract TSV -> paragraphs as Blocks; pixel boxes divided by `scale` (px per pt)."""
    paragraphs: dict[tuple[int, int, int], list[tuple[int, str, tuple]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            if row["level"] != "5":
                continue
            text = (row.get("text") or "").strip()
            conf = float(row["conf"])
            left, top, width, height = (float(row[k]) for k in ("left", "top", "width", "height"))
            key = (int(row["page_num"]), int(row["block_num"]), int(row["par_num"]))
            line = int(row["line_num"])
        except (KeyError, TypeError, ValueError):
            continue
        text = normalise_text(text)
        if not text or conf < MIN_WORD_CONFIDENCE:
            continue
        bbox = (left / scale, top / scale, (left + width) / scale, (top + height) / scale)
        paragraphs.setdefault(key, []).append((line, text, bbox))
    blocks = []
    for key in sorted(paragraphs):
        parts, spans, pos = [], [], 0
        for _, text, bbox in paragraphs[key]:  # already in reading order within the paragraph
            if parts:
                parts.append(" ")
                pos += 1
            parts.append(text)
            spans.append(TextSpan(pos, pos + len(text), tuple(round(v, 1) for v in bbox)))
            pos += len(text)
        blocks.append(Block(text="".join(parts), spans=spans, bbox=union_bbox([s.bbox for s in spans])))
    return blocks


def ocr_page(pdf_path: Path, page_number: int, password: Optional[str] = None, dpi: int = DPI) -> list[Block]:
    """The text of one page read by Tesseract, as paragraphs with boxes in PDF points."""
    binary = tesseract()
    if binary is None:
        raise OCRError(f"tesseract not found ({INSTALL_HINT})")
    image = render_page(pdf_path, page_number, password, dpi)
    return tsv_blocks(_run_tesseract(image, binary), dpi / 72)
