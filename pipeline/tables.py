"""Table detection for the extraction stage.

Three detectors, in this order, each taking its lines out of the text flow:
  * ruled tables: pdfplumber's own finder on drawn lines/rects (lines strategy), then
    tidied: a drawn cell whose text falls apart at column gaps is split into the columns,
    a row holding only wrapped text is merged into the row above, spanning cells are
    repeated in every grid position they cover and listed once in Table.spans; grids that
    are mostly empty boxes (charts) or whose rows are not ruled are left to the next one;
  * unruled tables, general shape (`_general`): runs of lines that split at column-sized
    gaps; columns are the whitespace valleys the body lines share; header lines are stacked
    into cells and spanning header labels cover the columns under them (or under the short
    rule drawn beneath them); wrapped cell text is merged into its row, also a long row
    label whose lines come out around, before or after its row's numbers ("Fire & Rescue
    Services [Independently" / "0 0 0" / "constituted ...]"); a table printing its values
    before the row label ("0 0 None GCHQ", "381 360 140 22 Total") has the label column
    moved to the front, so it reads like a label-first one;
  * unruled label/value lists (`_unruled`): "Lawyer ...... 234" rows with a text label.

Precision over recall: a table takes its lines out of the text flow and the recogniser
reads its cells as statistics, so prose must never become a table. The general detector
therefore rejects runs with two columns of running text (two- and three-column pages),
bullet or paragraph-number columns beside prose, chart axis tick runs ("0 500 1,000 1,500",
also with the axis title after them)
and runs with fewer than two body rows.

`stitch_tables` joins a table continued on the next page (repeated or absent header).
Measured on ICDAR 2013 by bench/icdar2013.py (see bench/README.md).
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Optional

from pipeline.model import Block, Cell, Line, Table, Word, union_bbox, words_bbox

__all__ = ["find_tables", "stitch_tables", "tables_json", "assign_titles", "is_numeric_cell"]

# ---------------------------------------------------------------------------
# Cells

_NUM = r"[£$]?[-–−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|m|bn|k)?\*?"
# "1,320", "65.22%", "199 (66 IP)", "1* (2 IP)"
# also ranges such as page references "1-10" or "9-10%"
_NUMERIC_CELL = re.compile(rf"{_NUM}(?:[-–]{_NUM})?(?:\s*\({_NUM}(?:\s+[A-Za-z]{{1,8}})?\))?")
_NUMERIC_WORDS = {"-", "–", "—", "none", "exempt", "nil", "n/a", "na", "n.a.", "*", "..", "...", "…"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d(?:[-–/](?:\d{2}|\d{4}))?")
_LEADER_CHARS = ".…·_"
_LEADER_SET = set(_LEADER_CHARS)
_LEADER = re.compile(rf"^[{_LEADER_CHARS}]{{2,}}|[{_LEADER_CHARS}]{{2,}}$")
_NOT_AVAILABLE = {"..", "...", "…"}
_LIST_MARKS = {"-", "–", "•", "●", "▪", "*", "◦"}
# "2/9": a post's place in a thread, a page's in a document - a counter, not a figure
_COUNTER = re.compile(r"\d{1,2}/\d{1,2}")
# "Table 5: ...", "Table 3 Errors by power"; not prose such as "Table 6.2 is confined to".
_CAPTION = re.compile(r"(?:Table|TABLE)\s*[A-Z]?(?>\d+(?:\.\d+)*)[a-z]?(?:\s*[:.\-–—(]|\s+[A-Z\d]|\s*$)")


def is_numeric_cell(text: str) -> bool:
    t = text.strip()
    # "Exempt – s.31" (FOI refusals) stands where a count would be.
    exempt = t.lower().startswith("exempt") and len(t) <= 24
    return bool(_NUMERIC_CELL.fullmatch(t)) or t.lower() in _NUMERIC_WORDS or exempt


class _C:
    """A cell candidate: words separated from neighbours by a column-sized gap."""

    def __init__(self, words: list[Word]):
        self.words = words
        self.text = " ".join([w.text for w in words])   # (a list joins faster than a generator)
        self.bbox = words_bbox(words)
        self.x0, self.x1 = self.bbox[0], self.bbox[2]

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2

    def cell(self) -> Cell:
        return Cell(self.text, self.bbox)


def _line_size(line: Line) -> float:
    """The most common size of the line's words, markers aside (kept on the line, as its
    cells are: every finder asks for it)."""
    size = line.__dict__.get("_table_size")
    if size is None:
        sizes = [w.size for w in line.words if not w.superscript and w.size]
        size = line.__dict__["_table_size"] = max(set(sizes), key=sizes.count) if sizes else 10.0
    return size


def _split_cells(line: Line, gap_em: float = 1.0) -> list[_C]:
    """Split a line at gaps of about one em or more; dotted leaders are dropped.

    Both table finders split every line, some lines more than once: the split is kept on
    the line (a line is final once built, and callers only read the cells)."""
    memo = line.__dict__.setdefault("_cells", {})
    cells = memo.get(gap_em)
    if cells is None:
        cells = memo[gap_em] = _split_line(line, gap_em)
    return cells


def _split_line(line: Line, gap_em: float) -> list[_C]:
    size = _line_size(line)
    words: list[Word] = []
    dots = False     # a lone "." kept: spaced-out leaders are looked for only then
    prev_x1 = None   # right edge of the word before, a footnote marker too
    for w in line.words:
        before, prev_x1 = prev_x1, w.x1
        if w.superscript:
            continue
        t = w.text
        if t == ".":
            dots = True
        if t == "." and before is not None and w.x0 - before < 0.3 * size:
            # a sentence's full stop parted from its word by a footnote marker ("672²."):
            # punctuation, not a leader
            words.append(w)
            continue
        # Only a word that starts or ends with a leader glyph can lose anything here (most
        # words do not: skip the regex). An empty text goes the long way ("" is in any str).
        if t[:1] in _LEADER_CHARS or t[-1:] in _LEADER_CHARS:
            if t in _NOT_AVAILABLE and _apart(line, w, gap_em * size):
                # ".." set apart in a cell of its own: a statistical table's "not available",
                # a placeholder that keeps its column (leader dots run up to their neighbours)
                words.append(w)
                continue
            t = _LEADER.sub("", t)
            if not t or set(t) <= _LEADER_SET:
                continue  # pure leader dots
            if t != w.text:
                w = Word(t, w.x0, w.top, w.x1, w.bottom, w.size)
        words.append(w)
    # Runs of single "." words are spaced-out leaders (". . . . .")
    if dots:
        words = [w for i, w in enumerate(words)
                 if not (w.text == "." and (
                     (i > 0 and words[i - 1].text == ".") or (i + 1 < len(words) and words[i + 1].text == ".")))]
    cell_gap, figure_gap = gap_em * size, 0.6 * size
    if len(words) >= 3 and words[1].x0 - words[0].x1 >= cell_gap and _justified(words):
        # (only a line whose spaces are as wide as a cell gap can be parted wrongly)
        return [_C(words)]
    cells: list[list[Word]] = []
    cur: list[Word] = []   # the last cell, and its last word
    prev = None
    for w in words:
        if prev is not None:
            gap = w.x0 - prev.x1
            if gap < cell_gap and not (gap >= figure_gap and _figure_then_cell(prev, w)):
                cur.append(w)
                prev = w
                continue
        cur = [w]
        cells.append(cur)
        prev = w
    return [_C(ws) for ws in cells]


def _apart(line: Line, w: Word, gap: float) -> bool:
    """Word `w` of `line` stands at least `gap` from the words either side of it."""
    ws = [x for x in line.words if not x.superscript]
    i = ws.index(w)
    return (i == 0 or w.x0 - ws[i - 1].x1 >= gap) and (i + 1 == len(ws) or ws[i + 1].x0 - w.x1 >= gap)


def _justified(words: list[Word]) -> bool:
    """A line of justified prose, stretched to its column's width: three words or more,
    every gap between them the same, words in lower case among them ("authorisations,
    and   808   were   still"). Its wide gaps part no cells."""
    if len(words) < 3:
        return False
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    return max(gaps) - min(gaps) <= 0.3 and sum(any(ch.islower() for ch in w.text) for w in words) >= 2


def _figure_then_cell(a: Word, b: Word) -> bool:
    """"761,702   IOCCO 2016, p. 31": a figure, then (after a gap wider than a space) a
    capitalised word: the next cell of a tightly set table. Prose puts a plain space after a
    figure, and its next word is rarely capitalised."""
    return b.text[:1].isupper() and any(ch.isdigit() for ch in a.text) and _numish(a.text) and not _numish(b.text)


# ---------------------------------------------------------------------------
# Unruled tables

class _Row:
    def __init__(self, index: int, line: Line, label: list[_C], values: list[_C]):
        self.index = index
        self.line = line
        self.label = label
        self.values = values
        self.size = _line_size(line)


def _candidate_row(index: int, line: Line) -> Optional[_Row]:
    """A line = short text label at left, then >= 1 numeric cells at right."""
    cells = _split_cells(line)
    if len(cells) < 2:
        return None
    k = 0
    while k < len(cells) and is_numeric_cell(cells[-1 - k].text):
        k += 1
    label = cells[: len(cells) - k]
    if k == 0 or not label or len(label) > 2:
        return None
    text = " ".join(c.text for c in label)
    if not re.search(r"[A-Za-z]", text) or len(text.split()) > 12:
        return None
    return _Row(index, line, label, cells[len(cells) - k:])


def _aligned(a: _C, col: tuple[float, float], tol: float) -> bool:
    """Right, left or centre alignment with a column (x0, x1)."""
    x0, x1 = col
    return (abs(a.x1 - x1) <= tol or abs(a.x0 - x0) <= tol
            or abs(a.mid - (x0 + x1) / 2) <= tol)


def _map_values(row: _Row, cols: list[tuple[float, float]], tol: float,
                grow: bool) -> Optional[list[tuple[float, float]]]:
    """Check the row's value cells against the columns; returns the (maybe grown) columns.

    Every value must align with a distinct column, in order. With `grow`, a value lying in
    free space right of the first column opens a new column (rows with an extra trailing
    column such as a page reference). None when the row does not fit.
    """
    cols = list(cols)
    start = 0
    for v in row.values:
        hit = next((ci for ci in range(start, len(cols)) if _aligned(v, cols[ci], tol)), None)
        if hit is None:
            free = all(v.x1 + tol < x0 or v.x0 - tol > x1 for x0, x1 in cols)
            if not (grow and free and v.x0 > cols[0][1]):
                return None
            cols.append((v.x0, v.x1))
            cols.sort()
            hit = cols.index((v.x0, v.x1))
        start = hit + 1
    return cols


def _assign(row: _Row, cols: list[tuple[float, float]], tol: float) -> list[int]:
    """Final column index of each value cell (columns are complete by now)."""
    out, start = [], 0
    for v in row.values:
        hit = next((ci for ci in range(start, len(cols)) if _aligned(v, cols[ci], tol)),
                   min(range(len(cols)), key=lambda ci: abs(cols[ci][1] - v.x1)))
        out.append(hit)
        start = hit + 1
    return out


def _header_cells(line: Line, cols: list[tuple[float, float]], label_x1: float,
                  tol: float) -> Optional[dict[int, _C]]:
    """Map a header line's cells to columns (0 = label column), or None if it doesn't fit."""
    cells = _split_cells(line)
    if not cells or len(cells) > len(cols) + 1:
        return None
    out: dict[int, _C] = {}
    for c in cells:
        if len(c.text.split()) > 6:
            return None
        if is_numeric_cell(c.text) and not _YEAR_LIKE.fullmatch(c.text):
            return None  # a row of counts is data, not a header
        hit = [ci for ci, (x0, x1) in enumerate(cols)
               if min(c.x1, x1 + tol) - max(c.x0, x0 - tol) > 0]
        if len(hit) == 1 and hit[0] + 1 not in out:
            out[hit[0] + 1] = c
        elif not hit and c.x1 <= cols[0][0] and 0 not in out:
            out[0] = c
        else:
            return None
    return out if any(k > 0 for k in out) else None


def _legend(bbox, swatches: list[tuple[float, float]]) -> bool:
    """Colour keys beside two rows or more of a table's box: a chart's legend ("[■] Other
    2%", a donut's key), which belongs to the chart, not a table."""
    x0, top, x1, bottom = bbox
    return sum(1 for x, y in swatches if x0 - 25 <= x <= x1 and top - 2 <= y <= bottom + 2) >= 2


def _unruled(lines: list[Line], used: set[int], page_no: int,
             swatches: Optional[list[tuple[float, float]]] = None) -> tuple[list[Table], set[int]]:
    tables: list[Table] = []
    taken: set[int] = set()
    i = 0
    n = len(lines)
    while i < n:
        row = None if i in used else _candidate_row(i, lines[i])
        if row is None:
            i += 1
            continue
        tol = max(3.0, 0.5 * row.size)
        cols = [(v.x0, v.x1) for v in row.values]
        label_x0 = row.label[0].x0
        run = [row]
        j = i + 1
        while j < n and j not in used:
            nxt = _candidate_row(j, lines[j])
            if nxt is None:
                break
            prev_line = run[-1].line
            gap = nxt.line.bbox[1] - prev_line.bbox[3]
            if gap < -1 or gap > 2.0 * max(row.size, nxt.size):
                break
            if nxt.label[0].x0 < label_x0 - 3 * tol or nxt.label[-1].x1 >= cols[0][0]:
                break
            grown = _map_values(nxt, cols, tol, grow=True)
            if grown is None:
                break
            cols = grown
            run.append(nxt)
            j += 1
        if len(run) < 2 or (len(run) == 2 and len(run[0].values) != len(run[1].values)):
            i += 1
            continue
        table = _table_from_run(lines, used | taken, run, cols, tol, page_no)
        if swatches and _legend(table.bbox, swatches):
            i += 1   # a chart's key, left to the text flow and the chart reader
            continue
        tables.append(table)
        taken |= {r.index for r in run} | table._header_lines  # type: ignore[attr-defined]
        i = j
    return tables, taken


def _table_from_run(lines, used, run, cols, tol, page_no) -> Table:
    ncol = len(cols) + 1
    rows: list[list[Optional[Cell]]] = []
    for r in run:
        mapping = _assign(r, cols, tol)
        cells: list[Optional[Cell]] = [None] * ncol
        label_words = [w for c in r.label for w in c.words]
        cells[0] = _C(label_words).cell()
        for v, ci in zip(r.values, mapping):
            cells[ci + 1] = v.cell()
        rows.append(cells)

    header_lines: set[int] = set()
    header_rows = 0
    first = run[0]
    # "Company 2024 2025" looks like a data row; years over non-year data make it the header.
    if (all(_YEAR.fullmatch(v.text) for v in first.values)
            and not all(all(_YEAR.fullmatch(v.text) for v in r.values) for r in run[1:])):
        header_rows = 1
    else:
        # Up to two lines of column headers above the first row (wrapped headers).
        header: dict[int, list[_C]] = {}
        top_line = first.line
        k = first.index - 1
        while k >= 0 and k not in used and len(header_lines) < 2:
            gap = top_line.bbox[1] - lines[k].bbox[3]
            if gap < -1 or gap > 2.5 * first.size or _CAPTION.match(lines[k].text):
                break
            mapped = _header_cells(lines[k], cols, first.label[-1].x1, tol)
            if mapped is None:
                break
            for ci, c in mapped.items():
                header.setdefault(ci, []).insert(0, c)
            header_lines.add(k)
            top_line = lines[k]
            k -= 1
        if header:
            hrow: list[Optional[Cell]] = [None] * ncol
            for ci, cs in header.items():
                ws = [w for c in cs for w in c.words]
                hrow[ci] = Cell(_cell_text(cs), words_bbox(ws))
            rows.insert(0, hrow)
            header_rows = 1

    boxes = [c.bbox for row in rows for c in row if c]
    bbox = union_bbox(boxes)
    caption = _find_caption(lines, used, min([r.index for r in run] + list(header_lines)),
                            run[-1].index, bbox, first.size)
    t = Table(page=page_no, rows=rows, bbox=bbox, header_rows=header_rows, caption=caption,
              kind="unruled")
    t._header_lines = header_lines  # type: ignore[attr-defined]
    return t


def _find_caption(lines: list[Line], used: set[int], first: int, last: int, bbox, size) -> str:
    """A "Table N: ..." line just above or just below the table."""
    for k in (first - 1, last + 1):
        if 0 <= k < len(lines) and k not in used and _CAPTION.match(lines[k].text):
            lb = lines[k].bbox
            gap = bbox[1] - lb[3] if k < first else lb[1] - bbox[3]
            if -1 <= gap <= 3 * size:
                text = lines[k].text
                # a caption under the table wrapped onto more lines ("... Directed surveillance
                # figures are for law enforcement" over "agencies only; ..."): its sentence goes
                # on on the next line, set flush with it, in its size, a line's leading below
                while k > last and not re.search(r"[.:;]$", text.strip()) and k + 1 < len(lines) \
                        and k + 1 not in used and _caption_goes_on(lines[k], lines[k + 1]):
                    k += 1
                    text += " " + lines[k].text
                return text
    return ""


def _caption_goes_on(line: Line, nxt: Line) -> bool:
    a, b = line.bbox, nxt.bbox
    return abs(a[0] - b[0]) <= 2 and abs(line.size - nxt.size) <= 0.5 and 0 <= b[1] - a[3] <= 0.6 * line.size


# ---------------------------------------------------------------------------
# Unruled tables, general shape: columns from whitespace shared by many lines
#
# A run of lines that split into >= 2 segments at column-sized gaps (plus short single
# segment lines between them: section labels, wrapped cells) is a table candidate. Its
# columns are the x ranges covered by the body lines' segments; the whitespace valleys that
# (nearly) every body line leaves free are the column gaps. A header segment crossing a
# valley becomes a spanning cell. Header lines are merged into as few rows as their spanning
# structure allows; body lines that only continue the text of the row above (wrapped labels)
# are merged into that row. Precision guards reject prose: two long-text columns (a
# two-column page), bullet or paragraph-number columns next to prose, or too few rows.

_GAP_EM = 0.9
_DASHES = {"-", "–", "—", "−", "..", "...", "…", "*", "n/a", "na", "x", ":", "n.a.", "nil", "none"}
_ALPHA = re.compile(r"[A-Za-z]")
_MARKERISH = re.compile(r"(?:[•●▪■◦○‣⁃\-–—*]|\(cid:\d+\)|\(?[a-zA-Z0-9]{1,3}[.)]|\[\d{1,3}\]|\d{1,3}(?:\.\d{1,3}){1,3}\.?)")


def _sentence_like(text: str) -> bool:
    """Running text: four or more words, mostly lower-case."""
    ws = text.split()
    return len(ws) >= 4 and sum(1 for w in ws if w[:1].islower()) * 10 >= 6 * len(ws)


_DATE_LIKE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]?|\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*\d{1,2}/\d{1,2}/\d{2,4}")


