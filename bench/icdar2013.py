"""ICDAR 2013 Table Competition benchmark: our extractor against pdfplumber and Camelot.

    .venv/bin/python bench/icdar2013.py                      # all tools, one table
    .venv/bin/python bench/icdar2013.py --tools ours         # just ours (quick iteration)
    .venv/bin/python bench/icdar2013.py --memory             # peak RSS on a 1,000-page report

Metric (Göbel et al. 2012, as used by the 2013 competition): every non-empty cell is related
to its nearest non-empty neighbour to the right and to its nearest non-empty neighbour below.
A cell spanning several rows (columns) looks right (down) from each row (column) it spans,
and is related once to each distinct neighbour found that way. Relations are compared as
(content, content, direction) with all whitespace removed (and NFKC plus the same quote and
ligature folding applied to every tool and to the ground truth), as multisets.

Matching: per page, a tool's table goes with the ground-truth regions its box overlaps (boxes
in the ground truth's frame: PDF points, origin bottom-left); relations of overlapping groups
are compared together. A table overlapping no ground-truth region contributes all its
relations as false positives; a region no table overlaps, all as false negatives. Documents
with alternative ground truths (NAME-a / NAME-b) are scored against each and the better one
is kept (per tool). Precision, recall and F1 are micro-averaged: true positives, false
positives and false negatives are summed over all 238 pages of all 67 documents.

Speed: pages per second = pages / seconds spent inside the tool (open + extract), summed over
documents; ground-truth parsing and scoring are not timed.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import logging
import re
import sys
import time
import unicodedata
import warnings
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "icdar2013"

# ---------------------------------------------------------------------------
# Text normalisation shared by every tool and the ground truth

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ad": "", "\u2010": "-", "\u2011": "-", "\u2212": "-",
})
_WS = re.compile(r"\s+")


def norm(s: Optional[str]) -> str:
    if not s:
        return ""
    return _WS.sub("", unicodedata.normalize("NFKC", s).translate(_FOLD))


# ---------------------------------------------------------------------------
# Cells and adjacency relations

@dataclass
class GCell:
    r0: int
    c0: int
    r1: int
    c1: int
    text: str  # normalised


def relations(cells: list[GCell]) -> Counter:
    """Adjacency relations of one table as a multiset of (a, b, 'R'|'D')."""
    cells = [c for c in cells if c.text]
    at: dict[tuple[int, int], int] = {}
    for i, c in enumerate(cells):
        for r in range(c.r0, c.r1 + 1):
            for k in range(c.c0, c.c1 + 1):
                at.setdefault((r, k), i)
    if not at:
        return Counter()
    max_r = max(r for r, _ in at)
    max_c = max(k for _, k in at)
    out: Counter = Counter()
    for i, c in enumerate(cells):
        right: set[int] = set()
        for r in range(c.r0, c.r1 + 1):
            for k in range(c.c1 + 1, max_c + 1):
                j = at.get((r, k))
                if j is not None and j != i:
                    right.add(j)
                    break
        down: set[int] = set()
        for k in range(c.c0, c.c1 + 1):
            for r in range(c.r1 + 1, max_r + 1):
                j = at.get((r, k))
                if j is not None and j != i:
                    down.add(j)
                    break
        for j in right:
            out[(c.text, cells[j].text, "R")] += 1
        for j in down:
            out[(c.text, cells[j].text, "D")] += 1
    return out


def grid_cells(rows: list[list[Optional[str]]],
               spans: Optional[list[tuple[int, int, int, int]]] = None) -> list[GCell]:
    """A grid of strings (None/"" = empty) -> cells; `spans` (r0, c0, r1, c1) merge positions
    that repeat one spanning cell's text into a single cell."""
    covered: set[tuple[int, int]] = set()
    cells: list[GCell] = []
    for r0, c0, r1, c1 in spans or []:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        cells.append(GCell(r0, c0, r1, c1, norm(rows[r0][c0])))
        covered |= {(r, k) for r in range(r0, r1 + 1) for k in range(c0, c1 + 1)}
    for r, row in enumerate(rows):
        for k, t in enumerate(row):
            if (r, k) not in covered:
                cells.append(GCell(r, k, r, k, norm(t)))
    return cells


# ---------------------------------------------------------------------------
# Ground truth

BBox = tuple[float, float, float, float]  # x0, y0, x1, y1; PDF points, origin bottom-left


@dataclass
class Region:
    page: int
    bbox: BBox
    rel: Counter


