#!/usr/bin/env python3
"""Sixteenth development part of the labelled corpus: corpora/dev16/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev16.py      # this part only

Theme: an honest, untuned generalisation test, with a realistic mix of forms (sentences, charts,
tables, lists, numbers in words), from producers already installed but used in ways no earlier
part uses them. One small page-layout engine (wrapped paragraphs, raised footnote markers, ruled
tables, bullets, and charts drawn from primitives: horizontal bars, columns with y-axis ticks, a
line with markers, a 100% stacked bar) drives three back ends:

- PyMuPDF writing pages directly (`insert_text` with an embedded DejaVu Sans Condensed TrueType font,
  `draw_rect`, `draw_line`, `draw_circle`): no Story, no HTML; its charts are the first drawn by
  PyMuPDF primitives;
- a reportlab canvas with charts from `reportlab.graphics` used in new ways (pies with exploded
  slices and side labels, a horizontal bar chart with negative values and signed bar labels) and
  charts written as SVG and converted by svglib (`svg2rlg`) into reportlab drawings;
- fpdf2 with the same engine (text and tables only).

Six documents, in genres no earlier part has:

- a Scottish Parliament written answer (PyMuPDF): question reference S6W-28417, lodged and
  answered dates, the MSP's constituency, a table of warrants with a change column;
- an NGO "data explorer" web page printed from a browser (PyMuPDF): the browser's date and URL
  lines, a filter panel, headline cards, a line chart with markers, horizontal bars, columns, a
  100% stacked bar;
- a newspaper's corrections and clarifications column (fpdf2): each entry names the article, its
  date and page, the wrong figure and the right one (a wrong "£18.4bn" is printed and is not gold);
- a university dissertation chapter with footnotes (reportlab canvas + reportlab.graphics):
  raised footnote markers, statistics in the footnotes, two exploded pies, a horizontal bar chart
  of year-on-year changes with a negative bar;
- a regulator's consultation response with an annex table of figures respondents cited (fpdf2):
  question numbers, respondent counts, response references;
- a podcast's show-notes page (reportlab canvas + svglib): episode number, running time,
  timestamps, a "numbers in this episode" list and two SVG charts.

Only printed figures are statistics: axis ticks, chart and table numbers, question, paragraph,
footnote and page numbers, dates, times, ages, durations, phone and reference numbers, prices and
budgets are distractors.

All prose is new. Every number that is a statistic is a real published figure, the same figures
(metric, category, period, value) as labelled in the earlier development parts, taken from
/work/shared/reference/facts-dev.json. The MSP, the NGO, the newspaper, the student, the regulator's
consultation and the podcast are fictional and give no statistics of their own.

Determinism: PyMuPDF output is written with fixed metadata dates and no new /ID; the reportlab
canvas is invariant; fpdf2 is given the document's date.
"""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import Doc, Page, S
from generate_dev14 import prose, row_cells, chart

PART = "dev16"
EN = "\u2013"
RSQ = "\u2019"
LDQ, RDQ = "\u201c", "\u201d"
CREATOR = "corpora/generate_dev16.py"
PW, PH = 595.28, 841.89

W_ISS = "interception.warrants.issued"
W_CH = "interception.warrants.issued.change"
W_SH = "interception.warrants.issued.share"
SP = "cd.applications.sensitive_profession"
DS = "directed_surveillance.authorisations"
CHIS = "chis.authorisations"
SER = "errors.serious.determined"
INV = "errors.serious.investigations"
JS = "cd.applications.journalistic_source"
PY06 = "2006-04/2006-12"

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"


def _start() -> None:
    g.CURRENT_PART[0] = PART


def hexrgb(h: str) -> tuple:
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


# ---------------------------------------------------------------------------------------------
# back ends: coordinates are points from the top left; y of text is its baseline

class FitzBE:
    FONTS = {"reg": DJV + "DejaVuSansCondensed.ttf", "bold": DJV + "DejaVuSansCondensed-Bold.ttf",
             "ital": DJV + "DejaVuSansCondensed-Oblique.ttf"}

    def __init__(self, doc):
        import pymupdf
        self.pm = pymupdf
        self.page = doc.new_page(width=PW, height=PH)
        self.fonts = {k: pymupdf.Font(fontfile=v) for k, v in self.FONTS.items()}
        for k, v in self.FONTS.items():
            self.page.insert_font(fontname="F" + k, fontfile=v)

    def width(self, s, size, font="reg"):
        return self.fonts[font].text_length(s, fontsize=size)

    def text(self, x, y, s, size, font="reg", color="#000000"):
        self.page.insert_text((x, y), s, fontname="F" + font, fontsize=size, color=hexrgb(color))

    def rect(self, x, y, w, h, fill="#cccccc", stroke=None):
        self.page.draw_rect(self.pm.Rect(x, y, x + w, y + h), color=hexrgb(stroke) if stroke else None,
                            fill=hexrgb(fill) if fill else None, width=0.6 if stroke else 0)

    def line(self, x1, y1, x2, y2, color="#999999", w=0.5):
        self.page.draw_line((x1, y1), (x2, y2), color=hexrgb(color), width=w)

    def dot(self, x, y, r, color):
        self.page.draw_circle((x, y), r, color=hexrgb(color), fill=hexrgb(color), width=0)


class RLBE:
    def __init__(self, c, serif=False):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.c, self.sw = c, stringWidth
        self.names = ({"reg": "Times-Roman", "bold": "Times-Bold", "ital": "Times-Italic"} if serif else
                      {"reg": "Helvetica", "bold": "Helvetica-Bold", "ital": "Helvetica-Oblique"})

    def width(self, s, size, font="reg"):
        return self.sw(s, self.names[font], size)

    def text(self, x, y, s, size, font="reg", color="#000000"):
        from reportlab.lib import colors
        self.c.setFillColor(colors.HexColor(color))
        self.c.setFont(self.names[font], size)
        self.c.drawString(x, PH - y, s)

    def rect(self, x, y, w, h, fill="#cccccc", stroke=None):
        from reportlab.lib import colors
        if fill:
            self.c.setFillColor(colors.HexColor(fill))
        if stroke:
            self.c.setStrokeColor(colors.HexColor(stroke))
        self.c.rect(x, PH - y - h, w, h, fill=1 if fill else 0, stroke=1 if stroke else 0)

    def line(self, x1, y1, x2, y2, color="#999999", w=0.5):
        from reportlab.lib import colors
        self.c.setStrokeColor(colors.HexColor(color))
        self.c.setLineWidth(w)
        self.c.line(x1, PH - y1, x2, PH - y2)

    def dot(self, x, y, r, color):
        from reportlab.lib import colors
        self.c.setFillColor(colors.HexColor(color))
        self.c.circle(x, PH - y, r, stroke=0, fill=1)

    def drawing(self, d, x, y_top):
        from reportlab.graphics import renderPDF
        renderPDF.draw(d, self.c, x, PH - y_top - d.height)


class FPDFBE:
    def __init__(self, pdf):
        self.pdf = pdf
        pdf.add_page()

    def width(self, s, size, font="reg"):
        self._font(size, font)
        return self.pdf.get_string_width(s)

    def _font(self, size, font):
        self.pdf.set_font("Helvetica", {"reg": "", "bold": "B", "ital": "I"}[font], size)

    def text(self, x, y, s, size, font="reg", color="#000000"):
        self._font(size, font)
        self.pdf.set_text_color(*[int(v * 255) for v in hexrgb(color)])
        self.pdf.text(x, y, s)

    def rect(self, x, y, w, h, fill="#cccccc", stroke=None):
        if fill:
            self.pdf.set_fill_color(*[int(v * 255) for v in hexrgb(fill)])
        if stroke:
            self.pdf.set_draw_color(*[int(v * 255) for v in hexrgb(stroke)])
        self.pdf.rect(x, y, w, h, style=("F" if fill else "") + ("D" if stroke else "") or "D")

    def line(self, x1, y1, x2, y2, color="#999999", w=0.5):
        self.pdf.set_draw_color(*[int(v * 255) for v in hexrgb(color)])
        self.pdf.set_line_width(w)
        self.pdf.line(x1, y1, x2, y2)

    def dot(self, x, y, r, color):
        self.rect(x - r, y - r, 2 * r, 2 * r, fill=color)


# ---------------------------------------------------------------------------------------------
# the layout engine (producer-neutral)

SUP = "\x02"  # word\x02N: footnote marker N drawn raised and small after the word