def _tick_run(texts: list[str]) -> bool:
    """Axis tick labels: >= 4 numbers in equal steps ("0% 10% 20% 30%", "0 500 1,000")."""
    vals = []
    for t in texts:
        m = re.fullmatch(r"[£$€]?(-?\d{1,3}(?:,\d{3})+|-?\d+)(\.\d+)?\s*%?", t.strip())
        if not m:
            return False
        vals.append(float(m.group(1).replace(",", "") + (m.group(2) or "")))
    if len(vals) < 4:
        return False
    steps = {round(b - a, 6) for a, b in zip(vals, vals[1:])}
    return len(steps) == 1 and 0 not in steps


def _tick_line(texts: list[str]) -> bool:
    """A tick run, alone or with the axis title set after it ("0 500 1,000 1,500 Warrants").
    (Words before equal steps are a row label: "Statistic 1 2 3 4 5" heads a table.)"""
    if _tick_run(texts):
        return True
    return len(texts) >= 5 and not _numish(texts[-1]) and _tick_run(texts[:-1])


@lru_cache(maxsize=8192)   # a pure function of a cell's text, asked many times a cell
def _numish(text: str) -> bool:
    """A count, share, rate, range or a dash standing for one ("(4.7)", "1.1–1.2", "—")."""
    t = text.strip()
    if t.lower() in _DASHES:
        return True
    if len(t) > 28 or not any(ch.isdigit() for ch in t) or _COUNTER.fullmatch(t):
        return False
    # Letters only as units or notes: "20m", "£4.4bn", "(X)", "199 (66 IP)", "(95% CI)";
    # not a postcode or reference such as "7QT" or "NB3".
    rest = re.sub(r"\b(?:IP|CI|[Xx])\b|(?<=\d)(?:bn|m|k|p|st|nd|rd|th)\b", "", t)
    return not _ALPHA.search(rest)


