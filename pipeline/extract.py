"""Extraction stage: PDF -> pages of words, lines, blocks and tables with boxes.

The output (`DocumentContent`, see model.py) keeps every piece of text traceable to a box
on a PDF page, so later stages can cite where a number came from.

Pipeline per page (`extract_page`):
  words (size-aware, so a footnote marker in a smaller font is its own word)
  -> rows by vertical overlap -> superscript markers set aside
  -> running header/footer band and page numbers set aside (furniture)
  -> two-column detection and reading order
  -> tables (pipeline/tables.py) take their lines out of the text flow
  -> remaining lines merged into blocks (paragraph / heading / paranum / bullet / caption)

`extract_document` adds a document-level pass that removes running headers repeated on
many pages, which a single page cannot tell apart from a one-off heading.
"""
from __future__ import annotations

import math
import re
import string
from collections import Counter
from contextlib import closing
from itertools import groupby
from operator import attrgetter, itemgetter
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Optional

import pdfplumber
from pdfplumber.utils.text import LIGATURES as _LIGATURES

from pipeline import pdfium_page
from pipeline.grammar import WORD_NUMBERS
from pipeline.fsutil import sha256_file
from pipeline.model import (Block, DocumentContent, Line, PageContent, TextSpan, Word, dominant_size,
                            union_bbox, words_bbox)

__all__ = ["ExtractionError", "extract_document", "extract_page", "normalise_text"]


class ExtractionError(Exception):
    """A document that cannot be extracted. str(error) is a one-line user-facing reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------
# Text normalisation

_CHAR_MAP = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u00ad": "",  # nbsp, soft hyphen
})


def normalise_text(s: str) -> str:
    """Ligatures and curly quotes to plain ASCII so downstream regexes see one spelling."""
    # Every character _CHAR_MAP maps is non-ASCII, so ASCII text (most words) is left as it
    # is: isascii() is a flag test, while translate() with a dict costs a lookup per character
    # (a microsecond a word, a third of building a page's words).
    return s if s.isascii() else s.translate(_CHAR_MAP)


# ---------------------------------------------------------------------------
# Document level

_FURNITURE_BAND = 0.08   # top/bottom fraction of the page where running headers live
_MAGIC_WINDOW = 1024


def _sniff(head: bytes) -> str:
    """Say what a non-PDF file looks like, for the failure message."""
    h = head.lstrip().lower()
    if head.startswith(b"\x89PNG"):
        return "PNG image"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG image"
    if head[:4] in (b"GIF8",):
        return "GIF image"
    if head.startswith(b"PK\x03\x04"):
        return "ZIP archive (e.g. DOCX/XLSX)"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "legacy Office document"
    if h.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in h[:512]:
        return "HTML"
    if h.startswith(b"<?xml") or h.startswith(b"<"):
        return "XML/markup"
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "binary data"


def _short(exc: BaseException) -> str:
    """One-line, bounded message from a (possibly wrapped) pdfminer exception."""
    inner = exc
    # pdfplumber wraps pdfminer errors in PdfminerException(original)
    while inner.args and isinstance(inner.args[0], BaseException):
        inner = inner.args[0]
    msg = str(inner).strip().splitlines()[0] if str(inner).strip() else type(inner).__name__
    return msg[:160]


def _is_password_error(exc: BaseException) -> bool:
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    inner = exc
    while True:
        if isinstance(inner, PDFPasswordIncorrect):
            return True
        if inner.args and isinstance(inner.args[0], BaseException):
            inner = inner.args[0]
        else:
            return False


def _meta_str(v) -> str:
    if isinstance(v, bytes):
        v = v.decode("utf-8", "replace")
    return v.strip() if isinstance(v, str) else ""


def extract_document(path: Path, root: Path, password: Optional[str] = None,
                     stitch: bool = True, engine: str = "auto") -> DocumentContent:
    """Extract every page of one PDF. Raises ExtractionError with a one-line reason.

    `engine="auto"` reads each plain page with pdfium (pipeline/pdfium_page.py, ten times
    faster) and the others with pdfplumber; `engine="pdfplumber"` reads every page with
    pdfplumber (the reference the fast path is tested against). A file pdfium cannot open
    is read by pdfplumber, whose failure reasons the user then sees.

    With `stitch`, a table continued on the next page is joined to its first part (see
    pipeline.tables.stitch_tables); without it every table stays on its own page.
    """
    path = Path(path)
    try:
        rel = path.resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ExtractionError(f"cannot read file: {e.strerror or e}") from e
    if size == 0:
        raise ExtractionError("empty file (0 bytes)")
    with open(path, "rb") as f:
        head = f.read(_MAGIC_WINDOW)
    if b"%PDF" not in head:
        raise ExtractionError(f"not a PDF: looks like {_sniff(head)}")
    sha = sha256_file(path)

    pdf = pdfium_page.open_document(path, password) if engine == "auto" else None
    if pdf is None:
        pages, candidates, meta = _read_with_pdfplumber(path, password)
    else:
        with closing(pdf):   # pdfium's memory is outside Python's reach: close it now
            pages, candidates, meta = _read_with_pdfium(pdf, path, password)
    _remove_running_headers(pages, candidates)
    from pipeline.tables import stitch_tables

    if stitch:
        tables = stitch_tables(pages)
    else:
        tables = [t for p in pages for t in p.tables]
    return DocumentContent(
        path=rel, sha256=sha, pages=pages,
        title=normalise_text(_meta_str(meta.get("Title"))),
        producer=_meta_str(meta.get("Producer")),
        tables=tables,
    )


def _open_pdfplumber(path: Path, password: Optional[str]):
    try:
        return pdfplumber.open(path, password=password or "")
    except Exception as e:  # pdfminer raises many types on malformed input
        if _is_password_error(e):
            if password:
                raise ExtractionError("encrypted PDF: wrong password") from e
            raise ExtractionError("encrypted PDF: password required") from e
        raise ExtractionError(f"corrupt PDF: {_short(e)}") from e


def _plumber_pages(pdf) -> list:
    try:
        pages = pdf.pages
    except Exception as e:
        raise ExtractionError(f"corrupt PDF: {_short(e)}") from e
    if not pages:
        raise ExtractionError("PDF has zero pages")
    return pages


def _read_plumber_page(page, uses: Counter) -> tuple[PageContent, list[_BandLine]]:
    try:
        return _extract_page(page)
    except ExtractionError:
        raise
    except Exception as e:
        # A malformed content stream surfaces as arbitrary pdfminer exceptions;
        # keep the cause chained for debugging but give the user one line.
        raise ExtractionError(f"corrupt PDF: page {page.page_number}: {_short(e)}") from e
    finally:
        # Drop cached chars/objects: memory must not grow with page count.
        page.close()
        _release_content(page, uses)


def _content_uses(pages: list) -> Counter:
    """How many pages draw each content stream (a stream shared by pages is kept)."""
    return Counter(id(st) for p in pages for st in (getattr(p.page_obj, "contents", None) or []))


def _read_with_pdfplumber(path: Path, password: Optional[str]):
    pages: list[PageContent] = []
    candidates: list[list[_BandLine]] = []
    with _open_pdfplumber(path, password) as pdf:
        plumber_pages = _plumber_pages(pdf)
        uses = _content_uses(plumber_pages)
        for page in plumber_pages:
            content, band = _read_plumber_page(page, uses)
            pages.append(content)
            candidates.append(band)
        meta = pdf.metadata or {}
    return pages, candidates, meta


def _read_with_pdfium(pdf, path: Path, password: Optional[str]):
    """Every plain page read with pdfium; the others with pdfplumber, opened only if needed."""
    n = len(pdf)
    if n == 0:
        raise ExtractionError("PDF has zero pages")
    pages: list[PageContent] = []
    candidates: list[list[_BandLine]] = []
    plumber = None
    plumber_pages: list = []
    uses: Counter = Counter()
    try:
        for i in range(n):
            try:
                fast = pdfium_page.read_page(pdf, i)
            except Exception:  # a page pdfium cannot load: pdfplumber says what is wrong
                fast = None
            content = None
            if fast is not None:
                try:
                    content, band = _extract_page(fast)
                except Exception:
                    content = None   # pdfplumber's reading of the page decides
                finally:
                    fast.close()
            if content is None:
                if plumber is None:
                    plumber = _open_pdfplumber(path, password)
                    plumber_pages = _plumber_pages(plumber)
                    uses = _content_uses(plumber_pages)
                    if len(plumber_pages) != n:
                        raise ExtractionError(f"corrupt PDF: page tree lists {n} pages to pdfium "
                                              f"and {len(plumber_pages)} to pdfminer")
                content, band = _read_plumber_page(plumber_pages[i], uses)
            pages.append(content)
            candidates.append(band)
    finally:
        if plumber is not None:
            plumber.close()
    return pages, candidates, pdf.get_metadata_dict(skip_empty=True)


@dataclass
class _BandLine:
    """A line in the header/footer band kept as a block until the document pass decides."""
    band: str      # "top" | "bottom"
    key: str       # text with digits normalised, lower-cased
    block: Block


def _header_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip().lower()


def _remove_running_headers(pages: list[PageContent], candidates: list[list[_BandLine]]) -> None:
    """Move band lines whose text (digits normalised) recurs on >=50% of pages to furniture.

    Needs at least two pages showing it: on a one-page document a top line is as likely a title.
    """
    n_text_pages = sum(1 for p in pages if p.has_text_layer) or 1
    seen: Counter = Counter()
    for band in candidates:
        for key in {(c.band, c.key) for c in band}:
            seen[key] += 1
    repeated = {k for k, n in seen.items() if n >= 2 and n >= 0.5 * n_text_pages}
    if not repeated:
        return
    for page, band in zip(pages, candidates):
        drop = [c for c in band if (c.band, c.key) in repeated]
        for c in drop:
            page.blocks = [b for b in page.blocks if b is not c.block]
            page.furniture.append(c.block.text)
            if c.block.kind == "heading" and c.block.text in page.headings:
                page.headings.remove(c.block.text)


# ---------------------------------------------------------------------------
# Page level: words

_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|,b\b", re.I)
_SUPERSCRIPT_TEXT = re.compile(r"[0-9*†‡a-zA-Z]{1,3}")


def _release_content(page, uses: Counter) -> None:
    """Free the page's decoded content streams, which pdfminer keeps in its document-wide
    object cache (a few KiB to a few hundred KiB a page): a page is read once. A stream
    that another page also draws is kept."""
    for stream in getattr(page.page_obj, "contents", None) or []:
        if uses.get(id(stream), 0) <= 1 and getattr(stream, "data", None) is not None \
                and getattr(stream, "rawdata", 1) is None:
            stream.data = None


def _add_object(objects: dict, d: dict) -> None:
    kind = d["object_type"]
    if kind != "anno":
        objects.setdefault(kind, []).append(d)


def _lean_objects(page) -> Optional[dict]:
    """pdfplumber's page.objects, built faster: chars (most of a page's objects) are
    converted directly with the attributes pdfplumber gives them, everything else by
    pdfplumber itself. pdfplumber's generic conversion resolves every attribute of every
    glyph and took about half of the extraction time. None when unicode normalisation is
    on (then pdfplumber's own path is used)."""
    from pdfminer.layout import LTChar, LTContainer
    from pdfplumber.utils.pdfinternals import resolve_and_decode

    if getattr(page.pdf, "unicode_norm", None) is not None:
        return None
    height = float(page.height)
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    doctop0 = page.initial_doctop
    number = page.page_number
    with_containers = page.pdf.laparams is not None
    objects: dict[str, list] = {}
    chars = objects.setdefault("char", [])

    # An explicit stack, not a recursive closure: a closure that refers to itself is a
    # reference cycle that would keep every glyph dict of the page alive until the cyclic
    # garbage collector happens to run.
    stack = [iter(page.layout._objs)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
            continue
        if isinstance(obj, LTContainer):
            if with_containers:
                _add_object(objects, page.process_object(obj))
            stack.append(iter(obj._objs))
        elif type(obj) is LTChar and not isinstance(obj.fontname, bytes):
            gs = obj.graphicstate
            top = (height - obj.y1) + mb_top
            d = {
                "matrix": tuple(obj.matrix), "fontname": obj.fontname, "adv": obj.adv,
                "upright": obj.upright, "x0": obj.x0 + mb_x0, "y0": obj.y0,
                "x1": obj.x1 + mb_x0, "y1": obj.y1, "width": obj.width,
                "height": obj.height, "size": obj.size, "mcid": obj.mcid, "tag": obj.tag,
                "object_type": "char", "page_number": number, "text": obj.get_text(),
                "stroking_color": gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,),
                "non_stroking_color": gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,),
                "top": top, "bottom": (height - obj.y0) + mb_top, "doctop": doctop0 + top,
            }
            if hasattr(obj, "ncs"):
                d["ncs"] = resolve_and_decode(obj.ncs.name)
            chars.append(d)
        else:
            _add_object(objects, page.process_object(obj))
    if not chars:
        del objects["char"]
    return objects


def _turned_chars(page) -> Optional[list[dict]]:
    """Chars of a page whose text is mostly set at 90 degrees (a landscape table printed
    sideways on a portrait page), turned so that the text reads left to right; None when
    the page's text is upright. Boxes are then in the turned frame (width and height swapped).
    """
    chars = page.chars
    sideways = [c for c in chars if not c.get("upright", True)]
    if not chars or len(sideways) * 2 <= len(chars):
        return None
    x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
    # The frame the glyphs are in (on a /Rotate page pdfminer's coordinates can run past
    # pdfplumber's width and height).
    w, h = float(page.width), float(page.height)
    if max(float(c["x1"]) for c in chars) - x_off > w + 1:
        w = max(w, h)
    if max(float(c["bottom"]) for c in chars) - y_off > h + 1:
        h = max(w, h)
    up = sum(1 for c in sideways if (c.get("matrix") or (0, 1))[1] > 0) * 2 >= len(sideways)
    out = []
    for c in chars:
        x0, x1 = float(c["x0"]) - x_off, float(c["x1"]) - x_off
        top, bottom = float(c["top"]) - y_off, float(c["bottom"]) - y_off
        if up:   # reads bottom to top: turn the page clockwise
            box = (h - bottom, x0, h - top, x1)
        else:    # reads top to bottom: turn the page anticlockwise
            box = (top, w - x1, bottom, w - x0)
        d = dict(c)
        d.update(x0=box[0], top=box[1], x1=box[2], bottom=box[3], doctop=box[1], upright=True)
        if not c.get("upright", True):
            d["size"] = round(x1 - x0, 2)  # pdfminer's size of a turned glyph is its advance
        out.append(d)
    return out


