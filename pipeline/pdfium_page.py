"""Read a page with pdfium (pypdfium2) into the pdfplumber object model extract.py works on.

Why: pdfminer, under pdfplumber, interprets every content stream in Python, about 40 ms a
page with our char conversion; pdfium does the same in C in about 4 ms. The geometry stages
(words, rows, tables, bar charts) are pdfplumber-shaped and stay as they are: this module
hands them a `PdfiumPage` whose `chars`, `lines`, `rects`, `curves`, `images` and
`find_tables()` are what pdfplumber would give for the same page, built from pdfium's text
page and page objects.

Only pages pdfium reads the way pdfminer does are read here ("plain" pages): upright text,
no /Rotate, no form XObjects (whose paths we would have to walk), a media box at the origin,
every glyph mapped to Unicode. `read_page` returns None for anything else and extract.py
reads that page with pdfplumber, so an unusual page costs time, never correctness.

Boxes follow pdfminer's conventions so that thresholds tuned on pdfplumber output hold:
horizontally a glyph spans its advance (pdfium's loose box), vertically it runs from the
baseline minus the font's descent up by the font size (pdfium's loose box would use the
font's ascent instead, a point or so taller).
"""
from __future__ import annotations

import ctypes
from typing import Optional

import pypdfium2 as pdfium
import pypdfium2.raw as R
from pdfminer.fontmetrics import FONT_METRICS
from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings

__all__ = ["PdfiumPage", "open_document", "read_page"]

# pdfium's page object types (fpdf_edit.h)
_TEXT, _PATH, _IMAGE, _SHADING, _FORM = 1, 2, 3, 4, 5
# path segment types
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2
# A page drawing more paths than this is a map or a vector picture, not a report page;
# pdfplumber reads it (pdfminer's cost per path is the same as ours there).
MAX_PATHS = 5000


class PdfiumPage(Container):
    """The parts of pdfplumber's Page that the extraction stage uses."""

    cached_properties = Container.cached_properties

    def __init__(self, number: int, width: float, height: float, objects: dict):
        self.page_number = number
        self.width = width
        self.height = height
        self.bbox = (0.0, 0.0, width, height)
        self.mediabox = self.bbox
        self.rotation = 0
        self.initial_doctop = 0.0
        # Named like pdfplumber's cache slot so extract.py sees the objects as already built.
        self._objects = objects

    @property
    def objects(self) -> dict:
        return self._objects

    def extract_words(self, **kwargs) -> list[dict]:
        from pdfplumber.utils import extract_words
        return extract_words(self.chars, **kwargs)

    def find_tables(self, table_settings: Optional[dict] = None) -> list:
        return TableFinder(self, TableSettings.resolve(table_settings)).tables  # type: ignore[arg-type]

    def close(self) -> None:
        self._objects = {}


def open_document(path, password: Optional[str] = None) -> Optional[pdfium.PdfDocument]:
    """The document opened with pdfium, or None when pdfium cannot open it (then pdfplumber
    reads it and gives the user its established failure reasons)."""
    try:
        return pdfium.PdfDocument(str(path), password=password or None)
    except Exception:  # PdfiumError for damaged files and wrong passwords alike
        return None


def read_page(pdf: pdfium.PdfDocument, index: int) -> Optional[PdfiumPage]:
    """Page `index` (0-based) as a PdfiumPage, or None when it is not a plain page."""
    page = pdf[index]
    try:
        if page.get_rotation() % 360:
            return None
        # The page's visible box (crop box within media box, inherited ones included) must
        # start at the origin, as pdfplumber's coordinates then equal pdfium's.
        left, bottom, right, top = page.get_bbox()
        if abs(left) > 0.01 or abs(bottom) > 0.01:
            return None
        width, height = page.get_size()
        if abs(right - width) > 0.01 or abs(top - height) > 0.01:
            return None
        objects = _page_objects(page, height, index + 1)
        if objects is None:
            return None
        chars = _chars(page, height, index + 1)
        if chars is None:
            return None
        if chars:
            objects["char"] = chars
        return PdfiumPage(index + 1, float(width), float(height), objects)
    finally:
        page.close()


# ---------------------------------------------------------------------------
# Text

def _utf16(buf: ctypes.Array, n: int) -> str:
    return buf.raw[: 2 * n].decode("utf-16-le", "replace")


class _Font:
    """What pdfminer would say about a font: its name and its descent."""

    __slots__ = ("name", "descent")

    def __init__(self, name: str, descent: float):
        self.name = name
        self.descent = descent   # per point of font size, negative below the baseline


def _font(handle: int) -> _Font:
    font = ctypes.cast(handle, R.FPDF_FONT) if handle else None
    name = ""
    n = R.FPDFFont_GetBaseFontName(font, None, 0) if font else 0
    if n > 0:
        buf = ctypes.create_string_buffer(n)
        R.FPDFFont_GetBaseFontName(font, buf, n)
        name = buf.value.decode("utf-8", "replace")
    # pdfminer takes a standard-14 font's descent from its own AFM table, which differs from
    # pdfium's by up to 0.04 em; other fonts' from the font descriptor, as pdfium does.
    descent = ctypes.c_float(0.0)
    if name in FONT_METRICS:
        descent.value = FONT_METRICS[name][0].get("Descent", 0.0)
    elif not (font and R.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(descent))):
        descent.value = 0.0
    return _Font(name, descent.value / 1000.0)


