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
import re
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
        textpage = page.get_textpage()
        try:
            chars = _TextReader(textpage, height).pieces()
        except _Unreadable:
            return None
        finally:
            textpage.close()
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


def _lean(fn, restype):
    """pypdfium2's binding `fn` called through a bare C prototype. The per-glyph calls are
    most of this module's time: pypdfium2's typed handles cost a Python object per call, and
    declared argument types a conversion per argument (a call took 0.85 us with them, 0.31
    without). So no argument types: callers pass pointers as ctypes objects (c_void_p,
    byref) and indices as Python ints, which ctypes passes as C ints. A returned handle is an
    int, so comparing two text objects is comparing two ints."""
    return ctypes.CFUNCTYPE(restype)(_address(fn))


_P, _I = ctypes.c_void_p, ctypes.c_int
_text_object = _lean(R.FPDFText_GetTextObject, _P)    # (textpage, index) -> text object
_char_matrix = _lean(R.FPDFText_GetMatrix, _I)        # (textpage, index, byref(FS_MATRIX))
_font_size = _lean(R.FPDFText_GetFontSize, ctypes.c_double)   # (textpage, index)
_loose_box = _lean(R.FPDFText_GetLooseCharBox, _I)    # (textpage, index, byref(FS_RECTF))
_origin = _lean(R.FPDFText_GetCharOrigin, _I)         # (textpage, index, byref(x), byref(y))
_object_font = _lean(R.FPDFTextObj_GetFont, _P)      # (text object) -> font
# and per drawn object and segment of a path (ruled tables and charts have thousands)
_page_object = _lean(R.FPDFPage_GetObject, _P)        # (page, index) -> object
_object_type = _lean(R.FPDFPageObj_GetType, _I)       # (object)
_object_bounds = _lean(R.FPDFPageObj_GetBounds, _I)   # (object, byref(l), byref(b), byref(r), byref(t))
_object_matrix = _lean(R.FPDFPageObj_GetMatrix, _I)   # (object, byref(FS_MATRIX))
_fill_colour = _lean(R.FPDFPageObj_GetFillColor, _I)  # (object, byref(r), byref(g), byref(b), byref(a))
_stroke_colour = _lean(R.FPDFPageObj_GetStrokeColor, _I)  # the same, of the stroke
_stroke_width = _lean(R.FPDFPageObj_GetStrokeWidth, _I)   # (object, byref(width))
_draw_mode = _lean(R.FPDFPath_GetDrawMode, _I)        # (path, byref(fill mode), byref(stroke))
_count_segments = _lean(R.FPDFPath_CountSegments, _I)     # (path)
_path_segment = _lean(R.FPDFPath_GetPathSegment, _P)  # (path, index) -> segment
_segment_type = _lean(R.FPDFPathSegment_GetType, _I)  # (segment)
_segment_point = _lean(R.FPDFPathSegment_GetPoint, _I)    # (segment, byref(x), byref(y))
_segment_close = _lean(R.FPDFPathSegment_GetClose, _I)    # (segment)