class _Seg:
    __slots__ = ("words", "x0", "x1", "text", "c0", "c1")

    def __init__(self, words: list[Word], cell: Optional[_C] = None):
        self.words = words
        if cell is not None:   # all of a cell's words: its box and text are the cell's
            self.x0, self.x1, self.text = cell.x0, cell.x1, cell.text
        else:
            box = words_bbox(words)
            self.x0, self.x1 = box[0], box[2]
            self.text = " ".join([w.text for w in words])
        self.c0 = self.c1 = -1


def _segments(line: Line) -> list[_Seg]:
    """Cells of a line: split at column-sized gaps, and between two numbers at any space
    ("345 15.5" in a tightly set table is two cells)."""
    size = _line_size(line)
    space = 0.2 * size
    out: list[_Seg] = []
    for c in _split_cells(line, _GAP_EM):
        cur = [c.words[0]]
        whole = True   # no split inside the cell (most cells)
        for a, b in zip(c.words, c.words[1:]):
            gap = b.x0 - a.x1
            if gap >= space and _numish(a.text) and _numish(b.text) and not _cited(cur, a, b):
                # ... unless the space is inside one number: "12 345" or "199 (66 IP)"
                thousands = (gap < 0.4 * size and re.fullmatch(r"\d{3}\)?%?", b.text)
                             and re.search(r"(?:^|\s|\()\d{1,3}$", " ".join(w.text for w in cur)))
                note = b.text.startswith("(") and gap < 0.4 * size
                if not (thousands or note or _phone_goes_on(cur, b)):
                    out.append(_Seg(cur))
                    cur = []
                    whole = False
            cur.append(b)
        out.append(_Seg(cur, c if whole else None))
    return out


def _cited(cur: list[Word], a: Word, b: Word) -> bool:
    """`a b` one reference, not two figures: a year and its page ("2014: 31", "(2017: 210)"),
    or the numbers inside one pair of brackets the words so far opened ("(IOCCO 2014: 31)")."""
    if a.text.endswith(":") and _YEAR.fullmatch(a.text.lstrip("(")[:-1]):
        return True
    text = "".join(w.text for w in cur)
    return text.count("(") > text.count(")") and b.text.rstrip(".,;").endswith(")")


_PHONE_SO_FAR = re.compile(r"(?:^|\s)(?:\+44\s?)?\(?0\d{2,4}\)?(?:\s\d{3,4})*$")


def _phone_goes_on(cur: list[Word], b: Word) -> bool:
    """`b` carries on a telephone number ("020 7035 3535", "0300 123 1113"): a number
    opening on 0 is a dialling code, never a table's figure, and the groups after it are
    the rest of the number, not cells."""
    return bool(re.fullmatch(r"\d{3,4}[.,;)]?", b.text)) and bool(_PHONE_SO_FAR.search(" ".join(w.text for w in cur)))


def _split_at_valleys(seg: _Seg, cols: list[tuple[float, float]], size: float) -> list[_Seg]:
    """Split a segment that crosses column gaps at word gaps lying in those gaps."""
    if len(seg.words) < 2:
        return [seg]
    pieces, cur = [], [seg.words[0]]
    for a, b in zip(seg.words, seg.words[1:]):
        mid = (a.x1 + b.x0) / 2
        in_valley = not any(x0 <= mid <= x1 for x0, x1 in cols)
        if in_valley and b.x0 - a.x1 >= 0.4 * size:
            pieces.append(_Seg(cur))
            cur = []
        cur.append(b)
    pieces.append(_Seg(cur))
    return pieces


def _columns(segs_by_line: list[list[_Seg]], tol: int) -> list[tuple[float, float]]:
    """x ranges covered by more than `tol` of the lines' segments (the columns)."""
    lo = int(min(s.x0 for ss in segs_by_line for s in ss))
    hi = int(max(s.x1 for ss in segs_by_line for s in ss)) + 2
    count = [0] * (hi - lo + 1)
    for ss in segs_by_line:
        for s in ss:
            for x in range(int(s.x0) - lo, int(s.x1) - lo + 1):
                count[x] += 1
    cols: list[tuple[float, float]] = []
    start = None
    for k, v in enumerate(count):
        if v > tol and start is None:
            start = k
        elif v <= tol and start is not None:
            cols.append((start + lo, k - 1 + lo))
            start = None
    if start is not None:
        cols.append((start + lo, hi))
    return cols


def _flush_right(body: list[list[_Seg]], cols: list[tuple[float, float]]) -> bool:
    """Every column after the first holds figures set flush right: each body segment in it
    ends where the column ends, and two at least do."""
    for x0, x1 in cols[1:]:
        ends = [s.x1 for ss in body for s in ss if s.x0 <= x1 and s.x1 >= x0]
        if len(ends) < 2 or any(abs(e - x1) > 2 for e in ends) \
                or not all(_numish(s.text) for ss in body for s in ss if s.x0 <= x1 and s.x1 >= x0):
            return False
    return len(cols) >= 3


def _place_header(seg: _Seg, cols: list[tuple[float, float]], borders: Optional[list[float]] = None,
                  flush_right: tuple = ()) -> None:
    """Header text: a column owns the whitespace up to halfway to its neighbours; a segment
    with a fair share (>= 25 %) of its width in several such zones spans them. A segment
    wholly between two of the cell borders drawn between the columns (`borders`) is that
    column's, wherever halfway falls (a label set flush left over figures set flush right)."""
    if borders:
        bounds = [-1e9] + borders + [1e9]
        inside = [k for k in range(len(cols)) if bounds[k] <= seg.x0 and seg.x1 <= bounds[k + 1]]
        if inside:
            seg.c0 = seg.c1 = inside[0]
            return
    if flush_right and any(abs(seg.x0 - x) <= 1 for x in flush_right):
        # Figures set flush right in every column after the first, headers set flush left
        # on several lines (`flush_right`: where the header lines' words start): a column's
        # header ends where its figures end, and starts after the figures of the column
        # before end ("Communications" / "data" / "inspections" over "42" reaches back past
        # halfway to the column before). A segment crossing such a bound, or set on one
        # line only ("Warrants issued" centred over two columns), is placed as below.
        bounds = [-1e9] + [cols[k][1] + 2 for k in range(len(cols) - 1)] + [1e9]
        inside = [k for k in range(len(cols)) if bounds[k] < seg.x0 and seg.x1 <= bounds[k + 1]]
        if inside:
            seg.c0 = seg.c1 = inside[0]
            return
    edges = [-1e9] + [(cols[k][1] + cols[k + 1][0]) / 2 for k in range(len(cols) - 1)] + [1e9]
    width = max(seg.x1 - seg.x0, 0.1)
    hit = [k for k in range(len(cols))
           if min(seg.x1, edges[k + 1]) - max(seg.x0, edges[k]) >= 0.25 * width]
    if not hit:
        _place(seg, cols)
        return
    seg.c0, seg.c1 = hit[0], hit[-1]


def _place(seg: _Seg, cols: list[tuple[float, float]]) -> None:
    hit = [k for k, (a, b) in enumerate(cols) if min(seg.x1, b) - max(seg.x0, a) > 0]
    if not hit:  # in a valley or outside: nearest column by centre
        mid = (seg.x0 + seg.x1) / 2
        k = min(range(len(cols)), key=lambda k: min(abs(mid - cols[k][0]), abs(mid - cols[k][1])))
        hit = [k]
    seg.c0, seg.c1 = hit[0], hit[-1]


def _is_continuation(prev: list[Optional[list[_Seg]]], cur: list[Optional[list[_Seg]]],
                     numeric_cols: set[int]) -> bool:
    """True when `cur` (a body line) only carries on the text of `prev`'s cells."""
    filled = [k for k, c in enumerate(cur) if c]
    if not filled or any(k in numeric_cols for k in filled):
        return False
    for k in filled:
        if not prev[k]:
            return False
        if any(s.c1 > s.c0 for s in cur[k]):
            return False
        ptext = " ".join(s.text for s in prev[k])
        ctext = " ".join(s.text for s in cur[k])
        if _numish(ctext) or _numish(ptext):
            return False
        if not (ctext[:1].islower() or ctext[:1] in "([&" or re.search(r"[-,/&(]$|\b(?:and|or|of|the|for|in|to|by|with|on|a|an)$", ptext)):
            return False
    return True


def _general(lines: list[Line], used: set[int], page_no: int,
             hrules: Optional[list[tuple[float, float, float]]] = None,
             swatches: Optional[list[tuple[float, float]]] = None) -> tuple[list[Table], set[int]]:
    hrules = hrules or []
    swatches = swatches or []
    n = len(lines)
    segs: list[Optional[list[_Seg]]] = [None] * n
    for i in range(n):
        if i not in used:
            segs[i] = _segments(lines[i])
            ss = segs[i]
            # "6.71   The agencies reported ...": a numbered paragraph, not a table row.
            if (len(ss) == 2 and _MARKERISH.fullmatch(ss[0].text) and len(ss[1].words) >= 5
                    and not _numish(ss[1].text)):
                segs[i] = None
    tables: list[Table] = []
    taken: set[int] = set()
    i = 0
    while i < n:
        if not segs[i] or len(segs[i]) < 2 or _CAPTION.match(lines[i].text):
            i += 1
            continue
        block, pending = [i], []
        size = _line_size(lines[i])
        x0 = min(s.x0 for s in segs[i])
        x1 = max(s.x1 for s in segs[i])
        j = i + 1
        while j < n and segs[j]:
            last = pending[-1] if pending else block[-1]
            gap = lines[j].bbox[1] - lines[last].bbox[3]
            if gap > 2.2 * size or gap < -0.5 * size:
                break
            sj = segs[j]
            if _CAPTION.match(lines[j].text):
                break
            if len(sj) >= 2:
                block += pending
                pending = []
                block.append(j)
                x0, x1 = min(x0, min(s.x0 for s in sj)), max(x1, max(s.x1 for s in sj))
            elif (len(pending) < 2 and (sj[0].x0 >= x0 - size or _section_label(sj[0], block, segs))
                  and sj[0].x1 <= x1 + size and sj[0].x1 - sj[0].x0 <= 0.6 * (x1 - x0)):
                pending.append(j)
            else:
                break
            j += 1
        found = _general_table(lines, segs, block, page_no, used | taken, hrules)
        if found is None:
            i += 1
            continue
        t, block = found
        if _legend(t.bbox, swatches):
            i += 1  # a chart legend ("[■] SPoC 21%"), left to the text flow and the chart reader
            continue
        tables.append(t)
        taken |= set(block)
        i = block[-1] + 1
    return tables, taken