def _num(v: Optional[str]) -> float:
    # us-018-str.xml has x1='26ß'
    m = re.match(r"-?\d+(?:\.\d+)?", (v or "0").strip())
    return float(m.group(0)) if m else 0.0


def load_gt(path: Path) -> list[Region]:
    regions = []
    for reg in ET.parse(path).getroot().iter("region"):
        page = int(reg.get("page"))
        cells, boxes = [], []
        for c in reg.iter("cell"):
            r0, c0 = int(c.get("start-row")), int(c.get("start-col"))
            r1 = int(c.get("end-row", r0))
            c1 = int(c.get("end-col", c.get("col-end", c0)))  # us-002 quirk
            content = c.findtext("content") or ""
            cells.append(GCell(r0, c0, r1, c1, norm(content)))
            bb = c.find("bounding-box")
            if bb is not None:
                x1, x2 = _num(bb.get("x1")), _num(bb.get("x2"))
                y1, y2 = _num(bb.get("y1")), _num(bb.get("y2"))
                boxes.append((min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)))
        if not boxes:
            continue
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))
        regions.append(Region(page, bbox, relations(cells)))
    return regions


@dataclass
class Doc:
    name: str
    pdf: Path
    variants: dict[str, list[Region]]
    n_pages: int = 0
    # per page: height of the unrotated MediaBox, to turn top-left boxes into the GT frame
    frame: dict[int, tuple[float, float, float]] = field(default_factory=dict)


def discover(data: Path) -> list[Doc]:
    docs = []
    for pdf in sorted(data.glob("*/*.pdf")):
        stem = pdf.stem  # eu-009a
        base = stem[:-1] if stem[-1] in "ab" and not stem[-2].isalpha() else stem
        names = [stem] if stem == base else [base + "a", base + "b"]
        variants = {}
        for n in names:
            p = pdf.parent / f"{n}-str.xml"
            if p.exists():
                variants[n] = load_gt(p)
        docs.append(Doc(stem, pdf, variants))
    return docs


def page_frames(doc: Doc) -> None:
    """Page count and, per page, (x offset, y offset, height) of the frame the GT uses.

    The GT uses the PDF's own user space. pdfplumber reports boxes top-left in the page's
    MediaBox; on a /Rotate 90 page (eu-015) pdfplumber swaps width and height, while the
    ICDAR boxes keep x and measure y up from the bottom of the unrotated (portrait) page.
    """
    import pdfplumber

    with pdfplumber.open(doc.pdf) as pdf:
        doc.n_pages = len(pdf.pages)
        for p in pdf.pages:
            mb = [float(v) for v in p.page_obj.mediabox]
            x0, y0 = min(mb[0], mb[2]), min(mb[1], mb[3])
            h = abs(mb[3] - mb[1])
            doc.frame[p.page_number] = (x0, y0, h)


def to_gt_frame(doc: Doc, page: int, bbox_topleft) -> BBox:
    x0, y0, h = doc.frame[page]
    bx0, top, bx1, bottom = bbox_topleft
    return (bx0 + x0, y0 + h - bottom, bx1 + x0, y0 + h - top)


# ---------------------------------------------------------------------------
# Tools: each returns {page: [(bbox in GT frame, relations)]}

ToolOut = dict[int, list[tuple[BBox, Counter]]]


def tool_ours(doc: Doc, engine: str = "auto") -> ToolOut:
    from pipeline.extract import extract_document

    content = extract_document(doc.pdf, doc.pdf.parent, stitch=False, engine=engine)
    out: ToolOut = {}
    for page in content.pages:
        for t in page.tables:
            rows = [[c.text if c else "" for c in row] for row in t.rows]
            rel = relations(grid_cells(rows, t.spans))
            out.setdefault(page.number, []).append((to_gt_frame(doc, page.number, t.bbox), rel))
    return out


def tool_pdfplumber(doc: Doc) -> ToolOut:
    import pdfplumber

    out: ToolOut = {}
    with pdfplumber.open(doc.pdf) as pdf:
        for page in pdf.pages:
            for t in page.find_tables():  # what page.extract_tables() uses
                rel = relations(grid_cells(t.extract()))
                out.setdefault(page.page_number, []).append(
                    (to_gt_frame(doc, page.page_number, t.bbox), rel))
            page.close()
    return out


