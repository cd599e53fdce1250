#!/usr/bin/env python3
"""Generate the sample corpus: PDFs that imitate UK surveillance-oversight reports, plus gold.csv.

    .venv/bin/python corpora/generate.py

writes the development part into corpora/sample/ and the held-out part into corpora/heldout/, each
with its own gold.csv (deterministic: reruns are byte-identical). Documents whose producer is
"chromium" are printed from HTML by headless Chromium, which must be on the PATH.

All prose is paraphrase written for this corpus. Every number that is a statistic is a real
published figure (see /work/shared/reference/facts-dev.json and report-layouts.md); numbers that
are not statistics (paragraph, section, page, table and figure numbers, dates, phone numbers,
postcodes, statutory references) are distractors and are *not* in gold.

How gold stays in step with the PDFs: every statistic is written into the document text with
S(printed, metric, category, period, ...). S() registers the statistic and returns a placeholder;
the renderers substitute the printed form, note the PDF page and the surrounding text (quote),
and emit the gold row. Gold is therefore produced by the same code path that draws the number.
After writing, the script re-reads every PDF with pdfplumber and checks that each gold value's
printed form and quote are present on the stated page (superscript footnote markers removed).
"""
from __future__ import annotations

import csv
import datetime as _dt
import html
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph

HERE = Path(__file__).resolve().parent
OUT = HERE / "sample"
TAXONOMY_PATH = HERE / "taxonomy.toml"

GOLD_COLUMNS = ["document", "page", "metric", "category", "period", "value", "unit", "method", "quote", "qualifier"]
PARTS = ("sample", "heldout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16")  # development part (rules tuned on it), held-out part, later development parts

# Metrics the documents need that taxonomy.toml does not (yet) define. Kept here, explicit and
# short, so the lead can either add them to the taxonomy or drop the rows.
PROPOSED_METRICS = {
    "interception.warrants.examined": "warrants",   # warrants examined at inspection (IOCCO)
    "public_authorities.inspected": "authorities",  # number of public authorities inspected
}
# Category keys the brief asks for that no taxonomy category set contains (per-agency rows).
EXTRA_CATEGORIES = {
    "cd.notices_authorisations": {"gchq", "sis", "security_service"},
}

PERIOD_RE = re.compile(r"^\d{4}(-\d{2}(/\d{4}-\d{2}|-\d{2})?)?$")


# ---------------------------------------------------------------------------------------------
# Statistics registry

@dataclass
class Stat:
    idx: int
    printed: str
    metric: str
    category: str
    period: str
    value: float
    method: Optional[str] = None  # None: from the block kind (or 'words' for spelt numbers)
    sup: Optional[str] = None     # footnote marker drawn as a raised small glyph after the number
    qualifier: str = ""           # over | under | approximately | nearly (bound words in the text)
    used: bool = False


STATS: list[Stat] = []
PH_RE = re.compile("\u27e6(\\d+)\u27e7")  # ⟦n⟧ placeholder

NUMBER_WORDS = {
    "no": 0, "none": 0, "nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fifteen": 15, "twenty": 20, "twenty-four": 24, "twenty-six": 26,
    "fourteen": 14, "twenty-nine": 29, "thirty-three": 33, "forty-two": 42, "sixty-five": 65, "eleven per cent": 11,
}


def parse_value(printed: str) -> float:
    p = printed.strip().lower()
    if p in NUMBER_WORDS:
        return float(NUMBER_WORDS[p])
    m = re.fullmatch(r"£?(\d[\d,]*(?:\.\d+)?)(m|bn)?%?", p)
    if not m:
        raise ValueError(f"cannot parse printed value {printed!r}")
    v = float(m.group(1).replace(",", ""))
    if m.group(2) == "m":
        v *= 1_000_000
    elif m.group(2) == "bn":
        v *= 1_000_000_000
    return v


QUALIFIERS = {"", "over", "under", "approximately", "nearly"}


def S(printed: str, metric: str, category: str, period: str, *, value: Optional[float] = None,
      method: Optional[str] = None, sup: Optional[str] = None, q: str = "") -> str:
    """Register a statistic printed as `printed`; returns the placeholder to put in the text.
    `q` is the qualifier that the wording attaches to the number (gold keeps the bare number)."""
    if q not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {q!r}")
    v = parse_value(printed) if value is None else float(value)
    st = Stat(len(STATS), printed, metric, category, period, v, method, sup, q)
    STATS.append(st)
    return f"\u27e6{st.idx}\u27e7"


def fmt_value(v: float) -> str:
    v = round(v, 6)
    if v == int(v):
        return str(int(v))
    return ("%.6f" % v).rstrip("0").rstrip(".")


def is_words(printed: str) -> bool:
    return not any(ch.isdigit() for ch in printed)


# ---------------------------------------------------------------------------------------------
# Taxonomy

def load_taxonomy():
    with open(TAXONOMY_PATH, "rb") as fh:
        tax = tomllib.load(fh)
    metrics = {m["id"]: m for m in tax["metric"]}
    return metrics, tax.get("categories", {})


METRICS, CATEGORY_SETS = load_taxonomy()


def unit_for(metric: str) -> str:
    if metric.endswith(".share") or metric.endswith(".change"):
        return "percent"
    # an annualised estimate is a measure of its base metric (`<id>.annualised`), in its unit
    base = metric if metric in METRICS else re.sub(r"\.annualised$", "", metric)
    if base in METRICS:
        return METRICS[base]["unit"]
    return PROPOSED_METRICS[base]


def validate(metric: str, category: str, period: str) -> None:
    base = re.sub(r"\.(share|change|annualised)$", "", metric)
    if base not in METRICS and base not in PROPOSED_METRICS:
        raise ValueError(f"unknown metric {metric}")
    if not PERIOD_RE.match(period):
        raise ValueError(f"bad period {period!r} for {metric}")
    if category:
        allowed = set(EXTRA_CATEGORIES.get(base, set()))
        cset = METRICS.get(base, {}).get("categories")
        if cset:
            allowed |= set(CATEGORY_SETS[cset])
        if category not in allowed:
            raise ValueError(f"category {category!r} not allowed for {metric}")


# ---------------------------------------------------------------------------------------------
# Gold rows

GOLD: list[dict] = []
_GOLD_KEYS: set = set()
DUPLICATES: list[tuple] = []