def _words(page, chars: Optional[list[dict]] = None) -> tuple[list[Word], set[int]]:
    """Size-aware words, normalised; returns (words, ids of bold words)."""
    if chars is None:
        chars = page.chars
    words: list[Word] = []
    bold: set[int] = set()
    is_bold = _BoldFonts()
    ligature = _LIGATURES.get
    slanted = [c for c in chars if (c.get("matrix") or _LEVEL)[1] and _slant(c)]
    if slanted:
        words += _slanted_words(slanted)
        chars = [c for c in chars if not _slant(c)]
    for group in _char_words(chars):
        first = group[0]
        if len(group) == 1:
            # Most words once pdfium reads the page, where a piece is a stretch of glyphs:
            # written out apart from the general case below (a page has hundreds).
            t = first["text"] or ""
            if not t.isascii():   # (ligatures, curly quotes: all non-ASCII)
                t = normalise_text(ligature(t, t))
            text = t.strip()
            if not text:
                continue
            w = Word(text, float(first["x0"]), float(first["top"]), float(first["x1"]),
                     float(first["bottom"]), round(float(first["size"]), 2))
            if is_bold[first.get("fontname", "")]:   # (most of a one-glyph word is bold)
                bold.add(id(w))
            words.append(w)
            continue
        # (glyph by glyph where pdfium reads a document that sets each glyph apart, and
        # pdfplumber always: builtins over lists, not a loop of Python steps per glyph)
        texts = [c["text"] or "" for c in group]
        text = "".join(texts)
        if not text.isascii():   # a ligature glyph is spelt out (every ligature is non-ASCII)
            text = normalise_text("".join([ligature(t, t) for t in texts]))
        text = text.strip()
        if not text:
            continue
        n_bold = sum([is_bold[c.get("fontname", "")] for c in group])
        # x0: the chars are sorted by x0, so the first one's is the smallest. (min and max
        # keep the first of equal values, as the loop they replace did.)
        w = Word(text, float(first["x0"]), float(min([c["top"] for c in group])),
                 float(max([c["x1"] for c in group])), float(max([c["bottom"] for c in group])),
                 round(float(first["size"]), 2))
        if n_bold * 2 > len(group):
            bold.add(id(w))
        words.append(w)
    return words, bold


_LEVEL = (1.0, 0.0)


def _slant(c: dict) -> float:
    """The angle in degrees of a glyph's baseline when it is set at a slant (between 5
    and 85 degrees either way), else 0 (level or sideways text)."""
    m = c.get("matrix")
    if not m:
        return 0.0
    angle = math.degrees(math.atan2(m[1], m[0]))
    return angle if 5 <= abs(angle) <= 85 else 0.0


def _slanted_words(chars: list[dict]) -> list[Word]:
    """Glyphs set at a slant -> one Word a slanted line (a chart's turned category label,
    "Medical doctors"), its box the glyphs' box: read glyph by glyph, level, such a label
    comes out a letter or two a word ("c t o r s")."""
    lines: dict[tuple, list[tuple[float, dict]]] = {}
    for c in chars:
        a = math.radians(_slant(c))
        ox, oy = c["matrix"][4], c["matrix"][5]
        # the baseline's offset across the text direction names the line; the distance
        # along it orders the glyphs
        key = (round(math.degrees(a)), round(-math.sin(a) * ox + math.cos(a) * oy))
        lines.setdefault(key, []).append((math.cos(a) * ox + math.sin(a) * oy, c))
    out = []
    for (angle, _), glyphs in lines.items():
        glyphs.sort(key=lambda g: g[0])
        text = "".join(c["text"] or "" for _, c in glyphs).translate(_CHAR_MAP).strip()
        text = re.sub(r"\s+", " ", text)
        if not text:
            continue
        cs = [c for _, c in glyphs]
        out.append(Word(text, float(min(c["x0"] for c in cs)), float(min(c["top"] for c in cs)),
                        float(max(c["x1"] for c in cs)), float(max(c["bottom"] for c in cs)),
                        round(float(cs[0]["size"]), 2), angle=float(angle)))
    return out


class _BoldFonts(dict):
    """Font name -> whether it is a bold face, worked out once per name."""

    def __missing__(self, name: str) -> bool:
        b = self[name] = bool(_BOLD_RE.search(name))
        return b


_X_TOLERANCE = _Y_TOLERANCE = 3.0   # pdfplumber's defaults, which our thresholds were tuned on


_SIZE_OF, _X0_OF = itemgetter("size"), itemgetter("x0")


def _char_words(chars: list[dict]) -> list[list[dict]]:
    """Chars -> the char lists of words, exactly as pdfplumber's extract_words(
    extra_attrs=["size"], keep_blank_chars=False, use_text_flow=False) groups them, without
    its per-char overhead (it was a third of the extraction time once pdfium read the page):
    runs of consecutive chars of one size, each clustered into lines by `top`, each line
    sorted by x0 and split at whitespace, at a gap wider than 3 pt, where a glyph starts left
    of the previous one, or where `top` jumps by more than 3 pt."""
    if any(not c.get("upright", True) for c in chars):
        # Vertical text runs top to bottom in pdfplumber; not worth a second copy here.
        from pdfplumber.utils import extract_words
        return [r["chars"] for r in extract_words(chars, extra_attrs=["size"], use_text_flow=False,
                                                  keep_blank_chars=False, return_chars=True)]
    out: list[list[dict]] = []
    for _, run in groupby(chars, key=_SIZE_OF):
        run = list(run)
        cluster: dict[float, int] = {}
        last, k = None, -1
        for top in sorted({c["top"] for c in run}):
            if last is None or top > last + _Y_TOLERANCE:
                k += 1
            cluster[top] = k
            last = top
        if k:   # several lines: each line's chars together, stream order within a line
            # (every line has a char: its cluster was made from one; what a stable sort by
            # line and a groupby gave, without two key calls a char)
            lines: list[list[dict]] = [[] for _ in range(k + 1)]
            for c in run:
                lines[cluster[c["top"]]].append(c)
        else:   # one line (a heading, a footer, a table cell): no grouping to do
            lines = [run]
        for line in lines:
            line.sort(key=_X0_OF)   # (stable, as sorted() is)
            word: list[dict] = []
            # the previous glyph's x0, x1 and top, kept in locals: read for every glyph
            px0 = px1 = ptop = 0.0
            for c in line:
                t = c["text"]
                if t and t.isspace():
                    if word:
                        out.append(word)
                    word = []
                    continue
                x0, top = c["x0"], c["top"]
                if word and (x0 < px0 or x0 > px1 + _X_TOLERANCE or abs(top - ptop) > _Y_TOLERANCE):
                    out.append(word)
                    word = []
                word.append(c)
                px0, px1, ptop = x0, c["x1"], top
            if word:
                out.append(word)
    return out


def _group_rows(words: list[Word]) -> list[list[Word]]:
    """Words -> visual rows by vertical overlap, anchored on the tallest word so rows don't chain."""
    rows: list[tuple[list[Word], Word]] = []  # (words, anchor)
    for w in sorted(words, key=_TOP_X0):
        top, bottom = w.top, w.bottom
        height = bottom - top
        # Only recent rows can overlap (sorted by top): the last four, newest first.
        # (Comparisons written out: this runs for every word of every page.)
        for k in range(len(rows) - 1, max(len(rows) - 5, -1), -1):
            ws, anchor = rows[k]
            a_top, a_bottom = anchor.top, anchor.bottom
            a_height = a_bottom - a_top
            overlap = (bottom if bottom < a_bottom else a_bottom) - (top if top > a_top else a_top)
            h = height if height < a_height else a_height
            if h > 0 and overlap >= 0.5 * h:
                ws.append(w)
                if height > a_height:
                    rows[k] = (ws, w)
                break
        else:
            rows.append(([w], w))
    out = [sorted(ws, key=_X0) for ws, _ in rows]
    out.sort(key=lambda ws: min(w.top for w in ws))
    return out


_TOP_X0, _X0 = attrgetter("top", "x0"), attrgetter("x0")


def _median(values: list[float]) -> float:
    """statistics.median, without its generality's overhead (asked once a line)."""
    values = sorted(values)
    n = len(values)
    if n % 2:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


def _make_line(words: list[Word]) -> Line:
    """Build a Line, marking footnote markers: smaller, raised, short glyph runs."""
    size = dominant_size(words)
    base_words = [w for w in words if abs(w.size - size) < 0.3] or words
    baseline = _median([w.bottom for w in base_words])
    footnotes: list[str] = []
    for w in words:
        if (size > 0 and w.size <= 0.8 * size and w.bottom < baseline - 0.15 * size
                and _SUPERSCRIPT_TEXT.fullmatch(w.text)):
            w.superscript = True
            footnotes.append(w.text)
    # A line made only of markers is not a footnote marker of anything: keep as text.
    if all(w.superscript for w in words):
        for w in words:
            w.superscript = False
        footnotes = []
    return Line(words=words, footnotes=footnotes)


# ---------------------------------------------------------------------------
# Page level: furniture

_PAGE_NUMBER_RE = re.compile(
    r"(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|[ivxlcdm]{1,7}|[-–]\s*\d{1,4}\s*[-–]", re.I)


def _band_rows_in_text(band_rows: list, body_rows: list[list[Word]]) -> list:
    """Band rows that are lines of the text beside the band, moved into `body_rows` (kept in
    order of top): a column's first line set higher than the other column's, up in the
    running header's band ("Ilesworth's argument is that a regulator" over "whose largest
    fines shrink on appeal, and a"), or a note's last line down in the footer's ("19 Of the
    99, ... (IPCO Annual Report 2018, Table 3," over "page 104)."). Such a row is as close
    to a body line of its size just under it (in the bottom band, just over it) as lines
    of a paragraph are, overlaps it across, and a sentence runs on between them: the upper
    line closes on no stop and the lower one (at the top) opens in lower case. Returns the
    band rows left."""
    moved: set[int] = set()
    bodies = [(words_bbox(ws), dominant_size(ws), ws) for ws in body_rows]
    # the top band from its foot up, the bottom band from its head down: a row moved is
    # body text the next one may go on from (a paragraph's lines down in the footer's band)
    ordered = sorted([r for r in band_rows if r[0] == "top"], key=lambda r: -min(w.top for w in r[1])) + \
        sorted([r for r in band_rows if r[0] == "bottom"], key=lambda r: min(w.top for w in r[1]))
    for where, ws in ordered:
        b, size = words_bbox(ws), dominant_size(ws)
        for o, o_size, o_ws in bodies:
            gap = o[1] - b[3] if where == "top" else b[1] - o[3]
            if abs(o_size - size) > 0.5 or not -0.1 * size <= gap <= 0.6 * size or min(b[2], o[2]) <= max(b[0], o[0]):
                continue
            # the body row's words in the band row's column: the run of words (parted from
            # the rest by a column's gap) that reaches under (over) the band row's start
            runs: list[list[Word]] = [[o_ws[0]]]
            for a, c in zip(o_ws, o_ws[1:]):
                if c.x0 - a.x1 > 1.5 * size:
                    runs.append([])
                runs[-1].append(c)
            run = next((r for r in runs if r[-1].x1 >= b[0] - 1.5 * size and r[0].x0 <= b[2]), None)
            if run is None:
                continue
            upper, lower = (ws, run) if where == "top" else (run, ws)
            if upper[-1].text[-1:] not in _SENTENCE_END and lower[0].text[:1].islower():
                moved.add(id(ws))
                body_rows.append(ws)
                bodies.append((b, size, ws))
            break
    if moved:
        body_rows.sort(key=lambda ws: min(w.top for w in ws))
    return [r for r in band_rows if id(r[1]) not in moved]


# A Hansard column number printed in the body where a column of the printed record begins
# ("GC 212" in Grand Committee, "WA 45" written answers, "WS 12", "WH 301", "Col. 1024").
_COLUMN_NUMBER_RE = re.compile(r"(?:GC|WA|WS|WH|WMS|Col\.?)\s\d{1,4}")


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.fullmatch(text.strip()))


# ---------------------------------------------------------------------------
# Page level: columns and reading order

def _prose(ws: list[Word]) -> bool:
    """Several words, mostly alphabetic: running text rather than table cells."""
    return len(ws) >= 2 and sum(bool(_ALPHA_RE.search(w.text)) for w in ws) * 2 >= len(ws)


_QUOTE_MARKS = {">", ">>", "|"}


def _unquoted(ws: list[Word]) -> list[Word]:
    """A row of a quoted e-mail without its quote marks ("> - 2007: 519,260 requests" is
    the list item "- 2007: ..."); "> 500", a bound on a figure, keeps its sign."""
    k = 0
    while k < len(ws) - 1 and ws[k].text in _QUOTE_MARKS:
        k += 1
    if k and not _NUMERIC_WORD.fullmatch(ws[k].text):
        return ws[k:]
    return ws