def _section_label(seg: _Seg, block: list[int], segs: list) -> bool:
    """A short label with no figure ("A. Interception") under a header line of periods
    ("Measure 2012 2013 ... 2019"): the table's first section, set out left of the header's
    first word, not text after it."""
    return len(block) == 1 and len(seg.words) <= 4 and not any(ch.isdigit() for ch in seg.text) \
        and sum(bool(_YEAR_LIKE.fullmatch(s.text.split()[0])) for s in segs[block[0]]) >= 2


def _span_by_rules(segs: list[_Seg], line: Line, cols: list[tuple[float, float]],
                   hrules: list[tuple[float, float, float]], size: float) -> None:
    """A header label with a short rule drawn just under it ("2007" over the five columns
    of that year) spans the columns under the rule."""
    bottom = line.bbox[3]
    table_w = cols[-1][1] - cols[0][0]
    for s in segs:
        for x0, x1, top in hrules:
            if not (bottom - 1 <= top <= bottom + 1.2 * size):
                continue
            if x0 > s.x0 + 2 or x1 < s.x1 - 2 or x1 - x0 < (s.x1 - s.x0) + 5 \
                    or (x1 - x0 > 0.95 * table_w and x0 < cols[0][1]):
                continue
            if any(o is not s and x0 < (o.x0 + o.x1) / 2 < x1 for o in segs):
                continue  # the rule is under several labels
            under = [k for k, (a, b) in enumerate(cols) if x0 - 2 <= (a + b) / 2 <= x1 + 2]
            if under and under[0] <= s.c0 and under[-1] >= s.c1:
                s.c0, s.c1 = under[0], under[-1]
            break


def _rule_joints(hrules: list[tuple[float, float, float]], top: float, bottom: float) -> list[float]:
    """x of the cell borders of a table drawn with row rules only: where one piece of a
    rule ends and the next begins (a browser or fpdf2 draws each cell's border on its own),
    at the same x on three rules or more between `top` and `bottom`, and on most of the
    rules there that reach that x."""
    by_y: dict[float, list[tuple[float, float]]] = {}
    for x0, x1, y in sorted(((x0, x1, y) for x0, x1, y in hrules if top <= y <= bottom), key=itemgetter(2)):
        # (a double rule, two lines a point apart, is one rule)
        key = max(by_y) if by_y and y - max(by_y) <= 1.0 else y
        by_y.setdefault(key, []).append((x0, x1))
    seen: dict[int, set[float]] = {}
    for y, pieces in by_y.items():
        for a in pieces:
            for b in pieces:
                if a is not b and abs(a[1] - b[0]) <= 1:
                    seen.setdefault(round((a[1] + b[0]) / 2), set()).add(y)
    # (on most rules crossing there: the ends of a short rule under a spanning header,
    # met by another piece, are no border between every two rows)
    return sorted(x for x, ys in seen.items() if len(ys) >= 3 and 5 * len(ys) >= 3 * sum(
        any(x0 - 1 <= x <= x1 + 1 for x0, x1 in pieces) for pieces in by_y.values()))