def plain_of(markup: str) -> str:
    """Visible text of Paragraph markup (placeholders kept)."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def expand(template: str, sup_markup: bool = True) -> tuple[str, str, list[tuple[Stat, int, int]]]:
    """Substitute placeholders. Returns (markup, plain text, [(stat, start, end) in plain])."""
    def markup_sub(m):
        st = STATS[int(m.group(1))]
        out = html.escape(st.printed, quote=False)
        if st.sup and sup_markup:
            out += f'<super rise="4" size="5.5">{st.sup}</super>'
        return out

    markup = PH_RE.sub(markup_sub, template)
    tmpl_plain = plain_of(template)
    plain, hits, pos = [], [], 0
    for m in PH_RE.finditer(tmpl_plain):
        plain.append(tmpl_plain[pos:m.start()])
        st = STATS[int(m.group(1))]
        start = sum(len(x) for x in plain)
        plain.append(st.printed)
        hits.append((st, start, start + len(st.printed)))
        pos = m.end()
    plain.append(tmpl_plain[pos:])
    return markup, "".join(plain), hits


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(£\d\u2018\u201c])")


def sentence_quote(plain: str, start: int, end: int, width: int = 55) -> str:
    plain = re.sub(r"\s+", " ", plain)
    s0, s1 = 0, len(plain)
    for m in SENT_SPLIT.finditer(plain):
        if m.end() <= start:
            s0 = m.end()
        elif m.start() >= end:
            s1 = m.start()
            break
    if s1 - s0 <= 2 * width + 10:
        return plain[s0:s1].strip()
    a = max(s0, start - width)
    b = min(s1, end + width)
    if a > s0:
        sp = plain.find(" ", a)
        a = sp + 1 if 0 <= sp < start else a
    if b < s1:
        sp = plain.rfind(" ", end, b)
        b = sp if sp > end else b
    return plain[a:b].strip()


CURRENT_PART = ["sample"]


def record(doc: str, page: int, st: Stat, method: str, quote: str, checks: Optional[list] = None) -> None:
    if st.used:
        raise RuntimeError(f"statistic {st.printed} rendered twice")
    st.used = True
    m = st.method or ("words" if is_words(st.printed) else method)
    validate(st.metric, st.category, st.period)
    key = (doc, page, st.metric, st.category, st.period, fmt_value(st.value))
    if key in _GOLD_KEYS:
        DUPLICATES.append(key)
        return
    _GOLD_KEYS.add(key)
    GOLD.append({
        "document": doc, "page": page, "metric": st.metric, "category": st.category,
        "period": st.period, "value": fmt_value(st.value), "unit": unit_for(st.metric),
        "method": m, "quote": re.sub(r"\s+", " ", quote).strip(), "qualifier": st.qualifier,
        "_printed": st.printed, "_part": CURRENT_PART[0],
        "_checks": [re.sub(r"\s+", " ", c).strip() for c in (checks or [quote])],
    })


def record_text(doc: str, page: int, template: str, method: str) -> str:
    markup, plain, hits = expand(template)
    for st, a, b in hits:
        record(doc, page, st, method, sentence_quote(plain, a, b))
    return markup


# ---------------------------------------------------------------------------------------------
# Document model (shared by the reportlab and fpdf2 renderers)

@dataclass
class Heading:
    text: str
    size: float = 13
    space_before: float = 6


@dataclass
class PNum:
    """A paragraph number on a line of its own (IPCO style)."""
    text: str


@dataclass
class Para:
    text: str
    lead: Optional[str] = None  # bold lead-in (IOCCO 2016 style)
    size: Optional[float] = None
    italic: bool = False


@dataclass
class Bullet:
    text: str


@dataclass
class Lines:
    """Fixed lines (cover pages, letterheads): (text, font, size, align)."""
    lines: list
    gap: float = 4


@dataclass
class Table:
    rows: list          # list of rows; each row a list of cell templates (may hold placeholders)
    xs: list            # column x offsets (relative to the text block; right edge for 'R')
    align: list         # 'L' or 'R' per column
    ruled: bool = False
    header_rows: int = 1
    caption: str = ""
    caption_above: bool = False
    size: float = 9.5
    row_h: float = 15
    bold_rows: tuple = ()


@dataclass
class Pie:
    slices: list        # (legend template, fraction, grey level)
    caption: str
    radius: float = 55


@dataclass
class Box:
    title: str
    text: str


@dataclass
class Gap:
    h: float


@dataclass
class Page:
    blocks: list
    columns: Optional[list] = None   # two-column layout after the full-width blocks
    footnotes: list = field(default_factory=list)
    printed: Optional[str] = None    # printed page number
    header: bool = True


@dataclass
class Doc:
    filename: str
    title: str
    author: str
    subject: str
    producer: str            # 'reportlab' | 'fpdf2'
    header: str
    pages: list
    font: str = "Helvetica"
    number_style: str = "foot"   # foot | foot_url | top_left
    url: str = ""
    date: tuple = (2020, 1, 1)
    part: str = "sample"         # sample (development) | heldout
    style: str = "report"        # HTML style sheet (Chromium documents)


# ---------------------------------------------------------------------------------------------
# reportlab renderer

W, H = A4
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 62, 62, 70, 70
REGIONS: dict = {}  # (doc, page) -> [pdfplumber bboxes of text columns]


def fonts(base: str):
    if base == "Times-Roman":
        return "Times-Roman", "Times-Bold", "Times-Italic"
    return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


class RLPage:
    def __init__(self, c, doc: Doc, pageno: int):
        self.c, self.doc, self.pageno = c, doc, pageno
        self.reg, self.bold, self.ital = fonts(doc.font)
        self.body = ParagraphStyle("body", fontName=self.reg, fontSize=10 if doc.font == "Helvetica" else 11,
                                   leading=13.6 if doc.font == "Helvetica" else 14.5)

    def need(self, y, h):
        if y - h < MARGIN_B:
            raise RuntimeError(f"{self.doc.filename} page {self.pageno}: content overflows the page")

    def para(self, markup, x, y, width, style):
        p = Paragraph(markup, style)
        _, h = p.wrap(width, 10_000)
        self.need(y, h)
        p.drawOn(self.c, x, y - h)
        return y - h

    def block(self, b, x, y, width) -> float:
        doc, c, n = self.doc.filename, self.c, self.pageno
        if isinstance(b, Gap):
            return y - b.h
        if isinstance(b, Heading):
            st = ParagraphStyle("h", parent=self.body, fontName=self.bold, fontSize=b.size, leading=b.size * 1.3)
            y -= b.space_before
            return self.para(record_text(doc, n, b.text, "sentence"), x, y, width, st) - 4
        if isinstance(b, PNum):
            st = ParagraphStyle("pn", parent=self.body, fontName=self.bold)
            return self.para(html.escape(b.text), x, y, width, st) - 1
        if isinstance(b, Para):
            st = ParagraphStyle("p", parent=self.body)
            if b.size:
                st.fontSize, st.leading = b.size, b.size * 1.35
            if b.italic:
                st.fontName = self.ital
            text = (f"<b>{html.escape(b.lead)}</b> " if b.lead else "") + b.text
            return self.para(record_text(doc, n, text, "sentence"), x, y, width, st) - 7
        if isinstance(b, Bullet):
            # the bullet is drawn as a small disc (a text bullet in the standard fonts extracts as cid:127)
            st = ParagraphStyle("bl", parent=self.body, leftIndent=16)
            p = Paragraph(record_text(doc, n, b.text, "list"), st)
            _, h = p.wrap(width, 10_000)
            self.need(y, h)
            p.drawOn(c, x, y - h)
            c.circle(x + 6, y - st.fontSize * 0.62, 1.7, stroke=0, fill=1)
            return y - h - 5
        if isinstance(b, Lines):
            for text, font, size, align in b.lines:
                fname = {"r": self.reg, "b": self.bold, "i": self.ital}[font]
                y -= size * 1.25
                self.need(y, 0)
                markup, plain, hits = expand(text)
                for st, a0, a1 in hits:
                    record(doc, n, st, "sentence", sentence_quote(plain, a0, a1))
                c.setFont(fname, size)
                if align == "C":
                    c.drawCentredString(W / 2, y, plain)
                elif align == "R":
                    c.drawRightString(x + width, y, plain)
                else:
                    c.drawString(x, y, plain)
                y -= b.gap
            return y
        if isinstance(b, Table):
            return self.table(b, x, y, width)
        if isinstance(b, Pie):
            return self.pie(b, x, y, width)
        if isinstance(b, Box):
            st = ParagraphStyle("bx", parent=self.body, fontSize=9, leading=12)
            p = Paragraph(f"<b>{html.escape(b.title)}</b> {b.text}", st)
            _, h = p.wrap(width - 20, 10_000)
            y -= 6
            self.need(y, h + 16)
            c.setStrokeGray(0.4)
            c.setFillGray(0.93)
            c.rect(x, y - h - 16, width, h + 16, stroke=1, fill=1)
            c.setFillGray(0)
            p.drawOn(c, x + 10, y - 8 - h)
            return y - h - 26
        raise TypeError(b)

    def table(self, t: Table, x, y, width) -> float:
        c, doc, n = self.c, self.doc.filename, self.pageno
        cap_style = ParagraphStyle("cap", parent=self.body, fontName=self.ital, fontSize=9, leading=11.5)
        if t.caption and t.caption_above:
            y = self.para(html.escape(t.caption), x, y, width, cap_style) - 4
        nrows = len(t.rows)
        self.need(y, nrows * t.row_h + 4)
        top = y
        right = x + max(t.xs) + 8
        for i, row in enumerate(t.rows):
            base = y - t.row_h + 4
            cells_plain = []
            cell_hits = []
            for j, tmpl in enumerate(row):
                _, plain, hits = expand(tmpl)
                cells_plain.append(plain)
                cell_hits.extend(hits)
                bold = i < t.header_rows or i in t.bold_rows
                c.setFont(self.bold if bold else self.reg, t.size)
                cx = x + t.xs[j]
                if t.align[j] == "R":
                    c.drawRightString(cx, base, plain)
                else:
                    c.drawString(cx, base, plain)
            quote = " ".join(p for p in cells_plain if p)
            for st, _, _ in cell_hits:
                record(doc, n, st, "table", quote)
            if t.ruled:
                c.setStrokeGray(0.3)
                c.setLineWidth(0.6 if i == t.header_rows - 1 else 0.4)
                c.line(x - 4, y - t.row_h, right, y - t.row_h)
            y -= t.row_h
        if t.ruled:
            c.setLineWidth(0.6)
            c.line(x - 4, top, right, top)
            # vertical rules between columns: just right of the widest text in the column to the left
            bounds = [x - 4, right]
            for j in range(1, len(t.xs)):
                edge = 0.0
                for r, row in enumerate(t.rows):
                    _, plain, _ = expand(row[j - 1])
                    font = self.bold if (r < t.header_rows or r in t.bold_rows) else self.reg
                    w = t.xs[j - 1] + (0 if t.align[j - 1] == "R" else stringWidth(plain, font, t.size))
                    edge = max(edge, w)
                bounds.append(x + edge + 8)
            for bx in bounds:
                c.line(bx, top, bx, y)
        y -= 6
        if t.caption and not t.caption_above:
            y = self.para(html.escape(t.caption), x, y, width, cap_style) - 8
        return y

    def pie(self, p: Pie, x, y, width) -> float:
        c, doc, n = self.c, self.doc.filename, self.pageno
        r = p.radius
        self.need(y, 2 * r + 40)
        cx, cy = x + r + 10, y - r - 8
        ang = 90.0
        for _, frac, grey in p.slices:
            ext = -360.0 * frac
            c.setFillGray(grey)
            c.setStrokeGray(1)
            c.wedge(cx - r, cy - r, cx + r, cy + r, ang, ext, stroke=1, fill=1)
            ang += ext
        ly = y - 20
        for tmpl, _, grey in p.slices:
            _, plain, hits = expand(tmpl)
            c.setFillGray(grey)
            c.rect(x + 2 * r + 40, ly - 1, 8, 8, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont(self.reg, 9)
            c.drawString(x + 2 * r + 54, ly, plain)
            for st, _, _ in hits:
                record(doc, n, st, "chart", plain)
            ly -= 16
        c.setFillGray(0)
        y = y - 2 * r - 22
        cap_style = ParagraphStyle("cap", parent=self.body, fontName=self.ital, fontSize=9, leading=11.5)
        return self.para(html.escape(p.caption), x, y, width, cap_style) - 8

    def furniture(self, page: Page):
        c, d = self.c, self.doc
        if page.header:
            c.setFont(self.reg, 8)
            c.setFillGray(0.25)
            if d.number_style == "top_left" and page.printed:
                c.drawString(MARGIN_L, H - 40, page.printed)
                c.drawString(MARGIN_L + 26, H - 40, d.header)
            else:
                c.drawString(MARGIN_L, H - 40, d.header)
            c.setStrokeGray(0.6)
            c.setLineWidth(0.4)
            c.line(MARGIN_L, H - 46, W - MARGIN_R, H - 46)
        if page.printed and d.number_style != "top_left":
            c.setFont(self.reg, 9)
            c.setFillGray(0.25)
            if d.number_style == "foot_url":
                c.drawString(MARGIN_L, 36, page.printed)
                c.drawRightString(W - MARGIN_R, 36, d.url)
            else:
                c.drawCentredString(W / 2, 36, page.printed)
        c.setFillGray(0)


def render_reportlab(doc: Doc) -> None:
    path = HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(doc.title)
    c.setAuthor(doc.author)
    c.setSubject(doc.subject)
    c.setCreator("corpora/generate.py")
    for i, page in enumerate(doc.pages, start=1):
        rp = RLPage(c, doc, i)
        rp.furniture(page)
        width = W - MARGIN_L - MARGIN_R
        y = H - MARGIN_T
        for b in page.blocks:
            y = rp.block(b, MARGIN_L, y, width)
        if page.columns:
            gutter = 20
            cw = (width - gutter) / 2
            top = y
            cols = []
            for k, col in enumerate(page.columns):
                cx = MARGIN_L + k * (cw + gutter)
                cy = top
                for b in col:
                    cy = rp.block(b, cx, cy, cw)
                cols.append((cx - 1, H - top - 2, cx + cw + 1, H - MARGIN_B + 2))
            REGIONS[(doc.filename, i)] = cols
        if page.footnotes:
            fy = MARGIN_B - 8
            c.setStrokeGray(0.5)
            c.line(MARGIN_L, fy + 12 * len(page.footnotes) + 2, MARGIN_L + 120, fy + 12 * len(page.footnotes) + 2)
            for fn in page.footnotes:
                fy_line = fy + 12 * (len(page.footnotes) - 1 - page.footnotes.index(fn))
                c.setFont(rp.reg, 7)
                c.drawString(MARGIN_L, fy_line, fn)
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# fpdf2 renderer (ICO extracts and the police FOI letter)

def render_fpdf(doc: Doc) -> None:
    import fpdf
    from fpdf import FPDF

    path = HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = FPDF(unit="pt", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(_dt.datetime(*doc.date, tzinfo=_dt.timezone.utc))
    pdf.set_title(doc.title)
    pdf.set_author(doc.author)
    pdf.set_subject(doc.subject)
    pdf.set_creator("corpora/generate.py")
    pdf.set_producer(f"fpdf2 {fpdf.__version__}")
    pdf.set_auto_page_break(False)
    pdf.set_margins(56, 56, 56)
    fam = "Helvetica"
    bottom = H - 60
    width = W - 112

    def check(i):
        if pdf.get_y() > bottom:
            raise RuntimeError(f"{doc.filename} page {i}: content overflows the page")

    for i, page in enumerate(doc.pages, start=1):
        pdf.add_page()
        if page.header and doc.header:
            pdf.set_font(fam, "", 8)
            pdf.set_text_color(90)
            pdf.set_xy(56, 30)
            pdf.cell(0, 10, doc.header)
            pdf.set_draw_color(150)
            pdf.line(56, 44, W - 56, 44)
            pdf.set_text_color(0)
        if page.printed:
            pdf.set_font(fam, "", 9)
            pdf.set_xy(56, H - 40)
            pdf.cell(width, 10, page.printed, align="R")
        pdf.set_xy(56, 62)
        for b in page.blocks:
            if isinstance(b, Gap):
                pdf.set_y(pdf.get_y() + b.h)
            elif isinstance(b, Heading):
                pdf.set_y(pdf.get_y() + b.space_before)
                pdf.set_font(fam, "B", b.size)
                _, plain, hits = expand(b.text)
                for st, a0, a1 in hits:
                    record(doc.filename, i, st, "sentence", sentence_quote(plain, a0, a1))
                pdf.multi_cell(width, b.size * 1.3, plain, new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(pdf.get_y() + 4)
            elif isinstance(b, Lines):
                for text, font, size, align in b.lines:
                    pdf.set_font(fam, {"r": "", "b": "B", "i": "I"}[font], size)
                    _, plain, hits = expand(text)
                    for st, a0, a1 in hits:
                        record(doc.filename, i, st, "sentence", sentence_quote(plain, a0, a1))
                    pdf.cell(width, size * 1.3, plain, align=align, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_y(pdf.get_y() + b.gap)
            elif isinstance(b, (Para, Bullet)):
                size = (b.size if isinstance(b, Para) and b.size else 10.5)
                _, plain, hits = expand(b.text)
                lead = b.lead if isinstance(b, Para) else None
                method = "list" if isinstance(b, Bullet) else "sentence"
                full = (lead + " " if lead else "") + plain
                off = len(lead) + 1 if lead else 0
                for st, a0, a1 in hits:
                    record(doc.filename, i, st, method, sentence_quote(full, a0 + off, a1 + off))
                if isinstance(b, Bullet):
                    pdf.set_font(fam, "", size)
                    pdf.set_x(62)
                    pdf.cell(12, size * 1.4, "\u2022")
                    pdf.multi_cell(width - 18, size * 1.4, plain, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.set_font(fam, "I" if b.italic else "", size)
                    if lead:
                        pdf.set_font(fam, "B", size)
                        pdf.write(size * 1.4, lead + " ")
                        pdf.set_font(fam, "", size)
                        pdf.write(size * 1.4, plain)
                        pdf.ln(size * 1.4)
                    else:
                        pdf.multi_cell(width, size * 1.4, plain, new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(pdf.get_y() + 7)
            elif isinstance(b, Table):
                if b.caption and b.caption_above:
                    pdf.set_font(fam, "B", 9.5)
                    pdf.multi_cell(width, 13, b.caption, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_y(pdf.get_y() + 3)
                widths = [b.xs[k + 1] - b.xs[k] for k in range(len(b.xs) - 1)]
                for r, row in enumerate(b.rows):
                    cells_plain, row_hits = [], []
                    pdf.set_x(56)
                    for k, tmpl in enumerate(row):
                        _, plain, hits = expand(tmpl)
                        cells_plain.append(plain)
                        row_hits.extend(hits)
                        pdf.set_font(fam, "B" if r < b.header_rows else "", b.size)
                        pdf.set_fill_color(225)
                        pdf.cell(widths[k], b.row_h, plain, border=1 if b.ruled else 0,
                                 align=b.align[k], fill=r < b.header_rows)
                    pdf.ln(b.row_h)
                    quote = " ".join(p for p in cells_plain if p)
                    for st, _, _ in row_hits:
                        record(doc.filename, i, st, "table", quote)
                pdf.set_y(pdf.get_y() + 4)
                if b.caption and not b.caption_above:
                    pdf.set_font(fam, "I", 9)
                    pdf.multi_cell(width, 12, b.caption, new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(pdf.get_y() + 8)
            else:
                raise TypeError(b)
            check(i)
    pdf.output(str(path))


# =============================================================================================
# Document 1: IPCO Annual Report 2018 (statistics chapter extracts + Annex D)

def doc_ipco_2018() -> Doc:
    F = "ipco-annual-report-2018.pdf"
    cover = Page(header=False, blocks=[
        Gap(120),
        Lines([("Investigatory Powers Commissioner\u2019s Office", "b", 14, "L")]),
        Gap(30),
        Lines([("Annual Report of the Investigatory", "b", 26, "L"),
               ("Powers Commissioner 2018", "b", 26, "L")], gap=8),
        Gap(24),
        Lines([("Extracts: Chapter 17 (Errors), Chapter 18 (Statistics) and Annex D", "r", 11, "L")]),
        Gap(200),
        Lines([("Presented to Parliament pursuant to section 234(6) of the Investigatory Powers Act 2016", "r", 9, "L"),
               ("Laid before the Scottish Parliament by the Scottish Ministers, March 2020", "r", 9, "L"),
               ("\u00a9 Crown copyright 2020", "r", 9, "L")], gap=2),
    ])
    p2 = Page(printed="106", blocks=[
        Heading("17. Errors", size=16, space_before=0),
        PNum("17.7"),
        Para("Section 231 of the Act requires me to decide whether a relevant error that has been "
             "reported to me is a serious error. During 2018 I determined that "
             + S("eight", "errors.serious.determined", "total", "2018") +
             " errors were serious errors, and for each of them I went on to consider whether it was in "
             "the public interest for the person affected to be told. A short account of each determination "
             "is given in Annex C (see page 114)."),
        PNum("17.8"),
        Para("Where a warrant is issued under the urgency procedure, a Judicial Commissioner must decide "
             "whether to approve it before the end of the third working day after issue. A failure to meet "
             "that deadline is itself a relevant error and must be reported in the way described at "
             "paragraph 18.12 of the Interception Code of Practice."),
        Heading("Surveillance, property interference and CHIS", size=12),
        PNum("17.22"),
        Para("Law enforcement agencies, other public authorities, local authorities and prisons reported a "
             "total of " + S("99", "spci.errors", "total", "2018") +
             " errors in their use of surveillance, property interference and CHIS powers during 2018, "
             "against " + S("83", "spci.errors", "total", "2017") +
             " breaches reported for 2017. The errors are broken down by power in Table 3 overleaf."),
        PNum("17.23"),
        Para("The way in which these errors must be reported is set out at paragraph 17.25, and the "
             "authorities concerned are followed up at their next inspection after 1 April 2019."),
    ])
    p3 = Page(printed="107", blocks=[
        Table(rows=[
            ["Power", "Errors"],
            ["Directed Surveillance", S("59", "spci.errors", "directed_surveillance", "2018")],
            ["Property Interference", S("23", "spci.errors", "property_interference", "2018")],
            ["Intrusive Surveillance", S("3", "spci.errors", "intrusive_surveillance", "2018")],
            ["CHIS (including undercover officers)", S("14", "spci.errors", "chis", "2018")],
            ["Total", S("99", "spci.errors", "total", "2018")],
        ], xs=[0, 300], align=["L", "R"], ruled=True, bold_rows=(5,),
            caption="Table 3: Errors by power reported by law enforcement agencies, public authorities, "
                    "local authorities and prisons, 2018"),
        Heading("18. Statistics", size=16),
        PNum("18.1"),
        Para("This chapter sets out the figures for 2018 returned by the public authorities that I oversee. "
             "Where an authority corrected its return after 31 December 2018, the corrected figure is used. "
             "Figures for communications data are given in Annex D."),
        PNum("18.4"),
        Para("Public authorities made " + S("77", "lpp.applications.made", "", "2018") +
             " applications to retain items subject to legal professional privilege (LPP) in 2018; "
             + S("76", "lpp.applications.approved", "", "2018") +
             " of those applications were approved by a Judicial Commissioner."),
        PNum("18.5"),
        Para("Law enforcement agencies were granted "
             + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
             " CHIS authorisations during 2018. The use of covert human intelligence sources by the wider "
             "public sector remains uncommon, and the authorities concerned are listed in Schedule 4 to the "
             "Regulation of Investigatory Powers (Covert Human Intelligence Sources) Order."),
    ])
    p4 = Page(printed="108", blocks=[
        PNum("18.12"),
        Para("A local authority may acquire communications data only once a magistrate has approved the "
             "application, and only through its single point of contact. Figure 16 shows the communications "
             "data obtained by local authorities in 2018 by communications type; Figure 15, on the previous "
             "page, gives the split by type of data."),
        Pie(slices=[("Telephony related data " + S("92%", "cd.items.comms_type.share", "telephony", "2018"), 0.92, 0.35),
                    ("Internet and postal related data", 0.08, 0.75)],
            caption="Figure 16: Communications data obtained by local authorities, by communications type, 2018"),
        PNum("18.13"),
        Para("Applications under section 77 of the Act, to identify or confirm a journalist\u2019s source, "
             "are discussed in Annex D together with the wider figures for sensitive professions."),
    ])
    p5 = Page(printed="135", footnotes=[
        "44  Some authorities could not separate data obtained under the Act from data obtained under RIPA "
        "before 5 February 2019; see paragraph 18.12."], blocks=[
        Heading("Annex D: Communications Data", size=16, space_before=0),
        Para(S("808,214", "cd.items", "total", "2018", sup="44") +
             " items of communications data were obtained in 2018, a slight rise from "
             + S("757,977", "cd.items", "total", "2017") + " in 2017 and "
             + S("754,559", "cd.items", "total", "2016") + " in 2016."),
        Para("These figures are taken from the returns that each public authority made for the year ending "
             "31 December 2018. A few authorities revised their returns after submitting them, and the "
             "tables in this annex include those revisions."),
        Heading("Sensitive professions", size=12),
        Para("The table below shows applications for communications data in 2018 that concerned a person "
             "in one of the sensitive professions, by profession."),
        Table(rows=[
            ["Profession", "Applications"],
            ["Lawyer", S("234", "cd.applications.sensitive_profession", "lawyer", "2018")],
            ["Journalist", S("203", "cd.applications.sensitive_profession", "journalist", "2018")],
            ["Member of Parliament", S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018")],
            ["Minister of Religion", S("272", "cd.applications.sensitive_profession", "minister_of_religion", "2018")],
            ["Medical Doctor", S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018")],
            ["Total", S("1,320", "cd.applications.sensitive_profession", "total", "2018")],
        ], xs=[0, 260], align=["L", "R"], ruled=False, row_h=16),
    ])
    p6 = Page(printed="136", blocks=[
        Heading("Local authorities", size=12, space_before=0),
        Para("Local authorities obtain communications data through the National Anti-Fraud Network, which "
             "acts as their single point of contact. Telephony related data made up "
             + S("92%", "cd.items.comms_type.share", "telephony", "2018") +
             " of the communications data obtained by local authorities in 2018 (Figure 16)."),
        Heading("Journalistic sources", size=12),
        Para("Since the relevant provisions came into force, an application to identify a journalist\u2019s "
             "source has needed the prior approval of a Judicial Commissioner under section 77 of the Act. "
             "The commencement arrangements are described in Chapter 8."),
        Heading("Errors", size=12),
        Para("Errors in the acquisition of communications data are analysed by type and by the person "
             "responsible in Table 5 of Chapter 17, and the serious errors are summarised in Annex C."),
    ])
    return Doc(F, "Annual Report of the Investigatory Powers Commissioner 2018 (extracts)",
               "Investigatory Powers Commissioner's Office", "Statistics chapter and Annex D", "reportlab",
               "IPCO Annual Report 2018", [cover, p2, p3, p4, p5, p6])


# =============================================================================================
# Document 2: IOCCO report for 2016 (published July 2017)

def doc_iocco_2016() -> Doc:
    F = "iocco-report-2016.pdf"
    cover = Page(header=False, blocks=[
        Gap(90),
        Lines([("IOCCO", "b", 30, "L"), ("Interception of Communications Commissioner\u2019s Office", "r", 12, "L")]),
        Gap(60),
        Lines([("Report of the Interception of", "b", 24, "L"),
               ("Communications Commissioner", "b", 24, "L")], gap=8),
        Gap(10),
        Lines([("Annual Report for the period 1 January to 31 December 2016", "r", 12, "L")]),
        Gap(220),
        Lines([("Presented to Parliament pursuant to section 58(6) of the Regulation of Investigatory Powers Act 2000", "r", 9, "L"),
               ("July 2017", "r", 9, "L")], gap=2),
    ])
    letter = Page(printed="4", blocks=[
        Lines([("The Rt Hon Theresa May MP", "r", 10, "L"), ("Prime Minister", "r", 10, "L"),
               ("10 Downing Street", "r", 10, "L"), ("London SW1A 2AA", "r", 10, "L")], gap=1),
        Gap(10),
        Lines([("July 2017", "r", 10, "L")]),
        Gap(8),
        Para("Dear Prime Minister,"),
        Para("I enclose my report on the work of my office during the calendar year 2016. It is the last "
             "report of its kind: the functions of this office pass to the Investigatory Powers Commissioner "
             "under Part 8 of the Investigatory Powers Act 2016."),
        Para("During 2016 my inspectors carried out " + S("166", "inspections", "total", "2016") +
             " inspections, and " + S("134", "public_authorities.inspected", "", "2016") +
             " public authorities were inspected in all."),
        Para("My office was notified of " + S("1,200", "cd.errors", "total", "2016") +
             " communications data errors during the year, and " +
             S("29", "errors.serious.investigations", "", "2016") +
             " serious error investigations were undertaken."),
        Para("Section 58(7) of the Regulation of Investigatory Powers Act 2000 allows the Prime Minister to "
             "exclude from publication any matter whose publication would be prejudicial to national "
             "security."),
        Gap(6),
        Lines([("Yours sincerely,", "r", 10, "L"), ("", "r", 6, "L"),
               ("Sir Stanley Burnton", "b", 10, "L"),
               ("Interception of Communications Commissioner", "r", 10, "L")], gap=1),
    ])
    two_col = Page(printed="41", blocks=[
        Heading("Interception of communications", size=15, space_before=0),
    ], columns=[
        [
            Para("A total of " + S("3,007", "interception.warrants.issued", "total", "2016") +
                 " interception warrants were issued by the Secretaries of State and Scottish Ministers "
                 "during 2016.", lead="Warrants issued."),
            Para("Of the " + S("3,007", "interception.warrants.issued", "total", "2016") + " warrants, "
                 + S("67", "interception.warrants.urgent", "", "2016") + " (approximately "
                 + S("2.2%", "interception.warrants.urgent.share", "", "2016", q="approximately") +
                 ") were approved urgently by a senior official and then confirmed by the Secretary of "
                 "State within the five working days that the legislation allows.", lead="Urgent approvals."),
            Para("Secretaries of State refused " + S("5", "interception.warrants.refused", "", "2016") +
                 " applications for interception warrants in 2016. In other cases they asked for further "
                 "information before signing.", lead="Refusals."),
        ],
        [
            Para("On 31 December 2016 the number of interception warrants in force was "
                 + S("5.5%", "interception.warrants.in_force.change", "", "2016-12-31") +
                 " higher than at the end of 2015.", lead="Warrants in force."),
            Para("Our inspectors examined " + S("970", "interception.warrants.examined", "", "2016") +
                 " interception warrants during 2016, chosen to cover every intercepting agency and "
                 "every warrant-issuing department.", lead="Inspection of warrants."),
            Para("Errors reported by the intercepting agencies are discussed in Section 6 and shown "
                 "in Figure 4. Section 15 of RIPA sets the safeguards that apply to intercepted "
                 "material.", lead="Errors."),
        ],
    ])
    cd = Page(printed="42", blocks=[
        Heading("Communications data", size=15, space_before=0),
        Para("Public authorities obtained " + S("754,559", "cd.items", "total", "2016") +
             " items of communications data in 2016.", lead="Items of data."),
        Para("A total of " + S("948", "cd.applications.sensitive_profession", "total", "2016") +
             " applications for communications data made in 2016 concerned members of sensitive "
             "professions.", lead="Sensitive professions."),
        Para("Each application must give one of the statutory purposes in section 22(2) of RIPA; "
             "the distribution of purposes is shown in Figure 5 and the crime types in Figure 6.",
             lead="Necessity statutory purpose."),
    ])
    errors = Page(printed="58", blocks=[
        Heading("Errors", size=15, space_before=0),
        Para("A total of " + S("1,101", "cd.errors", "total", "2016") +
             " communications data errors occurred in 2016.", lead="Errors reported."),
        Para("Single points of contact (SPoCs) were responsible for "
             + S("43.3%", "cd.errors.share", "spoc", "2016") + " of these errors, applicants for "
             + S("39.4%", "cd.errors.share", "applicant", "2016") +
             " and communications service providers (CSPs) for "
             + S("11.6%", "cd.errors.share", "csp", "2016") + ".", lead="Responsible parties."),
        Para("An error is investigated as serious where it has caused significant prejudice or harm to the "
             "person concerned. Each investigation is summarised in Annex B, and the criteria are set out "
             "in paragraph 8.3 of the Code of Practice.", lead="Serious errors."),
    ])
    return Doc(F, "Report of the Interception of Communications Commissioner 2016",
               "Interception of Communications Commissioner's Office", "Annual report for 2016",
               "reportlab", "Report of the Interception of Communications Commissioner - 2016",
               [cover, letter, two_col, cd, errors], number_style="foot_url", url="www.iocco-uk.info")


# =============================================================================================
# Document 3: IOCCO 2013 annual report

def doc_iocco_2013() -> Doc:
    F = "iocco-annual-report-2013.pdf"
    cover = Page(header=False, blocks=[
        Gap(140),
        Lines([("2013 Annual Report of the", "b", 24, "C"),
               ("Interception of Communications", "b", 24, "C"),
               ("Commissioner", "b", 24, "C")], gap=8),
        Gap(40),
        Lines([("The Rt Hon Sir Anthony May", "r", 13, "C")]),
        Gap(200),
        Lines([("Presented to Parliament pursuant to section 58(6) of the Regulation of Investigatory Powers Act 2000", "r", 9, "C"),
               ("April 2014", "r", 9, "C")], gap=2),
    ])
    pon_i = Page(printed="22", blocks=[
        Heading("Section 3: Lawful Interception of Communications", size=14, space_before=0),
        Heading("Points of Note", size=12),
        Bullet("The number of interception warrants issued fell by "
               + S("19%", "interception.warrants.issued.change", "total", "2013", value=-19) +
               " compared with 2012."),
        Bullet(S("600", "interception.warrants.examined", "", "2013") +
               " interception warrants were examined during our inspections of the intercepting agencies."),
        Bullet("Our inspections of the interception agencies and warrant-issuing departments resulted in "
               + S("65", "recommendations", "total", "2013") + " recommendations."),
        Bullet("The inspection regime and its findings are described at paragraphs 3.30 to 3.41."),
        Para("The sections that follow take each of these points in turn. The statutory framework is in "
             "Part I Chapter I of RIPA, and the safeguards in section 15 apply to all material obtained."),
    ])
    body_i = Page(printed="23", blocks=[
        Heading("3.3 Lawful Intercept Warrants", size=12, space_before=0),
        Para("3.21 In 2013 the Secretaries of State issued "
             + S("2,760", "interception.warrants.issued", "total", "2013") +
             " interception warrants, compared with "
             + S("3372", "interception.warrants.issued", "total", "2012") + " in 2012."),
        Para("3.22 A warrant may be issued only where the Secretary of State believes that it is necessary "
             "for one of the purposes in section 5(3) of RIPA and that the conduct is proportionate. The "
             "table at Annex A to this report lists the warrant-issuing departments."),
        Para("3.31 Inspection visits took place between 14 January and 12 December 2013. Following them, "
             "the agencies and departments received "
             + S("sixty-five", "recommendations", "total", "2013") +
             " recommendations in all, which are discussed at paragraphs 3.32 to 3.40."),
    ])
    pon_cd = Page(printed="44", blocks=[
        Heading("Section 4: Communications Data", size=14, space_before=0),
        Heading("Points of Note", size=12),
        Bullet("Public authorities were responsible for "
               + S("87.5%", "cd.errors.share", "public_authorities", "2013") +
               " of the communications data errors reported to my office, and CSPs for "
               + S("12.5%", "cd.errors.share", "csp", "2013") + "."),
        Bullet("Errors are reported under paragraph 6.22 of the Acquisition and Disclosure of "
               "Communications Data Code of Practice."),
        Bullet("The per-authority figures for 2013 are in the Annex on page 79."),
    ])
    body_cd = Page(printed="45", blocks=[
        Heading("4.6 Errors", size=12, space_before=0),
        Para("4.48 In 2013, " + S("970", "cd.errors", "total", "2013") +
             " communications data errors were reported to or found by my office."),
        Para("4.51 " + S("Seven", "errors.serious.determined", "total", "2013") +
             " of these were judged to be very serious errors, because the police acted on data that "
             "related to the wrong person. In several cases the error delayed a welfare check on a "
             "vulnerable person."),
        Para("4.52 Public authorities must report an error as soon as it is identified. Section 57(2)(b) of "
             "RIPA gives the Commissioner the function of keeping the acquisition of communications data "
             "under review."),
    ])
    annex = Page(printed="79", blocks=[
        Heading("Annex: Communications data notices and authorisations by public authority, 2013",
                size=12, space_before=0),
        Para("Figures are as returned by each authority for the period 1 January to 31 December 2013."),
        Table(rows=[
            ["Intelligence Agencies", "Notices and authorisations"],
            ["GCHQ", S("1,406", "cd.notices_authorisations", "gchq", "2013")],
            ["SIS (MI6)", S("672", "cd.notices_authorisations", "sis", "2013")],
            ["Security Service (MI5)", S("56,918", "cd.notices_authorisations", "security_service", "2013")],
            ["Grand Total", S("58,996", "cd.notices_authorisations", "total", "2013")],
        ], xs=[0, 330], align=["L", "R"], ruled=False, row_h=16, size=10.5),
        Para("Other public authorities made "
             + S("2,603", "cd.notices_authorisations", "other_public_authorities", "2013") +
             " notices and authorisations in 2013; the figure for each is given in the second part of this "
             "Annex."),
    ])
    return Doc(F, "2013 Annual Report of the Interception of Communications Commissioner",
               "Interception of Communications Commissioner's Office", "Annual report for 2013",
               "reportlab", "2013 Annual Report of the Interception of Communications Commissioner",
               [cover, pon_i, body_i, pon_cd, body_cd, annex], font="Times-Roman")


# =============================================================================================
# Document 4: IPCO Annual Report 2019

def doc_ipco_2019() -> Doc:
    F = "ipco-annual-report-2019.pdf"
    cover = Page(header=False, blocks=[
        Gap(130),
        Lines([("Annual Report of the", "b", 26, "L"),
               ("Investigatory Powers Commissioner", "b", 26, "L"),
               ("2019", "b", 26, "L")], gap=8),
        Gap(30),
        Lines([("Extracts: Chapters 18 and 19", "r", 11, "L")]),
        Gap(220),
        Lines([("Presented to Parliament pursuant to section 234(6) of the Investigatory Powers Act 2016", "r", 9, "L"),
               ("December 2020", "r", 9, "L")], gap=2),
    ])
    p2 = Page(printed="130", blocks=[
        Heading("Interception errors", size=13, space_before=0),
        PNum("18.11"),
        Para("Law enforcement agencies reported " + S("24", "interception.errors", "", "2019") +
             " relevant interception errors to me in 2019, the first full year in which the statutory "
             "definition of a relevant error applied to them."),
        PNum("18.12"),
        Para("There were " + S("no", "errors.serious.determined", "interception", "2019") +
             " serious interception errors in 2019, so no decision under section 231 about informing "
             "an affected person was needed."),
        PNum("18.13"),
        Para("A relevant error must be reported to me within ten working days of being identified, as "
             "paragraph 10.22 of the Interception Code of Practice requires."),
    ])
    p3 = Page(printed="136", blocks=[
        Heading("Serious errors", size=13, space_before=0),
        PNum("18.39"),
        Para("During 2019 I carried out " + S("18", "errors.serious.investigations", "", "2019") +
             " serious error investigations, and I determined that "
             + S("14", "errors.serious.determined", "total", "2019") +
             " of the cases were serious errors. Annex C summarises each case and Table 6 shows the causes."),
        PNum("18.40"),
        Para("In 2018 I determined " + S("eight", "errors.serious.determined", "total", "2018") +
             " serious errors. The cases for both years are described in the Annex C of the report concerned."),
        Box("Definition: determination",
            "the decision of the Commissioner, under section 231 of the Act, that an error is serious and "
            "that it is in the public interest for the person concerned to be told about it."),
    ])
    p4 = Page(printed="145", blocks=[
        Heading("19. Statistics", size=16, space_before=0),
        PNum("19.1"),
        Para("In 2019, " + S("200,665", "cd.requests.approved", "", "2019") +
             " requests for communications data were approved, a figure that includes requests made by "
             "the intelligence agencies."),
        PNum("19.3"),
        Para("Judicial Commissioners considered "
             + S("15", "cd.applications.journalistic_source", "", "2019") +
             " applications to identify a journalist\u2019s source under section 77 of the Act."),
        PNum("19.4"),
        Para(S("1,063", "cd.errors", "total", "2019") +
             " communications data errors were reported to IPCO in 2019, as set out in Chapter 18."),
        PNum("19.5"),
        Para("Law enforcement agencies made " + S("1,866", "chis.authorisations", "law_enforcement", "2019") +
             " CHIS authorisations in 2019, continuing the decline seen since 2017 ("
             + S("1,958", "chis.authorisations", "law_enforcement", "2018") + " in 2018)."),
        PNum("19.6"),
        Para("Wider public authorities, leaving aside local councils and law enforcement, granted "
             + S("11", "chis.authorisations", "other_public_authorities", "2019") + " CHIS authorisations."),
    ])
    p5 = Page(printed="151", blocks=[
        PNum("19.20"),
        Para("Local authorities obtained communications data of three kinds in 2019. The table below gives "
             "the items by communications type; Annex D lists each local authority separately."),
        Table(rows=[
            ["Communications type", "Items"],
            ["Telephony related data", S("1,191", "cd.items.comms_type", "telephony", "2019")],
            ["Internet related data", S("164", "cd.items.comms_type", "internet", "2019")],
            ["Postal related data", S("24", "cd.items.comms_type", "postal", "2019")],
        ], xs=[0, 250], align=["L", "R"], ruled=False, row_h=16,
            caption="Table 11: Items of communications data obtained by local authorities, by communications "
                    "type, 2019"),
        PNum("19.21"),
        Para("Since 1 November 2012 a local authority has needed the approval of a magistrate before "
             "acquiring communications data, and since 2019 applications have also passed through OCDA."),
    ])
    return Doc(F, "Annual Report of the Investigatory Powers Commissioner 2019 (extracts)",
               "Investigatory Powers Commissioner's Office", "Errors and statistics chapters", "reportlab",
               "Investigatory Powers Commissioner\u2019s Annual Report 2019", [cover, p2, p3, p4, p5],
               number_style="top_left")


# =============================================================================================
# Document 5: ICO annual report extracts (fpdf2)

def doc_ico() -> Doc:
    F = "ico-annual-report-extracts.pdf"
    p1 = Page(printed="32", blocks=[
        Heading("Information Commissioner\u2019s Annual Report and Financial Statements 2020/21", size=15, space_before=0),
        Heading("Enforcement", size=12),
        Para("We issued a fine of " + S("£20m", "ico.fines", "british_airways", "2020-04/2021-03") +
             " to British Airways after a cyber incident in 2018 exposed the personal data of its customers."),
        Para("Marriott International was fined " + S("£18.4m", "ico.fines", "marriott", "2020-04/2021-03") +
             " for failing to keep the personal data of hotel guests secure."),
        Para("Both penalties were set under Article 83 of the UK GDPR and section 155 of the Data Protection "
             "Act 2018, and took account of the economic effects of the pandemic on each company."),
        Para("Anyone who has a concern about how their information is handled can call our helpline on "
             "0303 123 1113, Monday to Friday, 9am to 5pm."),
    ])
    p2 = Page(printed="41", blocks=[
        Heading("Information Commissioner\u2019s Annual Report and Financial Statements 2022/23", size=15, space_before=0),
        Heading("Regulatory action", size=12),
        Para("We fined Clearview AI Inc " + S("£7.5m", "ico.fines", "clearview", "2022-04/2023-03") +
             " for collecting images of people from the internet to build an online facial recognition "
             "database."),
        Para("Interserve Group was fined " + S("£4.4m", "ico.fines", "interserve", "2022-04/2023-03") +
             " after a cyber-attack gave access to the personal data of its staff."),
        Para("The penalty of " + S("£500,000", "ico.fines", "cabinet_office", "2021-04/2022-03") +
             " issued to the Cabinet Office in December 2021, after addresses were published online in error, "
             "was reduced to " + S("£50,000", "ico.fines", "cabinet_office", "2022-04/2023-03") +
             " on appeal in November 2022."),
        Para("Penalty notices are issued under section 155 of the Data Protection Act 2018. Our offices are at "
             "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    ])
    p3 = Page(printed="42", blocks=[
        Heading("Monetary penalties issued in 2022/23 (selected)", size=12, space_before=0),
        Table(rows=[
            ["Organisation", "Penalty", "Legislation"],
            ["Clearview AI Inc", S("£7.5m", "ico.fines", "clearview", "2022-04/2023-03"), "UK GDPR Article 83"],
            ["Interserve Group Ltd", S("£4.4m", "ico.fines", "interserve", "2022-04/2023-03"), "UK GDPR Article 83"],
        ], xs=[0, 190, 290, 483], align=["L", "R", "L"], ruled=True, size=10, row_h=20,
            caption="Penalties are shown as issued; figures are rounded to the nearest £0.1m."),
        Para("Further detail on each case is published on our website, ico.org.uk, under reference "
             "numbers beginning ENF. The helpline number is 0303 123 1113."),
    ])
    return Doc(F, "Information Commissioner's Annual Report extracts 2020/21 and 2022/23",
               "Information Commissioner's Office", "Enforcement extracts", "fpdf2",
               "ICO Annual Report and Financial Statements (extracts)", [p1, p2, p3], date=(2023, 7, 13))


# =============================================================================================
# Document 6: police force FOI response letter (fpdf2)

def doc_foi() -> Doc:
    F = "foi/police-foi-response-2025-01234.pdf"
    companies = ["Vodafone", "EE", "O2 (Telefonica)", "Three", "BT", "Virgin Media"]
    p1 = Page(header=False, blocks=[
        Lines([("Northbridge Police", "b", 16, "L"),
               ("Information Rights Unit, Police Headquarters, Kings Road, Northbridge NB3 7QT", "r", 9, "L"),
               ("Telephone 01632 960418   Email foi@northbridge-police.example", "r", 9, "L")], gap=1),
        Gap(16),
        Lines([("Our reference: FOI 2025/01234", "r", 10, "L"), ("Date: 14 March 2026", "r", 10, "L")], gap=1),
        Gap(10),
        Para("Dear Requester,"),
        Para("Thank you for your request for information, which we received on 12 February 2026 and have "
             "handled under the Freedom of Information Act 2000."),
        Para("You asked: \u201cPlease tell me how many requests for communications data your force made to "
             "each telecommunications company in each of the last two calendar years.\u201d", italic=True),
        Para("Our response is set out in Table 1. The figures for LycaMobile are disclosed. The figures for "
             "the other companies are withheld under section 31(1)(a) and (b), as explained overleaf."),
        Table(rows=[
            ["Telecommunications company", "2024", "2025"],
            ["LycaMobile", S("15,702", "cd.requests.company", "lycamobile", "2024"),
             S("93,527", "cd.requests.company", "lycamobile", "2025")],
        ] + [[name, "Exempt \u2013 s.31", "Exempt \u2013 s.31"] for name in companies],
            xs=[0, 220, 352, 483], align=["L", "R", "R"], ruled=True, size=10, row_h=18,
            caption="Table 1: Requests for communications data made to telecommunications companies, by "
                    "calendar year", caption_above=True),
    ])
    p2 = Page(printed="Page 2 of 2", header=False, blocks=[
        Lines([("FOI 2025/01234", "b", 10, "L")]),
        Gap(6),
        Heading("Reasons for withholding information", size=12, space_before=0),
        Para("This letter is a refusal notice under section 17 of the Freedom of Information Act 2000 for the "
             "figures we have withheld. Section 31(1)(a) and (b) exempt information whose disclosure would, "
             "or would be likely to, prejudice the prevention or detection of crime and the apprehension or "
             "prosecution of offenders."),
        Para("Releasing the figures for the telecommunications provider LycaMobile ("
             + S("15,702", "cd.requests.company", "lycamobile", "2024") + " requests in 2024 and "
             + S("93,527", "cd.requests.company", "lycamobile", "2025") +
             " in 2025) has been judged not to cause that prejudice, because a single provider\u2019s total "
             "does not on its own reveal the force\u2019s investigative methods."),
        Para("Section 31 is a qualified exemption, and we have weighed the public interest in openness "
             "against the harm to law enforcement. On balance the public interest favours withholding the "
             "remaining figures."),
        Heading("Your right to complain", size=12),
        Para("If you are unhappy with this response you may ask for an internal review within 40 working "
             "days of the date of this letter. If you remain dissatisfied you may complain to the Information "
             "Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone "
             "0303 123 1113."),
        Gap(6),
        Para("Yours sincerely,"),
        Lines([("Information Rights Officer", "b", 10, "L"), ("Northbridge Police", "r", 10, "L")], gap=1),
    ])
    return Doc(F, "Freedom of Information response FOI 2025/01234", "Northbridge Police",
               "Requests for communications data by telecommunications company", "fpdf2", "",
               [p1, p2], date=(2026, 3, 14))


# =============================================================================================
# Document 7: IPCO Annual Report 2024 headline statement (two pages)

def doc_ipco_2024() -> Doc:
    F = "ipco-annual-report-2024-statement.pdf"
    p1 = Page(printed="1", blocks=[
        Heading("Written statement: Annual Report of the Investigatory Powers Commissioner 2024",
                size=15, space_before=0),
        Para("December 2025", italic=True),
        Para("The Investigatory Powers Commissioner\u2019s report for 2024 has today been laid before "
             "Parliament under section 234(6) of the Investigatory Powers Act 2016. Section 234(7) allows "
             "material to be excluded from the published version where that is necessary."),
        Para("The Commissioner provides independent oversight of the use of investigatory powers by over "
             + S("600", "context.public_authorities", "", "2024", q="over") +
             " public authorities, including law enforcement agencies, the intelligence agencies, local "
             "authorities and prisons. The Office for Communications Data Authorisations merged into IPCO "
             "in March 2024."),
        Heading("Sensitive professions and journalistic sources", size=12),
        Para("The report records applications for communications data concerning people in sensitive "
             "professions in 2024: " + S("219", "cd.applications.sensitive_profession", "lawyer", "2024") +
             " applications related to lawyers and "
             + S("157", "cd.applications.sensitive_profession", "journalist", "2024") + " to journalists."),
        Para("In addition, " + S("106", "cd.applications.journalistic_source", "", "2024") +
             " applications were made in 2024 to identify a journalist\u2019s source, each of which needed "
             "the approval of a Judicial Commissioner under section 77 of the 2016 Act."),
    ])
    p2 = Page(printed="2", blocks=[
        Heading("Inspections", size=12, space_before=0),
        Para("IPCO\u2019s two previous reports recorded " + S("380", "inspections", "total", "2022") +
             " inspections in 2022 and " + S("386", "inspections", "total", "2023") +
             " inspections in 2023, across law enforcement, the intelligence agencies and the wider public "
             "sector."),
        Heading("Errors", size=12),
        Para("The report for 2021 was the first since IPCO began reporting in which "
             + S("no", "errors.serious.determined", "total", "2021") +
             " serious errors were determined. Chapter 4 of the 2024 report describes the errors reported "
             "during the year."),
        Para("Copies of the report are available from the Vote Office and on the IPCO website."),
    ])
    return Doc(F, "Annual Report of the Investigatory Powers Commissioner 2024: written statement",
               "Investigatory Powers Commissioner's Office", "Headline figures", "reportlab",
               "Annual Report of the Investigatory Powers Commissioner 2024 \u2013 written statement", [p1, p2])


# =============================================================================================
# Chromium renderer: HTML written here, printed to PDF by headless Chromium (Skia/PDF producer)

@dataclass
class Bars:
    """Horizontal bar chart: each row is label, bar, value on one baseline; axis ticks below."""
    rows: list          # (label, value template, bar length 0..1)
    caption: str
    ticks: list         # axis tick labels (distractors)
    legend: str = ""


@dataclass
class Columns:
    """Vertical bar chart whose value labels float above bars, detached from the year labels."""
    bars: list          # (value template, height 0..1)
    labels: list        # x-axis labels (years)
    ticks: list         # y-axis ticks (distractors)
    caption: str


@dataclass
class Legend:
    """Pie chart with a legend; each legend item may carry its value. split=True puts the
    percentage on the line below the label (older IOCCO pies)."""
    items: list         # (label template, fraction, colour)
    caption: str
    split: bool = False
    caption_above: bool = True


@dataclass
class Raw:
    """Literal HTML without statistics (addresses, signatures, rules)."""
    html: str


@dataclass
class HTable:
    """HTML table. rows: list of rows of cells; a cell is a template string or (template, attrs).
    header_rows rows are <th>. label_col: the cell whose text names the row (quote check uses
    each cell separately, so a wrapped label may come out after its numbers)."""
    rows: list
    header_rows: int = 1
    caption: str = ""
    caption_above: bool = True
    cls: str = "ruled"
    bold_rows: tuple = ()
    widths: Optional[list] = None


HTML_STYLES = {
    "report": """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.38; color: #111; }