# Characters that end a stretch of glyphs in pdfium's text: its spaces and line breaks.
_BREAKS = re.compile(r"[^ \r\n]+")
# A glyph without a Unicode mapping: pdfminer names it "(cid:N)", which the bullet rules read,
# so pdfplumber reads such a page. (\x02 is pdfium's hyphen at a line end.)
_UNMAPPED = re.compile("[\x00\x01\x03-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


class _Unreadable(Exception):
    """The page is not plain after all (see the module docstring)."""


class _TextReader:
    """Text pieces of one pdfium text page, with the keys of pdfplumber's chars that
    extract.py reads (text, fontname, size, upright, x0, x1, top, bottom) and y0.

    A piece is a glyph or, where pdfium's text has a stretch of glyphs of one text object
    between two breaks, the whole stretch: one object has one font, size and baseline and its
    glyphs abut, so pdfplumber's word builder (which only ever joins abutting glyphs of one
    size and line, and splits at spaces) treats the stretch exactly as it would its glyphs,
    at a fraction of the calls into pdfium (four per stretch instead of three per glyph)."""

    def __init__(self, textpage, height: float):
        self.raw = _P(_address(textpage.raw))   # a pointer object: see _lean
        n = R.FPDFText_CountChars(textpage.raw)
        buf = ctypes.create_string_buffer(2 * (max(n, 0) + 1))
        if n > 0:
            R.FPDFText_GetText(textpage.raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        self.text = _utf16(buf, max(n, 0))
        self.height = height
        self.box, self.ox, self.oy, self.matrix = R.FS_RECTF(), ctypes.c_double(), ctypes.c_double(), R.FS_MATRIX()
        self.box_p, self.ox_p, self.oy_p, self.matrix_p = (
            ctypes.byref(v) for v in (self.box, self.ox, self.oy, self.matrix))
        self.fonts: dict[int, _Font] = {}
        self.objects: dict[int, tuple[float, _Font]] = {}   # text object -> (size, font)

    def run_of(self, key: int, i: int) -> tuple[float, _Font]:
        """(font size in points, font) of text object `key`, which glyph i belongs to."""
        known = self.objects.get(key)   # asked for every piece: one dict lookup when known
        if known is not None:
            return known
        m = self.matrix
        if not _char_matrix(self.raw, i, self.matrix_p):
            raise _Unreadable
        # Upright and not mirrored, as pdfminer's `upright` and the word builder need.
        if abs(m.b) > 1e-6 or abs(m.c) > 1e-6 or m.a <= 0 or m.d <= 0:
            raise _Unreadable
        handle = _object_font(_P(key)) or 0
        font = self.fonts.get(handle) or self.fonts.setdefault(handle, _font(handle))
        # The font size is the text object's, in text space.
        known = self.objects[key] = (_font_size(self.raw, i) * m.d, font)
        return known

    def pieces(self) -> list[dict]:
        text, raw, height, objects = self.text, self.raw, self.height, self.objects
        if _UNMAPPED.search(text):
            raise _Unreadable
        box, box_p, ox, oy, ox_p, oy_p = self.box, self.box_p, self.ox, self.oy, self.ox_p, self.oy_p
        out: list[dict] = []
        prev: Optional[dict] = None
        prev_obj = 0
        end = 0   # where the previous stretch ended

        # The per-piece work is written out here, not split over small methods: a page has
        # hundreds of pieces, and the calls were a fifth of reading it.
        def add(key: int, i: int, piece_text: str, x1: Optional[float]) -> None:
            """The piece of text object `key` starting at glyph i's origin and ending at x1
            (None: where it starts, as for a space: the word builder splits words there and
            needs no more of it)."""
            nonlocal prev, prev_obj
            known = objects.get(key)
            size, font = known if known is not None else self.run_of(key, i)
            _origin(raw, i, ox_p, oy_p)
            x0, y0 = ox.value, oy.value + font.descent * size
            top = height - y0 - size
            piece = {"text": piece_text, "fontname": font.name, "size": size, "upright": True,
                     "x0": x0, "x1": x0 if x1 is None or x1 < x0 else x1, "top": top,
                     "bottom": top + size, "y0": y0}
            # pdfminer's glyph box spans the advance; pdfium's loose box can also cover an
            # italic's overhang. The next piece of the line starting inside that box marks
            # where the advance ends (a line's last glyph keeps up to a point of overhang).
            if prev is not None and prev["x0"] < x0 < prev["x1"] and abs(prev["y0"] - y0) < 0.01:
                prev["x1"] = x0
            out.append(piece)
            prev, prev_obj = piece, key

        def stretch(key: int, i: int, j: int, piece_text: str) -> None:
            """Glyphs i..j (inclusive) of text object `key` as one piece."""
            if generated_space and prev is not None and key != prev_obj:
                # pdfium's generated space between two text objects stands for a dropped glyph
                out.append({**prev, "text": " ", "x0": prev["x1"]})
            _loose_box(raw, j, box_p)
            # pdfium's STX is a hyphen at a line end
            add(key, i, "-" if piece_text == "\x02" else piece_text, box.right)

        for m in _BREAKS.finditer(text):
            i, j = m.start(), m.end() - 1
            # The breaks since the previous stretch: real space glyphs split words as
            # pdfminer's do; a space pdfium generated between two text objects stands for a
            # space glyph it dropped (Chromium writes each glyph as its own object), one
            # inside an object is pdfium's guess at a kerning gap, which pdfminer ignores.
            generated_space = False
            for k in range(end, i):
                if text[k] != " ":
                    continue
                key = _text_object(raw, k) or 0
                if key:
                    add(key, k, " ", None)
                else:
                    generated_space = True
            end = m.end()
            first = _text_object(raw, i) or 0
            last = first if i == j else (_text_object(raw, j) or 0)
            if first and first == last:
                stretch(first, i, j, m.group())
                continue
            # Glyphs of several objects (or pdfium's own) in one stretch: glyph by glyph.
            for k in range(i, j + 1):
                key = _text_object(raw, k) or 0
                if not key:
                    generated_space = generated_space or text[k] == " "
                    continue
                stretch(key, k, k, text[k])
                generated_space = False
        return out


# ---------------------------------------------------------------------------
# Paths and images

def _page_objects(page, height: float, number: int) -> Optional[dict]:
    """Lines, rects, curves and images as pdfplumber would list them; None when the page
    has a form XObject or too many paths to be a report page."""
    raw = _P(_address(page.raw))
    n = R.FPDFPage_CountObjects(page.raw)
    objects: dict[str, list] = {}
    paths = 0
    for k in range(n):
        obj = _P(_page_object(raw, k))
        kind = _object_type(obj)
        if kind == _FORM:
            return None
        if kind == _PATH:
            paths += 1
            if paths > MAX_PATHS:
                return None
            _add_path(objects, obj, height, number)
        elif kind == _IMAGE:
            l, b, r, t = (ctypes.c_float() for _ in range(4))
            if _object_bounds(obj, *(ctypes.byref(v) for v in (l, b, r, t))):
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


def _add_path(objects: dict, obj: ctypes.c_void_p, height: float, number: int) -> None:
    """One pdfium path object -> pdfplumber line/rect/curve dicts, classified as pdfminer's
    paint_path does: each subpath (from a moveto) alone; "ml" is a line, a closed
    axis-aligned four-sided "mlllh"/"mllll" a rect, anything else a curve."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    _draw_mode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
    fill, stroked = bool(fill_mode.value), bool(stroke.value)
    # The fill colour tells a chart's series apart (bars against legend keys); pdfminer gives
    # the colour space's operands, pdfium RGB(A) bytes: compared only within one page.
    rgba = [ctypes.c_uint() for _ in range(4)]
    colour = tuple(round(v.value / 255, 4) for v in rgba[:3]) \
        if _fill_colour(obj, *(ctypes.byref(v) for v in rgba)) else None
    # (a line chart's lines are told apart, and named by the legend, by their stroke)
    stroke_colour = tuple(round(v.value / 255, 4) for v in rgba[:3]) \
        if stroked and _stroke_colour(obj, *(ctypes.byref(v) for v in rgba)) else None
    width = ctypes.c_float()
    linewidth = width.value if _stroke_width(obj, ctypes.byref(width)) else 1.0
    m = R.FS_MATRIX()
    if not _object_matrix(obj, ctypes.byref(m)):
        m.a, m.b, m.c, m.d, m.e, m.f = 1, 0, 0, 1, 0, 0
    a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f

    subpaths: list[tuple[str, list]] = []
    ops, pts = "", []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_p, y_p = ctypes.byref(x), ctypes.byref(y)
    for s in range(_count_segments(obj)):
        seg = _P(_path_segment(obj, s))
        kind = _segment_type(seg)
        _segment_point(seg, x_p, y_p)
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
        if _segment_close(seg) and ops:
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
        common = {"linewidth": linewidth, "stroke": stroked, "fill": fill, "non_stroking_color": colour,
                  "stroking_color": stroke_colour}
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