def _merged_rules(hrules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Rule pieces at one height that touch end to end, joined into one rule."""
    out: list[list[float]] = []
    for x0, x1, y in sorted(hrules, key=lambda r: (round(r[2], 1), r[0])):
        if out and abs(out[-1][2] - y) <= 0.5 and x0 <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1, y])
    return [(a, b, y) for a, b, y in out]


def _split_at_joints(ss: list[_Seg], joints: list[float]) -> list[_Seg]:
    """Segments split at a word gap a cell border runs through ("7 | IOCCO 2013": a figure
    set flush right against the next column's text, closer than a column gap)."""
    out: list[_Seg] = []
    for s in ss:
        if len(s.words) < 2 or not any(s.x0 < x < s.x1 for x in joints):
            out.append(s)
            continue
        cur = [s.words[0]]
        for a, b in zip(s.words, s.words[1:]):
            if any(a.x1 <= x <= b.x0 for x in joints):
                out.append(_Seg(cur))
                cur = []
            cur.append(b)
        out.append(_Seg(cur) if len(cur) < len(s.words) else s)
    return out


def _general_table(lines, segs, block: list[int], page_no: int, used: set[int],
                   hrules: list[tuple[float, float, float]]) -> Optional[tuple[Table, list[int]]]:
    # A chart's axis tick labels are no table row.
    block = [k for k in block if not _tick_line([s.text for s in segs[k]])]
    multi = [k for k in block if len(segs[k]) >= 2]
    if len(multi) < 2:
        return None
    size = _line_size(lines[multi[0]])
    # Header zone: lines before the first line holding a (non-year) number, when there is one.
    first_num = next((k for k in multi if any(_numish(s.text) and not _YEAR_LIKE.fullmatch(s.text)
                                              and not _DATE_LIKE.fullmatch(s.text)
                                              for s in segs[k])), None)
    if first_num is None:
        first_num = multi[1] if len(multi) > 2 else multi[0]
    # cell borders of rules drawn between the body's rows (a header's rules alone may be
    # pieces of a merged cell's border, over a label centred across several columns)
    joints = _rule_joints(hrules, lines[first_num].bbox[1] - 0.5 * size, lines[block[-1]].bbox[3] + size) \
        if hrules else []
    if joints:
        for k in range(max(block[0] - 2, 0), block[-1] + 1):
            if not segs[k] or k in used:
                continue
            top = lines[k].bbox[1]
            # (a header line is the table's only under a rule over it: a title centred
            # over the table, above its top rule, is no row of cells)
            if k < first_num and not any(top - 3 * size <= y <= top and x0 < joints[0] and x1 > joints[-1] - 2
                                         for x0, x1, y in _merged_rules(hrules)):
                continue
            segs[k] = _split_at_joints(segs[k], joints)
        multi = [k for k in block if len(segs[k]) >= 2]
    body = [k for k in multi if k >= first_num]
    if len(body) < 2:
        return None
    if all(lines[k].words[0].text in _LIST_MARKS and len(lines[k].words) > 1 for k in body):
        return None   # every line opens on a list's mark ("- 2007: 519,260 requests"): a list
    tol = len(body) // 10
    cols = _columns([segs[k] for k in body], tol)
    if len(cols) < 2:
        return None
    # Up to two header lines above the run that sit wholly over the value columns
    # ("Warrants issued" centred over two year columns): a spanning header.
    k = block[0] - 1
    while k >= 0 and k not in used and block[0] - k <= 2 and segs[k]:
        gap = lines[block[0]].bbox[1] - lines[k].bbox[3]
        ss = segs[k]
        if (gap > 1.2 * size or gap < -0.5 * size or _CAPTION.match(lines[k].text)
                or any(s.x0 <= cols[0][1] + 1 or _numish(s.text) or len(s.text.split()) > 6
                       for s in ss)
                or max(s.x1 for s in ss) > cols[-1][1] + 2 * size):
            break
        block = [k] + block
        k -= 1
    # cell borders of the rules between every two columns: a header's zones end there, not
    # halfway between the columns' figures (a label set flush left over figures set flush
    # right reaches back past that halfway point)
    borders = [next(iter(xs)) for xs in ([x for x in joints if cols[c][1] <= x <= cols[c + 1][0]]
                                          for c in range(len(cols) - 1)) if len(xs) == 1]
    borders = borders if len(borders) == len(cols) - 1 else None
    # (with figures set flush right: the x where words of two header lines or more start)
    starts = [{round(w.x0) for w in lines[k].words} for k in block if k < first_num]
    flush_right = tuple(x for i, xs in enumerate(starts) for x in xs
                        if any(abs(x - y) <= 1 for o in starts[:i] + starts[i + 1:] for y in o)) \
        if _flush_right([segs[k] for k in body], cols) else ()
    for k in block:
        placed = []
        place = _place
        if k < first_num:
            def place(seg, cols, borders=borders):
                _place_header(seg, cols, borders, flush_right)
        for s in segs[k]:
            place(s, cols)
            if s.c1 > s.c0:
                pieces = _split_at_valleys(s, cols, size)
                for p in pieces:
                    place(p, cols)
                if len(pieces) > 1 and all(p.c0 == p.c1 for p in pieces):
                    placed.extend(pieces)
                    continue
            placed.append(s)
        segs[k] = placed
        if k < first_num and hrules:
            _span_by_rules(placed, lines[k], cols, hrules, size)
    # A body line of running text across columns (a note under the table) ends it.
    for idx, k in enumerate(block):
        if k >= first_num and any(s.c1 > s.c0 and len(s.words) > 6 for s in segs[k]):
            block = block[:idx]
            break
    if len([k for k in block if k >= first_num]) < 2:
        return None
    # Grid per line: column -> segments
    grid: dict[int, list[Optional[list[_Seg]]]] = {}
    for k in block:
        row: list[Optional[list[_Seg]]] = [None] * len(cols)
        for s in segs[k]:
            if row[s.c0] is None:
                row[s.c0] = []
            row[s.c0].append(s)
        grid[k] = row
    # Precision guards
    ncol = len(cols)
    texts_by_col = [[" ".join(x.text for x in grid[k][c]) for k in block if grid[k][c]]
                    for c in range(ncol)]
    numeric_cols = {c for c, ts in enumerate(texts_by_col)
                    if ts and sum(_numish(t) for t in ts) * 2 > len(ts)}
    wordy = [c for c, ts in enumerate(texts_by_col)
             if ts and (sum(len(t.split()) for t in ts) / len(ts) > 6
                        or (sum(len(t) for t in ts) / len(ts) > 28 and len(ts) >= 3))]
    if len(wordy) >= 2:
        return None  # columns of running text (a two- or three-column page)
    if not numeric_cols:
        rows_filled = [k for k in body if sum(1 for c in grid[k] if c) >= 2]
        if len(rows_filled) < 3:
            return None
        if texts_by_col[0] and all(_MARKERISH.fullmatch(t) for t in texts_by_col[0]):
            return None  # bullets or paragraph numbers before prose
    if wordy and texts_by_col[0] and all(_MARKERISH.fullmatch(t) for t in texts_by_col[0]):
        return None
    # Sentences in two columns: the two columns of a page, not a table.
    prose_cols = [c for c, ts in enumerate(texts_by_col) if any(_sentence_like(t) for t in ts)]
    words_cells = [t for ts in texts_by_col for t in ts if not _numish(t)]
    if len(prose_cols) >= 2 and sum(_sentence_like(t) for t in words_cells) * 2 >= len(words_cells):
        return None

    # Rows: header lines grouped into bands, body continuation lines merged.
    rows: list[list[list[_Seg]]] = []   # per row: per column list of segs
    row_lines: list[list[int]] = []
    header_rows = 0
    spans: list[tuple[int, int, int, int]] = []
    head = [k for k in block if k < first_num]
    # Header lines: text stacked in one column over consecutive lines ("Age" / "group" /
    # "(yrs)", "to air" / "kg/year") is one cell; anything else opens a new header row.
    last_in_col: dict[int, tuple[int, int]] = {}  # column -> (row, line) of its latest text
    for k in head:
        new_cells: list[Optional[list[_Seg]]] = [None] * len(cols)
        stacked_into: set[int] = set()
        for c, ss in enumerate(grid[k]):
            if not ss:
                continue
            prev = last_in_col.get(c)
            if prev is not None and all(s.c0 == s.c1 for s in ss):
                r, pk = prev
                above = rows[r][c]
                gap = lines[k].bbox[1] - lines[pk].bbox[3]
                atext = " ".join(s.text for s in above) if above else ""
                if (above and all(s.c0 == s.c1 == c for s in above) and gap <= 0.8 * size
                        and (not _numish(atext) or _DATE_LIKE.fullmatch(atext))):
                    rows[r][c] = above + ss
                    last_in_col[c] = (r, k)
                    stacked_into.add(r)
                    continue
            new_cells[c] = list(ss)
        if any(new_cells) and len(stacked_into) == 1:
            # Labels set on the last line of a stacked header ("Individual responsible"
            # beside "Errors: incorrect / time/date") belong to that header row.
            r = next(iter(stacked_into))
            if all(rows[r][c] is None for c, ss in enumerate(new_cells) if ss) and \
                    all(s.c0 == s.c1 for ss in new_cells if ss for s in ss):
                for c, ss in enumerate(new_cells):
                    if ss:
                        rows[r][c] = ss
                        last_in_col[c] = (r, k)
                new_cells = [None] * len(cols)
        if any(new_cells):
            rows.append(new_cells)
            row_lines.append([k])
            for c, ss in enumerate(new_cells):
                if ss:
                    for cc in range(c, max(s.c1 for s in ss) + 1):
                        last_in_col[cc] = (len(rows) - 1, k)
        else:
            row_lines[-1].append(k)
    header_rows = len(rows)
    for k in block:
        if k < first_num:
            continue
        cur = grid[k]
        if len(rows) > header_rows and _is_continuation(rows[-1], cur, numeric_cols):
            for c, ss in enumerate(cur):
                if ss:
                    rows[-1][c] = rows[-1][c] + ss
            row_lines[-1].append(k)
            continue
        rows.append([list(ss) if ss else None for ss in cur])
        row_lines.append([k])
    if len(rows) - header_rows >= 2:
        rows, row_lines = _join_wrapped_labels(rows, row_lines, header_rows, lines, numeric_cols, size)

    out: list[list[Optional[Cell]]] = []
    for r, row in enumerate(rows):
        cells: list[Optional[Cell]] = [None] * ncol
        for c, ss in enumerate(row):
            if not ss:
                continue
            ws = [w for s in ss for w in s.words]
            c1 = max(s.c1 for s in ss)
            cell = Cell(_cell_text(ss), words_bbox(ws))
            for cc in range(c, c1 + 1):
                if cells[cc] is None:
                    cells[cc] = cell
            if c1 > c:
                spans.append((r, c, r, c1))
        out.append(cells)
    if header_rows == 0:
        # "Company 2024 2025" over counts: a year row is the header.
        first = [c for c in out[0] if c]
        if len(out) > 1 and all(_YEAR_LIKE.fullmatch(c.text) for c in first[1:]) and len(first) > 1:
            header_rows = 1
    if ncol >= 2 and len(out) - header_rows >= 2 and ncol - 1 not in numeric_cols:
        out, spans = _label_last_first(out, spans, header_rows)
    boxes = [c.bbox for row in out for c in row if c]
    bbox = union_bbox(boxes)
    caption = _find_caption(lines, set(block), block[0], block[-1], bbox, size)
    return Table(page=page_no, rows=out, bbox=bbox, header_rows=header_rows, caption=caption,
                 kind="unruled", spans=spans), block



# A long row label wraps in its cell, and the row's numbers sit beside the middle (or the
# top, or the foot) of the label's lines, so the numbers come out as a line of their own
# between, before or after the label's lines ("Fire & Rescue Services [Independently" /
# "0 0 0" / "constituted ...]"). The label's lines and the numbers are one row.

def _cell_text(parts: list) -> str:
    """The text of a cell's pieces (segments or cells of its lines, in order), a word
    hyphenated at a line's end rejoined ("Investi-" over "gated": "Investigated"), as
    paragraphs are (extract._join_lines)."""
    out = ""
    for k, part in enumerate(parts):
        text = part.text
        if k and out[-1:] == "-" and out[-2:-1].isalpha() and text[:1].islower() \
                and part.words[0].top > parts[k - 1].words[-1].top + 2:
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out


def _label_text(ss: list[_Seg]) -> str:
    return " ".join(s.text for s in ss)


def _open_label(text: str) -> bool:
    """Label text that goes on on the next line: an unclosed bracket or a trailing connector."""
    return (text.count("[") > text.count("]") or text.count("(") > text.count(")")
            or bool(_CONNECTOR_END.search(text)))


def _join_wrapped_labels(rows: list[list[Optional[list[_Seg]]]], row_lines: list[list[int]],
                         header_rows: int, lines: list[Line], numeric_cols: set[int],
                         size: float) -> tuple[list, list]:
    n = len(rows)
    if n - header_rows < 2:
        return rows, row_lines
    # Cheap pre-check: most tables have no row without a label, nothing to do.
    if all(rows[r][0] for r in range(header_rows, n)) and \
            not any(rows[r][0] and not any(rows[r][1:]) for r in range(header_rows, n)):
        return rows, row_lines

    def label_only(r: int) -> bool:
        row = rows[r]
        return (bool(row[0]) and not any(row[1:]) and all(s.c0 == s.c1 == 0 for s in row[0])
                and not _numish(_label_text(row[0])))

    def values_only(r: int) -> bool:
        row = rows[r]
        filled = [c for c in range(1, len(row)) if row[c]]
        return (not row[0] and bool(filled)
                and all(c in numeric_cols and _numish(_label_text(row[c])) for c in filled))

    def gap(a: int, b: int) -> float:
        return (min(lines[k].bbox[1] for k in row_lines[b])
                - max(lines[k].bbox[3] for k in row_lines[a]))

    tight = 0.1 * size          # the lines touch or overlap: one row of the table
    near = 0.6 * size

    def more_label(label: list[_Seg], r: int, prev: int) -> bool:
        """Row r (label only) carries on `label`, whose last line is in row `prev`."""
        if r >= n or not label_only(r):
            return False
        g = gap(prev, r)
        text = _label_text(rows[r][0])
        return g <= tight or (g <= near and (_open_label(_label_text(label)) or text[:1].islower()))

    out_rows = rows[:header_rows]
    out_lines = row_lines[:header_rows]

    def take(values: list, label_row: int, rows_taken: list[int]) -> int:
        """One row: the numbers of `values`, the label begun in row `label_row` and carried
        on by the label-only rows after it; rows_taken are the rows read so far. Returns the
        next row to read."""
        merged = list(values)
        label = list(rows[label_row][0])
        used_lines = [k for r in rows_taken for k in row_lines[r]]
        last = max(rows_taken)
        k = last + 1
        while k < n and len(used_lines) < 6 and more_label(label, k, last):
            label += rows[k][0]
            used_lines += row_lines[k]
            last = k
            k += 1
        merged[0] = label
        out_rows.append(merged)
        out_lines.append(used_lines)
        return k

    i = header_rows
    while i < n:
        row = rows[i]
        if label_only(i) and i + 1 < n:
            j = i + 1
            nxt = rows[j]
            if (nxt[0] and any(nxt[1:]) and gap(i, j) <= near
                    and all(s.c0 == s.c1 == 0 for s in nxt[0])
                    and _open_label(_label_text(row[0]))
                    and not _sentence_like(_label_text(row[0]))
                    and not _sentence_like(_label_text(nxt[0]))):
                # "Fire & Rescue Services [Independently" over "constituted ...] 0 0 0"
                merged = list(nxt)
                merged[0] = row[0] + nxt[0]
                out_rows.append(merged)
                out_lines.append(row_lines[i] + row_lines[j])
                i = j + 1
                continue
            if values_only(j) and gap(i, j) <= tight:
                i = take(nxt, i, [i, j])
                continue
        if values_only(i) and i + 1 < n and label_only(i + 1) and gap(i, i + 1) <= tight:
            # The numbers first, the label's lines after them.
            i = take(row, i + 1, [i, i + 1])
            continue
        out_rows.append(row)
        out_lines.append(row_lines[i])
        i += 1
    return out_rows, out_lines


# Values before the row label ("0  0  None  GCHQ"): the numbers are printed first and the
# label last. The label column is moved to the front, so the table reads as a label-first one.

def _label_last_first(out: list[list[Optional[Cell]]], spans: list[tuple[int, int, int, int]],
                      header_rows: int) -> tuple[list, list]:
    last = len(out[0]) - 1
    body = out[header_rows:]
    if any(c0 < last <= c1 for _, c0, _, c1 in spans):
        return out, spans  # a header spanning into the label column
    firsts: list[str] = []
    for row in body:
        lab = row[last]
        if lab is None or _numish(lab.text) or len(lab.text.split()) > 8 or _sentence_like(lab.text):
            return out, spans
        if any(c is lab for c in row[:last]):
            return out, spans
        vals = [c for c in row[:last] if c is not None]
        if not vals or not all(_numish(c.text) for c in vals) or _tick_run([c.text for c in vals]):
            return out, spans   # words beside a chart's ticks are its axis title
        if row[0] is not None:
            firsts.append(row[0].text)
    # A first column of years, paragraph numbers or list numbers (1, 2, 3) is the label.
    if not firsts or any(_YEAR_LIKE.fullmatch(t) or _MARKERISH.fullmatch(t) for t in firsts):
        return out, spans
    if all(t.isdigit() for t in firsts) and \
            [int(t) for t in firsts] == list(range(int(firsts[0]), int(firsts[0]) + len(firsts))):
        return out, spans
    # Mostly numbers, not dashes or words ("None") alone.
    vals = [c.text for row in body for c in row[:last] if c is not None]
    if sum(1 for t in vals if any(ch.isdigit() for ch in t)) * 2 < len(vals):
        return out, spans
    rows = [[row[last]] + row[:last] for row in out]
    spans = [(r0, 0 if c0 == last else c0 + 1, r1, 0 if c1 == last else c1 + 1)
             for r0, c0, r1, c1 in spans]
    return rows, spans


# ---------------------------------------------------------------------------
# Ruled tables

def _cluster(values: list[float], tol: float = 1.5) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(coords: list[float], v: float) -> int:
    """Index of the grid coordinate nearest to v."""
    return min(range(len(coords)), key=lambda i: abs(coords[i] - v))


def _ruled(page, lines: list[Line]) -> tuple[list[Table], set[int]]:
    if not (page.lines or page.rects):
        return [], set()
    found = page.find_tables(table_settings={
        "vertical_strategy": "lines", "horizontal_strategy": "lines"})
    tables: list[Table] = []
    used: set[int] = set()
    for ft in found:
        cells_bb = [c for c in ft.cells if c]
        xs = _cluster([c[0] for c in cells_bb])
        ys = _cluster([c[1] for c in cells_bb])
        if len(xs) < 2 or len(ys) < 2:
            continue  # a box around text (e.g. a "Definition:" panel), not a grid
        grid: list[list[Optional[Cell]]] = [[None] * len(xs) for _ in ys]
        spans: list[tuple[int, int, int, int]] = []
        tb = ft.bbox
        in_table: list[int] = []
        for li, line in enumerate(lines):
            lb = line.bbox
            if lb[3] < tb[1] or lb[1] > tb[3]:
                continue   # (no word's centre can be in the table: a word's box is in its line's)
            ws = [w for w in line.words if not w.superscript]
            inside = [w for w in ws if _centre_in(w, tb)]
            if ws and len(inside) * 2 >= len(ws):
                in_table.append(li)
        x_edges = xs + [tb[2]]
        stacked: dict[int, int] = {}  # grid row -> cells holding >= 2 lines of numbers
        for c in cells_bb:
            r0, c0 = _index(ys, c[1]), _index(xs, c[0])
            r1 = max([i for i, y in enumerate(ys) if y < c[3] - 1.5] or [r0])
            c1 = max([i for i, x in enumerate(xs) if x < c[2] - 1.5] or [c0])
            cell_lines = []
            for li in in_table:
                lb = lines[li].bbox
                if lb[3] < c[1] or lb[1] > c[3]:
                    continue   # a line above or below the cell (most lines, for most cells)
                ws = _spilled(lines[li], [w for w in lines[li].words if not w.superscript and _centre_in(w, c)], c)
                if ws and c[2] >= tb[2] - 1:
                    ws += _overflow(lines[li], ws[-1], tb[2])
                if ws:
                    cell_lines.append(Line(ws))
            if sum(1 for l in cell_lines if _numish(l.text)) >= 2:
                stacked.setdefault(r0, 0)
                stacked[r0] += 1
            if c1 > c0 and cell_lines:
                # A cell drawn across several columns (rows ruled only horizontally under a
                # boxed header) whose text falls apart at column gaps into the columns.
                split = _split_by_columns(cell_lines, x_edges[c0:c1 + 2])
                if split is not None:
                    for k, cell in split.items():
                        for r in range(r0, r1 + 1):
                            grid[r][c0 + k] = cell
                    if r1 > r0:
                        spans.extend((r0, c0 + k, r1, c0 + k) for k in split)
                    continue
            text = " ".join(" ".join(w.text for w in l.words) for l in cell_lines)
            cell = Cell(text, tuple(c))  # type: ignore[arg-type]
            for r in range(r0, r1 + 1):
                for k in range(c0, c1 + 1):
                    grid[r][k] = cell
            if r1 > r0 or c1 > c0:
                spans.append((r0, c0, r1, c1))
        if not any(c and c.text for row in grid for c in row):
            continue
        if any(n >= 2 for n in stacked.values()):
            # Columns ruled but rows not: one drawn cell holds a whole column of numbers.
            # Leave the lines to the whitespace detector, which reads rows from text lines.
            continue
        distinct = {id(c) for row in grid for c in row if c and c.text}
        slots = {id(c) for row in grid for c in row if c}
        if len(grid) * len(xs) >= 12 and len(distinct) < 0.3 * len(slots):
            # Mostly empty boxes: a chart's gridlines and bars with a few value labels.
            continue
        grid = _tidy_grid(grid)
        if not grid or len(grid[0]) < 2:
            continue
        spans = _spans_of(grid)
        header_rows = 0
        # Header: the first row holds only words or years ("Agency 2018 2019") while later
        # rows hold counts.
        first_numeric = any(c and is_numeric_cell(c.text) and not _YEAR.fullmatch(c.text)
                            for c in grid[0])
        later_numeric = any(c and is_numeric_cell(c.text) and not _YEAR.fullmatch(c.text)
                            for row in grid[1:] for c in row)
        if not first_numeric and later_numeric:
            header_rows = 1
            # A two-row header ("Year covered" boxed down both rows, "Interception" over
            # "Warrants issued | Errors"): the next row is header too when a header cell
            # runs down into it and it holds labels only, two of them or more.
            while header_rows < len(grid) - 2:
                row, above = grid[header_rows], grid[header_rows - 1]
                if any(c and is_numeric_cell(c.text) and not _YEAR.fullmatch(c.text) for c in row) \
                        or not any(c is not None and c is a for c, a in zip(row, above)) \
                        or len({id(c) for c in row if c and c.text and not any(c is a for a in above)}) < 2:
                    break
                header_rows += 1
        size = _line_size(lines[in_table[0]]) if in_table else 10.0
        caption = ""
        if in_table:
            caption = _find_caption(lines, used | set(in_table), min(in_table), max(in_table),
                                    tb, size)
        tables.append(Table(page=int(page.page_number), rows=grid, bbox=tuple(tb),  # type: ignore[arg-type]
                            header_rows=header_rows, caption=caption, kind="ruled", spans=spans))
        used |= set(in_table)
    return tables, used


def _spilled(line: Line, ws: list[Word], c) -> list[Word]:
    """A cell's words on one line, with the text that spills over a rule between cells given
    to the cell it is written in (a spreadsheet's "Communications d|ata" run on past its
    column's right rule): a word across the cell's left rule set a word space after a word
    left of that rule belongs to that word's cell; a word across its right rule set a word
    space after the cell's last word belongs to this one. (A figure set apart from the text
    before it, or text starting a gap after a rule, is where its centre is.)"""
    words = [w for w in line.words if not w.superscript]

    def after(w: Word) -> Optional[Word]:
        before = [v for v in words if v.x1 <= w.x0 + 0.5 and v is not w]
        return max(before, key=lambda v: v.x1) if before else None

    def runs_on(w: Word, prev: Optional[Word]) -> bool:
        return prev is not None and w.x0 - prev.x1 <= 0.6 * (w.size or 10.0)
    out = [w for w in ws if not (w.x0 < c[0] - 0.5 < w.x1 and runs_on(w, p := after(w)) and p.x1 < c[0])]
    if out:
        for w in words:
            if w.x0 < c[2] - 0.5 < w.x1 and not any(w is o for o in out) and runs_on(w, after(w)) and after(w) is out[-1]:
                out.append(w)
    return out


def _overflow(line: Line, last: Word, edge: float) -> list[Word]:
    """Words of a last-column cell's line run on past the table's right rule ("IPC" inside,
    "report, para." past the frame): each set a word space after the one before it."""
    out: list[Word] = []
    prev = last
    for w in line.words:
        if w.superscript or w.x0 < prev.x1 or (w.x0 + w.x1) / 2 <= edge:
            continue
        if w.x0 - prev.x1 > 0.6 * (w.size or 10.0):
            break
        out.append(w)
        prev = w
    return out


_CONNECTOR_END = re.compile(r"[-,/&(]$|\b(?:and|or|of|the|for|in|to|by|with|on|a|an)$")


def _continues_text(above: str, below: str) -> bool:
    """`below` carries on the text of `above` (a wrapped cell), judging by the words."""
    if not above or not below or _numish(above) or _numish(below):
        return False
    return below[:1].islower() or below[:1] in "([&" or bool(_CONNECTOR_END.search(above))


def _tidy_grid(grid: list[list[Optional[Cell]]]) -> list[list[Optional[Cell]]]:
    """Ruled grid clean-up: empty cells to None; a row holding only the wrapped end of the
    texts above it (and the row-spanning cells of its neighbours) merged into that row;
    rows or columns that only repeat their neighbour (spans over extra rules) dropped."""
    grid = [[c if c is not None and c.text.strip() else None for c in row] for row in grid]
    r = 1
    while r < len(grid):
        prev, row = grid[r - 1], grid[r]
        own = [k for k, c in enumerate(row) if c is not None and c is not prev[k]]

        def cols_of(line, c):
            return [kk for kk, x in enumerate(line) if x is c]

        if own and all(prev[k] is not None and _continues_text(prev[k].text, row[k].text)
                       and cols_of(prev, prev[k]) == cols_of(row, row[k]) for k in own):
            for k in own:
                old, add = prev[k], row[k]
                merged = Cell(old.text + " " + add.text, union_bbox([old.bbox, add.bbox]), old.page)
                for rr in grid:
                    for kk, c in enumerate(rr):
                        if c is old or c is add:
                            rr[kk] = merged
        r += 1
    rows = [row for i, row in enumerate(grid)
            if any(c is not None for c in row)
            and not (i > 0 and all(a is b for a, b in zip(row, grid[i - 1])))]
    if not rows:
        return []
    keep = [k for k in range(len(rows[0]))
            if any(row[k] is not None for row in rows)
            and not (k > 0 and all(row[k] is row[k - 1] for row in rows))]
    return [[row[k] for k in keep] for row in rows]


def _spans_of(grid: list[list[Optional[Cell]]]) -> list[tuple[int, int, int, int]]:
    """(r0, c0, r1, c1) of every cell that fills more than one grid position."""
    where: dict[int, list[int]] = {}
    for r, row in enumerate(grid):
        for k, c in enumerate(row):
            if c is not None:
                b = where.setdefault(id(c), [r, k, r, k])
                b[0], b[1] = min(b[0], r), min(b[1], k)
                b[2], b[3] = max(b[2], r), max(b[3], k)
    return [tuple(b) for b in where.values() if b[0] != b[2] or b[1] != b[3]]  # type: ignore[misc]


def _split_by_columns(cell_lines: list[Line], edges: list[float]) -> Optional[dict[int, Cell]]:
    """Column index -> cell when every text segment of a multi-column cell lies in one column
    and they use >= 2 columns; None when some segment crosses a column edge (a real span)."""
    parts: dict[int, list[Word]] = {}
    for line in cell_lines:
        for seg in _split_cells(line, _GAP_EM):
            k = next((k for k in range(len(edges) - 1)
                      if seg.x0 >= edges[k] - 1 and seg.x1 <= edges[k + 1] + 1), None)
            if k is None:
                return None
            parts.setdefault(k, []).extend(seg.words)
    if len(parts) < 2:
        return None
    return {k: Cell(" ".join(w.text for w in ws), words_bbox(ws))
            for k, ws in parts.items()}


def _centre_in(w: Word, bb) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return bb[0] <= cx <= bb[2] and bb[1] <= cy <= bb[3]


# ---------------------------------------------------------------------------
# Public API

def find_tables(page, lines: list[Line]) -> tuple[list[Table], set[int]]:
    """Tables on a pdfplumber page, given its body lines in reading order.

    Returns (tables, used) where `used` holds indices into `lines` of the lines that now
    belong to a table (header and data rows; captions stay in the text flow).
    """
    ruled, used = _ruled(page, lines)
    hrules = [(float(e["x0"]), float(e["x1"]), float(e["top"]))
              for e in (getattr(page, "horizontal_edges", None) or [])
              if float(e["x1"]) - float(e["x0"]) >= 15] if (page.lines or page.rects) else []
    # Small filled squares: a chart legend's colour keys.
    swatches = [((float(r["x0"]) + float(r["x1"])) / 2, (float(r["top"]) + float(r["bottom"])) / 2)
                for r in page.rects
                if r.get("fill") and 3 <= float(r["width"]) <= 14 and 3 <= float(r["height"]) <= 14]
    general, used_g = _general(lines, used, int(page.page_number), hrules, swatches)
    used = used | used_g
    unruled, used2 = _unruled(lines, used, int(page.page_number), swatches)
    titles = [t for t in general + unruled if _title_list(t) or _note_list(t, lines)]
    if titles:
        # (a numbered list of titles in capitals is no table, nor are numbered footnotes: their
        # lines go back to the text)
        general = [t for t in general if t not in titles]
        unruled = [t for t in unruled if t not in titles]
        freed = {i for i in used_g | used2 for t in titles
                 if t.bbox[1] - 1 <= (lines[i].bbox[1] + lines[i].bbox[3]) / 2 <= t.bbox[3] + 1
                 and lines[i].bbox[0] < t.bbox[2] and t.bbox[0] < lines[i].bbox[2]}
        used, used2 = used - freed, used2 - freed
    tables = sorted(ruled + general + unruled, key=lambda t: (t.bbox[1], t.bbox[0]))
    for t in tables:
        _drop_sheet_frame(t)
    page_no = int(page.page_number)
    marks = [w for i in (used | used2) for w in lines[i].words if w.superscript]
    for t in tables:
        if hasattr(t, "_header_lines"):
            del t._header_lines  # internal bookkeeping only
        for c in t.cells():
            if c.page is None:
                c.page = page_no
            x0, top, x1, bottom = c.bbox
            h = max(bottom - top, 1.0)
            for w in marks:
                if x0 - 1 <= w.x0 <= x1 + 0.6 * h and top - 0.6 * h <= w.top <= bottom:
                    c.footnotes.append(w.text)
    return tables, used | used2


_LIST_NUMBER = re.compile(r"\d{1,5}")
_LIST_COUNT = re.compile(r"(?:\[[A-Z]\]\s*)?\d{1,4}")


def _title_list(t: Table) -> bool:
    """A numbered list of titles set in capitals, a count after each ("2101 INTERCEPTION
    WARRANTS AND THE COMMISSIONER'S FIRST REPORT 2": an order paper's motions and their
    signatures, a contents list): every row, the first too (no header), a bare number, one
    title of two words or more with no lower-case letter, and bare counts."""
    rows = t.text_rows()
    if len(rows) < 2:
        return False
    for r in rows:
        cells = [c.strip() for c in r if c and c.strip()]
        if len(cells) < 2 or not _LIST_NUMBER.fullmatch(cells[0]):
            return False
        named = [c for c in cells[1:] if not _LIST_COUNT.fullmatch(c)]
        if len(named) != 1 or len(named[0].split()) < 2 or not any(ch.isalpha() for ch in named[0]) \
                or any(ch.islower() for ch in named[0]):
            return False
    return True


def _note_list(t: Table, lines: list[Line]) -> bool:
    """Numbered notes under the text ("1 Surveillance of people in public places was older
    ... (Interview 7, 3 March 2023)."): every row, the first too (no header), a bare number set
    smaller than the rest, numbered on in ones, then one cell of running text ending on a stop.
    Footnote numbers a little over the small-text cutoff leave their notes looking like a table
    of a number column and a text column."""
    rows = [[c for c in r if c is not None and c.text.strip()] for r in t.rows]
    if len(rows) < 2 or any(len(r) != 2 for r in rows):
        return False
    numbers = [r[0].text.strip() for r in rows]
    if not all(re.fullmatch(r"\d{1,3}", n) for n in numbers) \
            or [int(n) for n in numbers] != list(range(int(numbers[0]), int(numbers[0]) + len(numbers))):
        return False
    # (a sentence: five words or more, half of them lower-case, and a stop at the end)
    if not all(len(ws := r[1].text.split()) >= 5 and 2 * sum(w[:1].islower() for w in ws) >= len(ws)
               and r[1].text.rstrip().endswith((".", ".)", ".”", ".’")) for r in rows):
        return False
    words = [w for line in lines for w in line.words]

    def size(c) -> float:
        sizes = [w.size for w in words if _centre_in(w, c.bbox)]
        return max(sizes) if sizes else 0.0
    # (the numbers in a smaller type than the notes: a numbered table's figures are not)
    return all(0 < size(r[0]) < 0.95 * size(r[1]) for r in rows)


def _drop_sheet_frame(t: Table) -> None:
    """A printed spreadsheet's frame is no part of its table: the row of column letters
    ("A B C D E F") over it and the column of row numbers ("1 2 3 ...") down its side.
    Left in, the letters stand where the header should be and the numbers read as a
    column of figures."""
    if len(t.rows) < 3:
        return
    def text(c) -> str:
        return c.text.strip() if c is not None else ""
    letters = [text(c) for c in t.rows[0] if text(c)]
    lettered = len(letters) >= 3 and all(re.fullmatch(r"[A-Z]", x) for x in letters) \
        and all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:]))
    if lettered:
        t.rows = t.rows[1:]
        t.header_rows = max(t.header_rows - 1, 0)
        t.spans = [(r0 - 1, c0, r1 - 1, c1) for r0, c0, r1, c1 in t.spans if r0 >= 1]
    numbers = [text(r[0]) if r else "" for r in t.rows]
    filled = [int(x) for x in numbers if x.isdigit()]
    if len(filled) >= 3 and len(filled) >= len(numbers) - 1 and filled == sorted(set(filled)) \
            and all(len(r) > 2 for r in t.rows) and (lettered or (not numbers[0] and filled[0] == 1)):
        # (under the letters, or under a blank corner cell, counting from 1: a first column
        # of counts, "no. of answers 0 1 2 3", has a header of its own; hidden rows leave
        # gaps in the numbers, never repeats)
        t.rows = [r[1:] for r in t.rows]
        t.spans = [(r0, c0 - 1, r1, c1 - 1) for r0, c0, r1, c1 in t.spans if c0 >= 1]
    if lettered and not t.header_rows:
        # the sheet's own header row comes first when it holds names and periods only
        head = [text(c) for c in t.rows[0] if text(c)]
        if head and all(not _numish(x) or _YEAR_LIKE.fullmatch(x) for x in head):
            t.header_rows = 1