def _find_gutter(rows: list[list[Word]], width: float, left: float = 0.0) -> Optional[float]:
    """x of a vertical whitespace gutter with running text on both sides, or None; looked
    for in the middle of the span from `left`, `width` wide (the page, or one side of a
    gutter already found).

    A row "supports" a gutter at x when no word covers x and both sides carry prose.
    Requiring prose on both sides keeps label/value tables and wide numeric tables
    (whose columns are also separated by whitespace) from being read as text columns.
    """
    if len(rows) < 4:
        return None
    lo, hi = int(left + width * 0.3), int(left + width * 0.7)
    scores = [0] * (hi - lo + 1)
    # A title set large across the columns says nothing about the gutter, and the gap
    # between two of its words may fall inside it, one point above the gutter's score.
    big = 1.3 * median(w.size for ws in rows for w in ws)
    for ws in rows:
        if ws[0].size > big and all(w.size > big for w in ws):
            continue
        # Only the gaps between consecutive words can hold a gutter position.
        for a, b in zip(ws, ws[1:]):
            g0, g1 = int(a.x1 + 3), int(b.x0 - 2)
            if g1 < g0:
                continue   # a word space (most gaps): settled before clipping to the band
            g0, g1 = max(lo, g0), min(hi, g1)
            if g1 < g0:
                continue
            left = [w for w in ws if w.x1 <= a.x1]
            right = [w for w in ws if w.x0 >= b.x0]
            if _prose(left) and _prose(right):
                for xi in range(g0, g1 + 1):
                    scores[xi - lo] += 1
    best = max(scores) if scores else 0
    if best < max(3, 0.25 * len(rows)):
        return _side_by_side_gutter(rows, scores, best, lo) or _staggered_gutter(rows, lo, hi)
    # Middle of the widest run of x at the best score: the centre of the gutter.
    runs, cur = [], []
    for k, sc in enumerate(scores):
        if sc == best:
            cur.append(k + lo)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    widest = max(runs, key=len)
    if len(widest) < 4:  # too narrow to be a gutter rather than an aligned word gap
        return _narrow_best(scores, lo, max(3, 0.25 * len(rows))) or _side_by_side_gutter(rows, scores, best, lo) \
            or _staggered_gutter(rows, lo, hi)
    return (widest[0] + widest[-1]) / 2


def _side_by_side_gutter(rows: list[list[Word]], scores: list[int], best: int, lo: int) -> Optional[float]:
    """The gutter between two columns side by side over part of the page only (a
    newspaper's story beside the next one, under an advert set apart, above the foot of
    its own column): too few rows hold both for a quarter of the page's, but six or more
    do, and no row from the first of them to the last crosses the gutter."""
    if best < 6:
        return None
    runs, cur = [], []
    for k, sc in enumerate(scores + [0]):
        if sc == best:
            cur.append(k + lo)
        elif cur:
            runs.append(cur)
            cur = []
    widest = max(runs, key=len)
    x = (widest[0] + widest[-1]) / 2
    both = [k for k, ws in enumerate(rows)
            if _prose([w for w in ws if w.x1 < x]) and _prose([w for w in ws if w.x0 > x])
            and not any(w.x0 - 1 <= x <= w.x1 + 1 for w in ws)]
    if len(both) < 6:
        return None
    first, last = both[0], both[-1]
    if any(any(w.x0 - 1 <= x <= w.x1 + 1 for w in rows[k]) for k in range(first, last + 1)):
        return None
    if len(both) < 0.6 * (last - first + 1):
        return None
    return x


def _narrow_best(scores: list[int], lo: int, least: float) -> Optional[float]:
    """When the best-supported x is a sliver (justified lines stretch their spaces to the
    same place row after row), the gutter is the best-supported band at least 4 points
    wide, if it is supported enough: the middle of it."""
    best: Optional[tuple[int, int, list[int]]] = None
    cur: list[int] = []
    for k, sc in enumerate(scores + [0]):
        if cur and sc != scores[cur[0] - lo]:
            score = scores[cur[0] - lo]
            if len(cur) >= 4 and score >= least and (best is None or (score, len(cur)) > best[:2]):
                best = (score, len(cur), cur)
            cur = []
        if k < len(scores) and sc:
            cur.append(k + lo)
    return (best[2][0] + best[2][-1]) / 2 if best else None


def _staggered_gutter(rows: list[list[Word]], lo: int, hi: int) -> Optional[float]:
    """x of the gutter between two columns whose lines are not set on shared baselines
    (a journal's two columns, each with its own leading and its own headings), or None.
    Few rows then hold both columns, so the gutter shows instead as a band of x that no row
    between the columns' first and last lines crosses, with many lines of prose wholly
    left of it and wholly right of it, side by side (a title and an abstract across the page
    above the columns, footnotes below them, may cross it)."""
    # (most pages have one column: its lines run across the whole band; say so cheaply)
    if sum(ws[-1].x1 < hi for ws in rows) < 3 or sum(ws[0].x0 > lo for ws in rows) < 2:
        return None
    # (only where the rows are, two of them with a word starting further right: the empty
    # side of a page whose right part is all boxes read apart, a newspaper's adverts, is
    # crossed by no row - only by a headline - and would hide the gutter)
    last = sorted(ws[-1].x0 for ws in rows)
    hi = min(hi, int(last[-2]))
    if hi <= lo:
        return None
    n = hi - lo + 1
    crossing = [0] * (n + 1)   # rows covering each x, as differences
    for ws in rows:
        spans: list[list[int]] = []   # the row's words widened a little, overlaps merged
        for w in ws:
            a, b = max(int(w.x0 - 2) - lo, 0), min(int(w.x1 + 2) - lo, n - 1)
            if a > b:
                continue
            if spans and a <= spans[-1][1] + 1:
                spans[-1][1] = max(spans[-1][1], b)
            else:
                spans.append([a, b])
        for a, b in spans:
            crossing[a] += 1
            crossing[b + 1] -= 1
    counts, run = [], 0
    for k in range(n):
        run += crossing[k]
        counts.append(run)
    least = min(counts) if counts else 0
    if least > 0.4 * len(rows):
        return None
    # the band of x crossed by the fewest rows: the only place a gutter can be
    band = [k + lo for k, c in enumerate(counts) if c == least]
    x = band[len(band) // 2]
    # each row: across x (0), wholly left (-1), wholly right (1), or both sides apart (2:
    # lines of the two columns that happen to share a baseline)
    side = [0 if any(w.x0 - 2 <= x <= w.x1 + 2 for w in ws) else -1 if ws[-1].x1 < x else 1 if ws[0].x0 > x else 2
            for ws in rows]
    # lines of prose each side (of a row holding both, each part judged on its own: a table's
    # label beside its figures is no prose on the figures' side)
    left = [k for k, sd in enumerate(side) if sd in (-1, 2) and _prose([w for w in rows[k] if w.x1 < x])]
    right = [k for k, sd in enumerate(side) if sd in (1, 2) and _prose([w for w in rows[k] if w.x0 > x])]
    if min(len(left), len(right)) < 3 or max(len(left), len(right)) < 5:
        return None
    first, last = max(left[0], right[0]), min(left[-1], right[-1])
    if last - first < 2 or any(side[k] == 0 for k in range(first, last + 1)):
        return None   # a row across the band between the columns: no gutter there
    # rows whose figures stand apart from their words, anywhere on the page: a table's,
    # which a gutter through the band would split
    tabular = sum(sd == 2 and not (k in left and k in right) for k, sd in enumerate(side))
    if tabular > 0.3 * sum(sd != 0 for sd in side):
        return None
    # the widest run of that band round x
    runs, cur = [], [band[0]]
    for v in band[1:]:
        if v == cur[-1] + 1:
            cur.append(v)
        else:
            runs.append(cur)
            cur = [v]
    runs.append(cur)
    widest = max(runs, key=len)
    # (narrow columns set justified close together, a newspaper's five to a page, leave a
    # gutter of a few points only, their words widened by 2 each side: a sliver no row
    # crosses, taken when many lines of prose stand each side of it and hardly a row - no
    # table's - has figures apart from its words there)
    if len(widest) >= 4 or (min(len(left), len(right)) >= 8 and tabular * 20 <= len(rows)):
        return (widest[0] + widest[-1]) / 2
    return None


_ALPHA_RE = re.compile(r"[A-Za-z]{2,}")
_NUMERIC_WORD = re.compile(r"[£$]?[-–]?[\d,.]+%?")


def _reading_order(rows: list[list[Word]], gutter: Optional[float], depth: int = 0,
                   ruled: Optional[set[int]] = None) -> list[list[Word]]:
    """Rows -> line word-lists in reading order.

    Full-width rows (crossing the gutter) keep their place; each run of rows between them
    is read left column top-to-bottom, then right column. `ruled`: rows of a table whose
    row rules run across the gutter (see _rows_in_ruled_grid), read across as well.
    """
    if gutter is None:
        return rows
    out: list[list[Word]] = []
    left: list[list[Word]] = []
    right: list[list[Word]] = []

    def flush():
        # each side may be two columns again (a three-column page): its own gutter, once
        for side in (left, right):
            if depth < 1 and len(side) >= 4:
                x0, x1 = min(ws[0].x0 for ws in side), max(ws[-1].x1 for ws in side)
                inner = _find_gutter(side, x1 - x0, x0)
                out.extend(_reading_order(side, inner, depth + 1) if inner is not None else side)
            else:
                out.extend(side)
        left.clear()
        right.clear()

    across = _table_rows_across(rows, gutter) | (ruled or set())
    for k, ws in enumerate(rows):
        if k in across or any(w.x0 - 1 <= gutter <= w.x1 + 1 for w in ws):
            flush()
            out.append(ws)
            continue
        lw = [w for w in ws if w.x1 < gutter]
        rw = [w for w in ws if w.x0 > gutter]
        # (a row held together by a tall word of the other column - a headline beside two
        # lines of body text - is two lines on this side: split again, each its own line)
        for side, part in ((left, lw), (right, rw)):
            if part:
                side.extend(_group_rows(part) if _stacked(part) else [part])
    flush()
    return out


def _stacked(ws: list[Word]) -> bool:
    """Words of one side of a row that lie on two lines, one above the other, not
    overlapping each other by half the smaller line's height."""
    hi = min(ws, key=attrgetter("top"))
    lo = max(ws, key=attrgetter("top"))
    if hi is lo:
        return False
    overlap = min(hi.bottom, lo.bottom) - max(hi.top, lo.top)
    return overlap < 0.5 * min(hi.bottom - hi.top, lo.bottom - lo.top)


def _rows_in_ruled_grid(page, rows: list[list[Word]], gutter: Optional[float]) -> set[int]:
    """Rows of a table whose rules run across the gutter (a WeasyPrint table with a rule
    under each row and a boxed header, set above two columns of text: "2013  2,760 | 57
    970", the figures of its last columns right of the gutter): each row between two such
    rules no more than about three of its lines apart. Split at the gutter, the table would
    lose its columns right of it to a table of their own."""
    if gutter is None or not (page.lines or page.rects):
        return set()
    segs = sorted((round(float(e["top"]), 1), float(e["x0"]), float(e["x1"]))
                  for e in (getattr(page, "horizontal_edges", None) or []))
    rules: list[list[float]] = []   # [top, x0, x1]: collinear pieces touching end to end merged
    for top, x0, x1 in segs:
        if rules and abs(rules[-1][0] - top) <= 0.5 and x0 <= rules[-1][2] + 1:
            rules[-1][2] = max(rules[-1][2], x1)
        else:
            rules.append([top, x0, x1])
    across = [r for r in rules if r[1] < gutter - 20 and r[2] > gutter + 20]
    if len({r[0] for r in across}) < 3:
        return set()
    out: set[int] = set()
    for k, ws in enumerate(rows):
        top, bottom = min(w.top for w in ws), max(w.bottom for w in ws)
        size = max(w.size for w in ws)
        # (the row's words within the rules' ends: text running on past a frame drawn too
        # narrow for it is left as it was read)
        inside = [r for r in across if r[1] - size <= ws[0].x0 and ws[-1].x1 <= r[2] + size]
        above = [r[0] for r in inside if r[0] <= top + 1]
        below = [r[0] for r in inside if r[0] >= bottom - 1]
        if above and below and min(below) - max(above) <= 3.5 * size:
            out.add(k)
    # (a table has a header and two rows at least: a masthead between two rules is none)
    runs: list[list[int]] = []
    for k in sorted(out):
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return {k for run in runs if len(run) >= 3 for k in run}


def _table_rows_across(rows: list[list[Word]], gutter: float) -> set[int]:
    """Rows of a table set across both columns, below or above them (a journal's "Table 2"
    under its two columns: "Requests for communications data" far left, "2007 519,260 17"
    right of the gutter): no word crosses the gutter, so split there the labels would join
    the left column and the figures the right one. Two rows or more in a row, each a label
    left of the gutter and figures (no prose) right of it, with a gap far wider than a
    gutter between them; the header row just above them, words each side as far apart,
    goes with them."""
    found: set[int] = set()
    run: list[int] = []

    def wide_gap(ws: list[Word]) -> bool:
        lw = [w for w in ws if w.x1 < gutter]
        rw = [w for w in ws if w.x0 > gutter]
        return bool(lw) and bool(rw) and len(lw) + len(rw) == len(ws) \
            and rw[0].x0 - lw[-1].x1 > 4 * max(w.size for w in ws)

    def close():
        if len(run) >= 2:
            found.update(run)
            k = run[0] - 1
            if k >= 0 and wide_gap(rows[k]):
                found.add(k)
            # (header lines whose every cell lines up with a column of the rows under them:
            # "OSC year | 1 Apr 2017 to | Annualised" over "6,237 | – | –", the gap at the
            # gutter no wider than between any two columns)
            while k >= 0 and k not in found and _header_over(rows[k], [rows[i] for i in run], gutter):
                found.add(k)
                k -= 1
        run.clear()

    for k, ws in enumerate(rows):
        # (the label all words, the figures no words: a chart's labels beside a table of
        # its own, "Germany 91" beside "Unspecified", are no such row)
        if wide_gap(ws) and not any(_ALPHA_RE.search(w.text) for w in ws if w.x0 > gutter) \
                and any(_ALPHA_RE.search(w.text) for w in ws if w.x1 < gutter) \
                and _label_then_figures([w for w in ws if w.x1 < gutter]):
            run.append(k)
        else:
            close()
    close()
    return found


_FIGURE_CELL = re.compile(r"[£$]?[-–]?[\d,.]+%?|[-–—]|\.\.|n/?a", re.I)


def _label_then_figures(ws: list[Word]) -> bool:
    """The part of a row left of the gutter is a label, maybe followed by figures ("Property
    interference 1,842" beside "1,453 1,937 –"): a table's row whose first value columns
    stand left of the gutter. Figures before or among the words ("2015 3,059", "91 Germany")
    are no such label."""
    k = len(ws)
    while k and _FIGURE_CELL.fullmatch(ws[k - 1].text):
        k -= 1
    return k > 0 and not any(_NUMERIC_WORD.fullmatch(w.text) for w in ws[:k])


def _header_over(ws: list[Word], body: list[list[Word]], gutter: float) -> bool:
    """A header line of a table whose rows are `body`: words each side of the gutter, and each
    of its cells (words closer than a word's height) aligned with a column of the body, by
    its left edge, right edge or centre."""
    if not any(w.x1 < gutter for w in ws) or not any(w.x0 > gutter for w in ws) \
            or any(w.x0 <= gutter <= w.x1 for w in ws):
        return False
    lefts = [w.x0 for r in body for w in r]
    rights = [w.x1 for r in body for w in r]
    centres = [(w.x0 + w.x1) / 2 for r in body for w in r]
    cells: list[list[Word]] = []
    for w in ws:
        if cells and w.x0 - cells[-1][-1].x1 <= max(w.size, cells[-1][-1].size):
            cells[-1].append(w)
        else:
            cells.append([w])
    if len(cells) < 3:
        return False

    def aligned(c: list[Word]) -> bool:
        x0, x1 = c[0].x0, c[-1].x1
        return any(abs(x0 - v) <= 2 for v in lefts) or any(abs(x1 - v) <= 2 for v in rights) \
            or any(abs((x0 + x1) / 2 - v) <= 2 for v in centres)
    return all(aligned(c) for c in cells)


# ---------------------------------------------------------------------------
# Page level: blocks

# A list marker drawn rather than typed: a small dot, or a smaller square (points; a chart
# legend's colour keys are squares of 6 to 12).
_MARKER_MIN, _MARKER_MAX, _SQUARE_MARKER_MAX = 2.0, 7.0, 5.0


def _marked_lines(page, lines: list[Line]) -> list[int]:
    """Lines opening a list item whose bullet is drawn (a browser prints a list's discs as
    small filled circles, not as a glyph): a small filled dot or square just left of the
    line's first word, level with its middle. Without it the items of a list set in a
    larger size than the body read as one heading."""
    marks = [(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
             for kind, most in (("curves", _MARKER_MAX), ("rects", _SQUARE_MARKER_MAX)) for o in getattr(page, kind)
             if o.get("fill") and _MARKER_MIN <= float(o["width"]) <= most
             and _MARKER_MIN <= float(o["height"]) <= most
             and abs(float(o["width"]) - float(o["height"])) <= 1.5]
    if not marks:
        return []
    out = []
    for i, line in enumerate(lines):
        x0, top, _, bottom = line.bbox
        mid, size = (top + bottom) / 2, line.size
        if any(m[2] <= x0 and x0 - m[2] <= 2.5 * size and m[1] <= mid <= m[3] + 0.3 * size
               and m[1] >= top - 0.3 * size for m in marks):
            out.append(i)
    return out

# A chart key's colour swatch: a filled square bigger than a drawn bullet (points).
_SWATCH_MAX = 14.0


def _key_lines(page, lines: list[Line]) -> list[int]:
    """Lines of a chart's key left in the text ("■ Red 8%  ■ Amber 55%  ■ Green 37%"): a
    filled square swatch, bigger than a drawn bullet, just left of the line's first word
    and of another word after it (a key set out down the page, an entry a line, is left
    as it is: its figures may be on the lines under its labels). Such a line is a block
    of its own: set close over a sentence, it would open it ("Red
    8% Amber 55% Green 37% In all the inspectors made 366 recommendations")."""
    from pipeline.bars import boxes as page_boxes
    swatches = [(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])) for o in page_boxes(page)
                if o.get("fill") and _SQUARE_MARKER_MAX < float(o["width"]) <= _SWATCH_MAX
                and abs(float(o["width"]) - float(o["height"])) <= 1.5]
    if not swatches:
        return []
    out = []
    for i, line in enumerate(lines):
        _, top, _, bottom = line.bbox
        mid, size = (top + bottom) / 2, line.size
        level = [m for m in swatches if m[1] - 0.3 * size <= mid <= m[3] + 0.3 * size and top - 0.5 * size <= m[1]]
        if not level:
            continue
        # each swatch keys the word just right of it (one word: "A person of interest")
        keyed = set()
        for m in level:
            k = min(((w.x0 - m[2], k) for k, w in enumerate(line.words) if -0.5 <= w.x0 - m[2] <= 1.5 * size),
                    default=None)
            if k is not None:
                keyed.add(k[1])
        if len(keyed) >= 2 and 0 in keyed:
            out.append(i)
    return out


