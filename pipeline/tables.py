"""Table detection for the extraction stage.

Two sources:
  * ruled tables: pdfplumber's own finder on drawn lines/rects (lines strategy);
  * unruled tables: runs of text lines that end in numeric cells aligned in columns,
    with a text label at left (the oversight-report shape: "Lawyer      234").

Precision over recall: a table takes its lines out of the text flow, so a false table
would hide a paragraph from recognition. Unruled runs therefore need >= 2 rows whose
numeric cells are separated from the label by a column-sized gap and align across rows.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from pipeline.model import Block, Cell, Line, Table, Word, union_bbox

__all__ = ["find_tables", "tables_json", "assign_titles", "is_numeric_cell"]

# ---------------------------------------------------------------------------
# Cells

_NUM = r"[£$]?[-–−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|m|bn|k)?\*?"
# "1,320", "65.22%", "199 (66 IP)", "1* (2 IP)"
# also ranges such as page references "1-10" or "9-10%"
_NUMERIC_CELL = re.compile(rf"{_NUM}(?:[-–]{_NUM})?(?:\s*\({_NUM}(?:\s+[A-Za-z]{{1,8}})?\))?")
_NUMERIC_WORDS = {"-", "–", "—", "none", "exempt", "nil", "n/a", "na", "n.a.", "*", "..", "...", "…"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d(?:[-–/](?:\d{2}|\d{4}))?")
_LEADER = re.compile(r"^[.…·_]{2,}|[.…·_]{2,}$")
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
        self.text = " ".join(w.text for w in words)
        self.x0 = min(w.x0 for w in words)
        self.x1 = max(w.x1 for w in words)
        self.bbox = union_bbox([w.bbox for w in words])

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2

    def cell(self) -> Cell:
        return Cell(self.text, self.bbox)


def _line_size(line: Line) -> float:
    sizes = [w.size for w in line.words if not w.superscript and w.size]
    return max(set(sizes), key=sizes.count) if sizes else 10.0


def _split_cells(line: Line) -> list[_C]:
    """Split a line at gaps of about one em or more; dotted leaders are dropped."""
    size = _line_size(line)
    words: list[Word] = []
    for w in line.words:
        if w.superscript:
            continue
        t = _LEADER.sub("", w.text)
        if not t or set(t) <= set(".…·_"):
            continue  # pure leader dots
        if t != w.text:
            w = Word(t, w.x0, w.top, w.x1, w.bottom, w.size)
        words.append(w)
    # Runs of single "." words are spaced-out leaders (". . . . .")
    words = [w for i, w in enumerate(words)
             if not (w.text == "." and (
                 (i > 0 and words[i - 1].text == ".") or (i + 1 < len(words) and words[i + 1].text == ".")))]
    cells: list[list[Word]] = []
    for w in words:
        if cells and w.x0 - cells[-1][-1].x1 < 1.0 * size:
            cells[-1].append(w)
        else:
            cells.append([w])
    return [_C(ws) for ws in cells]


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


def _unruled(lines: list[Line], used: set[int], page_no: int) -> tuple[list[Table], set[int]]:
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
                hrow[ci] = Cell(" ".join(c.text for c in cs), union_bbox([w.bbox for w in ws]))
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
                return lines[k].text
    return ""


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
            ws = [w for w in line.words if not w.superscript]
            inside = [w for w in ws if _centre_in(w, tb)]
            if ws and len(inside) * 2 >= len(ws):
                in_table.append(li)
        for c in cells_bb:
            r0, c0 = _index(ys, c[1]), _index(xs, c[0])
            r1 = max([i for i, y in enumerate(ys) if y < c[3] - 1.5] or [r0])
            c1 = max([i for i, x in enumerate(xs) if x < c[2] - 1.5] or [c0])
            if r1 > r0 or c1 > c0:
                spans.append((r0, c0, r1, c1))
            parts = []
            for li in in_table:
                ws = [w for w in lines[li].words if not w.superscript and _centre_in(w, c)]
                if ws:
                    parts.append(" ".join(w.text for w in ws))
            grid[r0][c0] = Cell(" ".join(parts), tuple(c))  # type: ignore[arg-type]
        if not any(c and c.text for row in grid for c in row):
            continue
        header_rows = 0
        # Header: the first row holds only words or years ("Agency 2018 2019") while later
        # rows hold counts.
        first_numeric = any(c and is_numeric_cell(c.text) and not _YEAR.fullmatch(c.text)
                            for c in grid[0])
        later_numeric = any(c and is_numeric_cell(c.text) and not _YEAR.fullmatch(c.text)
                            for row in grid[1:] for c in row)
        if not first_numeric and later_numeric:
            header_rows = 1
        size = _line_size(lines[in_table[0]]) if in_table else 10.0
        caption = ""
        if in_table:
            caption = _find_caption(lines, used | set(in_table), min(in_table), max(in_table),
                                    tb, size)
        tables.append(Table(page=int(page.page_number), rows=grid, bbox=tuple(tb),  # type: ignore[arg-type]
                            header_rows=header_rows, caption=caption, kind="ruled", spans=spans))
        used |= set(in_table)
    return tables, used


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
    unruled, used2 = _unruled(lines, used, int(page.page_number))
    tables = sorted(ruled + unruled, key=lambda t: (t.bbox[1], t.bbox[0]))
    for t in tables:
        if hasattr(t, "_header_lines"):
            del t._header_lines  # internal bookkeeping only
    return tables, used | used2


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
    for page in doc.pages:
        for t in page.tables:
            out.append({
                "page": page.number,
                "rows": t.text_rows(),
                "spans": [list(s) for s in t.spans],
                "header_rows": t.header_rows,
                "caption": t.caption,
                "title": t.title,
                "kind": t.kind,
                "bbox": [round(v, 1) for v in t.bbox],
            })
    return {"document": doc.path, "sha256": doc.sha256, "tables": out}