# ---------------------------------------------------------------------------
# Tables continued across pages

def _header_texts(t: Table) -> list[list[str]]:
    return [[re.sub(r"\s+", " ", c.text).strip().lower() if c else "" for c in row]
            for row in t.rows[:t.header_rows]]


def _continues(first: Table, page_a, nxt: Table, page_b) -> bool:
    """`nxt` (first table on page_b) carries on `first` (last table on page_a)."""
    if not first.rows or not nxt.rows or len(first.rows[0]) != len(nxt.rows[0]):
        return False
    # Nothing but short notes below the first part, nothing but headings/captions above the
    # second: a paragraph in between means two separate tables.
    below = [b for b in page_a.blocks if b.bbox[1] >= first.bbox[3] - 1]
    if any(b.kind == "paragraph" and len(b.text) > 200 for b in below):
        return False
    if any(b.kind in ("heading",) for b in below):
        return False
    if any(re.match(r"\s*(?:notes?|sources?)\s*:", b.text, re.I) for b in below):
        return False  # the notes that close a table
    above = [b for b in page_b.blocks if b.bbox[3] <= nxt.bbox[1] + 1]
    if any(b.kind == "paragraph" and len(b.text) > 120 for b in above):
        return False
    said_continued = any(re.search(r"contin", b.text, re.I) for b in above) or \
        bool(re.search(r"contin", nxt.caption, re.I))
    if any(b.kind == "caption" for b in above) and not said_continued:
        return False  # "Table 4 ..." above the second part: a new table
    if nxt.caption and first.caption and not re.search(r"contin", nxt.caption, re.I) \
            and nxt.caption != first.caption:
        return False
    # Columns where they were: the two parts overlap horizontally almost entirely.
    ov = min(first.bbox[2], nxt.bbox[2]) - max(first.bbox[0], nxt.bbox[0])
    width = max(first.bbox[2] - first.bbox[0], nxt.bbox[2] - nxt.bbox[0])
    if width <= 0 or ov < 0.8 * width:
        return False
    if nxt.header_rows:
        return _header_texts(nxt) == _header_texts(first)[-nxt.header_rows:] or \
            _header_texts(nxt) == _header_texts(first)
    return True