_PARANUM_RE = re.compile(r"\d{1,3}\.(?:\d{1,3}\.?){0,3}")
_BULLET_START = ("•", "●", "▪", "■", "◦", "○", "‣", "⁃")
_BULLET_WORDS = {"-", "–", "—", "*"} | set(_BULLET_START)
# An unmapped glyph alone at the start of a line is, in practice, a bullet from a symbol font.
_CID_RE = re.compile(r"\(cid:\d+\)")
# "Table 5: ...", "Figure 2 Total number ...", "Fig. 8 Items ..." but not prose that
# happens to start a line with "Table 6.2 is confined to ...".
_CAPTION_RE = re.compile(
    r"(?:Table|TABLE|Figure|FIGURE|Fig\.|Chart|CHART)\s*[A-Z]?(?>\d+(?:\.\d+)*)[a-z]?(?:\s*[:.\-–—(]|\s+[A-Z\d]|\s*$)")


def _line_kind(line: Line, body_size: float, bold: set[int]) -> str:
    text = line.text
    if _PARANUM_RE.fullmatch(text):
        return "paranum"
    words = [w for w in line.words if not w.superscript]
    if words:
        first = words[0]
        # A bullet glyph followed by words ("- - 0.38" in a numeric table is not a bullet).
        glyph = first.text in _BULLET_WORDS or bool(_CID_RE.fullmatch(first.text))
        # ("- 2007: 519,260 requests": the words after the glyph, not only the first, say)
        if glyph and len(words) > 1 and any(_ALPHA_RE.search(w.text) for w in words[1:4]):
            return "bullet"
        if first.text.startswith(_BULLET_START) and _ALPHA_RE.search(first.text):
            return "bullet"
    if _CAPTION_RE.match(text):
        return "caption"
    # A heading is short and has letters; only such a line's bold share and size are worked
    # out (most lines are longer running text).
    if len(text) > 120 or len(words) > 16 or not any(c.isalpha() for c in text):
        return "paragraph"
    n_bold = sum(len(w.text) for w in words if id(w) in bold) if bold else 0
    n_all = sum(len(w.text) for w in words) or 1
    if body_size and line.size >= 1.15 * body_size:
        return "heading"
    if n_bold * 2 > n_all and not _run_in(words, bold):
        return "heading"
    return "paragraph"


def _run_in(words: list[Word], bold: set[int]) -> bool:
    """A bold label run into the text after it, the line the first of a paragraph ("Baroness
    Fairlie of Morven (Lab): My Lords, I will be" over "brief, as the Committee ..."): the
    line opens on bold words, the last of them closing on a colon, and the rest is set
    plain. Mostly bold, it would read as a heading and part from its own paragraph."""
    k = 0
    while k < len(words) and id(words[k]) in bold:
        k += 1
    return 0 < k < len(words) and words[k - 1].text.endswith(":") \
        and not any(id(w) in bold for w in words[k:])


_ASCII_LETTERS = frozenset(string.ascii_letters)
_CLOSING = frozenset(".,;:)!?")
_LINE_END_HYPHENS = frozenset("-\u2010\u00ad")


# The typesetter's hyphenation mark at a line end (WeasyPrint's U+2010, a soft hyphen shown
# as one): a word broken there is joined without it. An ASCII hyphen there may be either.
_HYPHENATION_MARKS = ("\u2010", "\u00ad")
# number words a typesetter's hyphenation may also break a longer word after ("ten-sion",
# "one-self"): left to the general rule
_AMBIGUOUS_NUMBER_STEMS = frozenset({"one", "ten"})


def _line_end_hyphen(prev: str, text: str, real: bool) -> Optional[str]:
    """How a word ending a line with a hyphen joins the first word of the next line:
    "drop" (a word the typesetter broke: "communi-" + "cations", "preven‐" + "tion"),
    "keep" (a hyphen that is part of the word: "nine-" + "month", "twenty-" + "four",
    "12-" + "month"; every ASCII hyphen when `real`, the page marking its breaks with
    U+2010), or None (not a broken word: joined with a space).

    Without a dictionary, an ASCII hyphen is kept only after a number (a compound such as
    "nine-month" or "twenty-four"), unless the two parts spell a number word ("seven-" +
    "teen"); any other is taken for the typesetter's, as before."""
    mark = prev[-1:]
    if mark not in ("-",) + _HYPHENATION_MARKS or not text[:1].islower():
        return None
    before = prev[-2:-1]
    if mark != "-":
        return "drop" if before.isalpha() else None
    if before.isdigit():
        return "keep"
    if before not in _ASCII_LETTERS:
        return None
    if real:
        return "keep"
    stem = re.search(r"[A-Za-z]+$", prev[:-1]).group().lower()
    if stem in WORD_NUMBERS and stem not in _AMBIGUOUS_NUMBER_STEMS:
        run = re.match(r"[a-z]+", text).group()
        joined = stem + run
        if len(run) >= 3 and joined not in WORD_NUMBERS and not joined.endswith(("teenth", "tieth")):
            return "keep"
    return "drop"


def _join_lines(lines: list[Line]) -> tuple[str, list[TextSpan]]:
    """Join lines with spaces, rejoining a hyphenated word across a line end, with spans."""
    parts: list[str] = []
    spans: list[TextSpan] = []
    pos = 0
    real = False   # the line before ends with a real hyphen (see _line_end_hyphen)
    for line in lines:
        words = [w for w in line.words if not w.superscript]
        # punctuation set straight after a footnote marker ("warrants²;"): once the marker is
        # set aside it closes the word before it, with no space ("warrants;", not "warrants ;")
        after_mark = {id(b) for a, b in zip(line.words, line.words[1:])
                      if a.superscript and not b.superscript and b.text[:1] in _CLOSING
                      and b.x0 - a.x1 < 0.3 * (b.size or 10.0)} if line.footnotes else ()
        for wi, w in enumerate(words):
            text = w.text
            if wi == 0:
                if parts:
                    prev = parts[-1]
                    how = _line_end_hyphen(prev, text, real) if prev[-1:] in _LINE_END_HYPHENS else None
                    if how == "drop":
                        # "communi-" + "cations": drop the hyphen, no space.
                        parts[-1] = prev[:-1]
                        pos -= 1
                        spans[-1] = TextSpan(spans[-1].start, spans[-1].end - 1, spans[-1].bbox)
                    elif how == "keep":
                        # "nine-" + "month": the hyphen stays (as "-"), no space.
                        parts[-1] = prev[:-1] + "-"
                    else:
                        parts.append(" ")
                        pos += 1
            elif not (after_mark and id(w) in after_mark):
                parts.append(" ")
                pos += 1
            parts.append(text)
            end = pos + len(text)
            spans.append(TextSpan(pos, end, (w.x0, w.top, w.x1, w.bottom)))
            pos = end
        real = "_real_hyphens" in line.__dict__
    return "".join(parts), spans


def _words_block(words: list[Word], kind: str) -> Block:
    """A block of loose words (a card, a grid cell): their rows, as lines."""
    return _make_block([_make_line(row) for row in _group_rows(words)], kind)


def _make_block(lines: list[Line], kind: str) -> Block:
    text, spans = _join_lines(lines)
    # (the lines' boxes, kept on them, hold all their words: no pass over the words again)
    return Block(text=text, spans=spans, bbox=union_bbox([l.bbox for l in lines]), kind=kind,
                 footnotes=[f for l in lines for f in l.footnotes])


_NOTE_NUMBER = re.compile(r"\d{1,5}")
_ITEM_NUMBER = re.compile(r"(\d{1,2})[.)]")


def _next_note(first: Line, line: Line, headings: bool = False) -> bool:
    """`line` opens the next numbered note after the one `first` opens ("38 IPCO, Annual
    Report ..." then "39 The total two years earlier was 948 ..."): both start with a bare
    number at one left edge, this one the next number; so does the next item of a numbered
    list ("1." then "2."). Numbered headings ("2087 NHS
    WORKFORCE ..." over "2093 125TH ANNIVERSARY ...") are each their own, whatever numbers."""
    a, b = first.words, line.words
    if len(a) < 2 or len(b) < 2:
        return False
    ia, ib = _ITEM_NUMBER.fullmatch(a[0].text), _ITEM_NUMBER.fullmatch(b[0].text)
    if ia and ib:
        # the next item of a numbered list set with no space between items ("1. A303
        # closure: five-week" / "diversion from Monday" / "2. Salisbury 2 Yeovil 1")
        return int(ib[1]) == int(ia[1]) + 1 and abs(a[0].x0 - b[0].x0) <= 1.5
    if not _NOTE_NUMBER.fullmatch(b[0].text) or not _NOTE_NUMBER.fullmatch(a[0].text):
        return False
    return (headings or (len(a[0].text) <= 3 and int(b[0].text) == int(a[0].text) + 1)) \
        and abs(a[0].x0 - b[0].x0) <= 1.5


def _build_blocks(lines: list[Line], kinds: list[str], line_gap: float) -> list[tuple[Block, list[int]]]:
    """Merge consecutive lines into blocks; returns (block, line indices) pairs."""
    out: list[tuple[Block, list[int]]] = []
    cur: list[int] = []
    cur_kind = ""
    cur_x0 = 0.0   # the block's left edge so far (the least x0 of its lines)

    def flush():
        if cur:
            out.append((_make_block([lines[i] for i in cur], cur_kind), list(cur)))
            cur.clear()

    for i, (line, kind) in enumerate(zip(lines, kinds)):
        # A first-line indent against the block's left edge opens a new paragraph (reports
        # that separate paragraphs by indentation only, with no extra vertical space).
        if cur and kind == cur_kind == "paragraph" and _column_turn(lines[cur[-1]], line) \
                and any(_STOP.search(lines[k].text) for k in cur):
            cur.append(i)
            cur_x0 = line.bbox[0]   # (the block's left edge in the column it goes on in)
            continue
        indented = bool(cur) and cur_kind == "paragraph" and \
            line.bbox[0] - cur_x0 > 0.8 * line.size \
            and not _hangs(lines[cur[0]], line)
        if cur and kind in ("paragraph", "heading") and not indented \
                and "_key" not in line.__dict__ and "_key" not in lines[cur[-1]].__dict__ \
                and not _next_note(lines[cur[0]], line, kind == "heading" == cur_kind) \
                and _continues(lines[cur[-1]], line, line_gap):
            prev_kind = kinds[cur[-1]]
            # Headings continue only as headings; body lines continue paragraphs, bullets
            # and captions (wrapped item text), never a heading or paragraph number.
            # A "heading" running past three lines is styled prose, so stop merging there.
            if (cur_kind == "heading") == (kind == "heading") and prev_kind != "paranum" \
                    and cur_kind != "paranum" and not (cur_kind == "heading" and len(cur) >= 3):
                cur.append(i)
                cur_x0 = min(cur_x0, line.bbox[0])
                continue
        flush()
        cur_kind = kind
        cur.append(i)
        cur_x0 = line.bbox[0]
    flush()
    return out