h1 { font-size: 20pt; margin: 0 0 8pt 0; color: #1d3a6b; }
h2 { font-size: 14pt; margin: 10pt 0 6pt 0; color: #1d3a6b; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt 0; }
.pnum { font-weight: bold; color: #1d3a6b; margin-top: 6pt; }
""",
    "serif": """
body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.4; color: #000; }
h1 { font-size: 17pt; margin: 0 0 8pt 0; text-align: center; }
h2 { font-size: 13pt; margin: 10pt 0 6pt 0; }
h3 { font-size: 11pt; margin: 8pt 0 4pt 0; font-style: italic; }
.pnum { font-weight: bold; }
""",
    "news": """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.45; color: #222; }
h1 { font-size: 18pt; margin: 0 0 6pt 0; }
h2 { font-size: 12.5pt; margin: 10pt 0 4pt 0; text-transform: uppercase; letter-spacing: 0.5pt; }
h3 { font-size: 11pt; margin: 8pt 0 4pt 0; }
.pnum { font-weight: bold; }
""",
}
HTML_BASE = """
@page { size: A4; margin: 0; }
* { font-variant-ligatures: none; }
html, body { margin: 0; padding: 0; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; page-break-after: always;
        box-sizing: border-box; padding: 24mm 22mm 24mm 22mm; }
.page:last-child { page-break-after: auto; }
.rh { position: absolute; top: 10mm; left: 22mm; right: 22mm; font-size: 8pt; color: #555;
      border-bottom: 0.5pt solid #999; padding-bottom: 2pt; }
.pn { position: absolute; bottom: 11mm; left: 22mm; right: 22mm; font-size: 8.5pt; color: #444; }
.pn.c { text-align: center; } .pn.r { text-align: right; }
.fn { position: absolute; bottom: 17mm; left: 22mm; right: 22mm; font-size: 7pt; color: #333;
      border-top: 0.5pt solid #777; padding-top: 2pt; }
.fn p { margin: 0 0 1pt 0; }
sup.m { font-size: 5pt; vertical-align: 4pt; line-height: 0; }
p { margin: 0 0 7pt 0; }
ul { margin: 2pt 0 7pt 0; padding-left: 16pt; } li { margin-bottom: 3pt; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 9.5pt; }
table.ruled td, table.ruled th { border: 0.6pt solid #555; padding: 2.5pt 6pt; }
table.plain td, table.plain th { padding: 2pt 10pt 2pt 0; }
table.plain tr.hd th { border-bottom: 0.8pt solid #000; }
th { text-align: left; vertical-align: bottom; background: #e6e9ef; }
table.plain th { background: none; }
td.n, th.n { text-align: right; }
td.lab { width: 190pt; }
.cap { font-size: 8.5pt; font-style: italic; margin: 2pt 0 6pt 0; }
.cols { display: flex; gap: 18pt; } .cols > div { flex: 1 1 0; min-width: 0; }
.box { border: 0.8pt solid #1d3a6b; background: #eef2f8; padding: 6pt 9pt; margin: 6pt 0 8pt 0; }
.chart { margin: 4pt 0 8pt 0; }
.bars { font-size: 9pt; } .bars .row { display: flex; align-items: center; height: 17pt; }
.bars .lab { width: 150pt; } .bars .bar { height: 9pt; background: #5b7fb5; margin-right: 5pt; }
.axis { display: flex; justify-content: space-between; margin-left: 150pt; width: 250pt; font-size: 7.5pt;
        color: #444; border-top: 0.6pt solid #444; padding-top: 1pt; }
.lg { font-size: 9pt; } .lg .it { margin: 2pt 0; } .sw { display: inline-block; width: 8pt; height: 8pt;
      margin-right: 5pt; vertical-align: -1pt; }
.letter p { margin-bottom: 8pt; }
"""


def _cell(c):
    return (c, "") if isinstance(c, str) else (c[0], c[1])


def html_expand(template: str) -> tuple[str, str, list]:
    """Like expand(), with HTML superscript markers; the template may hold HTML tags."""
    def sub(m):
        st = STATS[int(m.group(1))]
        out = html.escape(st.printed, quote=False)
        if st.sup:
            out += f'<sup class="m">{st.sup}</sup>'
        return out
    _, plain, hits = expand(template)
    return PH_RE.sub(sub, template), plain, hits


def _pie_svg(items, r=48) -> str:
    import math
    parts, ang = [], -math.pi / 2
    for _, frac, colour in items:
        a2 = ang + 2 * math.pi * frac
        x1, y1 = r + r * math.cos(ang), r + r * math.sin(ang)
        x2, y2 = r + r * math.cos(a2), r + r * math.sin(a2)
        large = 1 if frac > 0.5 else 0
        if frac >= 0.999:
            parts.append(f'<circle cx="{r}" cy="{r}" r="{r}" fill="{colour}"/>')
        elif frac > 0:
            parts.append(f'<path d="M{r},{r} L{x1:.2f},{y1:.2f} A{r},{r} 0 {large} 1 {x2:.2f},{y2:.2f} Z" '
                         f'fill="{colour}" stroke="#fff" stroke-width="0.8"/>')
        ang = a2
    return f'<svg width="{2*r}" height="{2*r}" viewBox="0 0 {2*r} {2*r}">{"".join(parts)}</svg>'


def html_block(doc: Doc, n: int, b) -> str:
    d = doc.filename
    if isinstance(b, KeyPie):
        return keypie_html(doc, n, b)
    if isinstance(b, Gap):
        return f'<div style="height:{b.h}pt"></div>'
    if isinstance(b, Raw):
        return b.html
    if isinstance(b, Heading):
        tag = "h1" if b.size >= 16 else ("h2" if b.size >= 12.5 else "h3")
        mk, plain, hits = html_expand(b.text)
        for st, a0, a1 in hits:
            record(d, n, st, "sentence", sentence_quote(plain, a0, a1))
        return f"<{tag}>{mk}</{tag}>"
    if isinstance(b, PNum):
        return f'<div class="pnum">{html.escape(b.text)}</div>'
    if isinstance(b, (Para, Bullet)):
        lead = b.lead if isinstance(b, Para) else None
        mk, plain, hits = html_expand(b.text)
        full = (lead + " " if lead else "") + plain
        off = len(lead) + 1 if lead else 0
        method = "list" if isinstance(b, Bullet) else "sentence"
        for st, a0, a1 in hits:
            record(d, n, st, method, sentence_quote(full, a0 + off, a1 + off))
        inner = (f"<b>{html.escape(lead)}</b> " if lead else "") + mk
        if isinstance(b, Bullet):
            return f"<ul><li>{inner}</li></ul>"
        style = ' style="font-style:italic"' if isinstance(b, Para) and b.italic else ""
        return f"<p{style}>{inner}</p>"
    if isinstance(b, Lines):
        out = []
        for text, font, size, align in b.lines:
            mk, plain, hits = html_expand(text)
            for st, a0, a1 in hits:
                record(d, n, st, "sentence", sentence_quote(plain, a0, a1))
            w = "bold" if font == "b" else "normal"
            fs = "italic" if font == "i" else "normal"
            al = {"L": "left", "C": "center", "R": "right"}[align]
            out.append(f'<div style="font-size:{size}pt;font-weight:{w};font-style:{fs};text-align:{al};'
                       f'margin-bottom:{b.gap}pt">{mk or "&nbsp;"}</div>')
        return "".join(out)
    if isinstance(b, Box):
        mk, plain, hits = html_expand(b.text)
        full = b.title + " " + plain
        for st, a0, a1 in hits:
            record(d, n, st, "sentence", sentence_quote(full, a0 + len(b.title) + 1, a1 + len(b.title) + 1))
        return f'<div class="box"><b>{html.escape(b.title)}</b> {mk}</div>'
    if isinstance(b, HTable):
        rows_html = []
        for i, row in enumerate(b.rows):
            cells, plains, hits_all = [], [], []
            head = i < b.header_rows
            for c in row:
                tmpl, attrs = _cell(c)
                mk, plain, hits = html_expand(tmpl)
                plains.append(re.sub(r"\s+", " ", plain_of(tmpl.replace("<br>", " "))
                                     if not hits else plain).strip())
                hits_all.extend(hits)
                tag = "th" if head else "td"
                cells.append(f"<{tag} {attrs}>{mk}</{tag}>")
            quote = " ".join(p for p in plains if p)
            for st, _, _ in hits_all:
                record(d, n, st, "table", quote, checks=["~" + p for p in plains if p])
            bold = ' style="font-weight:bold"' if i in b.bold_rows else ""
            cls = ' class="hd"' if head else ""
            rows_html.append(f"<tr{cls}{bold}>{''.join(cells)}</tr>")
        cap = f'<div class="cap">{html.escape(b.caption)}</div>' if b.caption else ""
        cols = ""
        if b.widths:
            cols = "<colgroup>" + "".join(f'<col style="width:{w}pt">' for w in b.widths) + "</colgroup>"
        t = f'<table class="{b.cls}">{cols}{"".join(rows_html)}</table>'
        return (cap + t) if b.caption_above else (t + cap)
    if isinstance(b, Bars):
        rows = []
        for label, tmpl, frac in b.rows:
            mk, plain, hits = html_expand(tmpl)
            for st, _, _ in hits:
                record(d, n, st, "chart", f"{label} {plain}", checks=[f"{label} {plain}"])
            rows.append(f'<div class="row"><div class="lab">{html.escape(label)}</div>'
                        f'<div class="bar" style="width:{frac*240:.1f}pt"></div><div>{mk}</div></div>')
        ticks = "".join(f"<span>{html.escape(t)}</span>" for t in b.ticks)
        return (f'<div class="chart bars"><div class="cap" style="font-style:normal;font-weight:bold">'
                f'{html.escape(b.caption)}</div>{"".join(rows)}<div class="axis">{ticks}</div>'
                + (f'<div class="cap">{html.escape(b.legend)}</div>' if b.legend else "") + "</div>")
    if isinstance(b, Columns):
        H_, W_ = 150, 300
        nb = len(b.bars)
        parts = [f'<line x1="40" y1="{H_}" x2="{W_}" y2="{H_}" stroke="#333" stroke-width="0.6"/>']
        for k, t in enumerate(b.ticks):
            y = H_ - k * (H_ - 10) / (len(b.ticks) - 1)
            parts.append(f'<text x="34" y="{y+3:.1f}" font-size="9" text-anchor="end" '
                         f'font-family="Liberation Sans">{html.escape(t)}</text>')
        slot = (W_ - 50) / nb
        for k, (tmpl, h) in enumerate(b.bars):
            _, plain, hits = html_expand(tmpl)
            for st, _, _ in hits:
                record(d, n, st, "chart", plain, checks=[plain, b.labels[k]])
            x = 50 + k * slot + slot * 0.2
            bh = h * (H_ - 10)
            parts.append(f'<rect x="{x:.1f}" y="{H_-bh:.1f}" width="{slot*0.6:.1f}" height="{bh:.1f}" fill="#7a93c0"/>')
            parts.append(f'<text x="{x+slot*0.3:.1f}" y="{H_-bh-4:.1f}" font-size="10.5" text-anchor="middle" '
                         f'font-family="Liberation Sans">{html.escape(plain)}</text>')
            parts.append(f'<text x="{x+slot*0.3:.1f}" y="{H_+12}" font-size="10.5" text-anchor="middle" '
                         f'font-family="Liberation Sans">{html.escape(b.labels[k])}</text>')
        svg = f'<svg width="{W_}" height="{H_+16}" viewBox="0 0 {W_} {H_+16}">{"".join(parts)}</svg>'
        return f'<div class="chart">{svg}<div class="cap">{html.escape(b.caption)}</div></div>'
    if isinstance(b, Legend):
        items = []
        for tmpl, _, colour in b.items:
            mk, plain, hits = html_expand(tmpl)
            if b.split and hits:
                label = plain[:hits[0][1]].strip()
                val = plain[hits[0][1]:].strip()
                mk_label, mk_val = html.escape(label), html.escape(val)
                for st, _, _ in hits:
                    record(d, n, st, "chart", f"{label} {val}", checks=[label, val])
                items.append(f'<div class="it"><span class="sw" style="background:{colour}"></span>{mk_label}'
                             f'<div style="margin-left:13pt">{mk_val}</div></div>')
            else:
                for st, _, _ in hits:
                    record(d, n, st, "chart", plain)
                items.append(f'<div class="it"><span class="sw" style="background:{colour}"></span>{mk}</div>')
        cap = f'<div class="cap">{html.escape(b.caption)}</div>'
        body = (f'<div style="display:flex;gap:24pt;align-items:center">{_pie_svg(b.items)}'
                f'<div class="lg">{"".join(items)}</div></div>')
        return f'<div class="chart">{cap + body if b.caption_above else body + cap}</div>'
    raise TypeError(b)


def render_chromium(doc: Doc) -> None:
    import shutil
    import subprocess
    import tempfile

    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise RuntimeError("headless Chromium is needed to generate " + doc.filename)
    pages_html = []
    for i, page in enumerate(doc.pages, start=1):
        body = []
        if page.header and doc.header:
            body.append(f'<div class="rh">{html.escape(doc.header)}</div>')
        body.extend(html_block(doc, i, b) for b in page.blocks)
        if page.columns:
            cols = []
            for col in page.columns:
                cols.append("<div>" + "".join(html_block(doc, i, b) for b in col) + "</div>")
            body.append('<div class="cols">' + "".join(cols) + "</div>")
            REGIONS[(doc.filename, i)] = [(0, 0, 297, 841), (297, 0, 594, 841)]
        if page.footnotes:
            body.append('<div class="fn">' + "".join(f"<p>{html.escape(f)}</p>" for f in page.footnotes)
                        + "</div>")
        if page.printed:
            pos = {"foot": "c", "foot_url": "", "top_left": "r"}.get(doc.number_style, "c")
            txt = html.escape(page.printed)
            if doc.number_style == "foot_url":
                txt += f'<span style="float:right">{html.escape(doc.url)}</span>'
            body.append(f'<div class="pn {pos}">{txt}</div>')
        pages_html.append('<div class="page">' + "".join(body) + "</div>")
    src = ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
           f"<title>{html.escape(doc.title)}</title><meta name=\"author\" content=\"{html.escape(doc.author)}\">"
           f"<style>{HTML_BASE}{HTML_STYLES[doc.style]}</style></head><body>"
           + "".join(pages_html) + "</body></html>")
    path = HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        hp = Path(tmp) / "doc.html"
        hp.write_text(src, encoding="utf-8")
        out = Path(tmp) / "doc.pdf"
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--user-data-dir=" + str(Path(tmp) / "profile"),
                        f"--print-to-pdf={out}", hp.as_uri()],
                       check=True, capture_output=True, timeout=180)
        data = out.read_bytes()
    # Chromium stamps the wall-clock time; replace it (same length, so xref offsets hold)
    stamp = "D:%04d%02d%02d000000+00'00'" % doc.date
    data = re.sub(rb"D:\d{14}[+\-Z][0-9']*", stamp.encode(), data)
    path.write_bytes(data)


# =============================================================================================
# Verification

def verify(docs: list[Doc]) -> list[str]:
    import pdfplumber

    problems = []
    texts: dict = {}
    for d in docs:
        with pdfplumber.open(HERE / d.part / d.filename) as pdf:
            if pdf.metadata.get("Title") != d.title:
                problems.append(f"{d.filename}: Title metadata {pdf.metadata.get('Title')!r}")
            if len(pdf.pages) != len(d.pages):
                problems.append(f"{d.filename}: {len(pdf.pages)} PDF pages, {len(d.pages)} expected")
            for n, page in enumerate(pdf.pages, start=1):
                # superscript footnote markers (smaller than 6 pt) are left out, as the pipeline does
                body = page.filter(lambda o: o.get("object_type") != "char" or o.get("size", 10) >= 6)
                variants = [body.extract_text() or ""]
                for bbox in REGIONS.get((d.filename, n), []):
                    variants.append(body.crop(bbox).extract_text() or "")
                texts[(d.filename, n)] = [re.sub(r"\s+", " ", v) for v in variants]
    for g in GOLD:
        vs = texts.get((g["document"], g["page"]))
        if vs is None:
            problems.append(f"no page {g['page']} in {g['document']}")
            continue
        printed = g["_printed"]
        if is_words(printed):
            pat = re.compile(r"(?i)\b" + re.escape(printed) + r"\b")
        else:
            pat = re.compile(r"(?<![\d.,])" + re.escape(printed) + r"(?![\d])")
        if not any(pat.search(v) for v in vs):
            problems.append(f"{g['document']} p{g['page']}: printed value {printed!r} not found")
        for chk in g["_checks"]:
            if chk.startswith("~"):
                # a table cell: its words in order, possibly with other cells' text between
                # (a wrapped row label can come out around the numbers of its row)
                words = chk[1:].split()
                rx = re.compile(r"\s(?:\S+\s){0,8}?".join(re.escape(w) for w in words))
                if not any(rx.search(v) for v in vs):
                    problems.append(f"{g['document']} p{g['page']}: table cell not found: {chk[1:]!r}")
                continue
            if not any(chk in v for v in vs):
                problems.append(f"{g['document']} p{g['page']}: quote not found: {chk!r}")
        if not pat.search(g["quote"]):
            problems.append(f"{g['document']} p{g['page']}: quote lacks the value: {g['quote']!r}")
    return problems


RENDERERS = {"reportlab": lambda d: render_reportlab(d), "fpdf2": lambda d: render_fpdf(d),
             "chromium": lambda d: render_chromium(d)}


def main() -> int:
    docs = []
    for build in all_docs_builders():
        d = build()
        CURRENT_PART[0] = d.part
        RENDERERS[d.producer](d)
        docs.append(d)
    unused = [s for s in STATS if not s.used]
    if unused:
        raise RuntimeError(f"statistics registered but never drawn: {[s.printed for s in unused]}")

    for part in PARTS:
        (HERE / part).mkdir(parents=True, exist_ok=True)
        with open(HERE / part / "gold.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=GOLD_COLUMNS, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            for row in GOLD:
                if row["_part"] == part:
                    w.writerow(row)

    problems = verify(docs)
    for part in PARTS:
        rows = [g for g in GOLD if g["_part"] == part]
        pdocs = [d for d in docs if d.part == part]
        by_doc: dict = {}
        by_method: dict = {}
        for g in rows:
            by_doc[g["document"]] = by_doc.get(g["document"], 0) + 1
            by_method[g["method"]] = by_method.get(g["method"], 0) + 1
        print(f"{part}: wrote {len(pdocs)} PDFs and {len(rows)} gold rows to {HERE / part}")
        for d in pdocs:
            print(f"  {by_doc.get(d.filename, 0):4d}  {d.filename}  ({d.producer})")
        print("  by method: " + ", ".join(f"{k} {v}" for k, v in sorted(by_method.items())))
        quals = [g["qualifier"] for g in rows if g["qualifier"]]
        print(f"  with a qualifier: {len(quals)}")
    if DUPLICATES:
        print(f"{len(DUPLICATES)} repeated statistic(s) on the same page merged into one gold row")
    if problems:
        print("SELF-CHECK FAILED:")
        for p in problems:
            print("  " + p)
        return 1
    print("self-check passed: every gold value and quote found on its page")
    return 0


# =============================================================================================
# Development part, documents 8-10

def doc_ipco_2017() -> Doc:
    F = "ipco-annual-report-2017.pdf"
    cover = Page(header=False, blocks=[
        Gap(110),
        Lines([("Annual Report of the", "b", 26, "L"), ("Investigatory Powers", "b", 26, "L"),
               ("Commissioner 2017", "b", 26, "L")], gap=8),
        Gap(24),
        Lines([("Extracts: statistics at a glance, Chapters 4, 5, 8 and 10", "r", 11, "L")]),
        Gap(210),
        Lines([("Ordered by the House of Commons to be printed 31 January 2019", "r", 9, "L"),
               ("Presented to Parliament pursuant to section 234(6) of the Investigatory Powers Act 2016", "r", 9, "L"),
               ("January 2019", "r", 9, "L")], gap=2),
    ])
    glance = Page(printed="4", blocks=[
        Heading("Statistics at a glance", size=16, space_before=0),
        Para("The table compares the main figures for 2017 with those published for 2016. Figures for the "
             "surveillance powers cover the nine months from 1 April 2017, when IPCO took over that oversight; "
             "they are not comparable with a full year and are shown with a dash where no figure exists."),
        Table(rows=[
            ["", "2017", "2016"],
            ["Interception warrants issued", S("3,535", "interception.warrants.issued", "total", "2017"),
             S("3,007", "interception.warrants.issued", "total", "2016")],
            ["Items of communications data acquired", S("757,977", "cd.items", "total", "2017"),
             S("754,559", "cd.items", "total", "2016")],
            ["Communications data errors", S("926", "cd.errors", "total", "2017"),
             S("1,101", "cd.errors", "total", "2016")],
            ["Serious error investigations", S("33", "errors.serious.investigations", "", "2017"),
             S("29", "errors.serious.investigations", "", "2016")],
            ["Errors determined to be serious", S("24", "errors.serious.determined", "total", "2017"), "\u2013"],
            ["Intrusive surveillance authorisations (1 April to 31 December)",
             S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"), "\u2013"],
            ["Property interference authorisations (1 April to 31 December)",
             S("1,453", "property_interference.authorisations", "", "2017-04/2017-12"), "\u2013"],
        ], xs=[0, 380, 460], align=["L", "R", "R"], ruled=True, row_h=17, size=9,
            caption="Table 1: Headline statistics, 2017 and 2016. Sources: Chapters 4, 5, 8 and 10 of this "
                    "report and the IOCCO report for 2016, published in July 2017."),
        Para("Chapter 3 explains how IPCO was formed on 1 September 2017 from three predecessor bodies, and "
             "Annex A lists the public authorities within its remit by sector."),
    ])
    ch4 = Page(printed="38", blocks=[
        Heading("4. Law enforcement agencies: covert surveillance", size=15, space_before=0),
        PNum("4.8"),
        Para("Between 1 April and 31 December 2017 law enforcement agencies were granted "
             + S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") +
             " intrusive surveillance authorisations (" +
             S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") +
             " as an annualised figure). Intrusive surveillance is authorised under section 32 of RIPA and "
             "needs the prior approval of a Judicial Commissioner except in urgent cases."),
        PNum("4.9"),
        Para("For comparison, law enforcement agencies granted "
             + S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03") +
             " directed surveillance authorisations in the OSC\u2019s reporting year 2016-17, and "
             + S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
             " directed surveillance authorisations were extant on 31 March 2017."),
        PNum("4.10"),
        Para("Paragraph 3.29 of the Covert Surveillance and Property Interference Code of Practice (2018) "
             "sets out the reviews that an authorising officer must carry out at intervals of no more than "
             "one month."),
    ])
    ch5 = Page(printed="39", blocks=[
        Heading("5. Property interference and intrusive surveillance", size=15, space_before=0),
        Table(rows=[
            ["", "01/04/17\u2013", "\u2018Annualised", "Extant on"],
            ["Power", "31/12/17", "figure\u2019", "31/12/17"],
            ["Intrusive surveillance", S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"),
             S("248", "intrusive_surveillance.authorisations.annualised", "", "2017"), "\u2013"],
            ["Property interference", S("1,453", "property_interference.authorisations", "", "2017-04/2017-12"),
             S("1,937", "property_interference.authorisations.annualised", "", "2017"), "\u2013"],
        ], xs=[0, 250, 340, 430], align=["L", "R", "R", "R"], ruled=False, header_rows=2, row_h=15,
            caption="Table 4: Authorisations granted to law enforcement agencies under Part III of the Police "
                    "Act 1997 and Part II of RIPA, 2017"),
        PNum("5.6"),
        Para("In the nine months from 1 April 2017, " +
             S("1,453", "property_interference.authorisations", "", "2017-04/2017-12") +
             " property interference authorisations were granted under Part III of the Police Act 1997; "
             "annualised, that is " +
             S("1,937", "property_interference.authorisations.annualised", "", "2017") +
             ", against " + S("1,842", "property_interference.authorisations", "", "2016-04/2017-03") +
             " in the OSC\u2019s 2016-17 year."),
        PNum("5.7"),
        Para("Section 93 of the 1997 Act sets the tests of necessity and proportionality; schedule 7 to the "
             "2016 Act amends the relevant code."),
    ])
    ch8 = Page(printed="52", blocks=[
        Heading("8. Communications data", size=15, space_before=0),
        PNum("8.15"),
        Para(S("757,977", "cd.items", "total", "2017") +
             " items of communications data were acquired in 2017, similar to 2016 ("
             + S("754,559", "cd.items", "total", "2016") + " items) and 2015 ("
             + S("761,702", "cd.items", "total", "2015") + " items)."),
        Pie(slices=[("Law enforcement \u2013 " + S("700,282", "cd.items", "law_enforcement", "2017") + " ("
                     + S("92.6%", "cd.items.share", "law_enforcement", "2017") + ")", 0.926, 0.3),
                    ("Intelligence agencies", 0.05, 0.55),
                    ("Local authorities and other public authorities", 0.024, 0.8)],
            caption="Fig. 8 Items of data by public authority type, 2017", radius=42),
        PNum("8.40"),
        Para(S("926", "cd.errors", "total", "2017") +
             " communications data errors were reported to us in 2017. SPoCs were responsible for "
             + S("43.6%", "cd.errors.share", "spoc", "2017") + " of them, a similar proportion to 2016."),
    ])
    ch10 = Page(printed="71", blocks=[
        Heading("10. Interception", size=15, space_before=0),
        PNum("10.13"),
        Para("A total of " + S("3,535", "interception.warrants.issued", "total", "2017", sup="12") +
             " warrants were issued in 2017, up just over "
             + S("17.5%", "interception.warrants.issued.change", "total", "2017", q="over") +
             " on the previous year (" + S("3,007", "interception.warrants.issued", "total", "2016") + ")."),
        Pie(slices=[("Serious crime \u2013 " + S("2,306", "interception.warrants.issued", "serious_crime", "2017")
                     + " warrants (" + S("65.22%", "interception.warrants.issued.share", "serious_crime", "2017")
                     + ")", 0.6522, 0.35),
                    ("National security \u2013 " + S("1,219", "interception.warrants.issued", "national_security",
                                                     "2017") + " warrants ("
                     + S("34.5%", "interception.warrants.issued.share", "national_security", "2017") + ")",
                     0.345, 0.7)],
            caption="Fig. 7 Interception warrants issued by statutory purpose, 2017", radius=42),
        PNum("10.14"),
        Para("A warrant may be issued on more than one of the grounds in section 5(3) of RIPA; such warrants "
             "are counted once, under the first ground given."),
    ], footnotes=["12 Includes warrants issued by Scottish Ministers. See paragraph 10.20."])
    annex = Page(printed="72", blocks=[
        Heading("Interception warrants issued, 2012 to 2017", size=12, space_before=0),
        Table(rows=[
            ["Year", "Warrants issued"],
            ["2012", S("3,372", "interception.warrants.issued", "total", "2012")],
            ["2013", S("2,760", "interception.warrants.issued", "total", "2013")],
            ["2014", S("2,795", "interception.warrants.issued", "total", "2014")],
            ["2015", S("3,059", "interception.warrants.issued", "total", "2015")],
            ["2016", S("3,007", "interception.warrants.issued", "total", "2016")],
            ["2017", S("3,535", "interception.warrants.issued", "total", "2017")],
        ], xs=[0, 200], align=["L", "R"], ruled=False, row_h=15,
            caption="Table 9: Figures for 2012 to 2016 are from the IOCCO reports (see page 9)."),
        PNum("10.31"),
        Para("Errors were reported in the usual way. Of the errors reported in 2017, "
             + S("33", "errors.serious.investigations", "", "2017") +
             " were considered serious enough to investigate further, and "
             + S("24", "errors.serious.determined", "total", "2017") +
             " of them were deemed serious errors."),
    ])
    annex_a = Page(printed="109", blocks=[
        Heading("Annex A: Communications data, 2015 to 2017", size=14, space_before=0),
        Table(rows=[
            ["", "2015", "2016", "2017"],
            ["Items of data acquired", S("761,702", "cd.items", "total", "2015"), S("754,559", "cd.items", "total", "2016"),
             S("757,977", "cd.items", "total", "2017")],
            ["Errors reported", S("1,199", "cd.errors", "total", "2015"), S("1,101", "cd.errors", "total", "2016"),
             S("926", "cd.errors", "total", "2017")],
            ["Serious error investigations", "\u2013", S("29", "errors.serious.investigations", "", "2016"),
             S("33", "errors.serious.investigations", "", "2017")],
            ["Sensitive profession applications", "\u2013", S("948", "cd.applications.sensitive_profession", "total", "2016"),
             "\u2013"],
        ], xs=[0, 250, 330, 410], align=["L", "R", "R", "R"], ruled=True, row_h=16, size=9,
            caption="Table A1: 2015 and 2016 figures are from the IOCCO reports; \u2013 = not published in this form."),
        Para("The oral process accounted for " + S("11%", "cd.urgent_oral.share", "", "2015") + " of items in 2015 and "
             + S("10%", "cd.urgent_oral.share", "", "2016") + " in 2016 (Annex B, paragraph B.7)."),
    ])
    return Doc(F, "Annual Report of the Investigatory Powers Commissioner 2017 (extracts)",
               "Investigatory Powers Commissioner's Office", "Statistics extracts", "reportlab",
               "IPCO Annual Report 2017", [cover, glance, ch4, ch5, ch8, ch10, annex, annex_a],
               number_style="top_left")


def doc_iocco_2015() -> Doc:
    """IOCCO report of July 2016 (covering 2015), printed from HTML by Chromium."""
    F = "iocco-report-july-2016.pdf"
    cover = Page(header=False, blocks=[
        Gap(150),
        Lines([("Report of the Interception of", "b", 24, "C"), ("Communications Commissioner", "b", 24, "C")],
              gap=6),
        Gap(20),
        Lines([("Presented to Parliament pursuant to Section 58(6) of the Regulation of Investigatory Powers "
                "Act 2000", "r", 10, "C"),
               ("Laid before the Scottish Parliament by the Scottish Ministers", "r", 10, "C"),
               ("July 2016", "b", 11, "C")], gap=3),
    ])
    pon_i = Page(printed="22", blocks=[
        Heading("Section 6: Lawful Interception of Communications", size=16),
        Heading("Points of Note", size=13),
        Bullet("Approximately " + S("2.5%", "interception.warrants.urgent.share", "", "2015", q="approximately")
               + " of the warrants issued in 2015 were approved under the urgency provisions."),
        Bullet(S("65%", "interception.warrants.issued.share", "serious_crime", "2015") +
               " of warrants were issued for the prevention or detection of serious crime, "
               + S("34%", "interception.warrants.issued.share", "national_security", "2015") +
               " in the interests of national security and "
               + S("1%", "interception.warrants.issued.share", "combination", "2015") +
               " for a combination of statutory purposes."),
        Bullet("Our inspectors examined " + S("1,148", "interception.warrants.examined", "", "2015") +
               " interception warrants, chosen across every agency."),
        Bullet("The inspections of the interception agencies and warrant-issuing departments resulted in "
               + S("74", "recommendations", "total", "2015") + " recommendations."),
        Bullet(S("62", "interception.errors", "", "2015") +
               " interception errors were reported to my office in 2015 (see paragraphs 6.88 to 6.96)."),
        Para("Section 6 is arranged as follows: warrants issued (6.10 to 6.20), inspections (6.50 to 6.70) "
             "and errors (6.85 onwards). Telephone enquiries: 020 7946 0321."),
    ])
    body_i = Page(printed="23", blocks=[
        PNum("6.12"),
        Para(S("3,059", "interception.warrants.issued", "total", "2015") +
             " interception warrants were issued in 2015, an increase of "
             + S("9%", "interception.warrants.issued.change", "total", "2015") + " on the "
             + S("2,795", "interception.warrants.issued", "total", "2014") + " issued in 2014."),
        Columns(bars=[(S("2760", "interception.warrants.issued", "total", "2013"), 2760 / 3500),
                      (S("3059", "interception.warrants.issued", "total", "2015"), 3059 / 3500),
                      (S("2795", "interception.warrants.issued", "total", "2014"), 2795 / 3500)],
                labels=["2013", "2015", "2014"],
                ticks=["0", "500", "1000", "1500", "2000", "2500", "3000", "3500"],
                caption="Figure 2 Total number of interception warrants issued 2013-2015"),
        PNum("6.50"),
        Para("My inspectors conducted " + S("26", "inspections", "interception", "2015") +
             " interception inspections during 2015 under section 57 of RIPA."),
    ])
    pon_cd = Page(printed="46", blocks=[
        Heading("Section 7: Communications Data", size=16),
        Heading("Points of Note", size=13),
        Bullet(S("761,702", "cd.items", "total", "2015", sup="44") +
               " items of communications data were acquired during 2015."),
        Bullet(S("11%", "cd.urgent_oral.share", "", "2015") +
               " of the items were acquired using the urgent oral process."),
        Bullet("We carried out " + S("72", "inspections", "communications_data", "2015") +
               " communications data inspections."),
        Bullet(S("1,199", "cd.errors", "total", "2015") +
               " communications data errors were reported to my office."),
        Bullet("The inspections produced " + S("366", "recommendations", "total", "2015") +
               " recommendations: " + S("29", "recommendations", "red", "2015") + " red ("
               + S("8%", "recommendations.share", "red", "2015") + "), "
               + S("203", "recommendations", "amber", "2015") + " amber ("
               + S("55%", "recommendations.share", "amber", "2015") + ") and "
               + S("134", "recommendations", "green", "2015") + " green ("
               + S("37%", "recommendations.share", "green", "2015") + ")."),
    ], footnotes=["44 The 2015 figure is projected from three quarters of returns; see Annex B, paragraph B4."])
    persons = Page(printed="52", blocks=[
        PNum("7.30"),
        Para("Figure 10 shows the person to whom the data related, for the part of the year for which "
             "authorities kept the new records (Annex B explains the sample)."),
        Legend(items=[("Suspect " + S("63.6%", "cd.items.person_type.share", "suspect", "2015"), 0.636, "#1d3a6b"),
                      ("Associate " + S("9.1%", "cd.items.person_type.share", "associate", "2015"), 0.091, "#3f62a0"),
                      ("A person of interest for national security "
                       + S("6.4%", "cd.items.person_type.share", "national_security_person", "2015"), 0.064, "#6d8cc4"),
                      ("Other relevant person "
                       + S("6.2%", "cd.items.person_type.share", "other_relevant_person", "2015"), 0.062, "#9fb5dc"),
                      ("Vulnerable person "
                       + S("3.9%", "cd.items.person_type.share", "vulnerable_person", "2015"), 0.039, "#c4d2ea"),
                      ("Witness " + S("1.6%", "cd.items.person_type.share", "witness", "2015"), 0.016, "#8a8a8a"),
                      ("Next of kin " + S("0.2%", "cd.items.person_type.share", "next_of_kin", "2015"), 0.002, "#444")],
               caption="Figure 10 Items of communications data by type of person, 2015", split=True),
        PNum("7.31"),
        Para("Figures 11 to 13 break the sample down further; section 22(2)(b) of RIPA accounts for most of it."),
    ])
    returns = Page(printed="58", blocks=[
        PNum("7.55"),
        Para("Designated persons returned or declined a proportion of the applications put to them. Figure 14 "
             "gives the reasons; justification of necessity and proportionality accounted for "
             + S("45%", "cd.applications.returned.share", "necessity_proportionality", "2015") + "."),
        Legend(items=[("Necessity & proportionality (inc. collateral intrusion) justification "
                       + S("45%", "cd.applications.returned.share", "necessity_proportionality", "2015"), 0.45, "#1d3a6b"),
                      ("Presentation of application "
                       + S("12%", "cd.applications.returned.share", "presentation", "2015"), 0.12, "#6d8cc4"),
                      ("DP not independent " + S("3%", "cd.applications.returned.share", "dp_not_independent", "2015"),
                       0.03, "#9fb5dc"),
                      ("Other (inc. urgency not met) " + S("3%", "cd.applications.returned.share", "other", "2015"),
                       0.03, "#c4d2ea"),
                      ("Error identified " + S("1%", "cd.applications.returned.share", "error_identified", "2015"),
                       0.01, "#444")],
               caption="Figure 14 Reasons for applications being returned or declined by the DP, 2015 "
                       "(the remaining slices are not labelled in the figure)"),
    ])
    two = Page(printed="61", blocks=[
        Heading("Inspection findings", size=13),
    ], columns=[[
        Para("We carried out " + S("26", "inspections", "interception", "2015") + " interception inspections and "
             + S("72", "inspections", "communications_data", "2015") + " communications data inspections in 2015.",
             lead="Inspections."),
        Para("Inspectors examined " + S("1,148", "interception.warrants.examined", "", "2015") +
             " interception warrants.", lead="Warrants."),
    ], [
        Para("The interception inspections produced " + S("74", "recommendations", "total", "2015") +
             " recommendations, reported under paragraph 6.64.", lead="Recommendations."),
        Para("Reports are sent to the head of each authority within 28 days of the visit.", lead="Reports."),
    ]])
    return Doc(F, "Report of the Interception of Communications Commissioner - July 2016",
               "Interception of Communications Commissioner's Office", "Annual report for 2015", "chromium",
               "Report of the Interception of Communications Commissioner - July 2016",
               [cover, pon_i, body_i, pon_cd, persons, returns, two], number_style="foot_url",
               url="@iocco_oversight", date=(2016, 7, 14))


def doc_briefing() -> Doc:
    """A parliamentary-library style briefing that restates figures from many reports (fpdf2)."""
    F = "briefing-surveillance-statistics.pdf"
    p1 = Page(printed="3", blocks=[
        Heading("Interception and communications data: the published statistics, 2006 to 2023", size=15,
                space_before=0),
        Para("Briefing paper CBP 07/118, 9 June 2025", italic=True),
        Heading("Summary", size=12),
        Bullet("Interception warrants issued rose from " + S("2,760", "interception.warrants.issued", "total", "2013")
               + " in 2013 to " + S("3,007", "interception.warrants.issued", "total", "2016") + " in 2016."),
        Bullet("Items of communications data obtained were " + S("761,702", "cd.items", "total", "2015") +
               " in 2015 and " + S("754,559", "cd.items", "total", "2016") + " in 2016."),
        Bullet("The Commissioner carried out " + S("166", "inspections", "total", "2016") +
               " inspections in 2016."),
        Bullet("Communications data errors: " + S("1,199", "cd.errors", "total", "2015") + " in 2015 and "
               + S("1,101", "cd.errors", "total", "2016") + " in 2016."),
        Para("Section 2 sets out the warrant figures, section 3 the communications data figures and section 4 "
             "the errors. Enquiries to the Library on 020 7946 0958, extension 3."),
    ])
    p2 = Page(printed="4", blocks=[
        Heading("2. Interception warrants", size=12, space_before=0),
        Para("The 2012 report recorded " + S("3,372", "interception.warrants.issued", "total", "2012") +
             " lawful intercept warrants, an increase of " +
             S("16%", "interception.warrants.issued.change", "total", "2012") + " on 2011. The number issued "
             "then fell by " + S("19%", "interception.warrants.issued.change", "total", "2013", value=-19) +
             " in 2013."),
        Para("Interception errors reported to the Commissioner were " + S("27", "interception.errors", "", "2010")
             + " in 2010, " + S("42", "interception.errors", "", "2011") + " in 2011, "
             + S("57", "interception.errors", "", "2013") + " in 2013, " + S("60", "interception.errors", "", "2014")
             + " in 2014 and " + S("62", "interception.errors", "", "2015") + " in 2015."),
        Table(rows=[
            ["Period", "Warrants issued"],
            ["1 April to 31 December 2006", S("1,435", "interception.warrants.issued", "total", "2006-04/2006-12")],
            ["2010", S("1,865", "interception.warrants.issued", "total", "2010")],
            ["2012", S("3,372", "interception.warrants.issued", "total", "2012")],
            ["2013", S("2,760", "interception.warrants.issued", "total", "2013")],
            ["2014", S("2,795", "interception.warrants.issued", "total", "2014")],
            ["2015", S("3,059", "interception.warrants.issued", "total", "2015")],
            ["2016", S("3,007", "interception.warrants.issued", "total", "2016")],
        ], xs=[0, 240, 400], align=["L", "R"], ruled=True, size=10, row_h=17,
            caption="Table 1: Interception warrants issued, selected years",
            caption_above=True),
    ])
    p3 = Page(printed="5", blocks=[
        Heading("3. Communications data", size=12, space_before=0),
        Para("Under RIPA the Commissioner counted requests. In the nine months from 1 April 2006 there were "
             + S("253,557", "cd.requests", "total", "2006-04/2006-12") + " requests, of which local authorities made "
             + S("1,694", "cd.requests", "local_authorities", "2006-04/2006-12") + "; in 2007 there were "
             + S("519,260", "cd.requests", "total", "2007") + "."),
        Para("In 2012 other public authorities made " + S("2,379", "cd.requests", "other_public_authorities", "2012")
             + " requests, and inspectors visited " + S("21", "public_authorities.inspected", "", "2012") +
             " of those authorities."),
        Para("Urgent oral requests numbered " + S("42,293", "cd.urgent_oral", "", "2013") + " in 2013 and "
             + S("55,346", "cd.urgent_oral", "", "2014") + " in 2014; in 2016 the oral process accounted for "
             + S("10%", "cd.urgent_oral.share", "", "2016") + " of items."),
        Para("Figure 3 (not reproduced) showed the notices and authorisations of the intelligence agencies in 2013: "
             "GCHQ " + S("1,406", "cd.notices_authorisations", "gchq", "2013") + ", SIS "
             + S("672", "cd.notices_authorisations", "sis", "2013") + " and the Security Service "
             + S("56,918", "cd.notices_authorisations", "security_service", "2013") + "."),
    ])
    p4 = Page(printed="6", blocks=[
        Heading("4. Errors", size=12, space_before=0),
        Table(rows=[
            ["Period", "Errors reported", "Notes"],
            ["Apr-Dec 2006", S("1,088", "cd.errors", "total", "2006-04/2006-12"), "301 by CSPs"],
            ["Oct-Dec 2007", S("99", "cd.errors", "public_authorities", "2007-10/2007-12"), "public authorities only"],
            ["2008", S("595", "cd.errors", "total", "2008"), "None"],
            ["2009", S("661", "cd.errors", "total", "2009"), "None"],
            ["2010", "\u2013", "see the 2010 report"],
            ["2012", S("979", "cd.errors", "total", "2012"), "None"],
            ["2013", S("970", "cd.errors", "total", "2013"), "None"],
        ], xs=[0, 120, 230, 483], align=["L", "R", "L"], ruled=True, size=10, row_h=17,
            caption="Table 2: Communications data errors reported to the Commissioner", caption_above=True),
        Para("Of the " + S("1,088", "cd.errors", "total", "2006-04/2006-12") + " errors in 2006, "
             + S("787", "cd.errors", "public_authorities", "2006-04/2006-12") + " were attributable to public "
             "authorities and " + S("301", "cd.errors", "csp", "2006-04/2006-12") + " to CSPs."),
        Para("In 2012 approximately " + S("80%", "cd.errors.share", "public_authorities", "2012", q="approximately")
             + " of errors were attributable to public authorities and " + S("20%", "cd.errors.share", "csp", "2012")
             + " to CSPs. The inner ring of Figure 10 in that report gave:"),
        Lines([("SPoC " + S("47%", "cd.errors.share", "spoc", "2012", method="chart"), "r", 10, "L"),
               ("Applicant " + S("26%", "cd.errors.share", "applicant", "2012", method="chart"), "r", 10, "L"),
               ("DP " + S("5%", "cd.errors.share", "designated_person", "2012", method="chart"), "r", 10, "L"),
               ("Other " + S("2%", "cd.errors.share", "other", "2012", method="chart"), "r", 10, "L")], gap=0),
        Para("The Investigatory Powers Tribunal received " + S("157", "ipt.complaints", "", "2009") +
             " new complaints in 2009 (IOCCO report for 2009, paragraph 6.2)."),
    ])
    p5 = Page(printed="7", blocks=[
        Heading("5. Inspections and other oversight figures", size=12, space_before=0),
        Para("In 2015 the Commissioner’s inspectors carried out " + S("26", "inspections", "interception", "2015") +
             " interception inspections and " + S("72", "inspections", "communications_data", "2015") +
             " communications data inspections. Inspectors examined " +
             S("600", "interception.warrants.examined", "", "2013") + " warrants in 2013 and " +
             S("1,148", "interception.warrants.examined", "", "2015") + " in 2015."),
        Para("The successor body, IPCO, reported " + S("380", "inspections", "total", "2022") + " inspections in 2022 and "
             + S("386", "inspections", "total", "2023") + " in 2023, and says it oversees over "
             + S("600", "context.public_authorities", "", "2022", q="over") + " public authorities."),
        Para("Law enforcement CHIS authorisations were " + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
             " in 2018 and " + S("1,866", "chis.authorisations", "law_enforcement", "2019") + " in 2019."),
        Para("In 2018, " + S("77", "lpp.applications.made", "", "2018") + " applications were made to retain legally "
             "privileged items and " + S("76", "lpp.applications.approved", "", "2018") + " were approved."),
        Para("Serious errors: IPCO determined " + S("eight", "errors.serious.determined", "total", "2018") +
             " in 2018 and " + S("14", "errors.serious.determined", "total", "2019") + " in 2019, and reported "
             + S("no", "errors.serious.determined", "total", "2021") + " serious errors for 2021."),
        Para("Sources: annual reports of IOCCO (2013, March 2015, July 2016) and IPCO (2018, 2019, 2022, 2023). "
             "Parliamentary copyright; Open Parliament Licence v3.0."),
    ])
    return Doc(F, "Interception and communications data: the published statistics, 2006 to 2023",
               "Library briefing (corpus imitation)", "Restated statistics", "fpdf2",
               "Briefing paper: surveillance statistics 2006-2023", [p1, p2, p3, p4, p5], date=(2025, 6, 9))


def dev_docs_2() -> list:
    return [doc_ipco_2017(), doc_iocco_2015(), doc_briefing()]


# =============================================================================================
# Development part, documents 11-16: styles the first ten documents do not cover (a press notice,
# a ministerial written statement, a police FOI disclosure log, a working paper with a data
# appendix, a chart compendium, and a two-column OSC-style extract). Real figures only.

@dataclass
class KeyPie:
    """Chromium pie or donut whose legend entries may run over several lines: each entry is
    (lines, fraction, colour), lines being templates drawn one under the other (a label with
    its count, then the percentage on the next line; or a label wrapped over two lines)."""
    items: list
    caption: str
    caption_above: bool = False
    donut: bool = False
    note: str = ""


def keypie_html(doc: Doc, n: int, b: KeyPie) -> str:
    items = []
    for lines, _, colour in b.items:
        plains, mks, hits_all = [], [], []
        for t in lines:
            mk, plain, hits = html_expand(t)
            plains.append(re.sub(r"\s+", " ", plain).strip())
            mks.append(mk)
            hits_all.extend(hits)
        for st, _, _ in hits_all:
            record(doc.filename, n, st, "chart", " ".join(plains), checks=plains)
        inner = "".join(f'<div style="margin-left:{0 if k == 0 else 13}pt">'
                        f'{(f"<span class=sw style=background:{colour}></span>" if k == 0 else "") + mk}</div>'
                        for k, mk in enumerate(mks))
        items.append(f'<div class="it">{inner}</div>')
    svg = _pie_svg(b.items)
    if b.donut:
        svg = svg.replace("</svg>", '<circle cx="48" cy="48" r="24" fill="#fff"/></svg>')
    cap = f'<div class="cap">{html.escape(b.caption)}</div>'
    note = f'<div class="cap" style="font-style:normal">{html.escape(b.note)}</div>' if b.note else ""
    body = (f'<div style="display:flex;gap:24pt;align-items:center">{svg}'
            f'<div class="lg">{"".join(items)}</div></div>')
    return f'<div class="chart">{cap + body if b.caption_above else body + cap}{note}</div>'


def doc_press_notices() -> Doc:
    """(1) IPCO-style news releases: headline bullets, short paragraphs, notes to editors."""
    F = "ipco-press-notices-2019-2020.pdf"
    banner = ('<div style="border-top:3pt solid #1d3a6b;padding-top:4pt;margin-bottom:8pt;'
              'font-size:8.5pt;letter-spacing:1pt">NEWS RELEASE</div>')
    p1 = Page(blocks=[
        Raw(banner),
        Para("For immediate release: Thursday 31 January 2019, 00:01", italic=True),
        Heading("Commissioner publishes first annual report on investigatory powers", size=16),
        Para("The Investigatory Powers Commissioner has today published his first annual report, covering "
             "2017, the year in which IPCO took over from three predecessor bodies on 1 September."),
        Heading("Headlines", size=11),
        Bullet(S("3,535", "interception.warrants.issued", "total", "2017") + " interception warrants issued, "
               "up just over " + S("17.5%", "interception.warrants.issued.change", "total", "2017", q="over")
               + " on 2016"),
        Bullet(S("757,977", "cd.items", "total", "2017") + " items of communications data acquired"),
        Bullet(S("926", "cd.errors", "total", "2017") + " communications data errors reported"),
        Bullet(S("24", "errors.serious.determined", "total", "2017") + " errors deemed serious, out of "
               + S("33", "errors.serious.investigations", "", "2017") + " investigated"),
        Para("Law enforcement agencies acquired " + S("700,282", "cd.items", "law_enforcement", "2017")
             + " of the items (" + S("92.6%", "cd.items.share", "law_enforcement", "2017") + ")."),
        Para("Serious crime was the purpose of " + S("2,306", "interception.warrants.issued", "serious_crime", "2017")
             + " warrants, and national security of "
             + S("1,219", "interception.warrants.issued", "national_security", "2017") + "."),
        Para("From 1 April to 31 December 2017, "
             + S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12")
             + " intrusive surveillance authorisations were granted. Annualised, that is "
             + S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") + "."),
        Para("Property interference: " + S("1,453", "property_interference.authorisations", "", "2017-04/2017-12")
             + " authorisations in the same nine months, or "
             + S("1,937", "property_interference.authorisations.annualised", "", "2017")
             + " a year at that rate."),
        Heading("Notes to editors", size=11),
        Para("1. IPCO was established under section 227 of the Investigatory Powers Act 2016. "
             "2. The report (HC 1780) is published at 00:01 on 31 January 2019. "
             "3. Media enquiries: press office, 020 7946 0777; out of hours 07700 900461. ENDS", size=8.5),
    ], printed="IPCO/PR/2019/01")
    p2 = Page(blocks=[
        Raw(banner),
        Para("Embargoed until 00:01, Thursday 5 March 2020", italic=True),
        Heading("Annual Report 2018: acquisition of communications data rises", size=16),
        Para("The Commissioner\u2019s report for 2018 is laid before Parliament today. Its main findings are:"),
        Bullet(S("808,214", "cd.items", "total", "2018") + " items of communications data obtained, up from "
               + S("757,977", "cd.items", "total", "2017") + " the year before;"),
        Bullet(S("99", "spci.errors", "total", "2018") + " surveillance, property interference and CHIS errors ("
               + S("83", "spci.errors", "total", "2017") + " in 2017);"),
        Bullet(S("eight", "errors.serious.determined", "total", "2018") + " errors determined to be serious;"),
        Bullet(S("1,320", "cd.applications.sensitive_profession", "total", "2018") +
               " applications concerning sensitive professions, "
               + S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018")
               + " of them about medical doctors."),
        Para("Law enforcement was granted " + S("1,958", "chis.authorisations", "law_enforcement", "2018")
             + " CHIS authorisations."),
        Para("Of " + S("77", "lpp.applications.made", "", "2018") + " applications to retain legally privileged "
             "material, " + S("76", "lpp.applications.approved", "", "2018") + " were approved."),
        Para("Telephony related data made up " + S("92%", "cd.items.comms_type.share", "telephony", "2018")
             + " of what local authorities obtained."),
        Para("\u201cThe figures in chapter 18 should be read with the errors in chapter 17,\u201d the "
             "Commissioner said. Paragraphs 17.7 to 17.25 describe each category."),
        Heading("Notes to editors", size=11),
        Para("1. The report (HC 67, ISBN 978-1-5286-1839-0) is available at www.ipco.org.uk. "
             "2. IPCO, PO Box 29105, London SW1V 1ZU. 3. Press office: 020 7946 0777. ENDS", size=8.5),
    ], printed="IPCO/PR/2020/03")
    return Doc(F, "IPCO news releases: Annual Reports 2017 and 2018",
               "Investigatory Powers Commissioner's Office", "Press notices", "chromium",
               "Investigatory Powers Commissioner\u2019s Office \u2013 News", [p1, p2], number_style="top_left",
               date=(2020, 3, 5), style="news")


def doc_ministerial_statement() -> Doc:
    """(2) Written ministerial statements laying IPCO annual reports: formal register."""
    F = "written-statements-ipco-reports-2020-2025.pdf"
    p1 = Page(printed="1", blocks=[
        Lines([("Written Ministerial Statement", "b", 15, "L"),
               ("Statement UIN HCWS 664", "r", 10, "L"),
               ("Tabled on: 17 December 2020     Made by: The Prime Minister", "r", 10, "L")], gap=2),
        Heading("Investigatory Powers Commissioner\u2019s Annual Report 2019", size=13),
        Para("I am today laying before both Houses the Annual Report of the Investigatory Powers Commissioner "
             "for 2019, as section 234(6) of the Investigatory Powers Act 2016 requires. Copies of the report "
             "(HC 1039) will be available from the Vote Office and the Printed Paper Office."),
        Para("The report shows that " + S("200,665", "cd.requests.approved", "", "2019") +
             " requests for communications data were approved in 2019, the figure including requests made by "
             "the intelligence agencies. 2019 was the first full year in which the Office for Communications "
             "Data Authorisations considered applications on behalf of most public authorities."),
        Para("The report further shows that " + S("1,063", "cd.errors", "total", "2019") +
             " communications data errors were reported to the Commissioner during the year. The Commissioner "
             "undertook " + S("18", "errors.serious.investigations", "", "2019") +
             " serious error investigations and determined that "
             + S("fourteen", "errors.serious.determined", "total", "2019") +
             " of those cases were serious errors."),
        Para("Judicial Commissioners considered " + S("15", "cd.applications.journalistic_source", "", "2019") +
             " applications to identify or confirm a journalist\u2019s source, each requiring approval under "
             "section 77 of the 2016 Act."),
        Para("Law enforcement agencies reported " + S("24", "interception.errors", "", "2019") +
             " relevant interception errors to the Commissioner. "
             + S("None", "errors.serious.determined", "interception", "2019") +
             " of the interception errors was determined to be a serious error."),
    ])
    p2 = Page(printed="2", blocks=[
        Para("The report shows, in addition, that law enforcement agencies made "
             + S("1,866", "chis.authorisations", "law_enforcement", "2019") +
             " authorisations for the use of covert human intelligence sources in 2019, compared with "
             + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
             " in 2018, and that wider public authorities made "
             + S("eleven", "chis.authorisations", "other_public_authorities", "2019") + "."),
        Para("Local authorities, which since 1 November 2012 have required judicial approval, obtained "
             + S("1,191", "cd.items.comms_type", "telephony", "2019") + " items of telephony related data, "
             + S("164", "cd.items.comms_type", "internet", "2019") + " items of internet related data and "
             + S("24", "cd.items.comms_type", "postal", "2019") + " items of postal related data."),
        Para("The Commissioner\u2019s inspectors inspected "
             + S("13", "public_authorities.inspected", "", "2019") +
             " public authorities, other than law enforcement agencies, that had used communications data "
             "powers in the year."),
        Para("Under section 234(7) of the Act, and after consultation with the Commissioner, I have excluded "
             "from publication a small amount of material, as paragraph 9.14 of the report records. I am "
             "grateful to Sir Brian Leveson and his Judicial Commissioners for their work."),
        Gap(14),
        Lines([("Written Ministerial Statement", "b", 15, "L"),
               ("Statement UIN HCWS 639", "r", 10, "L"),
               ("Tabled on: 23 March 2023     Made by: The Prime Minister", "r", 10, "L")], gap=2),
        Heading("Investigatory Powers Commissioner\u2019s Annual Report 2021", size=13),
        Para("The report, laid today under section 234(6), shows that the Commissioner oversees the use of "
             "investigatory powers by over " + S("600", "context.public_authorities", "", "2021", q="over") +
             " public authorities. It shows, for the first time since IPCO began reporting, that "
             + S("no", "errors.serious.determined", "total", "2021") + " serious errors were determined in the year."),
    ])
    p3 = Page(printed="3", blocks=[
        Lines([("Written Ministerial Statement", "b", 15, "L"),
               ("Statement UIN HCWS 330", "r", 10, "L"),
               ("Tabled on: 14 March 2024     Made by: The Prime Minister", "r", 10, "L")], gap=2),
        Heading("Investigatory Powers Commissioner\u2019s Annual Report 2022", size=13),
        Para("The report shows that IPCO carried out " + S("380", "inspections", "total", "2022") +
             " inspections in 2022, and that the Commissioner\u2019s oversight extends to more than "
             + S("600", "context.public_authorities", "", "2022", q="over") + " public authorities."),
        Para("Copies of the report (HC 591) are available in the Libraries of both Houses."),
        Gap(14),
        Lines([("Written Ministerial Statement", "b", 15, "L"),
               ("Statement UIN HCWS 301", "r", 10, "L"),
               ("Tabled on: 11 December 2025     Made by: The Prime Minister", "r", 10, "L")], gap=2),
        Heading("Investigatory Powers Commissioner\u2019s Annual Report 2024", size=13),
        Para("The report shows that, in 2024, "
             + S("219", "cd.applications.sensitive_profession", "lawyer", "2024") +
             " applications for communications data related to lawyers and "
             + S("157", "cd.applications.sensitive_profession", "journalist", "2024") +
             " related to journalists, and that "
             + S("106", "cd.applications.journalistic_source", "", "2024") +
             " applications were made to identify a journalist\u2019s source."),
        Para("The Office for Communications Data Authorisations merged into IPCO in March 2024, and the "
             "Commissioner now oversees over " + S("600", "context.public_authorities", "", "2024", q="over") +
             " public authorities. Section 234(7) has not been used to exclude any part of this report."),
    ])
    return Doc(F, "Written ministerial statements: Investigatory Powers Commissioner's Annual Reports",
               "House of Commons (corpus imitation)", "Written statements laying IPCO annual reports", "reportlab",
               "Written statements \u2013 Investigatory Powers Commissioner\u2019s Annual Reports", [p1, p2, p3],
               font="Times-Roman")


def doc_foi_log() -> Doc:
    """(3) A police force FOI disclosure log: several requests and answers, reference numbers,
    dates, exemptions, tables with financial-year columns."""
    F = "foi/eastmoor-foi-disclosure-log-2026-q1.pdf"
    fys = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]
    ex = "Exempt"
    p1 = Page(header=True, printed="Page 1 of 3", blocks=[
        Lines([("Eastmoor Constabulary", "b", 16, "L"),
               ("Freedom of Information disclosure log: January to March 2026", "b", 11, "L"),
               ("Information Management, Police HQ, Mill Lane, Eastmoor EM4 2RJ  |  Tel 01632 960731", "r", 8.5, "L")],
              gap=1),
        Gap(6),
        Para("Responses are published here once the requester has had 10 working days to read them. "
             "Personal data have been removed (section 40(2)).", size=9),
        Heading("FOI 2026/00112  |  Received 6 January 2026  |  Responded 2 February 2026", size=10.5),
        Para("Request: the number of requests for communications data made by the force to each "
             "telecommunications provider in each financial year from 2019/20 to 2024/25.", italic=True, size=9.5),
        Para("Response: We can confirm that the force holds information within the scope of your request. "
             "The figures by financial year are exempt under section 31(1)(a) and (b).", size=9.5),
        Table(rows=[["Provider"] + fys] + [[name] + [ex] * 6 for name in ["Vodafone", "EE", "O2", "Three", "LycaMobile"]],
              xs=[0, 110, 175, 240, 305, 370, 435, 483], align=["L"] + ["C"] * 6, ruled=True, size=8.5, row_h=14,
              caption="Table 1: Requests by provider and financial year (withheld)", caption_above=True),
        Para("We can confirm that the figures for LycaMobile by calendar year were disclosed in response to an "
             "earlier request: " + S("15,702", "cd.requests.company", "lycamobile", "2024") + " requests in 2024 and "
             + S("93,527", "cd.requests.company", "lycamobile", "2025") + " in 2025.", size=9.5),
        Heading("FOI 2026/00187  |  Received 19 January 2026  |  Responded 13 February 2026", size=10.5),
        Para("Request: directed surveillance and CHIS authorisations granted by the force, financial years "
             "2019/20 to 2024/25.", italic=True, size=9.5),
        Para("Response: The force neither confirms nor denies that it holds information about CHIS (sections "
             "23(5), 24(2) and 31(3)). Force figures for directed surveillance are exempt under section 31(1). "
             "Nationally, law enforcement agencies were granted "
             + S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03") +
             " directed surveillance authorisations in 2016/17, the last year reported by the Office of "
             "Surveillance Commissioners.", size=9.5),
    ])
    p2 = Page(header=True, printed="Page 2 of 3", blocks=[
        Table(rows=[["National figure", "2016/17", "Extant 31/03/2017"] + fys[:4],
                    ["Directed surveillance (LEAs)",
                     S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03"),
                     S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31"),
                     "\u2013", "\u2013", "\u2013", "\u2013"],
                    ["Property interference",
                     S("1,842", "property_interference.authorisations", "", "2016-04/2017-03"),
                     "\u2013", "\u2013", "\u2013", "\u2013", "\u2013"]],
              xs=[0, 150, 205, 290, 338, 386, 434, 483], align=["L", "R", "R", "C", "C", "C", "C"], ruled=True,
              size=8.5, row_h=15, caption="Table 2: Published national figures (OSC financial years). "
              "\u2013 = not published by financial year after 2016/17", caption_above=True),
        Heading("FOI 2026/00231  |  Received 2 February 2026  |  Responded 27 February 2026", size=10.5),
        Para("Request: how many applications for communications data about journalists and lawyers has the "
             "force made since 2016?", italic=True, size=9.5),
        Para("Response: The force does not hold this information in a retrievable form (section 12). To assist "
             "you, the national figures published by the Investigatory Powers Commissioner are set out below.",
             size=9.5),
        Table(rows=[["Sensitive profession applications", "2016", "2018", "2019", "2024"],
                    ["All sensitive professions", S("948", "cd.applications.sensitive_profession", "total", "2016"),
                     S("1,320", "cd.applications.sensitive_profession", "total", "2018"), "\u2013", "\u2013"],
                    ["Lawyers", "\u2013", S("234", "cd.applications.sensitive_profession", "lawyer", "2018"), "\u2013",
                     S("219", "cd.applications.sensitive_profession", "lawyer", "2024")],
                    ["Journalists", "\u2013", S("203", "cd.applications.sensitive_profession", "journalist", "2018"),
                     "\u2013", S("157", "cd.applications.sensitive_profession", "journalist", "2024")],
                    ["To identify a journalist's source (s.77)", "\u2013", "\u2013",
                     S("15", "cd.applications.journalistic_source", "", "2019"),
                     S("106", "cd.applications.journalistic_source", "", "2024")]],
              xs=[0, 220, 285, 350, 415, 483], align=["L", "R", "R", "R", "R"], ruled=True, size=9, row_h=15,
              caption="Table 3: Communications data applications concerning sensitive professions, England, "
                      "Wales, Scotland and Northern Ireland", caption_above=True),
        Heading("FOI 2026/00305  |  Received 16 February 2026  |  Responded 16 March 2026", size=10.5),
        Para("Request: the number of interception warrants obtained by the force since 2016.", italic=True, size=9.5),
        Para("Response: Section 57 of the Investigatory Powers Act 2016 prevents us from disclosing whether any "
             "warrant exists. We can confirm that national totals are published: "
             + S("3,007", "interception.warrants.issued", "total", "2016") + " warrants were issued in 2016 and "
             + S("3,535", "interception.warrants.issued", "total", "2017") + " in 2017.", size=9.5),
    ])
    p3 = Page(header=True, printed="Page 3 of 3", blocks=[
        Heading("FOI 2026/00342  |  Received 2 March 2026  |  Responded 30 March 2026", size=10.5),
        Para("Request: property interference and intrusive surveillance authorisations, by financial year, "
             "from 2016/17.", italic=True, size=9.5),
        Para("Response: Force figures are exempt under section 31(1)(a). When the Office of Surveillance "
             "Commissioners was replaced, national reporting moved to calendar years: IPCO reported "
             + S("1,453", "property_interference.authorisations", "", "2017-04/2017-12") +
             " property interference authorisations and "
             + S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") +
             " intrusive surveillance authorisations from 1 April to 31 December 2017.", size=9.5),
        Table(rows=[["Authorisations (national)", "2016/17", "1 Apr-31 Dec 2017", "2017 annualised", "2019/20"],
                    ["Property interference", S("1,842", "property_interference.authorisations", "", "2016-04/2017-03"),
                     S("1,453", "property_interference.authorisations", "", "2017-04/2017-12"),
                     S("1,937", "property_interference.authorisations.annualised", "", "2017"), "Not held"],
                    ["Intrusive surveillance", "\u2013",
                     S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"),
                     S("248", "intrusive_surveillance.authorisations.annualised", "", "2017"), "Not held"]],
              xs=[0, 150, 215, 315, 415, 483], align=["L", "R", "R", "R", "C"], ruled=True, size=9, row_h=15,
              caption="Table 4: Property interference and intrusive surveillance, national figures",
              caption_above=True),
        Heading("Exemptions applied in this quarter", size=10.5),
        Para("Section 23(5) (security bodies), section 24(2) (national security), section 31(1)(a) and (b) and "
             "31(3) (law enforcement), section 40(2) (personal data) and section 12 (cost limit of 18 hours).",
             size=9.5),
        Para("If you are dissatisfied with a response you may ask for an internal review within 40 working days "
             "(Information Management, Eastmoor EM4 2RJ, foi@eastmoor-police.example) and then complain to the "
             "Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", size=9.5),
    ])
    return Doc(F, "Eastmoor Constabulary FOI disclosure log, January to March 2026", "Eastmoor Constabulary",
               "Freedom of Information disclosure log", "fpdf2", "Eastmoor Constabulary \u2013 FOI disclosure log",
               [p1, p2, p3], date=(2026, 4, 2))


def doc_working_paper() -> Doc:
    """(4) An academic/NGO working paper with a data appendix: multi-line headers, values before
    their row labels, footnote markers glued to numbers, year ranges and bracketed earlier years."""
    F = "working-paper-counting-surveillance.pdf"
    cover = Page(header=False, blocks=[
        Gap(60),
        Lines([("Centre for the Study of Oversight", "r", 11, "L"), ("Working Paper 2025/07", "b", 11, "L")], gap=3),
        Gap(30),
        Lines([("Counting surveillance: what the UK", "b", 20, "L"),
               ("oversight reports measured, 2006\u20132023", "b", 20, "L")], gap=4),
        Gap(20),
        Para("Abstract. Between 2006 and 2023 the unit in which communications data was counted changed from "
             "requests to notices and authorisations, to applications, to items, and in 2019 to approved "
             "requests. This paper sets the published figures side by side (sections 2\u20134) and lists them in a "
             "data appendix (Tables A1, A2 and A5). It is a working draft: please cite as WP 2025/07, version 2."),
        Para("Keywords: oversight statistics; RIPA 2000; Investigatory Powers Act 2016; communications data.",
             italic=True),
    ])
    p2 = Page(printed="3", footnotes=[
        "1 Projected from three quarters of returns, scaled to twelve months.",
        "2 Includes warrants issued by Scottish Ministers.",
        "3 A covering letter in the same report gives a different total; see section 4."], blocks=[
        Heading("2. Volumes", size=14),
        Para("The first IPCO report counted " + S("757,977", "cd.items", "total", "2017") +
             " items of communications data in 2017 (2016: " + S("754,559", "cd.items", "total", "2016") +
             "; 2015: " + S("761,702", "cd.items", "total", "2015", sup="1") + " after projection). Before 2015 the "
             "unit was "
             "the request: " + S("253,557", "cd.requests", "total", "2006-04/2006-12") +
             " in the nine months to December 2006 and " + S("519,260", "cd.requests", "total", "2007") +
             " in 2007."),
        Para("In a Commons debate on the 2013 figures one member put them at well over "
             + S("500,000", "cd.requests", "total", "2013", q="over") + " requests a year. By 2023 IPCO reported "
             "nearly " + S("360,000", "authorisations.all_powers", "", "2023", q="nearly") +
             " authorisations across all investigatory powers, a measure with no counterpart before 2017."),
        Para("Interception warrants reached " + S("3,535", "interception.warrants.issued", "total", "2017", sup="2")
             + " in 2017 (2016: " + S("3,007", "interception.warrants.issued", "total", "2016") + "), against "
             + S("1,435", "interception.warrants.issued", "total", "2006-04/2006-12") +
             " in April to December 2006 and " + S("1,865", "interception.warrants.issued", "total", "2010") +
             " in 2010. Over 2012\u20132014 the series fell and then recovered (Table A2)."),
        Heading("3. Errors", size=14),
        Para("The 2016 report recorded " + S("1,101", "cd.errors", "total", "2016", sup="3") +
             " communications data errors (2015: " + S("1,199", "cd.errors", "total", "2015") + "). In 2013, "
             + S("87.5%", "cd.errors.share", "public_authorities", "2013") +
             " of errors were attributable to public authorities and "
             + S("12.5%", "cd.errors.share", "csp", "2013") + " to communications service providers."),
    ])
    p3 = Page(printed="4", blocks=[
        Heading("4. Serious errors", size=14),
        Para("IPCO determined " + S("24", "errors.serious.determined", "total", "2017") + " serious errors in 2017 ("
             + S("33", "errors.serious.investigations", "", "2017") + " investigated), and "
             + S("14", "errors.serious.determined", "total", "2019") + " in 2019 ("
             + S("18", "errors.serious.investigations", "", "2019") + " investigated)."),
        Para("The covering letter of the 2016 report gives "
             + S("1,200", "cd.errors", "total", "2016") + " errors notified, not 1,101; we keep both (see "
             "Appendix, note to Table A1)."),
        Heading("Appendix: data tables", size=14),
        HTable(rows=[
            ["Errors<br>reported", "Period<br>(report year)", "Counted<br>by"],
            [S("1,088", "cd.errors", "total", "2006-04/2006-12"), "April\u2013December 2006", "all"],
            [S("99", "cd.errors", "public_authorities", "2007-10/2007-12"), "October\u2013December 2007",
             "public authorities"],
            [S("595", "cd.errors", "total", "2008"), "2008", "all"],
            [S("661", "cd.errors", "total", "2009"), "2009", "all"],
            [S("979", "cd.errors", "total", "2012"), "2012", "all"],
            [S("970", "cd.errors", "total", "2013"), "2013", "all"],
            [S("1,101", "cd.errors", "total", "2016", sup="3"), "2016", "all"],
            [S("926", "cd.errors", "total", "2017"), "2017", "all"],
            [S("1,063", "cd.errors", "total", "2019"), "2019", "all"],
        ], caption="Table A1: Communications data errors, 2006\u20132019",
            cls="plain"),
    ], footnotes=["3 The covering letter gives a different figure; see section 4."])
    p4 = Page(printed="5", blocks=[
        HTable(rows=[
            ["Warrants<br>issued", "Change on<br>previous year", "Year"],
            [S("3,372", "interception.warrants.issued", "total", "2012"),
             "+" + S("16%", "interception.warrants.issued.change", "total", "2012"), "2012"],
            [S("2,760", "interception.warrants.issued", "total", "2013"),
             "\u2212" + S("19%", "interception.warrants.issued.change", "total", "2013", value=-19), "2013"],
            [S("2,795", "interception.warrants.issued", "total", "2014"), "\u2013", "2014"],
            [S("3,059", "interception.warrants.issued", "total", "2015"),
             "+" + S("9%", "interception.warrants.issued.change", "total", "2015"), "2015"],
            [S("3,007", "interception.warrants.issued", "total", "2016"), "\u2013", "2016"],
            [S("3,535", "interception.warrants.issued", "total", "2017", sup="2"),
             "+" + S("17.5%", "interception.warrants.issued.change", "total", "2017"), "2017"],
        ], caption="Table A2: Interception warrants issued, 2012\u20132017", cls="plain"),
    ], footnotes=["2 Includes Scottish Ministers\u2019 warrants."])
    p5 = Page(printed="6", blocks=[
        HTable(rows=[
            ["Serious error<br>investigations", "Errors determined<br>to be serious", ""],
            [S("29", "errors.serious.investigations", "", "2016"), "\u2013", "2016 (IOCCO)"],
            [S("33", "errors.serious.investigations", "", "2017"), S("24", "errors.serious.determined", "total", "2017"),
             "2017 (IPCO)"],
            ["\u2013", S("8", "errors.serious.determined", "total", "2018"), "2018"],
            [S("18", "errors.serious.investigations", "", "2019"), S("14", "errors.serious.determined", "total", "2019"),
             "2019"],
            ["\u2013", S("0", "errors.serious.determined", "total", "2021"), "2021"],
        ], caption="Table A5: Serious errors, 2016\u20132021", cls="ruled"),
        Para("Sources: IOCCO reports 2006\u20132016; IPCO reports 2017\u20132023; House of Commons debates. Page references "
             "are to the printed reports; e.g. the 2017 items figure is on p. 52, paragraph 8.15."),
        Para("Replication files: osf.example/wp2507 (CSV, 14 KB). Contact: wp@oversight-centre.example, "
             "tel. 0117 496 0512."),
    ])
    return Doc(F, "Counting surveillance: what the UK oversight reports measured, 2006-2023",
               "Centre for the Study of Oversight (corpus imitation)", "Working paper with data appendix",
               "chromium", "Working Paper 2025/07 \u2013 Counting surveillance", [cover, p2, p3, p4, p5],
               date=(2025, 9, 1), style="serif")


def doc_chart_compendium() -> Doc:
    """(5) A chart-heavy page set: legends that carry values, percentages on the line after the
    label, bar values among axis ticks (ticks with thousands commas), captions after the values."""
    F = "oversight-charts-compendium.pdf"
    p1 = Page(printed="12", blocks=[
        Heading("Communications data in charts", size=16),
        Para("The charts in this section are redrawn from the published reports; axis ticks and slice sizes "
             "are approximate, the labels are as printed."),
        KeyPie(items=[(["Section 21(4)(c) subscriber information ("
                        + S("647", "cd.items.data_type", "subscriber", "2018") + ")"], 647 / 734, "#1d3a6b"),
                      (["Section 21(4)(b) service use information ("
                        + S("87", "cd.items.data_type", "service_use", "2018") + ")"], 87 / 734, "#6d8cc4"),
                      (["Section 21(4)(a) traffic data (" + S("0", "cd.items.data_type", "traffic", "2018") + ")"],
                       0.0, "#c4d2ea")],
               caption="Figure 15: Communications data obtained by local authorities, by type of data, 2018"),
        KeyPie(items=[(["Telephony related data (" + S("678", "cd.items.comms_type", "telephony", "2018") + ")",
                        S("92%", "cd.items.comms_type.share", "telephony", "2018")], 0.92, "#1d3a6b"),
                      (["Internet and postal related data"], 0.08, "#9fb5dc")],
               caption="Figure 16: Communications data obtained by local authorities, by communications type, 2018"),
        KeyPie(items=[(["Law enforcement \u2013 " + S("700,282", "cd.items", "law_enforcement", "2017") + " ("
                        + S("92.6%", "cd.items.share", "law_enforcement", "2017") + ")"], 0.926, "#1d3a6b"),
                       (["Intelligence agencies"], 0.05, "#6d8cc4"),
                       (["Local authorities and other", "public authorities"], 0.024, "#c4d2ea")],
               caption="Fig. 8 Items of data by public authority type, 2017", donut=True),
    ])
    p2 = Page(printed="13", blocks=[
        Heading("Applications, returns and errors, 2016", size=14),
        KeyPie(items=[(["b - Prevent and Detect", S("83%", "cd.applications.purpose.share", "prevent_detect_crime", "2016")],
                       0.83, "#1d3a6b"),
                      (["g - Emergency Prevent", "Death / Injury",
                        S("11%", "cd.applications.purpose.share", "prevent_death_injury", "2016")], 0.11, "#6d8cc4"),
                      (["a - National Security", S("6%", "cd.applications.purpose.share", "national_security", "2016")],
                       0.06, "#c4d2ea")],
               caption="Figure 5: Applications by statutory purpose, 2016"),
        KeyPie(items=[(["Clarity & quality " + S("21%", "cd.applications.returned.share", "clarity_quality", "2016")],
                       0.21, "#1d3a6b"),
                      (["Other " + S("16%", "cd.applications.returned.share", "other", "2016")], 0.16, "#6d8cc4"),
                      (["SPoC request return " + S("5%", "cd.applications.returned.share", "spoc_request_return", "2016")],
                       0.05, "#c4d2ea"),
                      (["Remaining reasons (not labelled)"], 0.58, "#ddd")],
               caption="Figure 9: Reasons applications were returned or declined by the designated person, 2016"),
        KeyPie(items=[(["SPoC", S("43.5%", "cd.errors.share", "spoc", "2016")], 0.435, "#1d3a6b"),
                      (["Applicant", S("39.4%", "cd.errors.share", "applicant", "2016")], 0.394, "#3f62a0"),
                      (["CSP", S("11.6%", "cd.errors.share", "csp", "2016")], 0.116, "#6d8cc4"),
                      (["DP", S("2.9%", "cd.errors.share", "designated_person", "2016")], 0.029, "#9fb5dc")],
               caption="Figure 10: Errors by responsible party (inner ring), 2016", donut=True,
               note="Inner ring = responsible party; outer ring = direct cause (not reproduced)."),
        Para("The report\u2019s text gives the SPoC share as "
             + S("43.3%", "cd.errors.share", "spoc", "2016") + ", not the 43.5% shown in Figure 10."),
    ])
    p3 = Page(printed="14", blocks=[
        Heading("Interception warrants and errors by year", size=14),
        Columns(bars=[(S("3,372", "interception.warrants.issued", "total", "2012"), 3372 / 4000),
                      (S("2,760", "interception.warrants.issued", "total", "2013"), 2760 / 4000),
                      (S("2,795", "interception.warrants.issued", "total", "2014"), 2795 / 4000),
                      (S("3,059", "interception.warrants.issued", "total", "2015"), 3059 / 4000),
                      (S("3,007", "interception.warrants.issued", "total", "2016"), 3007 / 4000),
                      (S("3,535", "interception.warrants.issued", "total", "2017"), 3535 / 4000)],
                labels=["2012", "2013", "2014", "2015", "2016", "2017"],
                ticks=["0", "500", "1,000", "1,500", "2,000", "2,500", "3,000", "3,500", "4,000"],
                caption="Figure 3: Interception warrants issued, 2012 to 2017"),
        Bars(rows=[("2012", S("979", "cd.errors", "total", "2012"), 979 / 1250),
                   ("2013", S("970", "cd.errors", "total", "2013"), 970 / 1250),
                   ("2015", S("1,199", "cd.errors", "total", "2015"), 1199 / 1250),
                   ("2016", S("1,101", "cd.errors", "total", "2016"), 1101 / 1250),
                   ("2017", S("926", "cd.errors", "total", "2017"), 926 / 1250),
                   ("2019", S("1,063", "cd.errors", "total", "2019"), 1063 / 1250)],
             caption="Communications data errors reported",
             ticks=["0", "250", "500", "750", "1,000", "1,250"],
             legend="Figure 4: Communications data errors by year (2014 and 2018 not shown)"),
    ])
    p4 = Page(printed="15", blocks=[
        Heading("Warrants by purpose and sensitive professions", size=14),
        KeyPie(items=[(["Serious", "crime", S("68%", "interception.warrants.issued.share", "serious_crime", "2014")],
                       0.68, "#1d3a6b"),
                      (["National", "security", S("31%", "interception.warrants.issued.share", "national_security", "2014")],
                       0.31, "#6d8cc4"),
                      (["Combination", S("1%", "interception.warrants.issued.share", "combination", "2014")],
                       0.01, "#c4d2ea")],
               caption="Figure 2: Interception warrants by statutory purpose, 2014"),
        Bars(rows=[("Lawyer", S("234", "cd.applications.sensitive_profession", "lawyer", "2018"), 234 / 500),
                   ("Journalist", S("203", "cd.applications.sensitive_profession", "journalist", "2018"), 203 / 500),
                   ("Member of Parliament", S("113", "cd.applications.sensitive_profession", "member_of_parliament",
                                              "2018"), 113 / 500),
                   ("Minister of Religion", S("272", "cd.applications.sensitive_profession", "minister_of_religion",
                                              "2018"), 272 / 500),
                   ("Medical Doctor", S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018"),
                    498 / 500)],
             caption="Sensitive professions",
             ticks=["0", "100", "200", "300", "400", "500"],
             legend="Figure 21: Communications data applications concerning sensitive professions, 2018"),
    ])
    return Doc(F, "Surveillance oversight statistics: a chart compendium", "Corpus imitation",
               "Charts redrawn from IOCCO and IPCO reports", "chromium", "Oversight statistics in charts",
               [p1, p2, p3, p4], number_style="foot", date=(2025, 10, 1))


def doc_osc_extract() -> Doc:
    """(6) A two-column extract in the style of the Chief Surveillance Commissioner's reports:
    financial years (2016-17), part years, extant on 31 March 2017, annualised figures, numbers in
    words and approximations."""
    F = "osc-style-surveillance-extract-2016-17.pdf"
    p1 = Page(printed="8", blocks=[
        Heading("Covert surveillance: the last OSC year and the first IPCO months", size=15, space_before=0),
        Para("Extract in the two-column style of the Annual Report of the Chief Surveillance Commissioner, "
             "with the comparisons drawn in the first IPCO report.", italic=True, size=9),
    ], columns=[
        [
            Heading("Law enforcement agencies", size=11, space_before=0),
            PNum("2.1"),
            Para("In the reporting year 2016-17, that is 1 April 2016 to 31 March 2017, law enforcement agencies "
                 "granted " + S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03") +
                 " directed surveillance authorisations."),
            PNum("2.2"),
            Para("On 31 March 2017, " + S("808", "directed_surveillance.authorisations.extant", "law_enforcement",
                                          "2017-03-31") +
                 " of those directed surveillance authorisations were still extant."),
            PNum("2.3"),
            Para("Ten years earlier, around 2007, some "
                 + S("20,000", "directed_surveillance.authorisations", "total", "2007", q="approximately") +
                 " directed surveillance authorisations were being granted each year."),
        ],
        [
            Heading("Property interference", size=11, space_before=0),
            PNum("2.4"),
            Para("Authorising officers granted "
                 + S("1,842", "property_interference.authorisations", "", "2016-04/2017-03") +
                 " property interference authorisations under Part III of the Police Act 1997 in 2016-17."),
            PNum("2.5"),
            Para("Each authorisation was examined by a Surveillance Commissioner within the time set by section "
                 "96 of the 1997 Act; the arrangements are described in paragraphs 3.1 to 3.14 and Annex B."),
            PNum("2.6"),
            Para("Inspections of each police force in England and Wales follow a cycle of about twelve months "
                 "and are reported in Chapter 5.", size=9),
        ],
    ])
    p2 = Page(printed="9", blocks=[
        Heading("1 April to 31 December 2017", size=13, space_before=0),
    ], columns=[
        [
            PNum("3.1"),
            Para("In the nine months from 1 April 2017 law enforcement agencies were granted "
                 + S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") +
                 " intrusive surveillance authorisations, or "
                 + S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") + " annualised."),
            PNum("3.2"),
            Para("Property interference authorisations numbered "
                 + S("1,453", "property_interference.authorisations", "", "2017-04/2017-12") +
                 " over the same period; annualised, "
                 + S("1,937", "property_interference.authorisations.annualised", "", "2017") +
                 ", against " + S("1,842", "property_interference.authorisations", "", "2016-04/2017-03") +
                 " in 2016-17."),
        ],
        [
            PNum("3.3"),
            Para("Other public authorities granted "
                 + S("933", "directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12") +
                 " directed surveillance authorisations in the nine months, "
                 + S("792", "directed_surveillance.authorisations", "dwp", "2017-04/2017-12") +
                 " of them by the Department for Work and Pensions."),
            PNum("3.4"),
            Para("Of the errors reported in 2017, "
                 + S("thirty-three", "errors.serious.investigations", "", "2017") +
                 " were investigated as possibly serious and "
                 + S("twenty-four", "errors.serious.determined", "total", "2017") + " were determined to be serious."),
        ],
    ])
    p3 = Page(printed="10", blocks=[
        Heading("Table 6: Authorisations by power and reporting period", size=12, space_before=0),
        Table(rows=[
            ["", "OSC year", "1 Apr 2017 to", "Annualised", "Extant on"],
            ["Power", "2016-17", "31 Dec 2017", "2017", "31 March 2017"],
            ["Directed surveillance (LEAs)",
             S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03"), "\u2013", "\u2013",
             S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31")],
            ["Directed surveillance (OPAs)", "\u2013",
             S("933", "directed_surveillance.authorisations", "other_public_authorities", "2017-04/2017-12"),
             "\u2013", "\u2013"],
            ["Property interference", S("1,842", "property_interference.authorisations", "", "2016-04/2017-03"),
             S("1,453", "property_interference.authorisations", "", "2017-04/2017-12"),
             S("1,937", "property_interference.authorisations.annualised", "", "2017"), "\u2013"],
            ["Intrusive surveillance", "\u2013",
             S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"),
             S("248", "intrusive_surveillance.authorisations.annualised", "", "2017"), "\u2013"],
        ], xs=[0, 235, 310, 385, 468], align=["L", "R", "R", "R", "R"], ruled=False, header_rows=2, row_h=16,
            size=9, caption="OPAs: other public authorities. Annualised: the nine-month figure multiplied by 12/9."),
    ], columns=[
        [
            PNum("3.5"),
            Para("The Department for Work and Pensions accounted for "
                 + S("792", "directed_surveillance.authorisations", "dwp", "2017-04/2017-12") +
                 " of the directed surveillance authorisations granted by other public authorities."),
        ],
        [
            PNum("3.6"),
            Para("Intrusive surveillance is authorised under section 32 of RIPA and needs the prior approval of "
                 "a Commissioner except in urgent cases (section 36)."),
        ],
    ])
    return Doc(F, "Covert surveillance 2016-17 and April-December 2017 (OSC-style extract)",
               "Corpus imitation", "Two-column extract in the OSC style", "reportlab",
               "Chief Surveillance Commissioner \u2013 style extract", [p1, p2, p3])


def dev_docs_3() -> list:
    return [doc_press_notices(), doc_ministerial_statement(), doc_foi_log(), doc_working_paper(),
            doc_chart_compendium(), doc_osc_extract()]



# =============================================================================================
# Held-out part (corpora/heldout/): kept out of rule development. Written in other phrasings and
# layouts than the development part; the recogniser was not tuned on these pages.

def _h(doc: Doc) -> Doc:
    doc.part = "heldout"
    return doc


def ho_ipco_2018() -> Doc:
    F = "ipco-2018-statistics-chapter.pdf"
    N = "class=\"n\""
    p1 = Page(printed="114", blocks=[
        Heading("Local authorities: communications data", size=13),
        PNum("18.52"),
        Para("What local authorities acquired is shown "
             "below by data type (Figure 15) and by communications type (Figure 16); see also paragraph 18.60."),
    ], columns=[[
        Legend(items=[("Section 21(4)(c) subscriber information ("
                       + S("647", "cd.items.data_type", "subscriber", "2018") + ")", 0.88, "#1d3a6b"),
                      ("Section 21(4)(b) service use information ("
                       + S("87", "cd.items.data_type", "service_use", "2018") + ")", 0.12, "#7a93c0"),
                      ("Section 21(4)(a) traffic data ("
                       + S("0", "cd.items.data_type", "traffic", "2018") + ")", 0.0, "#bbb")],
               caption="Figure 15: Local authority communications data by data type, 2018", caption_above=False),
    ], [
        Legend(items=[("Telephony related data (" + S("678", "cd.items.comms_type", "telephony", "2018") + ")",
                       0.92, "#1d3a6b"),
                      ("Internet related data", 0.06, "#7a93c0"), ("Postal related data", 0.02, "#bbb")],
               caption="Figure 16: Local authority communications data by communications type, 2018",
               caption_above=False),
        Para("Telephony data accounted for " + S("92%", "cd.items.comms_type.share", "telephony", "2018") +
             " of what local authorities obtained."),
    ]])
    p2 = Page(printed="115", blocks=[
        PNum("18.61"),
        Para("The most common single error was a wrong time or date, often where a time zone had not been "
             "converted. Table 5 (extract) gives the counts, with IP-address-related errors in brackets."),
        HTable(rows=[
            ["Individual responsible", ("Errors: incorrect<br>time/date", N)],
            ["SPoC", (S("199", "cd.errors.time_date", "spoc", "2018") + " ("
                      + S("66", "cd.errors.time_date.ip_address", "spoc", "2018") + " IP)", N)],
            ["Applicant", ("\u2013 (" + S("12", "cd.errors.time_date.ip_address", "applicant", "2018") + " IP)", N)],
            ["CSP", (S("50", "cd.errors.time_date", "csp", "2018"), N)],
            ["DP", ("\u2013", N)],
        ], caption="Table 5 (extract): Communications data errors by individual responsible, 2018",
            caption_above=False, cls="plain"),
        PNum("18.62"),
        Para("Annex D sets out applications that concerned people in sensitive professions."),
        HTable(rows=[
            ["Profession", ("Applications<br>2018", N)],
            ["Lawyer", (S("234", "cd.applications.sensitive_profession", "lawyer", "2018"), N + ' style="vertical-align:top"')],
            ["Journalist", (S("203", "cd.applications.sensitive_profession", "journalist", "2018"), N)],
            [("Member of<br>Parliament", 'style="padding-top:13pt"'),
             (S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018"),
              N + ' style="vertical-align:top"')],
            [("Minister of<br>Religion", 'style="padding-top:13pt"'),
             (S("272", "cd.applications.sensitive_profession", "minister_of_religion", "2018"),
              N + ' style="vertical-align:top"')],
            ["Medical Doctor", (S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018"), N)],
            ["Total", (S("1,320", "cd.applications.sensitive_profession", "total", "2018"), N)],
        ], caption="Annex D, Table 1: Applications concerning sensitive professions", bold_rows=(6,),
            widths=[90, 80]),
    ])
    p3 = Page(printed="116", blocks=[
        PNum("18.70"),
        Para("We found that " + S("808,214", "cd.items", "total", "2018", sup="44") +
             " items of data were obtained during 2018, up from " + S("757,977", "cd.items", "total", "2017") +
             " the previous year; in 2016 the figure was " + S("754,559", "cd.items", "total", "2016") + "."),
        PNum("18.71"),
        Para("Law enforcement agencies reported " + S("13", "interception.errors", "", "2018") +
             " relevant interception errors in 2018. I judged " + S("eight", "errors.serious.determined", "total", "2018")
             + " errors across all powers to be serious."),
        PNum("18.72"),
        Para("Of " + S("77", "lpp.applications.made", "", "2018") + " applications to retain legally privileged "
             "items, Judicial Commissioners approved " + S("76", "lpp.applications.approved", "", "2018") + "."),
        PNum("18.73"),
        Para("CHIS authorisations granted to law enforcement: " + S("1,958", "chis.authorisations", "law_enforcement", "2018")
             + " (see Chapter 11, Table 11.2)."),
        HTable(rows=[
            [(S("59", "spci.errors", "directed_surveillance", "2018"), N), "Directed Surveillance"],
            [(S("23", "spci.errors", "property_interference", "2018"), N), "Property Interference"],
            [(S("3", "spci.errors", "intrusive_surveillance", "2018"), N), "Intrusive Surveillance"],
            [(S("14", "spci.errors", "chis", "2018"), N), "CHIS (including undercover officers)"],
            [(S("99", "spci.errors", "total", "2018"), N), "Total"],
        ], header_rows=0, cls="plain",
            caption="Table 3 restated: errors by power, 2018 (values first, as printed in the source)"),
    ], footnotes=["44 Figures supplied by public authorities from their own systems."])
    return _h(Doc(F, "IPCO Annual Report 2018: statistics chapter (held-out extract)",
                  "Investigatory Powers Commissioner's Office", "Statistics", "chromium",
                  "IPCO Annual Report 2018", [p1, p2, p3], number_style="foot", date=(2020, 3, 5)))


def ho_news_releases() -> Doc:
    F = "ipco-news-releases-2020-2025.pdf"
    contact = Raw('<p style="font-size:8.5pt;color:#444">Press office: 020 7946 0147 (out of hours 07700 900 461). '
                  'Ref. IPCO/PR/{n}.</p>')
    r2019 = Page(header=False, blocks=[
        Lines([("NEWS RELEASE", "b", 9, "L"), ("17 December 2020", "r", 9, "L")], gap=0),
        Heading("Investigatory Powers Commissioner publishes 2019 Annual Report", size=16),
        Para("The Investigatory Powers Commissioner, Sir Brian Leveson, has published his report for 2019, the "
             "first year in which the Office for Communications Data Authorisations (OCDA) was in operation."),
        Heading("Key points", size=12.5),
        Bullet("Law enforcement use of covert human intelligence sources continued to fall: "
               + S("1,866", "chis.authorisations", "law_enforcement", "2019") + " approvals, down from "
               + S("1,958", "chis.authorisations", "law_enforcement", "2018") + " the year before;"),
        Bullet("wider public authorities (excluding councils and law enforcement) granted just "
               + S("11", "chis.authorisations", "other_public_authorities", "2019") + ";"),
        Bullet(S("200,665", "cd.requests.approved", "", "2019") + " requests for communications data were approved;"),
        Bullet("Judicial Commissioners considered " + S("15", "cd.applications.journalistic_source", "", "2019") +
               " applications to identify journalists\u2019 sources;"),
        Bullet(S("1,063", "cd.errors", "total", "2019") + " communications data errors were reported."),
        Raw(contact.html.format(n="2020/14")),
    ])
    r2020 = Page(header=False, blocks=[
        Lines([("NEWS RELEASE", "b", 9, "L"), ("27 January 2022", "r", 9, "L")], gap=0),
        Heading("Annual Report 2020 published", size=16),
        Para("IPCO oversees the use of investigatory powers by more than "
             + S("600", "context.public_authorities", "", "2020", q="over") +
             " public bodies, including the intelligence agencies, police forces and local councils."),
        Para("The 2020 report covers the first year of the pandemic, when most inspections were carried out "
             "remotely. Notes to editors: 1. The report is laid under section 234 of the Investigatory Powers Act "
             "2016. 2. The Commissioner is appointed for three years."),
        Gap(10),
        Lines([("NEWS RELEASE", "b", 9, "L"), ("29 March 2023", "r", 9, "L")], gap=0),
        Heading("Annual Report 2021 published", size=16),
        Para("2021 was the first year since IPCO began reporting in which " +
             S("none", "errors.serious.determined", "total", "2021") +
             " of the errors reported to the Commissioner was found to be a serious error."),
        Para("IPCO oversees over " + S("600", "context.public_authorities", "", "2021", q="over") +
             " public authorities."),
        Raw(contact.html.format(n="2023/03")),
    ])
    r2022 = Page(header=False, blocks=[
        Lines([("NEWS RELEASE", "b", 9, "L"), ("14 March 2024", "r", 9, "L")], gap=0),
        Heading("Annual Report 2022 published", size=16),
        Para("In 2022 IPCO carried out " + S("380", "inspections", "total", "2022") +
             " inspections of the more than " + S("600", "context.public_authorities", "", "2022", q="over") +
             " public authorities that it oversees."),
        Gap(8),
        Lines([("NEWS RELEASE", "b", 9, "L"), ("20 May 2025", "r", 9, "L")], gap=0),
        Heading("Annual Report 2023 published", size=16),
        Para("Just under " + S("360,000", "authorisations.all_powers", "", "2023", q="under") +
             " authorisations were made across all investigatory powers in 2023, and the number of applications "
             "has been growing by between " + S("9", "authorisations.all_powers.change", "", "2023", value=9) +
             " and " + S("10%", "authorisations.all_powers.change", "", "2023") + " a year."),
        Para("IPCO conducted " + S("386", "inspections", "total", "2023") +
             " inspections in 2023, covering the intelligence agencies, law enforcement, prisons and councils."),
        Raw(contact.html.format(n="2025/07")),
    ])
    r2024 = Page(header=False, blocks=[
        Lines([("NEWS RELEASE", "b", 9, "L"), ("11 December 2025", "r", 9, "L")], gap=0),
        Heading("2024 Annual Report laid before Parliament", size=16),
        Para("The report covers the use of investigatory powers by over "
             + S("600", "context.public_authorities", "", "2024", q="over") +
             " public authorities. OCDA has been part of IPCO since March 2024."),
        Para("There were " + S("219", "cd.applications.sensitive_profession", "lawyer", "2024") +
             " communications data applications relating to lawyers in 2024, and "
             + S("157", "cd.applications.sensitive_profession", "journalist", "2024") + " relating to journalists. "
             + S("106", "cd.applications.journalistic_source", "", "2024") +
             " applications sought to identify a journalist\u2019s source."),
        Heading("IPCO and predecessor headline figures", size=12.5),
        HTable(rows=[
            ["Measure", ("2017", 'class="n"'), ("2018", 'class="n"'), ("2019", 'class="n"'),
             ("2021", 'class="n"'), ("2024", 'class="n"')],
            ["Items of communications data", (S("757,977", "cd.items", "total", "2017"), 'class="n"'),
             (S("808,214", "cd.items", "total", "2018"), 'class="n"'), ("\u2013", 'class="n"'),
             ("\u2013", 'class="n"'), ("\u2013", 'class="n"')],
            ["Serious errors determined", (S("24", "errors.serious.determined", "total", "2017"), 'class="n"'),
             (S("8", "errors.serious.determined", "total", "2018"), 'class="n"'),
             (S("14", "errors.serious.determined", "total", "2019"), 'class="n"'),
             (S("0", "errors.serious.determined", "total", "2021"), 'class="n"'), ("\u2013", 'class="n"')],
            ["CHIS authorisations, law enforcement", ("\u2013", 'class="n"'),
             (S("1,958", "chis.authorisations", "law_enforcement", "2018"), 'class="n"'),
             (S("1,866", "chis.authorisations", "law_enforcement", "2019"), 'class="n"'),
             ("\u2013", 'class="n"'), ("\u2013", 'class="n"')],
            ["Journalistic source applications", ("\u2013", 'class="n"'), ("\u2013", 'class="n"'),
             (S("15", "cd.applications.journalistic_source", "", "2019"), 'class="n"'), ("\u2013", 'class="n"'),
             (S("106", "cd.applications.journalistic_source", "", "2024"), 'class="n"')],
        ], caption="Notes to editors 3: figures as published in each year\u2019s report; \u2013 not reported.",
            caption_above=False),
        Raw(contact.html.format(n="2025/19")),
    ])
    return _h(Doc(F, "IPCO news releases on the Annual Reports 2019 to 2024",
                  "Investigatory Powers Commissioner's Office", "News releases", "chromium", "",
                  [r2019, r2020, r2022, r2024], style="news", date=(2025, 12, 11)))


def ho_ico_blog() -> Doc:
    F = "ico-fines-explainer.pdf"
    p1 = Page(header=False, blocks=[
        Heading("What the ICO\u2019s biggest fines tell us", size=17),
        Para("Posted 2 August 2023 \u00b7 6 min read \u00b7 Data protection", italic=True),
        Para("The Information Commissioner\u2019s Office finalised two record penalties in the 2020/21 year. "
             "British Airways paid " + S("£20 million", "ico.fines", "british_airways", "2020-04/2021-03", value=20e6)
             + ", reduced from the figure first proposed, while Marriott International was fined "
             + S("£18.4 million", "ico.fines", "marriott", "2020-04/2021-03", value=18.4e6) + "."),
        Para("Two years later, in 2022-23, the regulator fined the facial recognition company Clearview AI "
             + S("£7.5m", "ico.fines", "clearview", "2022-04/2023-03") + ", and the construction group Interserve "
             + S("£4.4 million", "ico.fines", "interserve", "2022-04/2023-03", value=4.4e6) + "."),
        Para("Not every penalty survives. The Cabinet Office was fined "
             + S("£500,000", "ico.fines", "cabinet_office", "2021-04/2022-03") +
             " in December 2021 over the New Year Honours list; after an appeal the penalty became "
             + S("£50,000", "ico.fines", "cabinet_office", "2022-04/2023-03") + "."),
        HTable(rows=[
            ["Organisation", "Year", ("Penalty<br>(£)", 'class="n"')],
            ["British Airways", "2020/21", (S("20,000,000", "ico.fines", "british_airways", "2020-04/2021-03"), 'class="n"')],
            ["Marriott International", "2020/21", (S("18,400,000", "ico.fines", "marriott", "2020-04/2021-03"), 'class="n"')],
            ["Cabinet Office (as issued)", "2021/22", (S("500,000", "ico.fines", "cabinet_office", "2021-04/2022-03"), 'class="n"')],
            ["Clearview AI Inc", "2022/23", (S("7,500,000", "ico.fines", "clearview", "2022-04/2023-03"), 'class="n"')],
            ["Interserve Group", "2022/23", (S("4,400,000", "ico.fines", "interserve", "2022-04/2023-03"), 'class="n"')],
        ], caption="Penalties as published by the ICO. Helpline 0303 123 1113."),
        Para("Section 155 of the Data Protection Act 2018 sets the maximum penalty by reference to Article 83 "
             "of the UK GDPR; page 3 of the ICO\u2019s penalty guidance explains the steps."),
    ])
    return _h(Doc(F, "What the ICO's biggest fines tell us", "Corpus imitation of a blog post",
                  "ICO fines", "chromium", "", [p1], style="news", date=(2023, 8, 2)))


def ho_foi() -> Doc:
    F = "foi/foi-disclosure-2026-00417.pdf"
    p1 = Page(header=False, blocks=[
        Lines([("Westmoor Constabulary", "b", 15, "R"),
               ("Freedom of Information Team, PO Box 4471, Westmoor WM1 9ZZ", "r", 9, "R"),
               ("Tel: 0118 496 0733", "r", 9, "R")], gap=1),
        Gap(12),
        Lines([("FOI Ref: 2026-00417", "b", 10, "L"), ("2 April 2026", "r", 10, "L")], gap=1),
        Gap(8),
        Para("Your request of 5 March 2026 asked for the number of communications data requests the force has "
             "sent to each mobile network operator since January 2024."),
        Para("Since January 2024 the force has recorded its requests by operator. We can confirm that LycaMobile "
             "received " + S("15,702", "cd.requests.company", "lycamobile", "2024") + " requests in 2024 and "
             + S("93,527", "cd.requests.company", "lycamobile", "2025") + " in 2025. Figures for other operators "
             "are withheld under section 31(1)(a) of the Act."),
        Table(rows=[
            ["Calendar year", "Operator", "Requests"],
            ["2024", "LycaMobile", S("15,702", "cd.requests.company", "lycamobile", "2024")],
            ["2024", "All other operators", "withheld"],
            ["2025", "LycaMobile", S("93,527", "cd.requests.company", "lycamobile", "2025")],
            ["2025", "All other operators", "withheld"],
        ], xs=[0, 130, 330, 483], align=["L", "L", "R"], ruled=True, size=10, row_h=18),
    ])
    p2 = Page(printed="2", header=False, blocks=[
        Heading("Context", size=12, space_before=0),
        Para("You may find the Investigatory Powers Commissioner\u2019s report for 2024 useful. It records "
             + S("219", "cd.applications.sensitive_profession", "lawyer", "2024") +
             " applications for communications data relating to lawyers, "
             + S("157", "cd.applications.sensitive_profession", "journalist", "2024") +
             " relating to journalists and " + S("106", "cd.applications.journalistic_source", "", "2024") +
             " to identify a journalist\u2019s source."),
        Para("If you are dissatisfied you may request an internal review within 40 working days, quoting reference "
             "2026-00417, and then complain to the Information Commissioner (0303 123 1113)."),
    ])
    return _h(Doc(F, "FOI disclosure 2026-00417: communications data requests by operator",
                  "Westmoor Constabulary", "FOI disclosure", "fpdf2", "", [p1, p2], date=(2026, 4, 2)))


def ho_iocco_2014() -> Doc:
    F = "iocco-report-march-2015.pdf"
    cover = Page(header=False, blocks=[
        Gap(140),
        Lines([("Report of the Interception of", "b", 22, "C"), ("Communications Commissioner", "b", 22, "C")], gap=6),
        Gap(30),
        Lines([("March 2015", "r", 13, "C")]),
        Gap(220),
        Lines([("Presented to Parliament pursuant to Section 58(6) of the Regulation of Investigatory Powers Act 2000",
                "r", 9, "C")]),
    ])
    p2 = Page(printed="18", blocks=[
        Heading("6.3 Interception warrants", size=12, space_before=0),
        Para("6.8 During 2014, " + S("2,795", "interception.warrants.issued", "total", "2014") +
             " new interception warrants were issued, compared with "
             + S("2,760", "interception.warrants.issued", "total", "2013") + " the previous year. The statutory "
             "purposes are set out in section 5(3)(a) to (c) of RIPA."),
        Pie(slices=[("Serious crime " + S("68%", "interception.warrants.issued.share", "serious_crime", "2014"), 0.68, 0.3),
                    ("National security " + S("31%", "interception.warrants.issued.share", "national_security", "2014"),
                     0.31, 0.6),
                    ("Combination " + S("1%", "interception.warrants.issued.share", "combination", "2014"), 0.01, 0.85)],
            caption="Figure 2 Breakdown of interception warrants by statutory purpose, 2014", radius=45),
        Para("6.9 Figures 3 and 4 on page 20 compare the agencies; their axes run from 0 to 1200 in steps of 200."),
    ])
    p3 = Page(printed="31", blocks=[
        Heading("6.8 Interception errors", size=12, space_before=0),
        Para("6.71 The agencies reported " + S("60", "interception.errors", "", "2014") + " interception errors in "
             "2014 (" + S("57", "interception.errors", "", "2013") + " in 2013)."),
        Table(rows=[
            ["Year", "2010", "2011", "2013", "2014"],
            ["Interception errors", S("27", "interception.errors", "", "2010"), S("42", "interception.errors", "", "2011"),
             S("57", "interception.errors", "", "2013"), S("60", "interception.errors", "", "2014")],
        ], xs=[0, 200, 260, 320, 380], align=["L", "R", "R", "R", "R"], ruled=False, row_h=16,
            caption="Table 4: interception errors reported, selected years (2012 figure shown in the 2012 report)"),
    ])
    p4 = Page(printed="44", blocks=[
        Heading("7.4 Urgent oral applications", size=12, space_before=0),
        Para("7.20 Urgent oral applications rose to " + S("55,346", "cd.urgent_oral", "", "2014") +
             " in 2014, against " + S("42,293", "cd.urgent_oral", "", "2013") + " in 2013. The oral process is "
             "described in paragraphs 3.65 to 3.71 of the Code of Practice."),
        Heading("Annex B (extract): notices and authorisations, intelligence agencies, 2013", size=11),
        Table(rows=[
            [S("1,406", "cd.notices_authorisations", "gchq", "2013"), "GCHQ"],
            [S("672", "cd.notices_authorisations", "sis", "2013"), "SIS"],
            [S("56,918", "cd.notices_authorisations", "security_service", "2013"), "MI5"],
            [S("58,996", "cd.notices_authorisations", "total", "2013"), "Grand Total"],
        ], xs=[60, 90], align=["R", "L"], ruled=False, header_rows=0, row_h=15),
        Para("Other public authorities made " + S("2,603", "cd.notices_authorisations", "other_public_authorities",
                                                 "2013") + " in 2013 (Annex B, part 2)."),
    ])
    p5 = Page(printed="45", blocks=[
        Heading("Comparison with 2013", size=12, space_before=0),
        Para("7.31 The 2013 report said that the number of interception warrants fell by "
             + S("19%", "interception.warrants.issued.change", "total", "2013", value=-19) + ", that "
             + S("600", "interception.warrants.examined", "", "2013") + " warrants were examined and that the "
             "inspections produced " + S("sixty-five", "recommendations", "total", "2013") + " recommendations."),
        Para("7.32 It also recorded " + S("970", "cd.errors", "total", "2013") + " communications data errors, "
             + S("seven", "errors.serious.determined", "total", "2013") + " of them with very serious consequences. "
             "Public authorities were responsible for " + S("87.5%", "cd.errors.share", "public_authorities", "2013") +
             " and CSPs for " + S("12.5%", "cd.errors.share", "csp", "2013") + "."),
    ])
    return _h(Doc(F, "Report of the Interception of Communications Commissioner - March 2015",
                  "Interception of Communications Commissioner's Office", "Annual report for 2014", "reportlab",
                  "Report of the Interception of Communications Commissioner - March 2015",
                  [cover, p2, p3, p4, p5], font="Times-Roman", number_style="foot_url", url="www.iocco-uk.info"))


def ho_iocco_early() -> Doc:
    F = "iocco-reports-2006-2012-extracts.pdf"
    p1 = Page(printed="16", blocks=[
        Heading("Report of the Interception of Communications Commissioner for 2006", size=13),
        Para("(covering the period 1 April to 31 December 2006)", italic=True),
        Para("58. In the period of this report public authorities made "
             + S("253,557", "cd.requests", "total", "2006-04/2006-12") + " requests for communications data. "
             + S("1,088", "cd.errors", "total", "2006-04/2006-12") + " errors were reported to me, of which "
             + S("301", "cd.errors", "csp", "2006-04/2006-12") + " were attributable to communications service "
             "providers and the remainder (" + S("787", "cd.errors", "public_authorities", "2006-04/2006-12") +
             ") to public authorities."),
        Para("59. Local authorities made " + S("1,694", "cd.requests", "local_authorities", "2006-04/2006-12") +
             " of the requests. During the same nine months " +
             S("1,435", "interception.warrants.issued", "total", "2006-04/2006-12") +
             " interception warrants were issued."),
    ])
    p2 = Page(printed="9", blocks=[
        Heading("Report of the Interception of Communications Commissioner for 2007", size=13),
        Para("3.7 In the year to 31 December 2007, " + S("519,260", "cd.requests", "total", "2007") +
             " requests for communications data were made to communications service providers."),
        Para("3.10 New reporting rules took effect on 1 October 2007. Between 1 October and 31 December 2007 "
             "public authorities reported " + S("99", "cd.errors", "public_authorities", "2007-10/2007-12") +
             " errors under them."),
        Heading("Report for 2008", size=13),
        Para("3.9 Over the twelve-month period, " + S("595", "cd.errors", "total", "2008") +
             " communications data errors were reported by public authorities."),
        Heading("Report for 2009", size=13),
        Para("3.9 Public authorities reported " + S("661", "cd.errors", "total", "2009") + " errors."),
        Para("6.2 The Investigatory Powers Tribunal received " + S("157", "ipt.complaints", "", "2009") +
             " new complaints in 2009."),
    ])
    p3 = Page(printed="31", blocks=[
        Heading("2011 Annual Report", size=13),
        Para("6.4 Across all the intercepting agencies " + S("42", "interception.errors", "", "2011") +
             " errors were reported to me in 2011, compared with " + S("27", "interception.errors", "", "2010") +
             " in the previous year."),
        Heading("2012 Annual Report", size=13),
        Para("6.3 The number of lawful intercept warrants issued in 2012 was " +
             S("3,372", "interception.warrants.issued", "total", "2012") + ", which represents a "
             + S("16%", "interception.warrants.issued.change", "total", "2012") + " increase on 2011."),
        Para("7.9 In 2012, " + S("979", "cd.errors", "total", "2012") + " errors were reported. Roughly "
             + S("80%", "cd.errors.share", "public_authorities", "2012", q="approximately") +
             " were attributable to public authorities and the rest (" + S("20%", "cd.errors.share", "csp", "2012") +
             ") to CSPs."),
        Para("7.5.3 Other public authorities made " + S("2,379", "cd.requests", "other_public_authorities", "2012") +
             " requests; inspections were carried out at " + S("21", "public_authorities.inspected", "", "2012") +
             " of them."),
    ])
    return _h(Doc(F, "Reports of the Interception of Communications Commissioner 2006 to 2012 (extracts)",
                  "Interception of Communications Commissioner", "Extracts", "chromium", "", [p1, p2, p3],
                  style="serif", date=(2010, 7, 1)))


def ho_ipco_2017_surveillance() -> Doc:
    F = "ipco-2017-surveillance-tables.pdf"
    N = 'class="n"'
    p1 = Page(printed="41", blocks=[
        Heading("Covert surveillance by law enforcement agencies", size=14),
        Para("IPCO took over the oversight of covert surveillance from the Office of Surveillance Commissioners on "
             "1 September 2017. The OSC counted by financial year and IPCO by calendar year, so the first IPCO "
             "figures cover 1 April to 31 December 2017, with an annualised figure alongside."),
        HTable(rows=[
            ["", ("OSC<br>2016-17", N), ("01/04/17\u2013<br>31/12/17", N), ("\u2018Annualised<br>figure\u2019", N)],
            [("Property interference under Part III of the Police Act 1997 (all law enforcement agencies)",
              'style="width:170pt"'),
             (S("1,842", "property_interference.authorisations", "", "2016-04/2017-03"), N),
             (S("1,453", "property_interference.authorisations", "", "2017-04/2017-12"), N),
             (S("1,937", "property_interference.authorisations.annualised", "", "2017"), N)],
            [("Intrusive surveillance under Part II of RIPA", 'style="width:170pt"'), ("\u2013", N),
             (S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12"), N),
             (S("248", "intrusive_surveillance.authorisations.annualised", "", "2017"), N)],
            [("Directed surveillance (law enforcement agencies)", 'style="width:170pt"'),
             (S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03"), N),
             ("\u2013", N), ("\u2013", N)],
        ], caption="Table 4.1: Authorisations granted", widths=[170, 70, 80, 80]),
        Para("At the end of the OSC\u2019s last reporting year " +
             S("808", "directed_surveillance.authorisations.extant", "law_enforcement", "2017-03-31") +
             " directed surveillance authorisations granted to law enforcement agencies were still extant "
             "(31 March 2017)."),
        Box("Note:", "the annualised figure multiplies the nine-month count by 12 and divides by 9. Section 32(3) "
            "of RIPA and section 93(2) of the Police Act 1997 set the tests."),
    ])
    return _h(Doc(F, "IPCO Annual Report 2017: covert surveillance tables (held-out extract)",
                  "Investigatory Powers Commissioner's Office", "Surveillance tables", "chromium",
                  "IPCO Annual Report 2017", [p1], date=(2019, 1, 31)))


def ho_iocco_2016_figures() -> Doc:
    F = "iocco-2016-figures-and-charts.pdf"
    N = 'class="n"'
    p1 = Page(printed="50 @iocco_oversight", blocks=[
        Heading("Communications data in 2016", size=14),
        Para("Purposes. Applications must cite a purpose in section 22(2) of RIPA. Figure 5 shows the spread:"),
        Legend(items=[("b - Prevent and Detect " + S("83%", "cd.applications.purpose.share", "prevent_detect_crime", "2016"),
                       0.83, "#1d3a6b"),
                      ("g - Emergency Prevent Death / Injury "
                       + S("11%", "cd.applications.purpose.share", "prevent_death_injury", "2016"), 0.11, "#7a93c0"),
                      ("a - National Security " + S("6%", "cd.applications.purpose.share", "national_security", "2016"),
                       0.06, "#c4d2ea")],
               caption="Figure 5: Applications by statutory purpose, 2016"),
        Para("Sensitive professions. Of the applications made in 2016, "
             + S("948", "cd.applications.sensitive_profession", "total", "2016") +
             " related to people in professions that handle privileged or confidential information."),
        Para("Volume. Public authorities acquired " + S("754,559", "cd.items", "total", "2016") +
             " items; the urgent oral process was used for " + S("10%", "cd.urgent_oral.share", "", "2016") + " of them."),
    ])
    p2 = Page(printed="58 @iocco_oversight", blocks=[
        Heading("Errors and returned applications, 2016", size=14),
    ], columns=[[
        Para("SPoCs were responsible for " + S("43.3%", "cd.errors.share", "spoc", "2016") +
             " of the errors according to the text; the chart below puts it at a slightly different figure."),
        Legend(items=[("SPoC " + S("43.5%", "cd.errors.share", "spoc", "2016", method="chart"), 0.435, "#1d3a6b"),
                      ("Applicant " + S("39.4%", "cd.errors.share", "applicant", "2016"), 0.394, "#3f62a0"),
                      ("CSP " + S("11.6%", "cd.errors.share", "csp", "2016"), 0.116, "#7a93c0"),
                      ("DP " + S("2.9%", "cd.errors.share", "designated_person", "2016"), 0.029, "#c4d2ea"),
                      ("Other", 0.026, "#888")],
               caption="Figure 10: Errors by responsible party (inner ring)", split=True),
    ], [
        Para("Designated persons returned or declined applications for the reasons in Figure 9."),
        Legend(items=[("Clarity & Quality " + S("21%", "cd.applications.returned.share", "clarity_quality", "2016"),
                       0.21, "#1d3a6b"),
                      ("Other " + S("16%", "cd.applications.returned.share", "other", "2016"), 0.16, "#7a93c0"),
                      ("SPoC Request Return " + S("5%", "cd.applications.returned.share", "spoc_request_return", "2016"),
                       0.05, "#c4d2ea")],
               caption="Figure 9: Reasons applications were returned (selected)", split=True),
    ]])
    p3 = Page(printed="41 @iocco_oversight", blocks=[
        Heading("Interception in 2016: the numbers", size=14),
        HTable(rows=[
            ["", ("Number", N), ("Share", N)],
            ["Warrants issued", (S("3,007", "interception.warrants.issued", "total", "2016"), N), ("\u2013", N)],
            ["Approved under the urgency procedure", (S("67", "interception.warrants.urgent", "", "2016"), N),
             ("c. " + S("2.2%", "interception.warrants.urgent.share", "", "2016", q="approximately"), N)],
            ["Applications refused by a Secretary of State", (S("5", "interception.warrants.refused", "", "2016"), N),
             ("\u2013", N)],
            ["Warrants examined at inspection", (S("970", "interception.warrants.examined", "", "2016"), N),
             (S("32%", "interception.warrants.examined.share", "", "2016"), N)],
            ["Change in warrants in force, 31 December 2016 on 2015", ("\u2013", N),
             ("+" + S("5.5%", "interception.warrants.in_force.change", "", "2016-12-31"), N)],
        ], caption="Table 2: Interception, 2016. The share of warrants examined is of new warrants issued."),
        Para("IOCCO inspected " + S("134", "public_authorities.inspected", "", "2016") + " public authorities in "
             "the course of " + S("166", "inspections", "total", "2016") + " inspections; "
             + S("29", "errors.serious.investigations", "", "2016") + " serious error investigations followed."),
    ])
    p4 = Page(printed="7 @iocco_oversight", blocks=[
        Heading("Key figures, 2014 to 2016", size=14),
        HTable(rows=[
            ["", ("2014", N), ("2015", N), ("2016", N)],
            ["Interception warrants issued", (S("2,795", "interception.warrants.issued", "total", "2014"), N),
             (S("3,059", "interception.warrants.issued", "total", "2015"), N),
             (S("3,007", "interception.warrants.issued", "total", "2016"), N)],
            ["Items of communications data", ("None", N), (S("761,702", "cd.items", "total", "2015"), N),
             (S("754,559", "cd.items", "total", "2016"), N)],
            ["Communications data errors", ("–", N), (S("1,199", "cd.errors", "total", "2015"), N),
             (S("1,101", "cd.errors", "total", "2016"), N)],
            ["Interception errors", (S("60", "interception.errors", "", "2014"), N),
             (S("62", "interception.errors", "", "2015"), N), ("–", N)],
        ], caption="Items were first counted in 2015, so there is no 2014 figure. Errors notified in 2016: see the "
                   "covering letter, which gives 1,200."),
        Para("In the covering letter the Commissioner records that his office was notified of "
             + S("1,200", "cd.errors", "total", "2016") + " errors during 2016."),
    ])
    return _h(Doc(F, "Report of the Interception of Communications Commissioner 2016: figures and charts",
                  "Interception of Communications Commissioner's Office", "Figures", "chromium",
                  "Report of the Interception of Communications Commissioner - 2016", [p1, p2, p3, p4],
                  date=(2017, 7, 20)))


def ho_ipco_2019() -> Doc:
    F = "ipco-annual-report-2019-chapters.pdf"
    p1 = Page(printed="130", blocks=[
        Heading("Chapter 18: Errors", size=15),
    ], columns=[[
        PNum("18.11"),
        Para("Law enforcement agencies between them reported " + S("24", "interception.errors", "", "2019") +
             " relevant errors relating to interception in 2019."),
        PNum("18.12"),
        Para("None of these was a serious error: there were " +
             S("no", "errors.serious.determined", "interception", "2019") + " serious interception errors."),
    ], [
        PNum("18.39"),
        Para("I investigated " + S("18", "errors.serious.investigations", "", "2019") +
             " cases as possible serious errors and determined that " +
             S("14", "errors.serious.determined", "total", "2019") + " were serious, up from "
             + S("eight", "errors.serious.determined", "total", "2018") + " in 2018."),
    ]])
    p2 = Page(printed="151", blocks=[
        Heading("Chapter 19: Statistics", size=15),
        Para("Local authority acquisitions by communications type are shown in Figure 20. The three values are "
             "printed beside the slices rather than in the key."),
        Columns(bars=[(S("1,191", "cd.items.comms_type", "telephony", "2019"), 1191 / 1300),
                      (S("164", "cd.items.comms_type", "internet", "2019"), 164 / 1300),
                      (S("24", "cd.items.comms_type", "postal", "2019"), 24 / 1300)],
                labels=["Telephony", "Internet", "Postal"], ticks=["0", "400", "800", "1,200"],
                caption="Figure 20: Local authority communications data by communications type, 2019"),
        Para("Overall, " + S("200,665", "cd.requests.approved", "", "2019") + " communications data requests were "
             "approved, and public authorities reported " + S("1,063", "cd.errors", "total", "2019") +
             " communications data errors. We inspected " + S("13", "public_authorities.inspected", "", "2019") +
             " public authorities other than law enforcement agencies, all of which had used the powers."),
        Para("CHIS: law enforcement " + S("1,866", "chis.authorisations", "law_enforcement", "2019") + " ("
             + S("1,958", "chis.authorisations", "law_enforcement", "2018") + "); wider public authorities "
             + S("11", "chis.authorisations", "other_public_authorities", "2019") + "."),
    ])
    return _h(Doc(F, "Annual Report of the Investigatory Powers Commissioner 2019: chapters 18 and 19 (held-out)",
                  "Investigatory Powers Commissioner's Office", "Errors and statistics", "chromium",
                  "Investigatory Powers Commissioner’s Annual Report 2019", [p1, p2], date=(2020, 12, 17)))


def heldout_docs() -> list:
    return [ho_ipco_2018(), ho_news_releases(), ho_ico_blog(), ho_foi(), ho_iocco_2014(), ho_iocco_early(),
            ho_ipco_2017_surveillance(), ho_iocco_2016_figures()]


# The later development parts, each built in corpora/generate_<part>.py with this machinery.
LATER_PARTS = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16")


def later_part_builders(part: str) -> list:
    """The document builders of one later development part (its module's <part>_builders())."""
    import importlib
    sys.modules.setdefault("generate", sys.modules[__name__])  # one registry when run as a script
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    return getattr(importlib.import_module(f"generate_{part}"), f"{part}_builders")()


def render_part(part: str) -> int:
    """Render one later development part only (its module's main): its PDFs, its gold.csv
    and the self-check on its pages; 1 when the self-check finds a problem."""
    import csv
    docs = []
    for build in later_part_builders(part):
        d = build()
        CURRENT_PART[0] = d.part
        RENDERERS[d.producer](d)
        docs.append(d)
    rows = [r for r in GOLD if r["_part"] == part]
    (HERE / part).mkdir(parents=True, exist_ok=True)
    with open(HERE / part / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=GOLD_COLUMNS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    for d in docs:
        print(f"  {sum(r['document'] == d.filename for r in rows):4d}  {d.filename}  ({d.producer})")
    print(f"{part}: {len(docs)} PDFs, {len(rows)} gold rows")
    by_method: dict = {}
    for r in rows:
        by_method[r["method"]] = by_method.get(r["method"], 0) + 1
    print("  by method: " + ", ".join(f"{k} {v}" for k, v in sorted(by_method.items())) +
          f"; with a qualifier: {sum(1 for r in rows if r['qualifier'])}")
    problems = verify(docs)
    for problem in problems:
        print("  " + problem)
    return 1 if problems else 0


def all_docs_builders() -> list:
    return [doc_ipco_2018, doc_iocco_2016, doc_iocco_2013, doc_ipco_2019, doc_ico, doc_foi, doc_ipco_2024,
            doc_ipco_2017, doc_iocco_2015, doc_briefing,
            doc_press_notices, doc_ministerial_statement, doc_foi_log, doc_working_paper,
            doc_chart_compendium, doc_osc_extract,
            ho_ipco_2018, ho_news_releases, ho_ico_blog, ho_foi, ho_iocco_2014, ho_iocco_early,
            ho_ipco_2017_surveillance, ho_iocco_2016_figures, ho_ipco_2019] + [build for part in LATER_PARTS for build in later_part_builders(part)]


if __name__ == "__main__":
    sys.exit(main())