class L:
    def __init__(self, be, margin=56, top=60, width=None):
        self.be, self.x0, self.y = be, margin, top
        self.w = width or (PW - 2 * margin)

    def gap(self, h):
        self.y += h

    def wrap(self, text, size, font, width):
        lines, cur = [], ""
        for word in text.split(" "):
            trial = (cur + " " + word) if cur else word
            if self.be.width(trial.replace(SUP, ""), size, font) > width and cur:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def _draw_line(self, x, y, s, size, font, color):
        parts = re.split(r"(\x02\d+)", s)
        for p in parts:
            if p.startswith(SUP):
                self.be.text(x + 0.5, y - size * 0.38, p[1:], 5.4, "reg", color)
                x += self.be.width(p[1:], 5.4) + 0.8
            elif p:
                self.be.text(x, y, p, size, font, color)
                x += self.be.width(p, size, font)

    def para(self, text, size=9.5, font="reg", lead=1.32, x=None, width=None, gap=6, color="#1a1a1a"):
        x = self.x0 if x is None else x
        width = width or (self.w - (x - self.x0))
        for ln in self.wrap(text, size, font, width):
            self.y += size * lead
            self._draw_line(x, self.y, ln, size, font, color)
        self.y += gap

    def at(self, x, y, s, size=8, font="reg", color="#1a1a1a"):
        self.be.text(x, y, s, size, font, color)

    def right(self, xr, y, s, size=8, font="reg", color="#1a1a1a"):
        self.be.text(xr - self.be.width(s, size, font), y, s, size, font, color)

    def rule(self, color="#999999", w=0.6, gap=6):
        self.be.line(self.x0, self.y, self.x0 + self.w, self.y, color, w)
        self.y += gap

    def bullets(self, items, size=9.5, marker="\u2022", gap=3, indent=14):
        for it in items:
            y0 = self.y
            self.para(it, size=size, x=self.x0 + indent, gap=gap)
            self.at(self.x0 + 3, y0 + size * 1.32, marker, size)

    def table(self, rows, widths, aligns, size=8.5, head=1, pad=4, lead=1.25, zebra=None, head_fill=None,
              rule="#888888"):
        """Rows of plain cells; a cell wraps inside its column; right-aligned cells do not wrap."""
        for k, row in enumerate(rows):
            font = "bold" if k < head else "reg"
            cells = [self.wrap(c, size, font, w - 2 * pad) if a == "l" else [c]
                     for c, w, a in zip(row, widths, aligns)]
            nl = max(len(c) for c in cells)
            h = nl * size * lead + 2 * pad
            if k < head and head_fill:
                self.be.rect(self.x0, self.y, sum(widths), h, fill=head_fill)
            elif zebra and k % 2 == 0:
                self.be.rect(self.x0, self.y, sum(widths), h, fill=zebra)
            x = self.x0
            for lines, w, a in zip(cells, widths, aligns):
                for j, ln in enumerate(lines):
                    yy = self.y + pad + (j + 1) * size * lead - size * 0.25
                    if a == "r":
                        self.right(x + w - pad, yy, ln, size, font)
                    else:
                        self.at(x + pad, yy, ln, size, font)
                x += w
            self.y += h
            self.be.line(self.x0, self.y, self.x0 + sum(widths), self.y, rule, 0.8 if k == head - 1 else 0.3)
        self.y += 8

    # charts from primitives ------------------------------------------------------------------

    def hbars(self, title, items, vmax, lab_w=110, bar_w=250, size=8, colour="#2b6f8f", neg=False):
        """items: [(label, stat-or-Shown)]; the value is printed after the bar."""
        self.para(title, size=9, font="bold", gap=4)
        for label, st in items:
            self.at(self.x0, self.y + 9, label, size)
            bw = max(1.0, bar_w * st.value / vmax)
            self.be.rect(self.x0 + lab_w, self.y + 2, bw, 9, fill=colour)
            self.at(self.x0 + lab_w + bw + 4, self.y + 9, st.printed, size, "bold")
            self.y += 14
        self.y += 8

    def columns(self, title, items, vmax, ticks, h=110, bw=30, step=52, size=7.5, colour="#7b4b94", tick_fmt=None):
        self.para(title, size=9, font="bold", gap=6)
        top = self.y + 10
        base = top + h
        x0 = self.x0 + 34
        for t in ticks:
            yy = base - h * t / vmax
            self.be.line(x0, yy, x0 + step * len(items) + 6, yy, "#dddddd", 0.4)
            self.right(x0 - 4, yy + 2.5, tick_fmt(t) if tick_fmt else f"{t:,}", 6.5, color="#666666")
        for i, (label, st) in enumerate(items):
            x = x0 + 8 + i * step
            bh = h * st.value / vmax
            if bh > 0:
                self.be.rect(x, base - bh, bw, bh, fill=colour)
            self.at(x + bw / 2 - self.be.width(st.printed, size, "bold") / 2, base - bh - 3, st.printed, size, "bold")
            self.at(x + bw / 2 - self.be.width(label, size) / 2, base + 10, label, size)
        self.be.line(x0, base, x0 + step * len(items) + 6, base, "#333333", 0.7)
        self.y = base + 24

    def linechart(self, title, items, vmin, vmax, ticks, w=400, h=120, size=7.5, colour="#c0392b"):
        self.para(title, size=9, font="bold", gap=6)
        top = self.y + 12
        base = top + h
        x0 = self.x0 + 38
        for t in ticks:
            yy = base - h * (t - vmin) / (vmax - vmin)
            self.be.line(x0, yy, x0 + w, yy, "#e0e0e0", 0.4)
            self.right(x0 - 4, yy + 2.5, f"{t:,}", 6.5, color="#666666")
        step = w / len(items)
        pts = []
        for i, (label, st) in enumerate(items):
            x = x0 + step * (i + 0.5)
            y = base - h * (st.value - vmin) / (vmax - vmin)
            pts.append((x, y))
            self.at(x - self.be.width(label, size) / 2, base + 10, label, size)
        for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
            self.be.line(xa, ya, xb, yb, colour, 1.4)
        for (x, y), (_, st) in zip(pts, items):
            self.be.dot(x, y, 2.6, colour)
            self.at(x - self.be.width(st.printed, size, "bold") / 2, y - 6, st.printed, size, "bold")
        self.be.line(x0, base, x0 + w, base, "#333333", 0.7)
        self.y = base + 24

    def stack100(self, title, items, w=420, h=22, colours=("#1d4e89", "#00b2ca", "#f79256", "#fbd1a2")):
        self.para(title, size=9, font="bold", gap=4)
        x = self.x0
        for i, (label, st) in enumerate(items):
            bw = w * st.value / 100
            self.be.rect(x, self.y, bw, h, fill=colours[i % len(colours)])
            if bw > 30:
                self.at(x + 4, self.y + h / 2 + 3, st.printed, 8, "bold", "#ffffff")
            x += bw
        self.y += h + 4
        x = self.x0
        for i, (label, st) in enumerate(items):
            self.be.rect(x, self.y + 2, 7, 7, fill=colours[i % len(colours)])
            txt = label if w * st.value / 100 > 30 else f"{label} {st.printed}"
            self.at(x + 10, self.y + 8.5, txt, 7.5)
            x += self.be.width(txt, 7.5) + 26
        self.y += 22


# ---------------------------------------------------------------------------------------------
# renderers: each page's blocks are functions of a layout engine

def _meta_stamp(doc):
    y, m, d = doc.date
    return f"D:{y:04d}{m:02d}{d:02d}090000Z"


def render_pymupdf(doc: Doc) -> None:
    import pymupdf
    out = pymupdf.open()
    for page in doc.pages:
        be = FitzBE(out)
        lay = L(be, margin=50, top=40)
        for b in page.blocks:
            b(lay)
    stamp = _meta_stamp(doc)
    out.set_metadata({"title": doc.title, "author": doc.author, "subject": doc.subject, "creator": CREATOR,
                      "producer": f"PyMuPDF {pymupdf.VersionBind} (insert_text, draw_rect)", "keywords": "",
                      "creationDate": stamp, "modDate": stamp})
    data = out.tobytes(no_new_id=True, garbage=1, deflate=True)
    out.close()
    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def render_rlcanvas(doc: Doc) -> None:
    from reportlab.pdfgen import canvas
    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=(PW, PH), invariant=1, pageCompression=1)
    c.setTitle(doc.title)
    c.setAuthor(doc.author)
    c.setSubject(doc.subject)
    c.setCreator(CREATOR)
    for page in doc.pages:
        lay = L(RLBE(c, serif=doc.style == "serif"), margin=64 if doc.style == "serif" else 56)
        for b in page.blocks:
            b(lay)
        c.showPage()
    c.save()