def stitch_tables(pages) -> list:
    """Join tables continued on the next page (repeated or absent header) into one.

    Returns the document's tables, continued ones joined: rows of every part in order, a
    repeated header dropped, Table.pages listing the pages, each Cell.page its own page.
    The page-level parts stay on their pages; a continuation part that printed no header
    gets the first part's header rows copied in front (Table.continues_from = that page),
    so a reader of that page alone still knows what its columns are.
    """
    import copy

    out: list[Table] = []
    prev_page = None
    open_table: Optional[Table] = None  # stitched table whose last part ends prev_page
    last_part: Optional[Table] = None
    for page in pages:
        tables = sorted(page.tables, key=lambda t: (t.bbox[1], t.bbox[0]))
        for k, t in enumerate(tables):
            cont = (k == 0 and open_table is not None and last_part is not None
                    and prev_page is not None and prev_page.number + 1 == page.number
                    and _continues(last_part, prev_page, t, page))
            if cont:
                assert open_table is not None and last_part is not None
                header = t.header_rows
                body = t.rows[header:]
                offset = len(open_table.rows) - header
                open_table.rows.extend(body)
                open_table.spans.extend((r0 + offset, c0, r1 + offset, c1)
                                        for r0, c0, r1, c1 in t.spans if r0 >= header)
                open_table.pages.append(page.number)
                if header == 0 and last_part.header_rows:
                    hdr = [list(row) for row in last_part.rows[:last_part.header_rows]]
                    t.rows = hdr + t.rows
                    t.spans = [s for s in last_part.spans if s[2] < last_part.header_rows] + \
                        [(r0 + len(hdr), c0, r1 + len(hdr), c1) for r0, c0, r1, c1 in t.spans]
                    t.header_rows = len(hdr)
                    if not t.caption:
                        t.caption = last_part.caption
                t.continues_from = last_part.page if last_part.continues_from is None \
                    else last_part.continues_from
            else:
                open_table = copy.copy(t)
                open_table.rows = [list(r) for r in t.rows]
                open_table.spans = list(t.spans)
                open_table.pages = [page.number]
                out.append(open_table)
            last_part = t
        if not tables:
            open_table = last_part = None
        prev_page = page
    for t in out:
        if len(t.pages) == 1:
            t.pages = []
    return out