# A paragraph's number set out in the margin: "[12]", "(a)", "4.", "7.1.2", a question's "Q212",
# a loose-leaf work's chapter and paragraph "12–045" (en dash or hyphen).
_HANGING_MARK = re.compile(r"\[\d{1,3}\]|\(?[a-z0-9]{1,3}[.)]|\d{1,3}(?:\.\d{1,3}){1,3}\.?|Q\d{1,4}\.?"
                           r"|\d{1,3}[\u2013-]\d{2,4}[A-Z]?")


def _hangs(first: Line, line: Line) -> bool:
    """`line` is the second line of a paragraph whose number hangs in the margin ("[2] Ms
    Corrigan began ..." over "Commissioner's report ..."): it starts where the text after
    the number starts, right of the number. Not a new paragraph's first-line indent."""
    ws = first.words
    return len(ws) >= 2 and bool(_HANGING_MARK.fullmatch(ws[0].text)) and ws[0].x1 < line.bbox[0] \
        and abs(ws[1].x0 - line.bbox[0]) <= 1.5


_SENTENCE_END = frozenset(".!?:;")
_STOP = re.compile(r"[a-z)][.!?](?:\s|$)")   # prose: a sentence closes in it


def _column_turn(prev: Line, nxt: Line) -> bool:
    """`nxt` goes on with the sentence `prev` breaks off at the foot of a column ("... rose
    by nearly 100 authorisations" / "a year. Will the Minister explain why?" at the head of
    the next one): `nxt` above `prev` and right of it, one size, `prev` closing on no stop
    and `nxt` opening in lower case."""
    pb, nb = prev.bbox, nxt.bbox
    return nb[3] < pb[1] and nb[0] >= pb[2] - 1 and abs(prev.size - nxt.size) <= 0.5 \
        and prev.text[-1:] not in _SENTENCE_END and prev.text[-1:].isalpha() \
        and nxt.text[:1].islower()


def _continues(prev: Line, nxt: Line, line_gap: float) -> bool:
    """Same font size, a gap like the page's usual line gap, below, horizontally overlapping."""
    ps, ns = prev.size, nxt.size
    if abs(ps - ns) > 0.5:
        return False
    pb, nb = prev.bbox, nxt.bbox
    gap = nb[1] - pb[3]
    limit = min(max(1.4 * line_gap + 1.0, 0.35 * ps), 1.3 * ps)
    if gap < -0.3 * ps or gap > limit:
        return False
    return min(pb[2], nb[2]) - max(pb[0], nb[0]) > 0


def _typical_line_gap(lines: list[Line]) -> float:
    """The page's usual gap between consecutive lines of one paragraph.

    Leading varies between reports (1.2 to 1.5 and more), so a fixed threshold either
    glues paragraphs together or splits every line; take a low percentile of the gaps
    between neighbouring same-size lines, which is dominated by within-paragraph gaps.
    """
    gaps = []
    for a, b in zip(lines, lines[1:]):
        sa, sb = a.size, b.size
        if abs(sa - sb) > 0.5:
            continue
        ab, bb = a.bbox, b.bbox
        g = bb[1] - ab[3]
        if -0.3 * sa <= g <= 1.5 * sa and min(ab[2], bb[2]) - max(ab[0], bb[0]) > 0:
            gaps.append(g)
    if not gaps:
        return 0.3 * (lines[0].size if lines else 10.0)
    gaps.sort()
    return max(gaps[int(0.3 * (len(gaps) - 1))], 0.0)


# ---------------------------------------------------------------------------
# Page level: entry points

def extract_page(page) -> PageContent:
    """Extract one pdfplumber Page (see module docstring). Page-level furniture only."""
    content, _ = _extract_page(page)
    return content


def _extract_page(page) -> tuple[PageContent, list[_BandLine]]:
    from pipeline.tables import assign_titles, find_tables

    width, height = float(page.width), float(page.height)
    number = int(page.page_number)
    if not hasattr(page, "_objects"):
        lean = _lean_objects(page)
        if lean is not None:
            page._objects = lean  # pdfplumber's own cache slot, flushed by page.close()
    flags: list[str] = []
    if int(getattr(page, "rotation", 0) or 0) in (90, 270):
        flags.append("rotated")
    turned = _turned_chars(page)
    if turned is not None:
        flags.append("sideways-text")
        width, height = height, width
    words, bold = _words(page, turned)
    charts: list = []
    tiles: list[tuple] = []
    if turned is None and words:
        # Bar charts first: their value labels, category labels and axis ticks are figures
        # with a geometry, not prose, and must not reach the line and table stages.
        from pipeline.bars import find_bar_charts
        found = _tile_charts(page, words, int(page.page_number))
        if found is not None:
            charts, chart_words, tiles = found
        else:
            charts, chart_words = find_bar_charts(page, words, int(page.page_number))
        if chart_words:
            words = [w for w in words if id(w) not in chart_words]
    heat: list = []
    if turned is None and words and page.images:
        # a heatmap drawn as a picture with its figures printed over it: a table
        from pipeline.tables import find_heatmaps
        heat, in_heat = find_heatmaps(page, words, number)
        if heat:
            words = [w for w in words if id(w) not in in_heat]
    # Slanted text no chart took (a diagonal "DRAFT" watermark) is no line of the page: its
    # box, across many lines, would join them into one row.
    words = [w for w in words if not w.angle]
    words = _drop_caps(words)
    words = _drop_line_numbers(words, width)
    plots, ticks = _plot_regions(page, words) if turned is None and words else ([], set())
    if ticks:
        in_plot = ticks | {id(w) for ws in plots for w in ws}
        words = [w for w in words if id(w) not in in_plot]
    # (a card's units, its callout first, stay together)
    cards = [ws for units in sorted(_cards(page, words), key=lambda us: (round(min(w.top for w in us[0])),
                                                                         min(w.x0 for w in us[0])))
             for ws in units] if turned is None and words else []
    if turned is None and words:
        # callouts set side by side with no box round them are cards all the same (in their
        # reading order: a callout's second item straight after it)
        cards += _callout_grid([w for w in words if not any(w in ws for ws in cards)] if cards else words)
    if cards:
        in_card = {id(w) for ws in cards for w in ws}
        words = [w for w in words if id(w) not in in_card]
    milestones, in_timeline = _timeline(page, words) if turned is None and words else ([], set())
    if milestones:
        words = [w for w in words if id(w) not in in_timeline]
    # A grid of tiles: what each tile holds besides its chart (its title, a note under the
    # chart) is read as a flow of its own, tile by tile, as a panel is: read across the
    # page, the titles of tiles side by side join into one ("Whose data was obtained?
    # (2015, % of Errors found to be serious items)").
    panels = [ws for ws in ([w for w in words if b[0] - 1 <= w.x0 and w.x1 <= b[2] + 1 and b[1] - 1 <= w.top
                             and w.bottom <= b[3] + 1] for b in tiles) if ws]
    if panels:
        in_tile = {id(w) for ws in panels for w in ws}
        words = [w for w in words if id(w) not in in_tile]
    if turned is None and words:
        panels += _panels(page, words)
        panels += _ruled_sidebars(page, [w for w in words if not any(w in ws for ws in panels)] if panels else words)
    if panels:
        in_panel = {id(w) for ws in panels for w in ws}
        words = [w for w in words if id(w) not in in_panel]
    has_text = bool(words) or bool(charts) or bool(cards) or bool(panels) or bool(plots) or not page.images
    if not words and not cards and not panels and not plots:
        if not has_text:
            flags.append("image-only")
        return PageContent(number=number, width=width, height=height, blocks=[], tables=heat,
                           has_text_layer=has_text or bool(heat), flags=flags, charts=charts), []

    rows = _group_rows(words)
    band = _FURNITURE_BAND * height
    y_off = 0.0 if turned is not None else float(page.bbox[1])
    furniture: list[str] = []
    band_rows: list[tuple[str, list[Word]]] = []
    body_rows: list[list[Word]] = []
    for ws in rows:
        top = min(w.top for w in ws) - y_off
        bottom = max(w.bottom for w in ws) - y_off
        where = "top" if bottom <= band else "bottom" if top >= height - band else ""
        if not where:
            body_rows.append(ws)
            continue
        text = " ".join(w.text for w in ws)
        if _is_page_number(text):
            furniture.append(text)
        else:
            band_rows.append((where, ws))

    if band_rows and body_rows:
        band_rows = _band_rows_in_text(band_rows, body_rows)
    body_rows = [_unquoted(ws) for ws in body_rows]
    gutter = _find_gutter(body_rows, width)
    ordered = _reading_order(body_rows, gutter, ruled=_rows_in_ruled_grid(page, body_rows, gutter)
                             if turned is None else None)
    for k in [k for k, ws in enumerate(ordered) if len(ws) == 2 and ws[1].text.isdigit()
              and _COLUMN_NUMBER_RE.fullmatch(f"{ws[0].text} {ws[1].text}")]:
        # (set aside as page numbers are: it breaks a paragraph's flow between columns)
        furniture.append(f"{ordered[k][0].text} {ordered[k][1].text}")
        ordered[k] = []
    ordered = [ws for ws in ordered if ws]
    top_rows = [ws for where, ws in band_rows if where == "top"]
    bottom_rows = [ws for where, ws in band_rows if where == "bottom"]
    panel_rows = []
    boxed: list = []  # infobox tables read from panels
    for ws in panels:
        found = _infobox(ws, number)
        if found:
            boxed.append(found[0])
            ws = found[1]
        panel_rows.append(_group_rows(ws))
    # (a plot's words left unread by the chart reader: a flow of their own, as a panel's)
    panel_rows += [_group_rows(ws) for ws in plots]
    lines = [_make_line(ws) for ws in top_rows + ordered + [r for rs in panel_rows for r in rs] + bottom_rows]
    if any(l.words[-1].text[-1:] == "\u2010" for l in lines):
        # the page marks its hyphenation breaks with U+2010 (WeasyPrint): an ASCII hyphen
        # ending a line is part of its word ("nine-" + "month"), see _join_lines
        for l in lines:
            l.__dict__["_real_hyphens"] = True
    n_top, n_body = len(top_rows), len(ordered)
    # Line index ranges: top band, body, each panel, bottom band.
    segments = [range(0, n_top), range(n_top, n_top + n_body)]
    for rs in panel_rows:
        segments.append(range(segments[-1].stop, segments[-1].stop + len(rs)))
    segments.append(range(segments[-1].stop, len(lines)))

    # Drawn rules are in the unturned frame: on a sideways page only whitespace tables.
    tables, used = find_tables(_NoRules(number) if turned is not None else page,
                               lines[n_top:n_top + n_body])
    used = {i + n_top for i in used}
    # A panel's lines are a flow of their own: its label/value rows may be a table, but
    # never one continued from the body text beside it. (The panel's frame is no ruling.)
    # (a plot's values over its columns are no table: segments after the panels' are plots)
    for seg in segments[2:2 + len(panels)]:
        more, used_p = find_tables(_NoRules(number), lines[seg.start:seg.stop])
        tables += more
        used |= {i + seg.start for i in used_p}
    tables += boxed + heat
    # A grid of sentences ("Question | Response" with a paragraph in each cell) is a layout,
    # not a table of figures: each cell is read as a paragraph too, question before answer
    # (the grid stays a table, kind "grid", for whoever wants its cells).
    grid_blocks: list[Block] = []
    for t in [t for t in tables if _prose_grid(t)]:
        t.kind = "grid"
        grid_blocks += _grid_paragraphs(t, words, [o.bbox for o in tables if o is not t])
    tables.sort(key=lambda t: (t.bbox[1], t.bbox[0]))

    # Body size from running text only: on a page dominated by a small-print table the
    # paragraphs would otherwise all look "larger" and turn into headings.
    body_words = [w for i, l in enumerate(lines[n_top:n_top + n_body]) if i + n_top not in used
                  for w in l.words if not w.superscript]
    body_size = dominant_size(body_words)
    kinds = [_line_kind(l, body_size, bold) for l in lines]
    for i in _marked_lines(page, lines) if turned is None else ():
        if kinds[i] in ("paragraph", "heading"):
            kinds[i] = "bullet"
    for i in _key_lines(page, lines) if turned is None else ():
        lines[i].__dict__["_key"] = True

    line_gap = _typical_line_gap([l for i, l in enumerate(lines) if i not in used])
    blocks: list[Block] = []
    headings: list[str] = []
    band_lines: list[_BandLine] = []
    # Band lines, body lines and each panel's lines never merge: the band ones may be
    # removed later as headers.
    last = len(segments) - 1
    for seg_i, seg in enumerate(segments):
        # Split the segment at table lines so a block never spans across a table.
        run: list[int] = []
        groups: list[list[int]] = []
        for i in seg:
            if i in used:
                if run:
                    groups.append(run)
                run = []
            else:
                run.append(i)
        if run:
            groups.append(run)
        band = seg_i in (0, last)
        for g in groups:
            made = _build_blocks([lines[i] for i in g], [kinds[i] for i in g], line_gap) if band \
                else _callout_blocks([lines[i] for i in g], [kinds[i] for i in g], line_gap)
            for blk, idx in made:
                blocks.append(blk)
                if blk.kind == "heading":
                    headings.append(blk.text)
                if seg_i in (0, last):
                    band_lines.append(_BandLine("top" if seg_i == 0 else "bottom",
                                                _header_key(blk.text), blk))
    if cards:
        blocks = _placed(blocks, [_words_block(ws, "bullet") for ws in cards])
    if grid_blocks:
        blocks = _placed(blocks, grid_blocks)
    if milestones:
        blocks = _placed(blocks, milestones)
    # Titles from body blocks only: a running header is never a table's title.
    band_ids = {id(c.block) for c in band_lines}
    assign_titles(tables, [b for b in blocks if id(b) not in band_ids])
    content = PageContent(number=number, width=width, height=height, blocks=blocks,
                          tables=tables, furniture=furniture, headings=headings,
                          has_text_layer=True, flags=flags, charts=charts)
    return content, band_lines