def render_fpdf16(doc: Doc) -> None:
    import datetime as _dt
    import fpdf
    from fpdf import FPDF
    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = FPDF(unit="pt", format="A4", orientation="L" if doc.style == "landscape" else "P")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(_dt.datetime(*doc.date, tzinfo=_dt.timezone.utc))
    pdf.set_title(doc.title)
    pdf.set_author(doc.author)
    pdf.set_subject(doc.subject)
    pdf.set_creator(CREATOR)
    pdf.set_producer(f"fpdf2 {fpdf.__version__}")
    pdf.set_auto_page_break(False)
    for page in doc.pages:
        lay = L(FPDFBE(pdf), margin=50)
        if doc.style == "landscape":
            lay.w = PH - 100
        for b in page.blocks:
            b(lay)
    pdf.output(str(path))


g.RENDERERS.setdefault("pymupdf-direct", render_pymupdf)
g.RENDERERS.setdefault("reportlab-canvas", render_rlcanvas)
g.RENDERERS.setdefault("fpdf2-engine", render_fpdf16)


def P(fname, page, template, method="sentence", **kw):
    """A paragraph block: its statistics are recorded now, the text is drawn later."""
    prose(fname, page, re.sub(SUP + r"\d+", "", template), method)
    text = re.sub(r"\s+", " ", g.expand(template)[1]).strip()
    return lambda lay: lay.para(text, **kw)


def T(s, **kw):
    """Text without statistics (distractors, headings)."""
    return lambda lay: lay.para(s, **kw)


def BUL(fname, page, items, **kw):
    """A bulleted list: each item's statistics are recorded with method list."""
    texts = [prose(fname, page, t, "list") for t in items]
    return lambda lay: lay.bullets(texts, **kw)


def TAB(fname, page, rows, widths, aligns, head=1, **kw):
    cells = [list(r) for r in rows[:head]] + [row_cells(fname, page, r) for r in rows[head:]]
    return lambda lay: lay.table(cells, widths, aligns, head=head, **kw)


def C(fname, page, title, items):
    """Chart items [(label, placeholder or printed string)] -> [(label, stat or Shown)] recorded."""
    return [(lab, chart(fname, page, ph, title, lab)) for lab, ph in items]


# =============================================================================================
# 1. A Scottish Parliament written answer (PyMuPDF, direct)

def doc_spwa() -> Doc:
    _start()
    F = "scottish-parliament-written-answer-s6w-28417-investigatory-powers-oversight.pdf"

    def head(lay, n):
        lay.be.rect(0, 0, PW, 34, fill="#2e1a47")
        lay.at(50, 22, "Scottish Parliament  |  Written questions and answers", 11, "bold", "#ffffff")
        lay.right(PW - 50, 22, f"Page {n} of 2", 8, color="#ffffff")
        lay.y = 58

    def foot(lay):
        lay.be.line(50, PH - 46, PW - 50, PH - 46, "#aaaaaa", 0.5)
        lay.at(50, PH - 34, "Public Information Service: 0131 348 5000  |  Edinburgh EH99 1SP  |  "
                            "Printed 28/03/2025 11:42", 7, color="#555555")

    p1 = [
        lambda lay: head(lay, 1),
        T("Question S6W-28417", size=15, font="bold", gap=2),
        T("Lodged: 12 March 2025  |  Answered: 26 March 2025  |  Current status: Answered by Angela Constance on "
          "26 March 2025", size=8.5, color="#555555", gap=8),
        T("Eilidh Rankin (Glenmoray and Strathmore) (Scottish Liberal Democrats):", size=9.5, font="bold", gap=2),
        T("To ask the Scottish Government what recent information it has on the use of communications data and "
          "covert human intelligence sources by public authorities, and on errors reported to the Investigatory "
          "Powers Commissioner, and whether it will make a statement under rule 13.3.", size=9.5, font="ital", gap=10),
        T("Answer", size=11, font="bold", gap=2),
        T("Cabinet Secretary for Justice and Home Affairs (Angela Constance):", size=9.5, font="bold", gap=4),
        T("The acquisition of communications data is largely a reserved matter under Schedule 5 to the Scotland "
          "Act 1998, but Police Scotland and several devolved bodies use the powers, and the Commissioner reports "
          "on the whole of the UK. The figures below are UK-wide; no separate Scottish figures are published."),
        P(F, 1, "The Commissioner" + RSQ + "s report for 2019 states that public authorities reported " +
          S("1,063", "cd.errors", "total", "2019") + " communications data errors in 2019, compared with " +
          S("903", "cd.errors", "total", "2018") + " in 2018."),
        P(F, 1, "Of the errors reported in 2018, " + S("381", "cd.errors", "spoc", "2018") + " were attributed to "
          "single points of contact, " + S("360", "cd.errors", "applicant", "2018") + " to applicants, " +
          S("140", "cd.errors", "csp", "2018") + " to communications service providers and " +
          S("22", "cd.errors", "designated_person", "2018") + " to designated persons."),
        P(F, 1, "Errors involving the wrong time or date remain common: in 2018 single points of contact made " +
          S("199", "cd.errors.time_date", "spoc", "2018") + " such errors and service providers " +
          S("50", "cd.errors.time_date", "csp", "2018") + "."),
        P(F, 1, "The Commissioner investigated " + S("18", INV, "", "2019") + " possible serious errors in 2019 and "
          "determined that " + S("fourteen", SER, "total", "2019") + " of them were serious. " +
          S("None", SER, "interception", "2019") + " of the interception errors reported that year was found to be "
          "serious."),
        P(F, 1, "Under the new approval arrangements, " + S("200,665", "cd.requests.approved", "", "2019") +
          " requests for communications data were approved in 2019."),
        P(F, 1, "On covert human intelligence sources, law enforcement bodies granted " +
          S("1,866", CHIS, "law_enforcement", "2019") + " authorisations in 2019, against " +
          S("1,958", CHIS, "law_enforcement", "2018") + " in 2018. Other public authorities granted only " +
          S("eleven", CHIS, "other_public_authorities", "2019") + " in 2019."),
        P(F, 1, "The Commissioner" + RSQ + "s inspectors visited " + S("13", "public_authorities.inspected", "", "2019") +
          " public authorities in 2019 as part of the communications data inspection programme."),
        foot,
    ]
    rows = [["Period", "Warrants issued", "Change on previous year"],
            ["April to December 2006", S("1,435", W_ISS, "total", PY06), EN],
            ["2010", S("1,865", W_ISS, "total", "2010"), EN],
            ["2012", S("3,372", W_ISS, "total", "2012"), S("+16%", W_CH, "total", "2012", value=16)],
            ["2013", S("2,760", W_ISS, "total", "2013"), S("-19%", W_CH, "total", "2013", value=-19)],
            ["2014", S("2,795", W_ISS, "total", "2014"), EN],
            ["2015", S("3,059", W_ISS, "total", "2015"), S("+9%", W_CH, "total", "2015", value=9)],
            ["2016", S("3,007", W_ISS, "total", "2016"), EN],
            ["2017", S("3,535", W_ISS, "total", "2017"), S("+17.5%", W_CH, "total", "2017", value=17.5)]]
    p2 = [
        lambda lay: head(lay, 2),
        T("The member also asked about interception. Interception warrants are issued by the Secretary of State, or "
          "for serious crime in Scotland by the Scottish Ministers, and approved by a Judicial Commissioner. The table "
          "sets out the number of interception warrants issued across the UK as published by the Commissioners.", gap=8),
        T("Table 1: Interception warrants issued, UK, 2006 to 2017", size=9.5, font="bold", gap=2),
        TAB(F, 2, rows, [190, 120, 150], ["l", "r", "r"], zebra="#f1edf5", head_fill="#d9d0e3"),
        T("Source: IOCCO and IPCO annual reports. " + EN + " = no change published. Figures for 2011 are not shown. "
          "Percentages are as published and compare each year with the one before.", size=7.5, color="#555555", gap=10),
        P(F, 2, "In 2017, " + S("2,306", W_ISS, "serious_crime", "2017") + " of the warrants were issued for the "
          "prevention or detection of serious crime and " + S("1,219", W_ISS, "national_security", "2017") +
          " in the interests of national security."),
        P(F, 2, "As a share of the 2017 total, serious crime warrants were " +
          S("65.22%", W_SH, "serious_crime", "2017") + " and national security warrants " +
          S("34.5%", W_SH, "national_security", "2017") + "."),
        P(F, 2, "The Commissioner reported " + S("24", "interception.errors", "", "2019") + " interception errors "
          "in 2019, up from " + S("13", "interception.errors", "", "2018") + " in 2018."),
        T("The Scottish Government will continue to engage with the Investigatory Powers Commissioner" + RSQ + "s "
          "Office, which last met officials on 4 February 2025, and I will write to the member if further figures "
          "are published before the Criminal Justice Committee" + RSQ + "s meeting on 7 May 2025 (agenda item 3)."),
        T("Supported by: 2 members. Related questions: S6W-28102, S6W-27795.", size=8, color="#555555"),
        foot,
    ]
    return Doc(F, "Written question S6W-28417: investigatory powers oversight", "Scottish Parliament (corpus imitation)",
               "Written question and answer", "pymupdf-direct", "", [Page(blocks=p1), Page(blocks=p2)],
               date=(2025, 3, 28), part=PART)