def _camelot(flavor: str) -> Callable[[Doc], ToolOut]:
    def run(doc: Doc) -> ToolOut:
        import camelot

        out: ToolOut = {}
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            tables = camelot.read_pdf(str(doc.pdf), pages="all", flavor=flavor)
        for t in tables:
            page = int(t.page)
            rel = relations(grid_cells(t.df.values.tolist()))
            x0, y0, x1, y1 = t._bbox  # PDF user space, origin bottom-left
            ox, oy, _ = doc.frame[page]
            out.setdefault(page, []).append(((x0 + ox, y0 + oy, x1 + ox, y1 + oy), rel))
        return out
    run.__name__ = f"camelot_{flavor}"
    return run


TOOLS: dict[str, tuple[str, Callable[[Doc], ToolOut]]] = {
    "ours": ("ours (pipeline.tables)", tool_ours),
    # The same tables from pages pdfplumber reads (the path before pdfium read plain pages).
    "ours-pdfplumber": ("ours, pdfplumber reading", lambda doc: tool_ours(doc, "pdfplumber")),
    "pdfplumber": ("pdfplumber extract_tables()", tool_pdfplumber),
    "camelot-stream": ("camelot stream", _camelot("stream")),
    "camelot-hybrid": ("camelot hybrid", _camelot("hybrid")),
}

# ---------------------------------------------------------------------------
# Scoring


def _overlap(a: BBox, b: BBox, slack: float = 2.0) -> bool:
    return (min(a[2], b[2]) - max(a[0], b[0]) > -slack
            and min(a[3], b[3]) - max(a[1], b[1]) > -slack)


def _tp(a: Counter, b: Counter) -> int:
    return sum((a & b).values())


def score_page(found: list[tuple[BBox, Counter]], gt: list[Region]) -> tuple[int, int, int]:
    """(tp, fp, fn) on one page: overlap-connected groups of found tables and GT regions."""
    n = len(found) + len(gt)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (bb, _) in enumerate(found):
        for j, reg in enumerate(gt):
            if _overlap(bb, reg.bbox):
                parent[find(i)] = find(len(found) + j)
    groups: dict[int, tuple[Counter, Counter]] = {}
    for i, (_, rel) in enumerate(found):
        groups.setdefault(find(i), (Counter(), Counter()))[0].update(rel)
    for j, reg in enumerate(gt):
        groups.setdefault(find(len(found) + j), (Counter(), Counter()))[1].update(reg.rel)
    tp = fp = fn = 0
    for f, g in groups.values():
        t = _tp(f, g)
        tp += t
        fp += sum(f.values()) - t
        fn += sum(g.values()) - t
    return tp, fp, fn


def score_doc(doc: Doc, out: ToolOut) -> tuple[str, int, int, int]:
    best = None
    for name, regions in doc.variants.items():
        tp = fp = fn = 0
        for page in range(1, doc.n_pages + 1):
            a, b, c = score_page(out.get(page, []), [r for r in regions if r.page == page])
            tp, fp, fn = tp + a, fp + b, fn + c
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if best is None or f1 > best[0]:
            best = (f1, name, tp, fp, fn)
    return best[1], best[2], best[3], best[4]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_benchmark(data: Path, tools: list[str], per_doc: bool, only: Optional[str]) -> int:
    docs = discover(data)
    if only:
        docs = [d for d in docs if re.search(only, d.name)]
    if not docs:
        print(f"no PDFs under {data}", file=sys.stderr)
        return 2
    for d in docs:
        page_frames(d)
    n_pages = sum(d.n_pages for d in docs)
    rows = []
    for key in tools:
        label, fn = TOOLS[key]
        try:
            fn(docs[0])  # import + warm-up outside the timing
        except ImportError as e:
            print(f"{label}: not installed ({e}); skipped", file=sys.stderr)
            continue
        tp = fp = fnn = 0
        secs = 0.0
        errors = 0
        for d in docs:
            t0 = time.perf_counter()
            try:
                out = fn(d)
            except Exception as e:  # a tool crashing on a document scores nothing there
                print(f"  {label}: {d.name}: {type(e).__name__}: {e}", file=sys.stderr)
                out, errors = {}, errors + 1
            secs += time.perf_counter() - t0
            variant, a, b, c = score_doc(d, out)
            tp, fp, fnn = tp + a, fp + b, fnn + c
            if per_doc:
                p, r, f = prf(a, b, c)
                print(f"  {key:15} {variant:9} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {a} fp {b} fn {c}")
        p, r, f = prf(tp, fp, fnn)
        rows.append((label, p, r, f, tp, fp, fnn, secs, n_pages / secs if secs else 0.0, errors))

    print(f"\nICDAR 2013 table competition, {len(docs)} documents, {n_pages} pages; "
          f"adjacency relations, micro-averaged")
    head = f"{'tool':30} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6} {'sec':>7} {'pages/s':>8}"
    print(head)
    print("-" * len(head))
    for label, p, r, f, tp, fp, fnn, secs, pps, errors in rows:
        note = f"  ({errors} docs failed)" if errors else ""
        print(f"{label:30} {p:6.3f} {r:6.3f} {f:6.3f} {tp:6d} {fp:6d} {fnn:6d} {secs:7.1f} {pps:8.1f}{note}")
    return 0