def _drop_caps(words: list[Word]) -> list[Word]:
    """A drop cap (an article's first letter set two or three lines tall, "O" beside "n a
    grey morning ...") joined to the word it opens: as a word of its own its height spans
    the lines beside it, which then read as one row, their words interleaved. The letter
    takes the box of the rest of its word ("On" where "n" stands), so the first line keeps
    its height and its left edge lines up with the lines under it. So is a raised initial,
    set on the first line's baseline ("M" + "argaret")."""
    caps = [w for w in words if len(w.text) == 1 and w.text.isupper() and w.bottom - w.top > 0]
    if not caps:
        return words
    out = words
    for cap in caps:
        h = cap.bottom - cap.top
        # a raised initial: the letter set large on the first line's baseline, touching the
        # rest of its word ("M" + "argaret"); the word takes the letter's left edge (the
        # lines under it start there) and its foot (the line is set lower for the letter's
        # height), not its head (a line of the next column beside the letter's upper half
        # is no line of its row)
        rest = next((w for w in out if w is not cap and -0.5 <= w.x0 - cap.x1 <= 0.1 * w.size
                     and cap.top <= (w.top + w.bottom) / 2 <= cap.bottom and w.size * 1.5 <= cap.size
                     and abs(w.bottom - cap.bottom) <= 0.3 * h and w.text[:1].islower()), None)
        if rest is not None:
            joined = Word(cap.text + rest.text, cap.x0, rest.top, rest.x1,
                          max(cap.bottom, rest.bottom), rest.size, rest.superscript, rest.angle)
            out = [joined if w is rest else w for w in out if w is not cap]
            continue
        # the words just right of the letter, smaller, their middles within its height
        beside = [w for w in out if w is not cap and cap.x1 <= w.x0 <= cap.x1 + 0.5 * h
                  and cap.top <= (w.top + w.bottom) / 2 <= cap.bottom and w.size <= 0.5 * cap.size]
        tops = sorted({round(w.top) for w in beside})
        if len(tops) < 2:
            continue
        first = min(beside, key=lambda w: (w.top, w.x0))
        # the letter's top level with the first line's; the word it opens in lower case
        if abs(first.top - cap.top) > 0.25 * h or not first.text[:1].islower():
            continue
        joined = Word(cap.text + first.text, first.x0, first.top, first.x1, first.bottom, first.size,
                      first.superscript, first.angle)
        out = [joined if w is first else w for w in out if w is not cap]
    return out



def _drop_line_numbers(words: list[Word], width: float) -> list[Word]:
    """A transcript's (or a legal text's) line numbers in the left margin ("1", "2", "3" ... set
    before every line of text) are no figures and no table column: dropped, as a printed
    spreadsheet's row numbers are (tables._drop_sheet_frame), so the text reads as prose.

    Kept unless at least eight small whole numbers, each the first word of its row and to the
    left of every text line beside them, run on consecutively (n, n+1, ...) down the page,
    with no unnumbered text line between them, and most of their lines are running text."""
    edge = 0.2 * width
    # (gate: a page with fewer than eight short numbers near its left edge pays nothing more)
    cands = [w for w in words if w.x1 < edge and len(w.text) <= 3 and w.text.isdigit()]
    if len(cands) < 8:
        return words
    rows = _group_rows(words)
    numbered: list[tuple[Word, list[Word]]] = []   # (number, rest of its row)
    for ws in rows:
        first = ws[0]
        if first in cands and len(ws) > 1:
            numbered.append((first, ws[1:]))
    if len(numbered) < 8:
        return words
    # the longest run of consecutive numbers down the page
    best: list[int] = []
    run: list[int] = [0]
    for k in range(1, len(numbered)):
        if int(numbered[k][0].text) == int(numbered[k - 1][0].text) + 1:
            run.append(k)
        else:
            best = max(best, run, key=len)
            run = [k]
    best = max(best, run, key=len)
    if len(best) < 8:
        return words
    marks = [numbered[k][0] for k in best]
    rests = [numbered[k][1] for k in best]
    # one column: the numbers right- or left-aligned, all left of every text line
    if not (max(w.x1 for w in marks) - min(w.x1 for w in marks) < 2
            or max(w.x0 for w in marks) - min(w.x0 for w in marks) < 2):
        return words
    text_left = min(ws[0].x0 for ws in rests)
    if text_left - max(w.x1 for w in marks) < 6:
        return words
    # every text row between the first and last number is numbered
    top, bottom = marks[0].top, marks[-1].bottom
    in_range = [ws for ws in rows if ws[0].top >= top - 1 and ws[-1].bottom <= bottom + 1
                and any(w.x0 >= text_left - 1 for w in ws)]
    if len(in_range) != len(best):
        return words
    # running text: most numbered lines are long lines of words set evenly apart (a table's
    # numbered rows have gaps between their cells: its row numbers are kept)
    def running(ws: list[Word]) -> bool:
        size = max(w.size for w in ws) or 10.0
        return len(ws) >= 4 and ws[-1].x1 - ws[0].x0 > 0.4 * width and _prose(ws) \
            and all(b.x0 - a.x1 < 1.5 * size for a, b in zip(ws, ws[1:]))
    if sum(1 for ws in rests if running(ws)) < 0.6 * len(rests):
        return words
    drop = {id(w) for w in marks}
    return [w for w in words if id(w) not in drop]


def _white(colour) -> bool:
    """A fill colour that is white (grey, RGB or CMYK), or none given."""
    if not colour:
        return True
    c = colour if isinstance(colour, (tuple, list)) else (colour,)
    if not all(isinstance(v, (int, float)) for v in c):
        return False
    return all(v <= 0.01 for v in c) if len(c) == 4 else all(v >= 0.99 for v in c)


class _Region:
    """A page seen through a window: the drawn rectangles, curves and lines wholly inside
    one box (`inside`), or outside every one of some boxes; everything else is the page's.
    The chart reader's per-page caches start empty here."""

    def __init__(self, page, boxes: list[tuple], inside: bool):
        self._page, self._boxes, self._legend_entries = page, None, None

        def within(o, b):
            x0, top, x1, bottom = float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])
            return b[0] - 1 <= x0 and x1 <= b[2] + 1 and b[1] - 1 <= top and bottom <= b[3] + 1 \
                and not (abs(x0 - b[0]) < 2 and abs(x1 - b[2]) < 2 and abs(top - b[1]) < 2 and abs(bottom - b[3]) < 2)

        for kind in ("rects", "curves", "lines"):
            objs = getattr(page, kind, None) or []
            if inside:
                kept = [o for o in objs if within(o, boxes[0])]
            else:
                kept = [o for o in objs if not any(within(o, b) for b in boxes)]
            setattr(self, kind, kept)

    def __getattr__(self, name):
        return getattr(self._page, name)


def _tile_charts(page, words: list[Word], page_no: int):
    """Charts of a grid of tiles (a dashboard's boxes side by side, each a small chart of
    its own: "CD ERRORS BY PARTY" beside "SURVEILLANCE ERRORS BY POWER"), each tile read as
    a page of its own, then the rest of the page; None when the page has no such grid.
    Read across the page, the labels of tiles side by side join into one ("SPoC 381
    POWER, 2018 Doctors"). Returns (charts, ids of the words they took, the tiles' boxes)."""
    from pipeline.bars import boxes as page_boxes, find_bar_charts
    found = page_boxes(page)
    filled = [(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])) for r in found
              if r.get("fill") or r.get("stroke")]
    if len(filled) < 4:
        return None
    width = float(page.width)
    # a tile is seen: framed, or shaded (a plot's white background is no tile)
    seen = {(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])) for r in found
            if r.get("stroke") or (r.get("fill") and not _white(r.get("non_stroking_color")))}
    tiles = []
    for b in sorted({b for b in seen if b[2] - b[0] >= _CARD_MIN_W and b[3] - b[1] >= _CARD_MIN_H
                     and b[2] - b[0] <= _PANEL_MAX_SHARE * width}, key=lambda b: (b[1], b[0])):
        if any(_overlaps(b, t) for t in tiles):
            continue
        # a small chart inside: two bars or more, and words
        bars = sum(1 for o in filled if o != b and b[0] <= o[0] and o[2] <= b[2] and b[1] <= o[1] and o[3] <= b[3]
                   and o[3] - o[1] < 0.5 * (b[3] - b[1]))
        n_words = sum(1 for w in words if b[0] <= w.x0 and w.x1 <= b[2] and b[1] <= w.top and w.bottom <= b[3])
        if bars >= 2 and n_words >= 4:
            tiles.append(b)
    # tiles side by side: each overlapping another vertically, apart from it horizontally
    tiles = [b for b in tiles if any(o is not b and min(b[3], o[3]) - max(b[1], o[1]) > 0.5 * (b[3] - b[1])
                                     and (o[0] >= b[2] + 2 or b[0] >= o[2] + 2) for o in tiles)]
    if len(tiles) < 2:
        return None
    charts: list = []
    used: set[int] = set()
    for b in tiles:
        mine = [w for w in words if b[0] - 1 <= w.x0 and w.x1 <= b[2] + 1 and b[1] - 1 <= w.top and w.bottom <= b[3] + 1]
        found, ids = find_bar_charts(_Region(page, [b], True), mine, page_no)
        charts += found
        used |= ids
    others = [w for w in words if not any(b[0] - 1 <= w.x0 and w.x1 <= b[2] + 1 and b[1] - 1 <= w.top
                                          and w.bottom <= b[3] + 1 for b in tiles)]
    found, ids = find_bar_charts(_Region(page, tiles, False), others, page_no)
    # (in reading order: row by row)
    return charts + found, used | ids, sorted(tiles, key=lambda b: (round(b[1]), b[0]))


# A card: a filled box at least this big (points).
_CARD_MIN_W, _CARD_MIN_H = 60.0, 30.0
# (a change may carry its sign: "+17.5%", "−19%")
_FIGURE_RE = re.compile(r"[+\-−–]?[£$]?\d[\d,.]*(?:%|m|bn|k)?")


def _cards(page, words: list[Word]) -> list[list[Word]]:
    """The words of each big-number card in a row of them: filled boxes set side by side,
    apart from each other, each opening on a figure set larger than the label under it (a
    factsheet's callouts: "808,214" over "items of communications data obtained in 2018").
    Read as one flow, the lines of cards side by side run together ("808,214 3,535 1,063");
    each card is its own text. A single box (a "Definition:" panel), shaded table cells
    and chart plot areas are not cards and are left to the usual flow."""
    from pipeline.bars import boxes as page_boxes
    filled = [(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])) for r in page_boxes(page)
              if r.get("fill")]
    boxes = [b for b in filled if b[2] - b[0] >= _CARD_MIN_W and b[3] - b[1] >= _CARD_MIN_H]
    if len(boxes) < 2:
        return []
    held: list[tuple[tuple, list[list[Word]]]] = []
    for box in boxes:
        ws = [w for w in words if box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.top + w.bottom) / 2 <= box[3]]
        if any(_overlaps(box, other) for other, _ in held):
            continue
        if _is_callout(ws):
            held.append((box, [ws]))
        elif ws:
            units = _tile(ws, [b for b in filled if b != box and box[0] - 1 <= b[0] and b[2] <= box[2] + 1
                               and box[1] - 1 <= b[1] and b[3] <= box[3] + 1])
            if units:
                held.append((box, units))
    cards = []
    for box, units in held:
        # beside another card: overlapping it vertically, apart from it horizontally
        if any(o is not box and min(box[3], o[3]) - max(box[1], o[1]) > 0.5 * (box[3] - box[1])
               and (o[0] >= box[2] + 2 or box[0] >= o[2] + 2) for o, _ in held):
            cards.append(units)
    return cards


def _tile(words: list[Word], badges: list[tuple]) -> list[list[Word]]:
    """A dashboard tile's units, or [] when the box is no tile: a label in capitals or
    small type (up to three lines), a big figure alone on its line, and the text under it
    ("CD ITEMS OBTAINED" / "808,214" / "items in 2018") are one callout; what else the tile
    holds (a sparkline's labels, a note) is read apart from it, each run of lines of one
    size on its own, and so is a badge set in a small box of its own ("76 approved")."""
    inside = [[w for w in words if b[0] <= (w.x0 + w.x1) / 2 <= b[2] and b[1] <= (w.top + w.bottom) / 2 <= b[3]]
              for b in badges]
    in_badge = {id(w) for ws in inside for w in ws}
    rows = _group_rows([w for w in words if id(w) not in in_badge])
    k = next((k for k, r in enumerate(rows[:4]) if len(r) == 1 and _big_figure(r[0])
              and not r[0].text.isalpha()), None)
    if not k or k + 1 >= len(rows):
        return []
    fig = rows[k][0]
    label = [w for r in rows[:k] for w in r]
    if any(w.size * 1.3 > fig.size for r in rows for w in r if r is not rows[k]) \
            or not all(_ALPHA_RE.search(" ".join(w.text for w in r)) for r in rows[:k + 2] if r is not rows[k]):
        return []
    lines = [_make_line(r) for r in rows[k + 1:]]
    units: list[list[Word]] = [label + [fig] + list(lines[0].words)]
    for a, b in zip(lines, lines[1:]):
        gap = b.bbox[1] - a.bbox[3]
        if abs(a.size - b.size) <= 0.5 and -0.3 * b.size <= gap <= 0.8 * b.size:
            units[-1] += b.words
        else:
            units.append(list(b.words))
    units += [ws for ws in inside if ws]
    return units[:1] + sorted(units[1:], key=lambda ws: (min(w.top for w in ws), min(w.x0 for w in ws)))


# A panel: a framed or shaded box at least this big, at most this share of the page wide.
_PANEL_MIN_W, _PANEL_MIN_H, _PANEL_MAX_SHARE = 80.0, 60.0, 0.6