# =============================================================================================
# 2. An NGO "data explorer" web page printed from a browser (PyMuPDF, charts from primitives)

def doc_explorer() -> Doc:
    _start()
    F = "open-oversight-trust-surveillance-data-explorer-printout.pdf"
    URL = "https://explorer.openoversight.example/uk/investigatory-powers?from=2006&to=2025&view=all"

    def chrome(lay, n):
        lay.at(24, 18, "14/06/2024, 16:07", 7.5, color="#333333")
        lay.at(PW / 2 - 90, 18, "Surveillance Data Explorer | Open Oversight Trust", 7.5, color="#333333")
        lay.at(24, PH - 16, URL, 7, color="#333333")
        lay.right(PW - 24, PH - 16, f"{n}/2", 7.5, color="#333333")
        lay.be.rect(40, 30, PW - 80, 30, fill="#0f3d3e")
        lay.at(52, 50, "OPEN OVERSIGHT TRUST", 11, "bold", "#ffffff")
        lay.right(PW - 52, 50, "Data  |  Reports  |  About  |  Donate (from \u00a35 a month)", 8, color="#d7f2ec")
        lay.y = 76

    def cards(lay, items):
        x, w = 50, (PW - 100 - 3 * 8) / 4
        y0 = lay.y
        for big, small in items:
            lay.be.rect(x, y0, w, 58, fill="#e6f2ef")
            lay.at(x + 8, y0 + 24, big, 17, "bold", "#0f3d3e")
            lines = lay.wrap(small, 7.5, "reg", w - 16)
            for j, ln in enumerate(lines):
                lay.at(x + 8, y0 + 37 + 8.5 * j, ln, 7.5)
            x += w + 8
        lay.y = y0 + 70

    card_items = []
    for big, rest in [
        (S("808,214", "cd.items", "total", "2018"), "items of communications data obtained in 2018"),
        (S("3,535", W_ISS, "total", "2017"), "interception warrants issued in 2017"),
        (S("1,320", SP, "total", "2018"), "applications about sensitive professions, 2018"),
        (S("386", "inspections", "total", "2023"), "inspections carried out in 2023"),
    ]:
        plain = prose(F, 1, big + " " + rest, "list")
        card_items.append((plain.split(" ", 1)[0], plain.split(" ", 1)[1]))

    err = C(F, 1, "Communications data errors reported, 2008 to 2019", [
        ("2008", S("595", "cd.errors", "total", "2008")), ("2009", S("661", "cd.errors", "total", "2009")),
        ("2012", S("979", "cd.errors", "total", "2012")), ("2013", S("970", "cd.errors", "total", "2013")),
        ("2015", S("1,199", "cd.errors", "total", "2015")), ("2017", S("926", "cd.errors", "total", "2017")),
        ("2018", S("903", "cd.errors", "total", "2018")), ("2019", S("1,063", "cd.errors", "total", "2019"))])
    prof = C(F, 1, "Applications for the data of sensitive professions, 2018", [
        ("Medical doctor", S("498", SP, "medical_doctor", "2018")),
        ("Minister of religion", S("272", SP, "minister_of_religion", "2018")),
        ("Lawyer", S("234", SP, "lawyer", "2018")), ("Journalist", S("203", SP, "journalist", "2018")),
        ("Member of Parliament", S("113", SP, "member_of_parliament", "2018"))])
    p1 = [
        lambda lay: chrome(lay, 1),
        T("Home > Data > United Kingdom > Investigatory powers", size=7.5, color="#0f6e6a", gap=4),
        T("Surveillance Data Explorer: United Kingdom", size=16, font="bold", gap=2),
        T("Filters: Years 2006 " + EN + " 2025  |  Body: all Commissioners  |  Showing 8 of 42 series  |  "
          "Last updated 3 June 2024 (version 2.4.1)", size=8, color="#555555", gap=8),
        lambda lay: cards(lay, card_items),
        lambda lay: lay.linechart("Communications data errors reported, 2008 to 2019", err, 0, 1500,
                                  [0, 300, 600, 900, 1200, 1500], w=430, h=120),
        T("Hover over a point to see the source paragraph. Years with no comparable figure are left out.",
          size=7.5, color="#666666", gap=10),
        lambda lay: lay.hbars("Applications for the data of sensitive professions, 2018", prof, 500,
                              lab_w=110, bar_w=300, colour="#1f7a6d"),
        P(F, 1, "Across all the sensitive professions, the 2018 total was well above the " +
          S("948", SP, "total", "2016") + " applications counted in 2016.", size=8.5),
    ]
    dtype = C(F, 2, "Items of communications data by type, 2018", [
        ("Subscriber", S("647", "cd.items.data_type", "subscriber", "2018")),
        ("Service use", S("87", "cd.items.data_type", "service_use", "2018")),
        ("Traffic", S("0", "cd.items.data_type", "traffic", "2018"))])
    purp = C(F, 2, "Interception warrants by purpose, 2015 (% of warrants issued)", [
        ("Serious crime", S("65%", W_SH, "serious_crime", "2015")),
        ("National security", S("34%", W_SH, "national_security", "2015")),
        ("Combination", S("1%", W_SH, "combination", "2015"))])
    insp = C(F, 2, "Inspections carried out", [
        ("2016", S("166", "inspections", "total", "2016")), ("2022", S("380", "inspections", "total", "2022")),
        ("2023", S("386", "inspections", "total", "2023"))])
    p2 = [
        lambda lay: chrome(lay, 2),
        lambda lay: lay.columns("Items of communications data by type, 2018", dtype, 800, [0, 200, 400, 600, 800],
                                h=100, bw=40, step=80, colour="#1f7a6d"),
        lambda lay: lay.stack100("Interception warrants by purpose, 2015 (% of warrants issued)", purp),
        lambda lay: lay.columns("Inspections carried out", insp, 400, [0, 100, 200, 300, 400], h=90, bw=40,
                                step=80, colour="#c26a1b"),
        T("About this data", size=11, font="bold", gap=2),
        P(F, 2, "Law enforcement obtained " + S("700,282", "cd.items", "law_enforcement", "2017") + " items of "
          "communications data in 2017, or " + S("92.6%", "cd.items.share", "law_enforcement", "2017") +
          " of all items.", size=8.5),
        P(F, 2, "The total number of items was " + S("757,977", "cd.items", "total", "2017") + " in 2017 and " +
          S("754,559", "cd.items", "total", "2016") + " the year before.", size=8.5),
        P(F, 2, "In 2018, telephony accounted for " + S("678", "cd.items.comms_type", "telephony", "2018") +
          " items in the breakdown by communication type, " + S("92%", "cd.items.comms_type.share", "telephony", "2018") + ".",
          size=8.5),
        T("Download: CSV (14 KB)  |  JSON  |  API key required for more than 1,000 calls a day. Licence: CC BY 4.0. "
          "Charity no. 1187342. Cite as: Open Oversight Trust (2024), Surveillance Data Explorer, version 2.4.1.",
          size=7.5, color="#555555"),
    ]
    cw = (PW - 100 - 3 * 8) / 4  # the cards side by side: one text column each
    g.REGIONS[(F, 1)] = [(50 + k * (cw + 8), 0, 50 + k * (cw + 8) + cw, PH) for k in range(4)]
    return Doc(F, "Surveillance Data Explorer: United Kingdom", "Open Oversight Trust (corpus imitation)",
               "NGO data explorer web page printed from a browser", "pymupdf-direct", "",
               [Page(blocks=p1), Page(blocks=p2)], date=(2024, 6, 14), part=PART)


# =============================================================================================
# 3. A newspaper's corrections and clarifications column (fpdf2, the layout engine)

