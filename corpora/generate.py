#!/usr/bin/env python3
"""Generate the sample corpus: PDFs that imitate UK surveillance-oversight reports, plus gold.csv.

    .venv/bin/python corpora/generate.py

writes everything into corpora/sample/ (deterministic: reruns are byte-identical).

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

GOLD_COLUMNS = ["document", "page", "metric", "category", "period", "value", "unit", "method", "quote"]

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
    used: bool = False


STATS: list[Stat] = []
PH_RE = re.compile("\u27e6(\\d+)\u27e7")  # ⟦n⟧ placeholder

NUMBER_WORDS = {
    "no": 0, "none": 0, "nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "sixty-five": 65,
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


def S(printed: str, metric: str, category: str, period: str, *, value: Optional[float] = None,
      method: Optional[str] = None, sup: Optional[str] = None) -> str:
    """Register a statistic printed as `printed`; returns the placeholder to put in the text."""
    v = parse_value(printed) if value is None else float(value)
    st = Stat(len(STATS), printed, metric, category, period, v, method, sup)
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
    base = metric
    if metric.endswith(".share") or metric.endswith(".change"):
        return "percent"
    if base in METRICS:
        return METRICS[base]["unit"]
    return PROPOSED_METRICS[base]


def validate(metric: str, category: str, period: str) -> None:
    base = re.sub(r"\.(share|change)$", "", metric)
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


def record(doc: str, page: int, st: Stat, method: str, quote: str) -> None:
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
        "method": m, "quote": re.sub(r"\s+", " ", quote).strip(),
        "_printed": st.printed,
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
    path = OUT / doc.filename
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

    path = OUT / doc.filename
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
                 + S("2.2%", "interception.warrants.urgent.share", "", "2016") +
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
             + S("600", "context.public_authorities", "", "2024") +
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
# Verification

def verify(docs: list[Doc]) -> list[str]:
    import pdfplumber

    problems = []
    texts: dict = {}
    for d in docs:
        with pdfplumber.open(OUT / d.filename) as pdf:
            if pdf.metadata.get("Title") != d.title:
                problems.append(f"{d.filename}: Title metadata {pdf.metadata.get('Title')!r}")
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
        if not any(g["quote"] in v for v in vs):
            problems.append(f"{g['document']} p{g['page']}: quote not found: {g['quote']!r}")
        if not pat.search(g["quote"]):
            problems.append(f"{g['document']} p{g['page']}: quote lacks the value: {g['quote']!r}")
    return problems


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    docs = [doc_ipco_2018(), doc_iocco_2016(), doc_iocco_2013(), doc_ipco_2019(), doc_ico(), doc_foi(),
            doc_ipco_2024()]
    for d in docs:
        (render_reportlab if d.producer == "reportlab" else render_fpdf)(d)
    unused = [s for s in STATS if not s.used]
    if unused:
        raise RuntimeError(f"statistics registered but never drawn: {[s.printed for s in unused]}")

    with open(OUT / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=GOLD_COLUMNS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for row in GOLD:
            w.writerow(row)

    problems = verify(docs)
    by_doc: dict = {}
    by_method: dict = {}
    for g in GOLD:
        by_doc[g["document"]] = by_doc.get(g["document"], 0) + 1
        by_method[g["method"]] = by_method.get(g["method"], 0) + 1
    print(f"wrote {len(docs)} PDFs and {len(GOLD)} gold rows to {OUT}")
    for k, v in by_doc.items():
        print(f"  {v:4d}  {k}")
    print("  by method: " + ", ".join(f"{k} {v}" for k, v in sorted(by_method.items())))
    if DUPLICATES:
        print(f"  {len(DUPLICATES)} repeated statistic(s) on the same page merged into one gold row")
    if problems:
        print("SELF-CHECK FAILED:")
        for p in problems:
            print("  " + p)
        return 1
    print("self-check passed: every gold value and quote found on its page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