# ---------------------------------------------------------------------------
# Memory: peak RSS extracting a generated 1,000-page report


def make_long_report(path: Path, n_pages: int) -> None:
    """A report-like PDF: running header, prose, a ruled and an unruled table on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    words = ("the commissioner reviewed the use of investigatory powers by public authorities "
             "and found that most of them complied with the statutory requirements").split()
    for n in range(1, n_pages + 1):
        c.setFont("Helvetica", 9)
        c.drawString(60, h - 40, "Annual Report of the Investigatory Powers Commissioner")
        c.drawString(290, 30, str(n))
        c.setFont("Helvetica", 10)
        y = h - 90
        for i in range(12):
            line = " ".join(words[(i + n) % 7:][:12])
            c.drawString(60, y, line)
            y -= 13
        y -= 20
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, "Public authority")
        c.drawRightString(380, y, "2018")
        c.drawRightString(480, y, "2019")
        c.setFont("Helvetica", 10)
        for i in range(10):
            y -= 14
            c.drawString(60, y, f"Authority number {i + 1}")
            c.drawRightString(380, y, f"{(n * 37 + i * 101) % 9000:,}")
            c.drawRightString(480, y, f"{(n * 53 + i * 71) % 9000:,}")
        y -= 40
        xs, top = [60, 250, 400, 530], y
        for i in range(6):
            c.line(60, top - 16 * i, 530, top - 16 * i)
            for k, txt in enumerate([f"Row {i}", f"{i * n % 977}", f"{(i + n) % 311}"]):
                if i < 5:
                    c.drawString(xs[k] + 4, top - 16 * i - 12, txt)
        for x in xs:
            c.line(x, top, x, top - 80)
        c.showPage()
    c.save()


def run_memory(n_pages: int) -> int:
    import resource
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "long-report.pdf"
        t0 = time.perf_counter()
        make_long_report(pdf, n_pages)
        print(f"generated {n_pages}-page report ({pdf.stat().st_size / 2**20:.1f} MiB) "
              f"in {time.perf_counter() - t0:.1f} s")
        code = (
            "import sys, time, resource; sys.path.insert(0, sys.argv[2]);"
            "from pathlib import Path; from pipeline.extract import extract_document;"
            "t = time.perf_counter(); d = extract_document(Path(sys.argv[1]), Path(sys.argv[1]).parent);"
            "print(len(d.pages), sum(len(p.tables) for p in d.pages), round(time.perf_counter() - t, 1))"
        )
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        res = subprocess.run([sys.executable, "-c", code, str(pdf), str(ROOT)],
                             capture_output=True, text=True)
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if res.returncode:
            print(res.stderr, file=sys.stderr)
            return 1
        pages, tables, secs = res.stdout.split()
        print(f"extract_document: {pages} pages, {tables} tables, {secs} s; "
              f"peak RSS {peak_kib / 1024:.0f} MiB" + ("" if before < peak_kib else " (approx.)"))
        return 0 if peak_kib / 1024 < 500 else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="ICDAR 2013 folder with eu/ and us/ (default: ../shared/benchmarks/icdar2013)")
    ap.add_argument("--tools", default=",".join(TOOLS),
                    help=f"comma-separated, from {', '.join(TOOLS)}")
    ap.add_argument("--docs", help="regex on document names (e.g. 'eu-0(0[1-9])')")
    ap.add_argument("--per-doc", action="store_true", help="print each document's score")
    ap.add_argument("--memory", action="store_true",
                    help="instead: peak RSS of extract_document on a generated report")
    ap.add_argument("--pages", type=int, default=1000, help="pages of the --memory report")
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    if args.memory:
        return run_memory(args.pages)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    bad = [t for t in tools if t not in TOOLS]
    if bad:
        ap.error(f"unknown tool(s): {', '.join(bad)}")
    return run_benchmark(args.data, tools, args.per_doc, args.docs)


if __name__ == "__main__":
    sys.exit(main())