def doc_corrections() -> Doc:
    _start()
    F = "the-northern-courier-corrections-and-clarifications-2023-06-17.pdf"
    X, WID = 150, 295  # one narrow column, as on the leader page

    def head(lay):
        lay.at(50, 40, "THE NORTHERN COURIER", 9, "bold", "#8b0000")
        lay.right(PW - 50, 40, "Saturday 17 June 2023  |  Comment & Analysis  |  35", 8, color="#444444")
        lay.be.line(50, 48, PW - 50, 48, "#8b0000", 1.2)
        lay.y = 70
        lay.x0, lay.w = X, WID

    def entry(template):
        text_block = P(F, 1, template, size=9.2, gap=9)
        return text_block

    entries = [
        T("Corrections and clarifications", size=17, font="bold", gap=4),
        T("Compiled by the readers" + RSQ + " editor, Ruth Okonedo", size=8.5, font="ital", gap=10),
        entry("An article about mobile phone records (" + LDQ + "Police data requests soar" + RDQ + ", 6 June, page 12) "
              "said more items of communications data were obtained in 2017 than in any earlier year. They were not: "
              "the total for 2017 was " + S("757,977", "cd.items", "total", "2017") + ", below the " +
              S("761,702", "cd.items", "total", "2015") + " of 2015. The highest figure so far was in 2018, when it "
              "reached " + S("808,214", "cd.items", "total", "2018") + "."),
        entry("A report on the Commissioner" + RSQ + "s findings (3 June, page 4) said that the number of errors judged "
              "serious had risen in 2018. It fell: the Commissioner found " + S("twenty-four", SER, "total", "2017") +
              " serious errors in 2017 and " + S("eight", SER, "total", "2018") + " in 2018."),
        entry("A headline on a business page (9 June, page 41) referred to an " + LDQ + "\u00a318.4bn" + RDQ + " fine for a "
              "hotel group. The penalty imposed on Marriott in the 2020-21 financial year was " +
              S("\u00a318.4m", "ico.fines", "marriott", "2020-04/2021-03") + "."),
        entry("The same page gave the wrong year for the fine imposed on British Airways. The " +
              S("\u00a320m", "ico.fines", "british_airways", "2020-04/2021-03") + " penalty was issued in the 2020-21 "
              "financial year, not in 2019."),
        entry("A profile of a criminal barrister, 52, (" + LDQ + "The lawyer who reads the warrants" + RDQ + ", 10 June, "
              "Magazine, page 18) said that lawyers had been the subject of " + S("219", SP, "lawyer", "2024") +
              " communications data applications in 2018. That figure was for 2024; the figure for 2018 was " +
              S("234", SP, "lawyer", "2018") + "."),
        entry("We said that the data regulator had fined Clearview AI in 2021. The fine, announced in the 2022-23 "
              "financial year, was " + S("\u00a37.5m", "ico.fines", "clearview", "2022-04/2023-03") + "."),
        entry("A leader column (12 June, page 34) said that interception warrants had doubled in a decade. The number "
              "issued rose from " + S("1,865", W_ISS, "total", "2010") + " in 2010 to " +
              S("3,535", W_ISS, "total", "2017") + " in 2017, a large rise but short of double."),
        entry("An explainer (13 June, page 9) said that the Commissioner looked into " +
              S("thirty-three", INV, "", "2017") + " possible serious errors in 2016. That was the number for 2017. In "
              "2016 the number was " + S("29", INV, "", "2016") + "."),
        entry("Clarification: our report on council snooping (14 June, page 15) said that " + LDQ + "hundreds" + RDQ +
              " of bodies can use the powers. The Commissioner" + RSQ + "s 2024 report says it oversees more than " +
              S("600", "context.public_authorities", "", "2024", q="over") + " public authorities."),
        entry("An article on 15 June (page 6) said that " + S("seven", SER, "total", "2013") + " serious errors were "
              "found in 2014. They were found in 2013."),
        entry("A graphic (16 June, page 3) mislabelled the purpose of warrants. In 2017, " +
              S("2,306", W_ISS, "serious_crime", "2017") + " warrants were issued for serious crime and " +
              S("1,219", W_ISS, "national_security", "2017") + " for national security, not the other way round."),
        entry("We misspelt the name of Dr Anneliese Carr, 61, in a letter on 14 June."),
        T("Contact the readers" + RSQ + " editor: readers@northerncourier.example or 0161 496 0735 (10am to 4pm, "
          "Monday to Friday). Please quote the date and page number. We aim to reply within 14 days.", size=8,
          font="ital", gap=4, color="#444444"),
    ]
    return Doc(F, "Corrections and clarifications, 17 June 2023", "The Northern Courier (corpus imitation)",
               "Newspaper corrections and clarifications column", "fpdf2-engine", "",
               [Page(blocks=[head] + entries)], date=(2023, 6, 17), part=PART)


# =============================================================================================
# 4. A university dissertation chapter with footnotes (reportlab canvas + reportlab.graphics)

def rl_pie(fname, page, title, items, popout=(0,), size=190, colours=("#2f4858", "#86bbd8", "#f6ae2d", "#f26419",
                                                                           "#33658a", "#758e4f", "#bbbbbb")):
    """An exploded pie (reportlab.graphics) with side labels 'label value'."""
    recorded = C(fname, page, title, items)

    def draw(lay):
        from reportlab.graphics.charts.piecharts import Pie
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        d = Drawing(lay.w, size)
        pc = Pie()
        pc.x, pc.y, pc.width, pc.height = lay.w / 2 - size * 0.33, size * 0.17, size * 0.66, size * 0.66
        pc.data = [st.value for _, st in recorded]
        pc.labels = [f"{lab} {st.printed}" for lab, st in recorded]
        pc.sideLabels = 1
        pc.simpleLabels = 0
        pc.slices.fontName = "Times-Roman"
        pc.slices.fontSize = 8
        pc.slices.strokeColor = colors.white
        pc.slices.strokeWidth = 0.8
        pc.slices.label_pointer_strokeWidth = 0.5
        for k in range(len(recorded)):
            pc.slices[k].fillColor = colors.HexColor(colours[k % len(colours)])
            if k in popout:
                pc.slices[k].popout = 10
        d.add(pc)
        lay.para(title, size=9, font="bold", gap=0)
        lay.be.drawing(d, lay.x0, lay.y)
        lay.y += size + 6
    return draw


def rl_change_bars(fname, page, title, items, vmin, vmax, step, height=150):
    """reportlab.graphics HorizontalBarChart with negative values; signed labels at the bar ends."""
    recorded = C(fname, page, title, items)

    def draw(lay):
        from reportlab.graphics.charts.barcharts import HorizontalBarChart
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        printed = {st.value: st.printed for _, st in recorded}
        d = Drawing(lay.w, height)
        bc = HorizontalBarChart()
        bc.x, bc.y, bc.width, bc.height = 60, 24, lay.w - 110, height - 34
        bc.data = [[st.value for _, st in recorded]]
        bc.categoryAxis.categoryNames = [lab for lab, _ in recorded]
        bc.categoryAxis.labels.fontName = "Times-Roman"
        bc.categoryAxis.labels.fontSize = 8.5
        bc.categoryAxis.labels.dx = -6
        bc.categoryAxis.reverseDirection = 1
        bc.categoryAxis.style = "parallel"
        bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = vmin, vmax, step
        bc.valueAxis.labels.fontName = "Times-Roman"
        bc.valueAxis.labels.fontSize = 7.5
        bc.valueAxis.visibleGrid = 1
        bc.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
        bc.bars[0].fillColor = colors.HexColor("#5b4b8a")
        bc.barLabelFormat = lambda v: printed[v]
        bc.barLabels.fontName = "Times-Bold"
        bc.barLabels.fontSize = 8
        bc.barLabels.nudge = 0
        for k, (_, st) in enumerate(recorded):
            bc.barLabels[(0, k)].boxAnchor = "w" if st.value >= 0 else "e"
            bc.barLabels[(0, k)].dx = 4 if st.value >= 0 else -4
            if st.value < 0:
                bc.barLabels[(0, k)].fillColor = colors.white
        bc.categoryAxis.joinAxisMode = "left"
        bc.barWidth = 12
        d.add(bc)
        lay.para(title, size=9, font="bold", gap=0)
        lay.be.drawing(d, lay.x0, lay.y)
        lay.y += height + 6
    return draw


def footnotes(fname, page, notes):
    """Footnotes at the page foot: [(marker, template)]; statistics in them are sentences."""
    texts = []
    for mark, tmpl in notes:
        texts.append((mark, prose(fname, page, tmpl)))

    def draw(lay):
        lay.y = PH - 62 - sum(len(lay.wrap(t, 7.5, "reg", lay.w - 10)) * 9.6 + 3 for _, t in texts) - 8
        lay.be.line(lay.x0, lay.y, lay.x0 + 140, lay.y, "#555555", 0.5)
        lay.y += 2
        for mark, t in texts:
            y0 = lay.y
            lay.para(t, size=7.5, x=lay.x0 + 10, gap=3, lead=1.28)
            lay.at(lay.x0, y0 + 7.5 * 1.28, mark, 6.5)
    return draw