def _panels(page, words: list[Word]) -> list[list[Word]]:
    """The words of each sidebar panel: a box (shaded or framed) narrower than the page,
    wholly holding its words, with running text beside it (an annual report's "2016 at a
    glance" column, an encyclopedia's infobox). Its lines sit on the baselines of the
    columns beside it, so read as rows of the page they interleave with them ("Interception
    remains the most Inspection 2016 AT A GLANCE intrusive ..."), and its big figures, taller
    than a text line, chain two rows of the next column into one. Each panel is read as a
    flow of its own. A full-width box (a "Key findings" panel) has nothing beside it and
    stays in the page's flow."""
    from pipeline.bars import boxes as page_boxes
    width = float(page.width)
    boxes = sorted({(round(float(r["x0"])), round(float(r["top"])), round(float(r["x1"])), round(float(r["bottom"])))
                    for r in page_boxes(page)
                    if (r.get("fill") or r.get("stroke")) and float(r["width"]) >= _PANEL_MIN_W
                    and float(r["height"]) >= _PANEL_MIN_H and float(r["width"]) <= _PANEL_MAX_SHARE * width},
                   key=lambda b: -(b[2] - b[0]) * (b[3] - b[1]))
    if not boxes:
        return []
    out: list[list[Word]] = []
    taken: list[tuple] = []
    for box in boxes:
        x0, top, x1, bottom = box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1
        if any(_overlaps(box, t) for t in taken):
            continue  # a box inside a panel (a card, a frame drawn twice) is the panel's
        inside: list[Word] = []
        beside: Counter = Counter()  # alphabetic words beside the box, per text row
        for w in words:
            if x0 <= w.x0 and w.x1 <= x1 and top <= w.top and w.bottom <= bottom:
                inside.append(w)
            elif w.x1 > x0 and w.x0 < x1 and w.bottom > top and w.top < bottom:
                break  # a word across the edge: the box is a background, not a panel
            elif top <= (w.top + w.bottom) / 2 <= bottom and _ALPHA_RE.search(w.text):
                beside[round(w.bottom)] += 1
        else:
            # Running text beside it (three rows of three words or more), and nothing drawn
            # in it but horizontal rules: a framed chart beside another is no panel.
            if len(inside) >= 3 and sum(n >= 3 for n in beside.values()) >= 3 \
                    and not _drawn_inside(page, box):
                taken.append(box)
                out.append(inside)
    # in reading order, a grid of panels (a digest's cards) row by row
    order = sorted(range(len(out)), key=lambda k: (round(taken[k][1]), taken[k][0]))
    return [out[k] for k in order]


# A vertical rule setting a sidebar off the text beside it: this long at least (points).
_SIDEBAR_RULE_MIN = 100.0


def _ruled_sidebars(page, words: list[Word]) -> list[list[Word]]:
    """The words of each sidebar set off from the article beside it by a lone vertical rule
    (a browser-printed news page's "Most read" column, the rule its left border): no word
    crosses the rule, running text on the wide side, the narrow side at most a third of
    the page wide. Read as rows of the page, its numbered headlines interleave with the
    article's lines ("... use the most intrusive powers 1. A303 closure: five-week the law
    gives them."). Each sidebar is read as a flow of its own, as a panel is. A rule crossed
    or touched by a horizontal one (a table's grid) sets off no sidebar."""
    width = float(page.width)
    rules, flat = [], []
    for kind in ("lines", "rects"):
        for o in getattr(page, kind):
            x0, top, x1, bottom = float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])
            if x1 - x0 <= 2.5 and bottom - top >= _SIDEBAR_RULE_MIN:
                rules.append(((x0 + x1) / 2, top, bottom))
            elif bottom - top <= 2.5 and x1 - x0 >= 10:
                flat.append((x0, top, x1, bottom))
    out: list[list[Word]] = []
    for x, top, bottom in rules:
        if any(f[0] - 2 <= x <= f[2] + 2 and top - 2 <= f[1] <= bottom + 2 for f in flat):
            continue
        level = [w for w in words if top - 2 <= (w.top + w.bottom) / 2 <= bottom + 2]
        if any(w.x0 < x < w.x1 for w in level):
            continue
        left = [w for w in level if w.x1 <= x]
        right = [w for w in level if w.x0 >= x]
        if not left or not right:
            continue
        reach_l, reach_r = x - min(w.x0 for w in left), max(w.x1 for w in right) - x
        narrow, wide = (left, right) if reach_l < reach_r else (right, left)
        reach_n, reach_w = min(reach_l, reach_r), max(reach_l, reach_r)
        if reach_n > width / 3 or reach_w < 1.5 * reach_n:
            continue
        rows: Counter = Counter()   # alphabetic words on the wide side, per text row
        for w in wide:
            if _ALPHA_RE.search(w.text):
                rows[round(w.bottom)] += 1
        rows_n: Counter = Counter()   # and on the narrow side (a chart's labels left of its axis are none)
        for w in narrow:
            if _ALPHA_RE.search(w.text):
                rows_n[round(w.bottom)] += 1
        if sum(n >= 3 for n in rows.values()) < 3 or sum(n >= 3 for n in rows_n.values()) < 3:
            continue
        out.append(narrow)
        words = [w for w in words if w not in narrow]
    return out


def _infobox(words: list[Word], page_no: int):
    """A panel read as label/value rows (an encyclopedia infobox: "Formed" beside "1986
    (Commissioner); abolished 1 September 2017", "Warrants issued (2016)" beside "3,007"):
    a label column and a value column apart at a whitespace gap every line below the
    panel's title keeps, labels short, each label block set against the value block
    beside it. A label wrapped over two lines or a value centred between them sits on
    no line of the other column, so row-by-row table finding cannot pair them.
    Returns (table, title words) or None."""
    from pipeline.model import Table

    rows = _group_rows(words)
    if len(rows) < 4:
        return None
    x_lo, x_hi = int(min(w.x0 for w in words)) + 8, int(max(w.x1 for w in words)) - 8
    best: Optional[tuple[int, int, float]] = None  # (title rows, -sides score, x)
    for x in range(x_lo, x_hi):
        crossing = [k for k, ws in enumerate(rows) if any(w.x0 - 2 <= x <= w.x1 + 2 for w in ws)]
        n_title = len(crossing)
        if crossing != list(range(n_title)) or n_title > 3:
            continue  # only title rows at the top may cross the column gap
        body = rows[n_title:]
        left = sum(any(w.x1 < x for w in ws) for ws in body)
        right = sum(any(w.x0 > x for w in ws) for ws in body)
        if left >= 3 and right >= 3 and (best is None or (n_title, -(left + right)) < best[:2]):
            best = (n_title, -(left + right), x)
    if best is None:
        return None
    n_title, _, x = best
    body = rows[n_title:]
    label_lines = [_make_line(r) for r in ([w for w in ws if w.x1 < x] for ws in body) if r]
    value_lines = [_make_line(r) for r in ([w for w in ws if w.x0 > x] for ws in body) if r]
    # Values by the column's own line spacing; each label line then goes to the value block
    # it overlaps most, or is nearest to (rows are set tight: a label's two lines are no
    # closer to each other than to the next label; a value sits centred on a label's three).
    gap = _typical_line_gap(value_lines)
    values: list[list[Line]] = []
    for line in value_lines:
        if values and _continues(values[-1][-1], line, gap):
            values[-1].append(line)
        else:
            values.append([line])
    labels: list[list[Line]] = [[] for _ in values]
    for line in label_lines:
        top, bottom = line.bbox[1], line.bbox[3]
        ov, k = max((min(bottom, vb[-1].bbox[3]) - max(top, vb[0].bbox[1]), k) for k, vb in enumerate(values))
        if ov <= -(bottom - top):
            return None  # a label with no value beside it or a line away: not an infobox
        labels[k].append(line)
    # Labels are short: a few words a line, a few lines; every value has one.
    if any(not lb or len(lb) > 3 or any(len(l.words) > 4 for l in lb) for lb in labels) or len(values) < 3:
        return None
    table_rows = [[_cell(lb, page_no), _cell(vb, page_no)] for lb, vb in zip(labels, values)]
    table_rows.sort(key=lambda r: r[0].bbox[1])
    body_words = [w for ws in body for w in ws]
    table = Table(page=page_no, rows=table_rows, bbox=words_bbox(body_words), kind="infobox")
    return table, [w for ws in rows[:n_title] for w in ws]


def _cell(lines: list[Line], page_no: int):
    """A table cell of `lines`, made as a block of them is."""
    from pipeline.model import Cell
    b = _make_block(lines, "paragraph")
    return Cell(text=b.text, bbox=b.bbox, page=page_no, footnotes=b.footnotes)


def _drawn_inside(page, box: tuple) -> bool:
    """Anything but the box itself and horizontal rules drawn inside `box`."""
    x0, top, x1, bottom = box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1
    for kind in ("rects", "lines", "curves"):
        for o in getattr(page, kind):
            ox0, otop, ox1, obottom = float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])
            if not (x0 <= ox0 and ox1 <= x1 and top <= otop and obottom <= bottom):
                continue
            if (kind != "curves" and obottom - otop < 2) or (abs(ox0 - box[0]) < 2 and abs(ox1 - box[2]) < 2
                                                             and abs(otop - box[1]) < 2 and abs(obottom - box[3]) < 2):
                continue  # a rule, or the box drawn again (fill and frame, or a rounded outline)
            return True
    return False


def _callout_blocks(lines: list[Line], kinds: list[str], line_gap: float) -> list[tuple[Block, list[int]]]:
    """Lines -> blocks, callouts first. A callout (a figure alone on its line, set at least
    1.3 times the size of the line just under it: a slide's "808,214" over "items of
    communications data, 2018", a panel's "3,007" over "interception warrants issued")
    opens an item with the label lines that follow it at the label's size, one item as a
    card is; other lines merge as usual. A year ("2016" over "at a glance") is a banner,
    not a figure."""
    out: list[tuple[Block, list[int]]] = []
    i, n = 0, len(lines)
    rest: list[int] = []

    def flush_rest():
        for blk, idx in _build_blocks([lines[k] for k in rest], [kinds[k] for k in rest], line_gap):
            out.append((blk, [rest[k] for k in idx]))
        rest.clear()

    while i < n:
        if i + 1 < n and _is_callout_pair(lines[i], lines[i + 1]):
            item = [i, i + 1]
            while item[-1] + 1 < n and _continues(lines[item[-1]], lines[item[-1] + 1], line_gap):
                item.append(item[-1] + 1)
            flush_rest()
            out.append((_make_block([lines[k] for k in item], "bullet"), item))
            i = item[-1] + 1
            continue
        if _beside_callout(lines[i], lines[i + 1] if i + 1 < n else None):
            # a big figure with its label set beside it, the label wrapped under itself
            left = lines[i].words[1].x0
            item = [i]
            while item[-1] + 1 < n and abs(lines[item[-1] + 1].bbox[0] - left) <= 1.5 \
                    and _continues(lines[item[-1]], lines[item[-1] + 1], line_gap):
                item.append(item[-1] + 1)
            flush_rest()
            out.append((_make_block([lines[k] for k in item], "bullet"), item))
            i = item[-1] + 1
            continue
        rest.append(i)
        i += 1
    flush_rest()
    return out


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _is_callout_pair(figure: Line, label: Line) -> bool:
    """`figure` a big figure alone on its line, `label` words just under it, smaller."""
    if len(figure.words) != 1 or figure.size < 1.3 * label.size:
        return False
    text = figure.words[0].text
    # a number in words ("Fourteen" over "errors found to be serious") set well apart in size,
    # over a short label (not a chapter's "Two" over its first line)
    worded = text.lower() in WORD_NUMBERS and figure.size >= 1.6 * label.size and len(label.words) <= 8
    if not (worded or _FIGURE_RE.fullmatch(text)) or _YEAR_RE.fullmatch(text) or not _ALPHA_RE.search(label.text):
        return False
    fb, lb = figure.bbox, label.bbox
    return -0.2 * figure.size <= lb[1] - fb[3] <= 0.8 * figure.size and min(fb[2], lb[2]) > max(fb[0], lb[0])


def _beside_callout(first: Line, nxt: Optional[Line]) -> bool:
    """`first` a big figure with its label beside it on the same baseline ("3,535" at 15 pt,
    then "interception warrants issued in 2017," at 9 pt): one item with the label's lines
    set under the label's first word (see _callout_blocks). Not a line under the label's
    first word at the label's size a line's gap below it: the label is not wrapped there."""
    ws = first.words
    if len(ws) < 3 or not _big_figure(ws[0]) or ws[0].x1 >= ws[1].x0:
        return False
    size = dominant_size(ws[1:])
    if ws[1].x0 - ws[0].x1 > 1.5 * size:
        return False   # (an axis's figure with a legend beside it)
    return ws[0].size >= 1.3 * size and bool(_ALPHA_RE.search(ws[1].text))


def _big_figure(w: Word) -> bool:
    """A figure a callout can open on: digits ("808,214", "92%") or a number in words
    ("Eight"); not a year, which is a banner."""
    t = w.text
    return (bool(_FIGURE_RE.fullmatch(t)) and not _YEAR_RE.fullmatch(t)) or t.lower() in WORD_NUMBERS


def _callout_grid(words: list[Word]) -> list[list[Word]]:
    """The words of each callout in a row of them set with no box: big figures side by
    side, far apart ("808,214" ... "1,958"), each over its own label in smaller type
    ("items of communications data obtained" ... "informant (CHIS) authorisations").
    Read as rows of the page, the figures run together and so do their labels; each figure
    with the label lines under it, up to the next figure's column, is one callout."""
    if len(words) < 4:
        return []
    body = median(w.size for w in words)
    if sum(w.size >= 1.6 * body and _big_figure(w) for w in words) < 2:
        return []
    rows = _group_rows(words)
    out: list[list[Word]] = []
    for k, row in enumerate(rows):
        size = row[0].size
        if len(row) < 2 or size < 1.6 * body or not all(_big_figure(w) and abs(w.size - size) < 0.5 for w in row) \
                or any(b.x0 - a.x1 < 3 * size for a, b in zip(row, row[1:])):
            continue
        # the label lines under the figures: smaller, each close under the one before
        labels: list[list[Word]] = []
        bottom = max(w.bottom for w in row)
        for nxt in rows[k + 1:k + 4]:
            nsize = dominant_size(nxt)
            if nsize * 1.3 > size or nxt[0].top - bottom > 1.2 * nsize or any(w.size * 1.3 > size for w in nxt):
                break
            labels.append(nxt)
            bottom = max(w.bottom for w in nxt)
        if not labels:
            continue
        starts = [w.x0 for w in row] + [float("inf")]
        groups = []
        for j, fig in enumerate(row):
            lines = [[w for w in ws if starts[j] - 2 <= w.x0 < starts[j + 1] - 2] for ws in labels]
            lines = [ln for ln in lines if ln]
            if not lines or not any(_ALPHA_RE.search(w.text) for w in lines[0]):
                break
            groups.append([fig])
            for ln in lines:
                if ln is not lines[0] and _big_figure(ln[0]) and not ln[0].text.isalpha():
                    groups.append([])   # "76 of them were approved" under "77 applications ...": its own item
                groups[-1] += ln
        else:
            if sum(len(g) for g in groups) - len(row) == sum(len(ws) for ws in labels):  # every label word placed
                out += groups
    return out