def assign_titles(tables: list[Table], blocks: list[Block]) -> None:
    """Table.title = the nearest heading or paragraph above the table (context for metrics)."""
    for t in tables:
        above = [b for b in blocks
                 if b.kind not in ("caption", "paranum") and b.bbox[3] <= t.bbox[1] + 1
                 and min(b.bbox[2], t.bbox[2]) - max(b.bbox[0], t.bbox[0]) > 0]
        if not above:
            continue
        nearest = max(above, key=lambda b: b.bbox[3])
        text = nearest.text
        t.title = text if len(text) <= 300 else text[:297].rsplit(" ", 1)[0] + "..."


def tables_json(path: Path) -> dict:
    """All tables of one PDF as plain JSON-able data (for a CLI `tables` command)."""
    from pipeline.extract import extract_document

    path = Path(path)
    doc = extract_document(path, path.parent)
    out = []
    for t in doc.tables:
        out.append({
            "page": t.page,
            "pages": t.pages or [t.page],
            "rows": t.text_rows(),
            "spans": [list(s) for s in t.spans],
            "header_rows": t.header_rows,
            "caption": t.caption,
            "title": t.title,
            "kind": t.kind,
            "bbox": [round(v, 1) for v in t.bbox],
        })
    return {"document": doc.path, "sha256": doc.sha256, "tables": out}


# ---------------------------------------------------------------------------
# Heatmaps

def _runs(words: list[Word]) -> list[list[Word]]:
    """Words of one line grouped into labels: a gap of more than an em and a half ends one."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if out and w.x0 - out[-1][-1].x1 <= 1.5 * (w.bottom - w.top):
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _lines_of(words: list[Word]) -> list[list[Word]]:
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        if rows and abs((w.top + w.bottom) / 2 - (rows[-1][0].top + rows[-1][0].bottom) / 2) <= 2:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def find_heatmaps(page, words: list[Word], page_no: int) -> tuple[list[Table], set[int]]:
    """Heatmaps drawn as a picture: a raster image cut into equal cells, one figure (or a dash
    for none) printed centred in each, a column label centred over (or under) each column just
    outside the image, a row label ending just left of it centred on each row. Read as a table
    (header row of the column labels, a row label then the cells in each row); kept only when
    every cell holds exactly one entry, every entry is a figure or a 'none' mark and at least
    half are figures, and every label is centred on its row or column."""
    out: list[Table] = []
    ids: set[int] = set()
    for im in getattr(page, "images", None) or []:
        x0, top, x1, bottom = float(im["x0"]), float(im["top"]), float(im["x1"]), float(im["bottom"])
        if x1 - x0 < 40 or bottom - top < 40:
            continue
        free = [w for w in words if id(w) not in ids and not w.angle]
        inside = [w for w in free if w.x0 >= x0 - 1 and w.x1 <= x1 + 1 and w.top >= top - 1 and w.bottom <= bottom + 1]
        if len(inside) < 4:
            continue
        heads = None
        for sel in ([w for w in free if top - 30 <= w.bottom <= top + 1 and x0 <= (w.x0 + w.x1) / 2 <= x1],
                    [w for w in free if bottom - 1 <= w.top <= bottom + 30 and x0 <= (w.x0 + w.x1) / 2 <= x1]):
            rows = _lines_of(sel)
            if rows:
                near = max(rows, key=lambda r: r[0].bottom) if sel and sel[0].bottom <= top + 1 else rows[0]
                heads = _runs(near)
                break
        if not heads or len(heads) < 2:
            continue
        n_cols = len(heads)
        pitch_x = (x1 - x0) / n_cols
        if any(abs((r[0].x0 + r[-1].x1) / 2 - (x0 + (j + 0.5) * pitch_x)) > 0.15 * pitch_x for j, r in enumerate(heads)):
            continue
        left = [w for w in free if w.x1 <= x0 + 1 and top <= (w.top + w.bottom) / 2 <= bottom]
        labels = []
        for row in _lines_of(left):
            runs = _runs(row)
            if x0 - runs[-1][-1].x1 <= 20:
                labels.append(runs[-1])
        if len(labels) < 2:
            continue
        n_rows = len(labels)
        pitch_y = (bottom - top) / n_rows
        if any(abs((min(w.top for w in r) + max(w.bottom for w in r)) / 2 - (top + (i + 0.5) * pitch_y)) > 0.15 * pitch_y
               for i, r in enumerate(labels)):
            continue
        grid: dict[tuple[int, int], list[Word]] = {}
        ok = True
        for w in inside:
            cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            j, i = int((cx - x0) // pitch_x), int((cy - top) // pitch_y)
            if not (0 <= i < n_rows and 0 <= j < n_cols) or abs(cy - (top + (i + 0.5) * pitch_y)) > 0.25 * pitch_y \
                    or abs(cx - (x0 + (j + 0.5) * pitch_x)) > 0.25 * pitch_x:
                ok = False
                break
            grid.setdefault((i, j), []).append(w)
        if not ok or len(grid) != n_rows * n_cols or any(len(v) != 1 for v in grid.values()):
            continue
        texts = [v[0].text for v in grid.values()]
        figures = sum(1 for t in texts if _NUMERIC_CELL.fullmatch(t) and t not in ("-", "–", "—"))
        if any(not is_numeric_cell(t) for t in texts) or 2 * figures < len(texts):
            continue
        header = [None] + [Cell(" ".join(w.text for w in r), words_bbox(r), page_no) for r in heads]
        rows_out = [header]
        for i, lab in enumerate(labels):
            rows_out.append([Cell(" ".join(w.text for w in lab), words_bbox(lab), page_no)] +
                            [Cell(grid[(i, j)][0].text, grid[(i, j)][0].bbox, page_no) for j in range(n_cols)])
        used = [w for r in heads for w in r] + [w for r in labels for w in r] + inside
        out.append(Table(page=page_no, rows=rows_out, bbox=words_bbox(used), header_rows=1, kind="unruled"))
        ids |= {id(w) for w in used}
    return out, ids