def doc_dissertation() -> Doc:
    _start()
    F = "msc-criminology-dissertation-chapter-4-counting-the-watchers.pdf"

    def head(n):
        def draw(lay):
            lay.at(64, 42, "Counting the watchers: oversight statistics 2006" + EN + "2019", 8, "ital", "#444444")
            lay.right(PW - 64, 42, f"Candidate 204517  |  {46 + n}", 8, "reg", "#444444")
            lay.be.line(64, 48, PW - 64, 48, "#888888", 0.4)
            lay.y = 62
        return draw

    def pn(n, template):
        return [T(n, size=10, font="bold", gap=-2), P(F, PAGE[0], template, size=10.5, lead=1.45, gap=7)]

    PAGE = [1]
    p1 = [head(1), T("Chapter 4", size=11, font="ital", gap=0),
          T("Counting the watchers: what the Commissioners" + RSQ + " numbers show", size=16, font="bold", gap=10),
          T("This chapter reads the published statistics as data. Section 4.1 covers the first reports, section 4.2 "
            "interception and section 4.3 change over time. Interviews are cited by number (n = 14; see Appendix B, "
            "pages 88" + EN + "93).", size=10.5, lead=1.45, gap=8)]
    p1 += pn("4.1", "The first report to cover communications data described the nine months from April to December "
             "2006. In that period public authorities made " + S("253,557", "cd.requests", "total", PY06) +
             " requests for communications data," + SUP + "1 of which " +
             S("1,694", "cd.requests", "local_authorities", PY06) + " came from local authorities.")
    p1 += pn("4.2", "Errors were present from the start. The Commissioner was told of " +
             S("1,088", "cd.errors", "total", PY06) + " errors in those nine months, " +
             S("787", "cd.errors", "public_authorities", PY06) + " of them by public authorities and " +
             S("301", "cd.errors", "csp", PY06) + " by communications service providers." + SUP + "2")
    p1 += pn("4.3", "By 2007, the first full calendar year covered, the number of requests had reached " +
             S("519,260", "cd.requests", "total", "2007") + ". In the last three months of 2007 alone, public "
             "authorities reported " + S("99", "cd.errors", "public_authorities", "2007-10/2007-12") + " errors." + SUP + "3")
    p1 += [footnotes(F, 1, [
        ("1", "Surveillance of people in public places was older and larger: around 2007 some " +
         S("20,000", "directed_surveillance.authorisations", "total", "2007", q="approximately") +
         " directed surveillance authorisations were granted each year (Interview 7, 3 March 2023)."),
        ("2", "Complaints to the Investigatory Powers Tribunal remained few; it received " +
         S("157", "ipt.complaints", "", "2009") + " in 2009."),
        ("3", "Interception errors were counted separately: " + S("27", "interception.errors", "", "2010") +
         " in 2010 and " + S("42", "interception.errors", "", "2011") + " in 2011."),
    ])]

    PAGE[0] = 2
    p2 = [head(2), T("4.2 Interception", size=12, font="bold", gap=6)]
    p2 += pn("4.4", "Interception is the smaller and older power. Figure 4.1 shows what warrants were for in 2014; the "
             "exploded slice is serious crime.")
    p2 += [rl_pie(F, 2, "Figure 4.1: Interception warrants issued by purpose, 2014", [
        ("Serious crime", S("68%", W_SH, "serious_crime", "2014")),
        ("National security", S("31%", W_SH, "national_security", "2014")),
        ("Combination", S("1%", W_SH, "combination", "2014"))], size=150)]
    p2 += [rl_pie(F, 2, "Figure 4.2: Communications data items by the person they relate to, 2015", [
        ("Suspect", S("63.6%", "cd.items.person_type.share", "suspect", "2015")),
        ("Associate", S("9.1%", "cd.items.person_type.share", "associate", "2015")),
        ("National security", S("6.4%", "cd.items.person_type.share", "national_security_person", "2015")),
        ("Other relevant", S("6.2%", "cd.items.person_type.share", "other_relevant_person", "2015")),
        ("Vulnerable", S("3.9%", "cd.items.person_type.share", "vulnerable_person", "2015")),
        ("Witness", S("1.6%", "cd.items.person_type.share", "witness", "2015")),
        ("Next of kin", S("0.2%", "cd.items.person_type.share", "next_of_kin", "2015"))], popout=(0, 6), size=170)]
    p2 += pn("4.5", "Urgent warrants were rare: " + S("2.5%", "interception.warrants.urgent.share", "", "2015") +
             " of warrants in 2015 and " + S("2.2%", "interception.warrants.urgent.share", "", "2016") + " in 2016, when " +
             S("67", "interception.warrants.urgent", "", "2016") + " urgent warrants were issued." + SUP + "4")
    p2 += [footnotes(F, 2, [
        ("4", "Refusals were rarer still: only " + S("5", "interception.warrants.refused", "", "2016") +
         " applications were refused in 2016. Inspectors examined " +
         S("970", "interception.warrants.examined", "", "2016") + " warrants that year."),
    ])]

    PAGE[0] = 3
    p3 = [head(3), T("4.3 Change over time", size=12, font="bold", gap=6)]
    p3 += pn("4.6", "Year-on-year changes in the number of warrants issued were uneven, as Figure 4.3 shows. The only "
             "fall in the years the Commissioners reported a change was in 2013.")
    p3 += [rl_change_bars(F, 3, "Figure 4.3: Change in interception warrants issued on the previous year (%)", [
        ("2012", S("+16%", W_CH, "total", "2012", value=16)), ("2013", S("-19%", W_CH, "total", "2013", value=-19)),
        ("2015", S("+9%", W_CH, "total", "2015", value=9)), ("2017", S("+17.5%", W_CH, "total", "2017", value=17.5))],
        -30, 30, 10)]
    p3 += [T("Source: IOCCO and IPCO annual reports; changes as published, not recalculated.", size=8, font="ital",
             gap=8, color="#444444")]
    p3 += pn("4.7", "Urgent oral requests for communications data rose from " +
             S("42,293", "cd.urgent_oral", "", "2013") + " in 2013 to " + S("55,346", "cd.urgent_oral", "", "2014") +
             " in 2014." + SUP + "5")
    p3 += pn("4.8", "As a share of all applications they then settled at " +
             S("11%", "cd.urgent_oral.share", "", "2015") + " in 2015 and " + S("10%", "cd.urgent_oral.share", "", "2016") +
             " in 2016, which two interviewees (4 and 11) described as " + LDQ + "about right" + RDQ + ".")
    p3 += [footnotes(F, 3, [
        ("5", "The Security Service alone accounted for " +
         S("56,918", "cd.notices_authorisations", "security_service", "2013") + " notices and authorisations in 2013."),
    ])]
    return Doc(F, "Chapter 4: Counting the watchers (MSc Criminology dissertation)", "Candidate 204517 (corpus imitation)",
               "University dissertation chapter with footnotes", "reportlab-canvas", "",
               [Page(blocks=p1), Page(blocks=p2), Page(blocks=p3)], date=(2024, 8, 30), part=PART, style="serif")


# =============================================================================================
# 5. A regulator's consultation response with an annex table of cited figures (fpdf2, landscape)