def _address(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _lean(fn, restype, *argtypes):
    """pypdfium2's binding `fn` called through plain C types. The per-glyph calls are most of
    this module's time, and pypdfium2's typed handles cost a Python object per call; here a
    handle is an int, so comparing two text objects is comparing two ints."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(_address(fn))


_P, _I = ctypes.c_void_p, ctypes.c_int
_text_object = _lean(R.FPDFText_GetTextObject, _P, _P, _I)
_char_matrix = _lean(R.FPDFText_GetMatrix, _I, _P, _I, ctypes.POINTER(R.FS_MATRIX))
_font_size = _lean(R.FPDFText_GetFontSize, ctypes.c_double, _P, _I)
_loose_box = _lean(R.FPDFText_GetLooseCharBox, _I, _P, _I, ctypes.POINTER(R.FS_RECTF))
_origin = _lean(R.FPDFText_GetCharOrigin, _I, _P, _I, ctypes.POINTER(ctypes.c_double),
                ctypes.POINTER(ctypes.c_double))
_object_font = _lean(R.FPDFTextObj_GetFont, _P, _P)


def _chars(page, height: float, number: int) -> Optional[list[dict]]:
    """pdfplumber-style char dicts in pdfium's text order (content-stream order, as
    pdfminer's); None if a glyph is sideways, mirrored or has no Unicode mapping.

    pdfium stands its own spaces in for the space glyphs of some producers (Chromium) and
    adds spaces at wide gaps; they are kept as the word breaks they are, like pdfminer's
    space glyphs. Its line breaks are dropped."""
    tp = page.get_textpage()
    try:
        n = R.FPDFText_CountChars(tp.raw)
        raw = _address(tp.raw)
        if n <= 0:
            return []
        buf = ctypes.create_string_buffer(2 * (n + 1))
        R.FPDFText_GetText(tp.raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        text = _utf16(buf, n)
        box, ox, oy, matrix = R.FS_RECTF(), ctypes.c_double(), ctypes.c_double(), R.FS_MATRIX()
        box_p, ox_p, oy_p, matrix_p = (ctypes.byref(v) for v in (box, ox, oy, matrix))
        fonts: dict[int, _Font] = {}
        last_obj, font, scale = -1, _Font("", 0.0), 1.0
        out: list[dict] = []
        prev: Optional[dict] = None
        prev_obj = 0
        space = False   # pdfium generated a space since the previous glyph
        for i, ch in enumerate(text):
            if ch in "\r\n":
                continue
            if ch < " " and ch != "\x02" or "\x7f" <= ch <= "\x9f" or ch in "\ufffe\uffff":
                # A glyph without a Unicode mapping: pdfminer names it "(cid:N)", which the
                # bullet rules read; pdfplumber reads this page.
                return None
            key = _text_object(raw, i) or 0
            if not key:   # generated by pdfium: no glyph, no box of its own
                space = space or ch == " "
                continue
            if key != last_obj:   # a new text object: its matrix and font (often shared)
                last_obj = key
                if not _char_matrix(raw, i, matrix_p):
                    return None
                # Upright and not mirrored, as pdfminer's `upright` and our word builder need.
                if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6 or matrix.a <= 0 or matrix.d <= 0:
                    return None
                scale = matrix.d   # font sizes are in text space
                handle = _object_font(key) or 0
                font = fonts.get(handle) or fonts.setdefault(handle, _font(handle))
            if space and prev is not None and key != prev_obj:
                # Between two text objects pdfium's space stands for a space glyph it
                # dropped (Chromium writes each glyph as its own object); inside one object
                # it is pdfium's guess at a wide kerning gap, which pdfminer does not make.
                out.append({**prev, "text": " ", "x0": prev["x1"], "width": 0.0})
            space = False
            prev_obj = key
            size = _font_size(raw, i) * scale
            _loose_box(raw, i, box_p)
            _origin(raw, i, ox_p, oy_p)
            x0, y0 = ox.value, oy.value + font.descent * size
            # pdfminer's glyph box spans the advance; pdfium's loose box can also cover an
            # italic's overhang. The next glyph of the line starting inside that box marks
            # where the advance ends (a line's last glyph keeps up to a point of overhang).
            if prev is not None and prev["x0"] < x0 < prev["x1"] and abs(prev["y0"] - y0) < 0.01:
                prev["x1"] = x0
                prev["width"] = x0 - prev["x0"]
            x1 = max(box.right, x0)
            top = height - y0 - size
            prev = {
                "object_type": "char", "page_number": number,
                "text": "-" if ch == "\x02" else ch,   # pdfium's STX: a hyphen ending a line
                "fontname": font.name, "size": size, "upright": True,
                "x0": x0, "x1": x1, "y0": y0, "y1": y0 + size, "width": x1 - x0, "height": size,
                "top": top, "bottom": top + size, "doctop": top,
            }
            out.append(prev)
        return out
    finally:
        tp.close()


# ---------------------------------------------------------------------------
# Paths and images

def _page_objects(page, height: float, number: int) -> Optional[dict]:
    """Lines, rects, curves and images as pdfplumber would list them; None when the page
    has a form XObject or too many paths to be a report page."""
    raw = page.raw
    n = R.FPDFPage_CountObjects(raw)
    objects: dict[str, list] = {}
    paths = 0
    for k in range(n):
        obj = R.FPDFPage_GetObject(raw, k)
        kind = R.FPDFPageObj_GetType(obj)
        if kind == _FORM:
            return None
        if kind == _PATH:
            paths += 1
            if paths > MAX_PATHS:
                return None
            _add_path(objects, obj, height, number)
        elif kind == _IMAGE:
            l, b, r, t = (ctypes.c_float() for _ in range(4))
            if R.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (l, b, r, t))):
                objects.setdefault("image", []).append(_boxed("image", l.value, b.value, r.value,
                                                                t.value, height, number))
    return objects


def _boxed(kind: str, x0: float, y0: float, x1: float, y1: float, height: float,
           number: int) -> dict:
    x0, x1 = min(x0, x1), max(x0, x1)
    y0, y1 = min(y0, y1), max(y0, y1)
    top = height - y1
    return {"object_type": kind, "page_number": number, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
            "top": top, "bottom": height - y0, "doctop": top, "width": x1 - x0, "height": y1 - y0}


def _add_path(objects: dict, obj, height: float, number: int) -> None:
    """One pdfium path object -> pdfplumber line/rect/curve dicts, classified as pdfminer's
    paint_path does: each subpath (from a moveto) alone; "ml" is a line, a closed
    axis-aligned four-sided "mlllh"/"mllll" a rect, anything else a curve."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    R.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
    fill, stroked = bool(fill_mode.value), bool(stroke.value)
    width = ctypes.c_float()
    linewidth = width.value if R.FPDFPageObj_GetStrokeWidth(obj, ctypes.byref(width)) else 1.0
    m = R.FS_MATRIX()
    if not R.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        m.a, m.b, m.c, m.d, m.e, m.f = 1, 0, 0, 1, 0, 0
    a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f

    subpaths: list[tuple[str, list]] = []
    ops, pts = "", []
    x, y = ctypes.c_float(), ctypes.c_float()
    for s in range(R.FPDFPath_CountSegments(obj)):
        seg = R.FPDFPath_GetPathSegment(obj, s)
        kind = R.FPDFPathSegment_GetType(seg)
        R.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        pt = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        if kind == _MOVETO:
            if ops:
                subpaths.append((ops, pts))
            ops, pts = "m", [pt]
        elif kind == _BEZIERTO:
            # pdfium lists a Bezier curve as three segments (two control points and the
            # end point); pdfminer as one "c" whose point is the end point.
            ops += "c"
            pts.append(pt)
        else:
            ops += "l"
            pts.append(pt)
        if R.FPDFPathSegment_GetClose(seg) and ops:
            ops += "h"
            pts.append(pts[0])
    if ops:
        subpaths.append((ops, pts))

    for ops, pts in subpaths:
        # Collapse pdfium's three Bezier segments into pdfminer's one "c".
        ops2, pts2, i = "", [], 0
        while i < len(ops):
            if ops[i] == "c":
                ops2 += "c"
                pts2.append(pts[min(i + 2, len(pts) - 1)])
                i += 3 if ops[i:i + 3] == "ccc" else 1
            else:
                ops2 += ops[i]
                pts2.append(pts[i])
                i += 1
        ops, pts = ops2, pts2
        if ops[:1] != "m":
            continue
        if len(ops) > 3 and ops[-2:] == "lh" and pts[-2] == pts[0]:
            ops = ops[:-2] + "h"
            pts = pts[:-2] + [pts[-1]]
        common = {"linewidth": linewidth, "stroke": stroked, "fill": fill}
        if ops in ("mlh", "ml"):
            d_ = _boxed("line", pts[0][0], pts[0][1], pts[1][0], pts[1][1], height, number)
            d_["pts"] = [(px, height - py) for px, py in pts[:2]]
            objects.setdefault("line", []).append({**d_, **common})
            continue
        if ops in ("mlllh", "mllll") and len(pts) == 5:
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or \
                     (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
            if pts[0] == pts[4] and square:
                d_ = _boxed("rect", x0, y0, x2, y2, height, number)
                objects.setdefault("rect", []).append({**d_, **common})
                continue
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        d_ = _boxed("curve", min(xs), min(ys), max(xs), max(ys), height, number)
        d_["pts"] = [(px, height - py) for px, py in pts]
        objects.setdefault("curve", []).append({**d_, **common})