_TICK_RE = re.compile(r"[£$€]?(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?%?")


def _plot_regions(page, words: list[Word]) -> tuple[list[list[Word]], set[int]]:
    """The words of each chart plot the chart reader left unread, beside running text, found
    by a value axis: three numbers or more in one column, right-aligned left of the plot (or
    left-aligned right of it), in equal steps growing upwards and evenly spaced, each level
    with a drawn tick or gridline that starts just beside it. The plot runs from the numbers
    across the lines drawn from there (gridlines, the baseline, a frame's edges) and down to
    just under the lowest tick (its category labels). Read as rows of the page, the ticks
    join the lines of a column of text beside the chart ("...The Commissioner's" | "4,000"),
    and its values make a table with them. Returns each plot's words but its ticks (a flow
    of their own), and the ids of the ticks (no figures)."""
    lines = [(float(o["x0"]), (float(o["top"]) + float(o["bottom"])) / 2, float(o["x1"]))
             for o in getattr(page, "lines") or () if float(o["bottom"]) - float(o["top"]) <= 1.5]
    if len(lines) < 3:
        return [], set()
    # (a frame drawn as a rectangle: its top and bottom edges)
    lines += [(float(o["x0"]), float(y), float(o["x1"])) for o in getattr(page, "rects") or ()
              if o.get("stroke") and float(o["bottom"]) - float(o["top"]) > 1.5 for y in (o["top"], o["bottom"])]
    ticks: list[tuple[Word, int]] = []   # a number, and the side of the plot it is on (-1 left, 1 right)
    for w in words:
        if w.angle or not _TICK_RE.fullmatch(w.text):
            continue
        mid, reach = (w.top + w.bottom) / 2, 0.35 * (w.bottom - w.top)
        for x0, y, x1 in lines:
            if abs(y - mid) <= reach and (w.x1 <= x0 <= w.x1 + 12 or w.x0 - 12 <= x1 <= w.x0):
                ticks.append((w, -1 if w.x1 <= x0 <= w.x1 + 12 else 1))
                break
    if len(ticks) < 3:
        return [], set()
    out: list[list[Word]] = []
    gone: set[int] = set()
    for side in (-1, 1):
        # columns of numbers aligned on their edge toward the plot
        key = (lambda w: w.x1) if side < 0 else (lambda w: w.x0)
        mine = sorted((w for w, sd in ticks if sd == side), key=key)
        k = 0
        while k < len(mine):
            run = [w for w in mine[k:] if key(w) - key(mine[k]) <= 3]
            k += len(run)
            run.sort(key=lambda w: w.top)
            if len(run) < 3:
                continue
            vals = []
            for w in run:
                m = _TICK_RE.fullmatch(w.text)
                vals.append(float(m.group(1).replace(",", "") + (m.group(2) or "")))
            steps = [a - b for a, b in zip(vals, vals[1:])]   # top to bottom: falling
            mids = [(w.top + w.bottom) / 2 for w in run]
            pitches = [b - a for a, b in zip(mids, mids[1:])]
            if min(steps) <= 0 or max(steps) - min(steps) > 0.01 * max(steps) \
                    or max(pitches) - min(pitches) > 0.05 * max(pitches) + 1:
                continue
            size = max(w.size for w in run)
            # the plot's width: the lines drawn from the ticks across it
            if side < 0:
                edge = max(w.x1 for w in run)
                far = max((x1 for x0, y, x1 in lines if edge <= x0 <= edge + 12
                           and mids[0] - size <= y <= mids[-1] + size), default=edge)
                box = (min(w.x0 for w in run) - 1, run[0].top - size, far + 1, run[-1].bottom + 2.5 * size)
            else:
                edge = min(w.x0 for w in run)
                far = min((x0 for x0, y, x1 in lines if edge - 12 <= x1 <= edge
                           and mids[0] - size <= y <= mids[-1] + size), default=edge)
                box = (far - 1, run[0].top - size, max(w.x1 for w in run) + 1, run[-1].bottom + 2.5 * size)
            if abs(far - edge) < 8 * size:
                continue
            # only beside running text: a line of it level with a tick, apart from the plot
            if not any(sum(bool(_ALPHA_RE.search(o.text)) for o in words
                           if (o.x1 < box[0] - size or o.x0 > box[2] + size) and not o.angle
                           and min(o.bottom, w.bottom) - max(o.top, w.top) > 0.5 * min(o.bottom - o.top, w.bottom - w.top)) >= 3
                       for w in run):
                continue
            in_run = {id(w) for w in run}
            gone |= in_run
            out.append([w for w in words if id(w) not in in_run and id(w) not in gone
                        and box[0] <= (w.x0 + w.x1) / 2 <= box[2] and box[1] <= (w.top + w.bottom) / 2 <= box[3]])
    # a plot with an axis each side is one plot: its words once
    seen: set[int] = set()
    plots = []
    for ws in out:
        ws = [w for w in ws if id(w) not in seen and id(w) not in gone]
        seen |= {id(w) for w in ws}
        plots.append(ws)
    return [ws for ws in plots if ws], gone


# A timeline's axis: a drawn horizontal rule at least this long (points); its milestones'
# marks: filled dots or squares this big, centred on it.
_TIMELINE_MIN_LEN, _MARK_MIN, _MARK_MAX = 150.0, 3.0, 16.0


def _timeline(page, words: list[Word]) -> tuple[list[Block], set[int]]:
    """Milestones of a horizontal timeline: a drawn rule with dots on it, a short label
    (a year) by each dot, and over or under it, joined by a short stroke or set close, the
    milestone's figure and text ("2006" under "1,435" / "warrants, April-December 2006"),
    milestones alternating above and below the rule. Read as rows of the page, the labels
    of one side run together ("2006 2009") and the texts of milestones side by side make
    pseudo-tables; each milestone (its label first, then its text) is one item. Returns
    the items, left to right, and the ids of their words; none when the page has no
    such timeline."""
    marks = [(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
             for kind in ("curves", "rects") for o in getattr(page, kind) or ()
             if o.get("fill") and _MARK_MIN <= float(o["x1"]) - float(o["x0"]) <= _MARK_MAX
             and _MARK_MIN <= float(o["bottom"]) - float(o["top"]) <= _MARK_MAX
             and abs((float(o["x1"]) - float(o["x0"])) - (float(o["bottom"]) - float(o["top"]))) <= 2]
    if len(marks) < 3:
        return [], set()
    rules = [(float(o["x0"]), (float(o["top"]) + float(o["bottom"])) / 2, float(o["x1"]))
             for kind in ("lines", "rects") for o in getattr(page, kind) or ()
             if float(o["bottom"]) - float(o["top"]) <= 3 and float(o["x1"]) - float(o["x0"]) >= _TIMELINE_MIN_LEN]
    strokes = [(float(o["x0"]), float(o["top"]), float(o["bottom"])) for o in getattr(page, "lines") or ()
               if float(o["x1"]) - float(o["x0"]) <= 2 and float(o["bottom"]) - float(o["top"]) >= 3]
    out: list[tuple[float, Block]] = []
    taken: set[int] = set()
    for x0, y, x1 in rules:
        dots = sorted(((m[0] + m[2]) / 2, (m[1] + m[3]) / 2, m[3] - m[1]) for m in marks
                      if abs((m[1] + m[3]) / 2 - y) <= 2 and x0 - 3 <= (m[0] + m[2]) / 2 <= x1 + 3)
        if len(dots) < 3:
            continue
        # each dot's label: the words nearest it over or under the rule, centred on it
        labelled: list[tuple[float, int, list[Word]]] = []   # (x, side: -1 over, 1 under, label words)
        for cx, cy, h in dots:
            near = [w for w in words if id(w) not in taken and abs((w.x0 + w.x1) / 2 - cx) <= max(h, 0.5 * (w.x1 - w.x0))
                    and min(abs(w.bottom - cy), abs(w.top - cy)) <= h / 2 + 2.5 * w.size and not w.angle]
            if not near:
                continue
            first = min(near, key=lambda w: min(abs(w.bottom - cy), abs(w.top - cy)))
            side = -1 if first.bottom <= cy else 1
            row = [w for w in words if id(w) not in taken and abs(w.top - first.top) <= 1 and abs(w.size - first.size) < 0.5
                   and w.x1 >= first.x0 - first.size and w.x0 <= first.x1 + first.size]
            if len(row) <= 3 and abs((min(w.x0 for w in row) + max(w.x1 for w in row)) / 2 - cx) <= max(h, 3.0):
                labelled.append((cx, side, sorted(row, key=lambda w: w.x0)))
        if len(labelled) < 3:
            continue
        label_ids = {id(w) for _, _, ws in labelled for w in ws}
        items: list[tuple[float, list[Word], list[Word]]] = []
        for cx, side, label in labelled:
            peers = [x for x, sd, _ in labelled if sd == side]
            edge = min(w.top for w in label) if side < 0 else max(w.bottom for w in label)
            # words on the label's side, beyond it, nearer this dot than any other labelled on that side
            mine = [w for w in words if id(w) not in taken and id(w) not in label_ids and not w.angle
                    and (w.bottom <= edge + 1 if side < 0 else w.top >= edge - 1)
                    and min(peers, key=lambda x: abs(x - (w.x0 + w.x1) / 2)) == cx]
            rows = sorted(_group_rows(mine), key=lambda r: -max(w.bottom for w in r) if side < 0 else min(w.top for w in r))
            text: list[Word] = []
            for r in rows:
                top, bottom = min(w.top for w in r), max(w.bottom for w in r)
                gap = edge - bottom if side < 0 else top - edge
                near_edge = (bottom, edge) if side < 0 else (edge, top)
                size = max(w.size for w in r)
                reach = 1.5 * max(size, 8.0)   # (a stroke ends near the text it joins)
                bridged = any(abs(sx - cx) <= 3 and st <= near_edge[0] + reach and sb >= near_edge[1] - reach
                              for sx, st, sb in strokes)
                if gap > 1.2 * size and not bridged:
                    break
                text += r
                edge = top if side < 0 else bottom
            if text and any(_FIGURE_RE.fullmatch(w.text) or w.text.lower() in WORD_NUMBERS for w in text):
                items.append((cx, label, text))
        if len(items) < 3:
            continue
        for cx, label, text in items:
            lines = [_make_line(label)] + [_make_line(r) for r in _group_rows(text)]
            out.append((cx, _make_block(lines, "bullet")))
            taken |= {id(w) for w in label} | {id(w) for w in text}
    return [b for _, b in sorted(out, key=lambda o: o[0])], taken


def _is_callout(words: list[Word]) -> bool:
    """A figure alone on the first line, set at least 1.3 times the size of the words
    under it, and words (a label) under it."""
    rows = _group_rows(words)
    # (a number in words, "Fourteen", is a big figure as "14" is)
    if len(rows) < 2 or len(rows[0]) != 1 or not (_FIGURE_RE.fullmatch(rows[0][0].text)
                                                  or rows[0][0].text.lower() in WORD_NUMBERS):
        return False
    rest = [w for row in rows[1:] for w in row]
    return bool(_ALPHA_RE.search(" ".join(w.text for w in rest))) \
        and rows[0][0].size >= 1.3 * dominant_size(rest)


def _overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _placed(blocks: list[Block], made: list[Block]) -> list[Block]:
    """The page's blocks with `made` ones (cards, a grid's cells, in their reading order)
    each where it stands: before the first block under its top."""
    made = list(made)
    out: list[Block] = []
    for b in blocks:
        while made and made[0].bbox[1] < b.bbox[1]:
            out.append(made.pop(0))
        out.append(b)
    return out + made


# A grid cell of running text: this many words at least, ending a sentence.
_GRID_PROSE_WORDS = 12


def _prose_grid(t) -> bool:
    """A ruled grid of sentences: two or three columns, most body cells running text
    (a question, its answer), few bare figures. Its figures sit in sentences, which the
    table reader would take for row labels."""
    body = t.rows[t.header_rows or 1:]
    if t.kind != "ruled" or not body or not 2 <= max(len(r) for r in t.rows) <= 3:
        return False
    cells = [c.text for r in body for c in r if c is not None and c.text.strip()]
    prose = [x for x in cells if len(x.split()) >= _GRID_PROSE_WORDS and re.search(r"[.?!]\W*$", x)]
    return len(cells) >= 2 and 2 * len(prose) >= len(cells) and all(
        any(c is not None and len(c.text.split()) >= _GRID_PROSE_WORDS for c in r) for r in body)


def _grid_paragraphs(t, words: list[Word], others: list[tuple]) -> list[Block]:
    """Each cell of a grid as a paragraph block, row by row, left to right; words of a
    table set inside a cell (`others`) are that table's, not the cell's text."""
    out: list[Block] = []
    for c in t.cells():
        x0, top, x1, bottom = c.bbox
        ws = [w for w in words if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1
              and not any(o[0] - 1 <= w.x0 and w.x1 <= o[2] + 1 and o[1] - 1 <= w.top and w.bottom <= o[3] + 1
                          for o in others)]
        if ws:
            out.append(_words_block(ws, "paragraph"))
    return out


class _NoRules:
    """Stands in for a pdfplumber page with no drawn lines (see find_tables)."""

    lines: list = []
    rects: list = []

    def __init__(self, page_number: int):
        self.page_number = page_number