def doc_consultation() -> Doc:
    _start()
    F = "consultation-response-revised-code-of-practice-annex-b-figures-cited.pdf"
    LW = PH - 100

    def head(n):
        def draw(lay):
            lay.at(50, 34, "Office for Surveillance Standards  |  Consultation response CR-2022-07", 8, "bold", "#1c4e80")
            lay.right(PH - 50, 34, f"OFFICIAL  |  Page {n} of 2", 8, color="#444444")
            lay.be.line(50, 40, PH - 50, 40, "#1c4e80", 1)
            lay.at(50, PW - 24, "Consultation closed 30 September 2022; 48 responses received (31 organisations, 17 "
                                "individuals). Published 12 December 2022.", 7, color="#555555")
            lay.y = 52
        return draw

    resp = [["Q", "Summary of responses", "Our response"],
            ["Q3", "Most respondents (29 of 48) supported a single error-reporting template; several said the current "
                   "categories were unclear.", "We will consult on a template in 2023 (see paragraph 5.4)."],
            ["Q4", "Respondents asked whether the figures we cite are checked against the published reports.",
             "They are. Annex B lists each figure a respondent cited, with the checked value."],
            ["Q7", "Some respondents wanted inspection reports published within 90 days.",
             "Agreed in part: a summary will be published within 120 days."]]
    p1 = [head(1),
          T("Revised Code of Practice on covert powers: response to consultation", size=15, font="bold", gap=6),
          P(F, 1, "Respondents cited the growth in oversight work. Inspectors carried out " +
            S("380", "inspections", "total", "2022") + " inspections in 2022, and the Commissioner" + RSQ + "s office "
            "now oversees more than " + S("600", "context.public_authorities", "", "2022", q="over") +
            " public authorities.", size=9.5),
          P(F, 1, "Several respondents referred to the legally privileged material safeguards: in 2018 " +
            S("77", "lpp.applications.made", "", "2018") + " applications were made to obtain such material and " +
            S("76", "lpp.applications.approved", "", "2018") + " were approved.", size=9.5),
          P(F, 1, "Journalists" + RSQ + " organisations noted that " + S("106", JS, "", "2024") +
            " applications in 2024 sought to identify or confirm a journalistic source.", size=9.5),
          lambda lay: setattr(lay, "w", LW),
          T("Figures respondents used on surveillance and property interference (checked; see Annex B for the rest):",
            size=9.5, font="bold", gap=2),
          BUL(F, 1, [
              S("1,842", "property_interference.authorisations", "", "2016-04/2017-03") + " property interference "
              "authorisations in the OSC year 1 April 2016 to 31 March 2017;",
              S("1,453", "property_interference.authorisations", "", "2017-04/2017-12") + " in the nine months 1 April "
              "to 31 December 2017, or " + S("1,937", "property_interference.authorisations.annualised", "", "2017") +
              " annualised for 2017;",
              S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12") + " intrusive surveillance "
              "authorisations in those nine months, " + S("248", "intrusive_surveillance.authorisations.annualised", "", "2017") +
              " annualised;",
              S("6,237", DS, "law_enforcement", "2016-04/2017-03") + " directed surveillance authorisations by law "
              "enforcement in 2016-17, with " + S("808", "directed_surveillance.authorisations.extant", "law_enforcement",
                                                  "2017-03-31") + " still extant on 31 March 2017;",
              S("933", DS, "other_public_authorities", "2017-04/2017-12") + " directed surveillance authorisations by other "
              "public authorities from April to December 2017, " + S("792", DS, "dwp", "2017-04/2017-12") +
              " of them by the Department for Work and Pensions.",
          ]),
          lambda lay: lay.gap(6),
          TAB(F, 1, resp, [40, 390, 310], ["l", "l", "l"], size=8.5, head_fill="#dce6f2"),
          ]
    rows = [["Ref", "Figure cited by respondent", "Period", "Para", "Checked value"]]
    cited = [
        ("R-004", "Items of communications data obtained", "2015", "7.12", S("761,702", "cd.items", "total", "2015")),
        ("R-004", "Items of communications data obtained", "2016", "7.12", S("754,559", "cd.items", "total", "2016")),
        ("R-009", "Items obtained by law enforcement", "2017", "8.3", S("700,282", "cd.items", "law_enforcement", "2017")),
        ("R-011", "Urgent oral requests for communications data", "2013", "6.1", S("42,293", "cd.urgent_oral", "", "2013")),
        ("R-011", "Urgent oral requests for communications data", "2014", "6.1", S("55,346", "cd.urgent_oral", "", "2014")),
        ("R-015", "Notices and authorisations: intelligence agencies", "2013", "9.2",
         S("58,996", "cd.notices_authorisations", "intelligence_agencies", "2013")),
        ("R-015", "Notices and authorisations: GCHQ", "2013", "9.2", S("1,406", "cd.notices_authorisations", "gchq", "2013")),
        ("R-015", "Notices and authorisations: SIS", "2013", "9.2", S("672", "cd.notices_authorisations", "sis", "2013")),
        ("R-015", "Notices and authorisations: other public authorities", "2013", "9.3",
         S("2,603", "cd.notices_authorisations", "other_public_authorities", "2013")),
        ("R-018", "Requests by other public authorities", "2012", "4.6",
         S("2,379", "cd.requests", "other_public_authorities", "2012")),
        ("R-021", "Communications data inspections", "2012", "3.2", S("42", "inspections", "communications_data", "2012")),
        ("R-021", "Public authorities inspected", "2012", "3.2", S("21", "public_authorities.inspected", "", "2012")),
        ("R-022", "Communications data inspections", "2015", "3.4", S("72", "inspections", "communications_data", "2015")),
        ("R-022", "Interception inspections", "2015", "3.4", S("26", "inspections", "interception", "2015")),
        ("R-023", "Inspection recommendations made", "2013", "3.9", S("65", "recommendations", "total", "2013")),
        ("R-027", "Applications to identify a journalist" + RSQ + "s source", "2019", "11.1", S("15", JS, "", "2019")),
        ("R-030", "Interception warrants examined at inspection", "2015", "2.7", S("1,148", "interception.warrants.examined", "", "2015")),
        ("R-031", "Warrants in force: change on a year earlier (%)", "31 Dec 2016", "2.8",
         S("5.5", "interception.warrants.in_force.change", "", "2016-12-31")),
        ("R-034", "Requests made to Lycamobile", "2024", "12.4", S("15,702", "cd.requests.company", "lycamobile", "2024")),
        ("R-034", "Requests made to Lycamobile", "2025", "12.4", S("93,527", "cd.requests.company", "lycamobile", "2025")),
        ("R-040", "Errors involving IP addresses: SPoC", "2018", "13.2",
         S("66", "cd.errors.time_date.ip_address", "spoc", "2018")),
        ("R-040", "Errors involving IP addresses: applicant", "2018", "13.2",
         S("12", "cd.errors.time_date.ip_address", "applicant", "2018")),
    ]
    rows += [list(r) for r in cited]
    p2 = [head(2), lambda lay: setattr(lay, "w", LW),
          T("Annex B: figures cited by respondents, checked against the published reports", size=12, font="bold", gap=4),
          T("The reference is the response number; the paragraph is the paragraph of the response that cites the "
            "figure. Values are as printed in the Commissioners" + RSQ + " reports.", size=8.5, gap=6),
          TAB(F, 2, rows, [50, 330, 80, 50, 110], ["l", "l", "l", "r", "r"], size=8, pad=3, zebra="#f3f6fa",
              head_fill="#dce6f2"),
          ]
    return Doc(F, "Revised Code of Practice: response to consultation (CR-2022-07)",
               "Office for Surveillance Standards (corpus imitation)", "Regulator consultation response",
               "fpdf2-engine", "", [Page(blocks=p1), Page(blocks=p2)], date=(2022, 12, 12), part=PART, style="landscape")


# =============================================================================================
# 6. A podcast's show-notes page (reportlab canvas; charts written as SVG and converted by svglib)

def svg_block(svg: str):
    def draw(lay):
        from svglib.svglib import svg2rlg
        d = svg2rlg(io.BytesIO(svg.encode("utf-8")))
        lay.be.drawing(d, lay.x0, lay.y)
        lay.y += d.height + 8
    return draw


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def svg_hbars(title, items, vmax, w=480, lab_w=130, bar_w=280, colour="#e4572e"):
    h = 34 + 24 * len(items)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
           f'<text x="0" y="13" font-family="Helvetica" font-weight="bold" font-size="10">{esc(title)}</text>']
    for k, (lab, st) in enumerate(items):
        y = 26 + 24 * k
        bw = max(1.0, bar_w * st.value / vmax)
        out.append(f'<text x="0" y="{y + 12}" font-family="Helvetica" font-size="8.5">{esc(lab)}</text>')
        out.append(f'<rect x="{lab_w}" y="{y + 2}" width="{bw:.1f}" height="14" fill="{colour}"/>')
        out.append(f'<text x="{lab_w + bw + 5:.1f}" y="{y + 12}" font-family="Helvetica" font-weight="bold" '
                   f'font-size="8.5">{esc(st.printed)}</text>')
    out.append("</svg>")
    return "".join(out)


def svg_columns(title, items, vmax, ticks, w=420, h=170, bw=46, step=90, colours=("#c0392b", "#f39c12", "#27ae60")):
    base, top, x0 = h - 22, 30, 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
           f'<text x="0" y="13" font-family="Helvetica" font-weight="bold" font-size="10">{esc(title)}</text>']
    for t in ticks:
        y = base - (base - top) * t / vmax
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + step * len(items) + 10}" y2="{y:.1f}" stroke="#dddddd" '
                   f'stroke-width="0.5"/>')
        out.append(f'<text x="{x0 - 5}" y="{y + 3:.1f}" text-anchor="end" font-family="Helvetica" font-size="7" '
                   f'fill="#666666">{t}</text>')
    for k, (lab, st) in enumerate(items):
        x = x0 + 14 + step * k
        bh = (base - top) * st.value / vmax
        out.append(f'<rect x="{x}" y="{base - bh:.1f}" width="{bw}" height="{bh:.1f}" fill="{colours[k % len(colours)]}"/>')
        out.append(f'<text x="{x + bw / 2}" y="{base - bh - 4:.1f}" text-anchor="middle" font-family="Helvetica" '
                   f'font-weight="bold" font-size="9">{esc(st.printed)}</text>')
        out.append(f'<text x="{x + bw / 2}" y="{base + 13}" text-anchor="middle" font-family="Helvetica" '
                   f'font-size="8.5">{esc(lab)}</text>')
    out.append(f'<line x1="{x0}" y1="{base}" x2="{x0 + step * len(items) + 10}" y2="{base}" stroke="#333333"/>')
    out.append("</svg>")
    return "".join(out)


def svg_stack(title, items, w=480, bar=400, colours=("#c0392b", "#f39c12", "#27ae60")):
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="62" viewBox="0 0 {w} 62">',
           f'<text x="0" y="13" font-family="Helvetica" font-weight="bold" font-size="10">{esc(title)}</text>']
    x = 0.0
    for k, (lab, st) in enumerate(items):
        bw = bar * st.value / 100
        out.append(f'<rect x="{x:.1f}" y="22" width="{bw:.1f}" height="18" fill="{colours[k % len(colours)]}"/>')
        out.append(f'<text x="{x + 3:.1f}" y="54" font-family="Helvetica" font-size="8">{esc(lab)} '
                   f'{esc(st.printed)}</text>')
        x += bw
    out.append("</svg>")
    return "".join(out)


def doc_podcast() -> Doc:
    _start()
    F = "the-oversight-hour-episode-57-mistakes-were-made-show-notes.pdf"

    def head(n):
        def draw(lay):
            lay.be.rect(0, 0, PW, 70, fill="#14213d")
            lay.at(56, 30, "THE OVERSIGHT HOUR", 18, "bold", "#fca311")
            lay.at(56, 50, "A podcast about who watches the watchers  |  Season 4", 9, "reg", "#e5e5e5")
            lay.right(PW - 56, 30, f"Show notes {n}/2", 8, "reg", "#e5e5e5")
            lay.y = 92
        return draw

    errs = C(F, 1, "Errors reported by public authorities, by power, 2018", [
        ("Directed surveillance", S("59", "spci.errors", "directed_surveillance", "2018")),
        ("Property interference", S("23", "spci.errors", "property_interference", "2018")),
        ("CHIS", S("14", "spci.errors", "chis", "2018")),
        ("Intrusive surveillance", S("3", "spci.errors", "intrusive_surveillance", "2018"))])
    p1 = [head(1),
          T("Episode 57: " + LDQ + "Mistakes were made" + RDQ, size=16, font="bold", gap=2),
          T("Released 4 April 2022  |  Running time 48:12  |  Explicit: no  |  Listen on all the usual apps", size=8.5,
            color="#555555", gap=8),
          P(F, 1, "This week Hannah and Dev go through the figures on errors by public authorities that use covert "
            "surveillance. The Commissioner recorded " + S("99", "spci.errors", "total", "2018") + " such errors in 2018, "
            "up from " + S("83", "spci.errors", "total", "2017") + " in 2017."),
          T("Our guest is a former single point of contact, 44, who spent 11 years in a police communications data unit "
            "and asked us not to use her name.", gap=8),
          svg_block(svg_hbars("Errors reported by public authorities, by power, 2018", errs, 65)),
          T("Chapters", size=11, font="bold", gap=2),
          BUL(F, 1, [
              "(00:00) Intro and listener mail",
              "(07:30) Single points of contact made " + S("43.6%", "cd.errors.share", "spoc", "2017") +
              " of communications data errors in 2017",
              "(12:05) Applicants" + RSQ + " share of errors in 2016: " + S("39.4%", "cd.errors.share", "applicant", "2016"),
              "(15:20) Designated persons made only " + S("2.9%", "cd.errors.share", "designated_person", "2016") +
              " of errors in 2016",
              "(18:45) Going back to 2012: " + S("47%", "cd.errors.share", "spoc", "2012") + " of errors by SPoCs and " +
              S("26%", "cd.errors.share", "applicant", "2012") + " by applicants",
              "(22:10) In 2012 service providers caused " + S("20%", "cd.errors.share", "csp", "2012") +
              " of errors and public authorities " + S("80%", "cd.errors.share", "public_authorities", "2012"),
              "(26:30) Designated persons " + S("5%", "cd.errors.share", "designated_person", "2012") + " and other causes " +
              S("2%", "cd.errors.share", "other", "2012") + " in 2012",
              "(41:50) What happens after an error is reported (section 231 of the 2016 Act)",
          ], size=9.2, marker="\u2022"),
          lambda lay: lay.gap(8),
          T("Numbers we read out at 33:05: communications data errors by who made them, 2018", size=9.5, font="bold", gap=2),
          TAB(F, 1, [["Who made the error", "All errors", "Of which time or date errors"],
                     ["Single point of contact", S("381", "cd.errors", "spoc", "2018"),
                      S("199", "cd.errors.time_date", "spoc", "2018")],
                     ["Applicant", S("360", "cd.errors", "applicant", "2018"), EN],
                     ["Communications service provider", S("140", "cd.errors", "csp", "2018"),
                      S("50", "cd.errors.time_date", "csp", "2018")],
                     ["Designated person", S("22", "cd.errors", "designated_person", "2018"), EN],
                     ["All", S("903", "cd.errors", "total", "2018"), EN]],
              [200, 90, 170], ["l", "r", "r"], size=8.5, head_fill="#fde8c8"),
          T("Source: the Commissioner" + RSQ + "s 2018 report (annex, table 7). " + EN + " = not given.", size=7.5,
            color="#555555"),
          ]
    recs = C(F, 2, "Inspection recommendations by rating, 2015", [
        ("Red", S("29", "recommendations", "red", "2015")), ("Amber", S("203", "recommendations", "amber", "2015")),
        ("Green", S("134", "recommendations", "green", "2015"))])
    shares = C(F, 2, "The same recommendations as shares (%)", [
        ("Red", S("8%", "recommendations.share", "red", "2015")), ("Amber", S("55%", "recommendations.share", "amber", "2015")),
        ("Green", S("37%", "recommendations.share", "green", "2015"))])
    p2 = [head(2),
          T("Part two: inspections", size=12, font="bold", gap=4),
          T("In the second half Dev asks how inspectors rate what they find. The charts below are the ones we describe "
            "at 31:40; you can download them as SVG files (24 KB each).", gap=8),
          svg_block(svg_columns("Inspection recommendations by rating, 2015", recs, 250, [0, 50, 100, 150, 200, 250])),
          svg_block(svg_stack("The same recommendations as shares (%)", shares)),
          P(F, 2, "We also talk about returned applications. In 2016, " +
            S("21%", "cd.applications.returned.share", "clarity_quality", "2016") + " of applications sent back were "
            "returned for clarity or quality, " + S("5%", "cd.applications.returned.share", "spoc_request_return", "2016") +
            " at a SPoC" + RSQ + "s request and " + S("16%", "cd.applications.returned.share", "other", "2016") +
            " for other reasons."),
          P(F, 2, "And on why data is sought at all: in 2016, " +
            S("83%", "cd.applications.purpose.share", "prevent_detect_crime", "2016") + " of applications were to prevent "
            "or detect crime, " + S("11%", "cd.applications.purpose.share", "prevent_death_injury", "2016") +
            " to prevent death or injury and " + S("6%", "cd.applications.purpose.share", "national_security", "2016") +
            " for national security."),
          T("Credits: produced by Dev Mistry; music by Northlight (track 3, " + LDQ + "Static" + RDQ + "). Support the show "
            "from \u00a33 a month; 1,250 listeners already do. Next episode: 18 April 2022. Corrections: "
            "hello@oversighthour.example.", size=8, color="#555555"),
          ]
    return Doc(F, "The Oversight Hour, episode 57: Mistakes were made (show notes)", "The Oversight Hour (corpus imitation)",
               "Podcast show notes", "reportlab-canvas", "", [Page(blocks=p1), Page(blocks=p2)], date=(2022, 4, 4),
               part=PART)


def dev16_builders() -> list:
    return [doc_spwa, doc_explorer, doc_corrections, doc_dissertation, doc_consultation, doc_podcast]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
