#!/usr/bin/env python3
"""Third development part of the labelled corpus: corpora/dev3/ (PDFs and gold.csv).

Rendered by corpora/generate.py (``dev3_builders()``) with the same machinery as the other parts,
so each gold row is emitted by the code that draws its number and the same self-check re-reads
every PDF:

    .venv/bin/python corpora/generate.py           # every part
    .venv/bin/python corpora/generate_dev3.py      # this part only (same bytes, same gold.csv)

Eight documents in genres and shapes the first two development parts do not use: a select
committee report with hanging paragraph numbers and statistics in its footnotes, a Hansard
debate in two columns with several speakers, ICO monetary penalty notices, a district council's
annual report on its use of RIPA and IPA powers, a newspaper explainer, an NGO factsheet with
big-number callouts and SVG charts, transparency-data tables (CSV-looking lines, years as rows,
signed changes, numbers with space separators, a reportlab.graphics bar chart) and a tribunal
and commissioner statistical summary (mostly figures no taxonomy metric fits, a pie labelled
around its slices, a category given only in the note below a table).

All prose is new paraphrase. Every number that is a statistic is a real published figure (see
/work/shared/reference/facts-dev.json and report-layouts.md, and the figures already labelled in
corpora/sample and corpora/dev2). Real figures no taxonomy metric fits (IPT cases completed or
carried forward, police forces, OCDA staff, routine interception shares) are printed and left
out of gold, as in dev2. Organisations writing FOI-style or council documents are fictional and
give no figures of their own.
"""
from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import (
    Box,
    Bullet,
    Doc,
    Gap,
    Heading,
    HTable,
    Lines,
    Page,
    Para,
    Raw,
    S,
    Table,
)
from generate_dev2 import _stat, line_chart  # noqa: F401  (line_chart: same SVG helper, new data)

PART = "dev3"
EN = "\u2013"
M = 1_000_000


def _start() -> None:
    # charts drawn as literal SVG/HTML record their rows while the document is built
    g.CURRENT_PART[0] = PART


def _rec(fname: str, page: int, ph: str, method: str, quote: str, checks=None) -> str:
    st = _stat(ph)
    g.record(fname, page, st, method, quote, checks=checks)
    return st.printed


g.HTML_STYLES.setdefault("hansard", """
body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 9.6pt; line-height: 1.32; color: #000; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; text-align: center; }
h2 { font-size: 11pt; margin: 6pt 0 4pt 0; text-align: center; text-transform: uppercase; }
h3 { font-size: 10pt; margin: 6pt 0 3pt 0; text-align: center; font-style: italic; font-weight: normal; }
p { text-align: justify; margin-bottom: 5pt; }
.tm { font-weight: bold; text-align: left; margin: 4pt 0; }
""")
g.HTML_STYLES.setdefault("press", """
body { font-family: 'DejaVu Serif', serif; font-size: 10.2pt; line-height: 1.5; color: #121212; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 22pt; line-height: 1.15; margin: 0 0 6pt 0; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 12.5pt; margin: 10pt 0 4pt 0; color: #c70000; }
h3 { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; margin: 8pt 0 3pt 0; }
.box { border: none; border-top: 3pt solid #c70000; background: #f6f6f6; }
""")
g.HTML_STYLES.setdefault("factsheet", """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.8pt; line-height: 1.38; color: #222; }
h1 { font-size: 24pt; margin: 0 0 4pt 0; color: #00594f; }
h2 { font-size: 13pt; margin: 10pt 0 5pt 0; color: #00594f; }
h3 { font-size: 10.5pt; margin: 6pt 0 3pt 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 10pt; margin: 6pt 0 10pt 0; }
.call { background: #e6f2f0; padding: 7pt 8pt; }
.call .big { font-size: 25pt; font-weight: bold; color: #00594f; line-height: 1.1; }
.call .lab { font-size: 9pt; margin-top: 3pt; }
""")
g.HTML_STYLES.setdefault("tribunal", """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #000; }
h1 { font-size: 16pt; margin: 0 0 6pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 5pt 0; border-bottom: 0.8pt solid #000; }
h3 { font-size: 10.5pt; margin: 8pt 0 4pt 0; }
table.ruled th { background: #dde4d8; }
""")


# =============================================================================================
# reportlab blocks the shared renderer has no kind for: footnotes that carry statistics,
# a reportlab.graphics bar chart, and CSV-looking monospaced lines.

@dataclass
class FootStats:
    """Footnotes drawn at the foot of the page (7 pt); their statistics are recorded."""
    notes: list

    def draw_rl(self, rp, x, y, width):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph
        st = ParagraphStyle("fn", fontName=rp.reg, fontSize=7, leading=8.6)
        paras = []
        for t in self.notes:
            mk, plain, hits = g.expand(t)
            for s, a, b in hits:
                g.record(rp.doc.filename, rp.pageno, s, "sentence", g.sentence_quote(plain, a, b))
            p = Paragraph(mk, st)
            _, h = p.wrap(width, 1000)
            paras.append((p, h))
        total = sum(h for _, h in paras) + 2 * len(paras)
        top = 50 + total
        if y < top + 10:
            raise RuntimeError(f"{rp.doc.filename} page {rp.pageno}: footnotes overlap the text")
        rp.c.setStrokeGray(0.4)
        rp.c.setLineWidth(0.5)
        rp.c.line(x, top + 4, x + 130, top + 4)
        yy = top
        for p, h in paras:
            p.drawOn(rp.c, x, yy - h)
            yy -= h + 2
        return y


@dataclass
class RLBars:
    """Vertical bar chart (reportlab.graphics) with the value printed above each bar and a
    value axis with ticks (distractors). bars: (category label, placeholder)."""
    fname: str
    bars: list
    caption: str
    vmax: float
    step: float
    height: float = 170

    def draw_rl(self, rp, x, y, width):
        from reportlab.graphics import renderPDF
        from reportlab.graphics.charts.barcharts import VerticalBarChart
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        stats = [_stat(ph) for _, ph in self.bars]
        printed = {round(s.value, 6): s.printed for s in stats}
        w, h = width * 0.8, self.height
        rp.need(y, h + 30)
        d = Drawing(w, h)
        bc = VerticalBarChart()
        bc.x, bc.y, bc.width, bc.height = 46, 22, w - 60, h - 36
        bc.data = [[s.value for s in stats]]
        bc.categoryAxis.categoryNames = [lab for lab, _ in self.bars]
        bc.categoryAxis.labels.fontName = rp.reg
        bc.categoryAxis.labels.fontSize = 8.5
        bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, self.vmax, self.step
        bc.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
        bc.valueAxis.labels.fontName = rp.reg
        bc.valueAxis.labels.fontSize = 7.5
        bc.bars[0].fillColor = colors.HexColor("#4a6d8c")
        bc.bars[0].strokeColor = None
        bc.barLabelFormat = lambda v: printed[round(v, 6)]
        bc.barLabels.fontName = rp.reg
        bc.barLabels.fontSize = 8.5
        bc.barLabels.nudge = 7
        d.add(bc)
        renderPDF.draw(d, rp.c, x + 10, y - h)
        for (lab, _), s in zip(self.bars, stats):
            g.record(self.fname, rp.pageno, s, "chart", f"{lab} {s.printed}", checks=[lab, s.printed])
        from reportlab.lib.styles import ParagraphStyle
        cap = ParagraphStyle("cap", parent=rp.body, fontName=rp.ital, fontSize=9, leading=11.5)
        return rp.para(html.escape(self.caption), x, y - h - 4, width, cap) - 8


@dataclass
class CsvLines:
    """Monospaced comma-separated lines (a transparency-data file printed as it is): each line
    with a statistic is a table row whose quote is the line."""
    header: str
    lines: list
    size: float = 8.4

    def draw_rl(self, rp, x, y, width):
        c = rp.c
        lead = self.size * 1.35
        rp.need(y, lead * (len(self.lines) + 2))
        c.setFillGray(0.95)
        c.rect(x - 4, y - lead * (len(self.lines) + 1) - 5, width + 8, lead * (len(self.lines) + 1) + 6,
               stroke=0, fill=1)
        c.setFillGray(0)
        y -= lead
        c.setFont("Courier-Bold", self.size)
        c.drawString(x, y, self.header)
        c.setFont("Courier", self.size)
        for t in self.lines:
            y -= lead
            _, plain, hits = g.expand(t)
            c.drawString(x, y, plain)
            for s, _, _ in hits:
                g.record(rp.doc.filename, rp.pageno, s, "table", plain)
        return y - 14


class RLPage3(g.RLPage):
    def block(self, b, x, y, width):
        draw = getattr(b, "draw_rl", None)
        return draw(self, x, y, width) if draw else super().block(b, x, y, width)


def render_reportlab_plus(doc: Doc) -> None:
    """The shared reportlab renderer with the blocks above (its page class swapped for the call)."""
    saved = g.RLPage
    g.RLPage = RLPage3
    try:
        g.render_reportlab(doc)
    finally:
        g.RLPage = saved


g.RENDERERS.setdefault("reportlab+graphics", render_reportlab_plus)


# =============================================================================================
# Chromium pieces (literal HTML/SVG, recorded on the page number given)

def callouts(fname: str, page: int, items: list) -> Raw:
    """Big-number callouts in a three-column grid: the number on one line, its label below."""
    cells = []
    for ph, label in items:
        st = _stat(ph)
        g.record(fname, page, st, "list", f"{st.printed} {label}", checks=[st.printed, "~" + label])
        cells.append(f'<div class="call"><div class="big">{html.escape(st.printed)}</div>'
                     f'<div class="lab">{html.escape(label)}</div></div>')
    return Raw('<div class="grid">' + "".join(cells) + "</div>")


def hbars_inside(fname: str, page: int, rows: list, caption: str, source: str, vmax: float) -> Raw:
    """Horizontal bars with the value printed in white inside the end of each bar; the label
    sits above its bar (newspaper graphic)."""
    out = []
    for label, ph in rows:
        st = _stat(ph)
        g.record(fname, page, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
        w = 330 * st.value / vmax
        out.append(f'<div style="font-size:8.5pt;margin-top:4pt">{html.escape(label)}</div>'
                   f'<div style="width:{w:.1f}pt;background:#c70000;color:#fff;font-size:8.5pt;'
                   f'font-weight:bold;text-align:right;padding:1pt 4pt;box-sizing:border-box">'
                   f'{html.escape(st.printed)}</div>')
    return Raw(f'<div class="chart"><div style="font-family:DejaVu Sans;font-weight:bold;font-size:10pt">'
               f'{html.escape(caption)}</div>{"".join(out)}'
               f'<div class="cap" style="margin-top:4pt">{html.escape(source)}</div></div>')


def columns_gap(fname: str, page: int, bars: list, ticks: list, vmax: float, caption: str,
                width: int = 420, height: int = 180) -> Raw:
    """Column chart with gridlines and tick labels, value above each column; a bar may be None
    (no figure), drawn as an 'n/a' label on the axis."""
    left, bottom, top = 44, height - 20, 10
    parts = []
    for k, t in enumerate(ticks):
        yy = bottom - k * (bottom - top) / (len(ticks) - 1)
        parts.append(f'<line x1="{left}" y1="{yy:.1f}" x2="{width-6}" y2="{yy:.1f}" stroke="#ccc" stroke-width="0.5"/>')
        parts.append(f'<text x="{left-5}" y="{yy+3:.1f}" font-size="7.5" text-anchor="end" '
                     f'font-family="Liberation Sans" fill="#666">{html.escape(t)}</text>')
    slot = (width - left - 10) / len(bars)
    for k, (label, ph) in enumerate(bars):
        cx = left + slot * (k + 0.5)
        parts.append(f'<text x="{cx:.1f}" y="{bottom+12}" font-size="8.5" text-anchor="middle" '
                     f'font-family="Liberation Sans">{html.escape(label)}</text>')
        if ph is None:
            parts.append(f'<text x="{cx:.1f}" y="{bottom-4}" font-size="7.5" text-anchor="middle" '
                         f'font-family="Liberation Sans" fill="#888">n/a</text>')
            continue
        st = _stat(ph)
        g.record(fname, page, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
        bh = (bottom - top) * st.value / vmax
        parts.append(f'<rect x="{cx-slot*0.3:.1f}" y="{bottom-bh:.1f}" width="{slot*0.6:.1f}" height="{bh:.1f}" fill="#00594f"/>')
        parts.append(f'<text x="{cx:.1f}" y="{bottom-bh-3:.1f}" font-size="8.5" text-anchor="middle" '
                     f'font-family="Liberation Sans" font-weight="bold">{html.escape(st.printed)}</text>')
    svg = f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'
    return Raw(f'<div class="chart"><div class="cap" style="font-style:normal;font-weight:bold">'
               f'{html.escape(caption)}</div>{svg}</div>')


def stacked_bar(fname: str, page: int, segs: list, caption: str, note: str) -> Raw:
    """One 100% stacked bar; each segment's label and share are printed under it (wide
    segments) or in a key below (narrow ones)."""
    colours = ["#00594f", "#3f8f84", "#7fb8ae", "#b5d6cf", "#d9ebe7", "#eef6f4", "#f7fbfa"]
    bar, key = [], []
    for (label, ph), col in zip(segs, colours):
        st = _stat(ph)
        g.record(fname, page, st, "chart", f"{label} {st.printed}", checks=[label, st.printed])
        bar.append(f'<div style="width:{st.value:.2f}%;background:{col};height:16pt"></div>')
        key.append(f'<span style="margin-right:10pt;white-space:nowrap"><span class="sw" style="background:{col};'
                   f'border:0.4pt solid #999"></span>{html.escape(label)} {html.escape(st.printed)}</span>')
    return Raw(f'<div class="chart"><div class="cap" style="font-style:normal;font-weight:bold">{html.escape(caption)}'
               f'</div><div style="display:flex;width:440pt;border:0.5pt solid #666">{"".join(bar)}</div>'
               f'<div class="lg" style="margin-top:5pt;line-height:1.7">{"".join(key)}</div>'
               f'<div class="cap">{html.escape(note)}</div></div>')


def pie_labelled(fname: str, page: int, slices: list, caption: str, r: int = 60) -> Raw:
    """A pie whose labels sit around it, next to their slice (no legend): slices are
    (label, placeholder or None with a printed share for figures outside the taxonomy, fraction)."""
    import math
    cols = ["#37474f", "#78909c", "#b0bec5", "#cfd8dc"]
    W_, H_ = 420, 2 * r + 40
    cx, cy = W_ / 2, H_ / 2
    parts, ang = [], -math.pi / 2
    for k, (label, ph, frac) in enumerate(slices):
        a2 = ang + 2 * math.pi * frac
        x1, y1 = cx + r * math.cos(ang), cy + r * math.sin(ang)
        x2, y2 = cx + r * math.cos(a2), cy + r * math.sin(a2)
        parts.append(f'<path d="M{cx},{cy} L{x1:.2f},{y1:.2f} A{r},{r} 0 {1 if frac > 0.5 else 0} 1 {x2:.2f},{y2:.2f} Z" '
                     f'fill="{cols[k % 4]}" stroke="#fff" stroke-width="0.8"/>')
        mid = (ang + a2) / 2
        lx, ly = cx + (r + 12) * math.cos(mid), cy + (r + 12) * math.sin(mid)
        anchor = "start" if math.cos(mid) >= 0 else "end"
        if ph is None:
            value = label[1]
            label = label[0]
        else:
            st = _stat(ph)
            value = st.printed
            g.record(fname, page, st, "chart", f"{label} {value}", checks=[label, value])
        parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="9" text-anchor="{anchor}" '
                     f'font-family="Liberation Sans">{html.escape(label)} {html.escape(value)}</text>')
        ang = a2
    svg = f'<svg width="{W_}" height="{H_}" viewBox="0 0 {W_} {H_}">{"".join(parts)}</svg>'
    return Raw(f'<div class="chart">{svg}<div class="cap">{html.escape(caption)}</div></div>')


def raw_para(fname: str, page: int, template: str, cls: str = "", method: str = "sentence") -> Raw:
    """A paragraph written as literal HTML (e.g. a footnote at the foot of a Chromium page)
    whose statistics are recorded with their sentence."""
    mk, plain, hits = g.html_expand(template)
    for st, a, b in hits:
        g.record(fname, page, st, method, g.sentence_quote(plain, a, b))
    return Raw(f'<div class="{cls}">{mk}</div>' if cls else f"<p>{mk}</p>")


# =============================================================================================
# 1. Select committee report (reportlab, Times): hanging paragraph numbers, statistics in the
#    footnotes, "the number of ... was", "rose to", "fell from X to Y", enumerations whose noun
#    is in the sentence before, "two years earlier", passive voice

def doc_committee_report() -> Doc:
    _start()
    F = "committee-report-oversight-hc-1125.pdf"
    p1 = Page(printed="7", blocks=[
        Heading("2 The scale of communications data acquisition", size=14, space_before=0),
        Para("11. Communications data\u2014the who, when, where and how of a communication, but not its "
             "content\u2014is by far the most widely used of the powers we examined. Our predecessor Committee "
             "last considered it in its Fourth Report of Session 2014\u201315 (HC 711), paragraphs 31 to 46."),
        Para("12. The number of items of communications data obtained by public authorities in 2018 was "
             + S("808,214", "cd.items", "total", "2018", sup="14") +
             " according to the Commissioner. That is the highest figure since the Commissioner began counting items rather than requests. "
             "In 2017 the count had been " + S("757,977", "cd.items", "total", "2017") + ", and in 2016 it was "
             + S("754,559", "cd.items", "total", "2016") + "."),
        Para("13. The unit changed again in 2019, when the Office for Communications Data Authorisations began "
             "to decide most applications. The Commissioner\u2019s report for that year gives "
             + S("200,665", "cd.requests.approved", "", "2019") +
             " approved requests, a figure that cannot be set against the series of items.", ),
        Para("14. Communications data errors rose to " + S("1,063", "cd.errors", "total", "2019") +
             " in 2019. They had fallen from " + S("1,101", "cd.errors", "total", "2016") + " in 2016 to "
             + S("926", "cd.errors", "total", "2017") + " in 2017, and the cells of the errors table in the 2018 "
             "report add up to " + S("903", "cd.errors", "total", "2018", sup="15") + " by our count."),
        Para("15. The 2018 report also says who was responsible. Single points of contact accounted for "
             + S("381", "cd.errors", "spoc", "2018") + " errors, applicants for " + S("360", "cd.errors", "applicant", "2018")
             + ", communications service providers for " + S("140", "cd.errors", "csp", "2018") +
             " and designated persons for " + S("22", "cd.errors", "designated_person", "2018") + "."),
        FootStats([
            "14 IPCO, Annual Report 2018 (HC 67), Annex D. The comparable figure for 2015, projected from three "
            "quarters of returns, was " + S("761,702", "cd.items", "total", "2015") + " items.",
            "15 No total is printed in the report. IOCCO reported " + S("1,199", "cd.errors", "total", "2015") +
            " errors for 2015 and, in the covering letter of its last report, "
            + S("1,200", "cd.errors", "total", "2016") + " errors notified in 2016 (Q 45, Q 52)."]),
    ])
    p2 = Page(printed="8", blocks=[
        Heading("3 Sensitive professions and journalistic sources", size=14, space_before=0),
        Para("16. Applications for the communications data of people in sensitive professions deserve particular "
             "care. In 2018 there were " + S("1,320", "cd.applications.sensitive_profession", "total", "2018") +
             " such applications. Medical doctors were the largest group, with "
             + S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018") +
             ". They were followed by ministers of religion ("
             + S("272", "cd.applications.sensitive_profession", "minister_of_religion", "2018") + "), lawyers ("
             + S("234", "cd.applications.sensitive_profession", "lawyer", "2018") + "), journalists ("
             + S("203", "cd.applications.sensitive_profession", "journalist", "2018") + ") and Members of Parliament ("
             + S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018") + ")."),
        Para("17. Two years earlier the total was " + S("948", "cd.applications.sensitive_profession", "total", "2016")
             + ". The Commissioner told us that the rise partly reflects better recording (Q 118)."),
        Para("18. Section 77 of the Investigatory Powers Act 2016 requires a Judicial Commissioner to approve any "
             "authorisation for the purpose of identifying or confirming a journalist\u2019s source. Such "
             "applications numbered " + S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019 and "
             + S("106", "cd.applications.journalistic_source", "", "2024") + " in 2024."),
        Para("19. Over the same period applications relating to lawyers fell to "
             + S("219", "cd.applications.sensitive_profession", "lawyer", "2024") +
             ", and those relating to journalists to "
             + S("157", "cd.applications.sensitive_profession", "journalist", "2024") + " (both figures for 2024)."),
        Para("20. We recommend that the Commissioner publish, within three months of the end of each calendar "
             "year, a breakdown by profession and by public authority, as the Home Office undertook to consider "
             "in its response of 21 July 2025 (Cm 1234).", italic=True),
        FootStats([("16 Written evidence from the Law Society of England and Wales (IPO0017), paragraphs 2.1 to "
                    "2.6; see also Schedule 4 to the Act."),
                   "17 Oral evidence taken on 3 March 2026, HC 1125, Q 118 to Q 131."]),
    ])
    p3 = Page(printed="9", blocks=[
        Heading("4 Errors and the double lock", size=14, space_before=0),
        Para("21. A total of " + S("18", "errors.serious.investigations", "", "2019") +
             " errors were investigated as potentially serious in 2019, of which "
             + S("14", "errors.serious.determined", "total", "2019") + " were determined to be serious. For 2017 "
             "the corresponding figures were " + S("33", "errors.serious.investigations", "", "2017") + " and "
             + S("24", "errors.serious.determined", "total", "2017") + "."),
        Para("22. " + S("Eight", "errors.serious.determined", "total", "2018") +
             " serious errors were determined in 2018. For 2021 the Commissioner reported "
             + S("none", "errors.serious.determined", "total", "2021") +
             ", the first such year since the office was established in September 2017."),
        Para("23. Errors in the use of surveillance, property interference and covert human intelligence sources "
             "numbered " + S("99", "spci.errors", "total", "2018", sup="19") + " in 2018, compared with "
             + S("83", "spci.errors", "total", "2017") + " the year before."),
        Para("24. Relevant interception errors reported by law enforcement agencies came to "
             + S("13", "interception.errors", "", "2018") + " in 2018 and " + S("24", "interception.errors", "", "2019")
             + " in 2019. A relevant error must be reported within ten working days."),
        Para("25. Public authorities made " + S("77", "lpp.applications.made", "", "2018") +
             " applications in 2018 to retain items subject to legal professional privilege. Approval was given "
             "in " + S("76", "lpp.applications.approved", "", "2018") + " cases."),
        Para("Conclusion 4. The double lock appears to work, but the errors it does not catch are reported late "
             "and in aggregate. (Paragraph 25)", italic=True),
        FootStats(["19 Of the 99, directed surveillance accounted for "
                   + S("59", "spci.errors", "directed_surveillance", "2018") + ", property interference for "
                   + S("23", "spci.errors", "property_interference", "2018") + ", CHIS for "
                   + S("14", "spci.errors", "chis", "2018") + " and intrusive surveillance for "
                   + S("3", "spci.errors", "intrusive_surveillance", "2018") +
                   " (IPCO Annual Report 2018, Table 3, page 104)."]),
    ])
    return Doc(F, "Oversight of investigatory powers: Third Report of Session 2025-26 (HC 1125)",
               "House of Commons Home Affairs Committee (corpus imitation)", "Select committee report",
               "reportlab+graphics", "Oversight of investigatory powers    HC 1125", [p1, p2, p3],
               font="Times-Roman", part=PART)


# =============================================================================================
# 2. Hansard debate (Chromium, two columns): several speakers quoting figures, interventions,
#    column numbers and times as distractors, a division list

def _sp(name: str, text: str) -> Para:
    return Para(text, lead=name)


def doc_hansard_debate() -> Doc:
    _start()
    F = "hansard-westminster-hall-surveillance-oversight-2021.pdf"
    p1 = Page(printed="145WH", blocks=[
        Raw('<div style="font-size:8pt;display:flex;justify-content:space-between"><span>10 JUNE 2021</span>'
            '<span>Surveillance Oversight</span><span>Volume 697</span></div>'),
        Heading("Westminster Hall", size=16),
        Heading("Thursday 10 June 2021", size=10),
        Raw('<h3>[Sir Graham Ellis in the Chair]</h3>'),
        Heading("Surveillance Oversight", size=12.5),
        Raw('<div class="tm">2.30 pm</div>'),
        ], columns=[[
        _sp("Joanna Reed (Eastfield) (Lab):", "I beg to move, That this House has considered the oversight of "
            "surveillance powers."),
        _sp("", "It is a pleasure to serve under your chairmanship, Sir Graham. I want to begin with the scale of "
            "what we are discussing. In the nine months from April to December 2006, public bodies made "
            + S("253,557", "cd.requests", "total", "2006-04/2006-12") + " requests for communications data. The "
            "following year, the first full year reported, the total was "
            + S("519,260", "cd.requests", "total", "2007") + "."),
        _sp("", "By 2013 the House was told there were well over "
            + S("500,000", "cd.requests", "total", "2013", q="over") + " requests a year. We then stopped counting "
            "requests and started counting items, so the series breaks in 2015."),
        _sp("Mr Tom Ashworth (Hallam Vale) (Con):", "Will the hon. Lady give way?"),
        _sp("Joanna Reed:", "I will give way once."),
        _sp("Mr Ashworth:", "Does the hon. Lady accept that " + S("3,535", "interception.warrants.issued", "total", "2017")
            + " interception warrants in 2017 is a remarkable number for a country of our size?"),
        ], [
        _sp("Joanna Reed:", "I do. It was an increase of just over "
            + S("17.5%", "interception.warrants.issued.change", "total", "2017", q="over") + " on the "
            + S("3,007", "interception.warrants.issued", "total", "2016") + " warrants issued in 2016. Of the 2017 "
            "warrants, some " + S("2,306", "interception.warrants.issued", "serious_crime", "2017", q="approximately") +
            " were for serious crime and " + S("1,219", "interception.warrants.issued", "national_security", "2017") +
            " for national security."),
        _sp("", "Mistakes are made, too. IOCCO recorded " + S("1,101", "cd.errors", "total", "2016") +
            " communications data errors in 2016. In its covering letter to the Prime Minister it gave "
            + S("1,200", "cd.errors", "total", "2016") + ". Which is it?"),
        Raw('<div class="tm">2.41 pm</div>'),
        _sp("Sarah Okafor (Ribbleton North) (LD):", "I congratulate the hon. Member for Eastfield (Joanna Reed) on "
            "securing the debate. The urgent oral process worries me most. There were "
            + S("42,293", "cd.urgent_oral", "", "2013") + " urgent oral requests in 2013; a year later, "
            + S("55,346", "cd.urgent_oral", "", "2014") + "."),
    ]])
    p2 = Page(printed="146WH", blocks=[
        Raw('<div style="font-size:8pt;display:flex;justify-content:space-between"><span>Surveillance Oversight'
            '</span><span>10 JUNE 2021</span><span>146WH</span></div>'),
        ], columns=[[
        _sp("", "The share has come down: the oral process accounted for "
            + S("11%", "cd.urgent_oral.share", "", "2015") + " of items in 2015 and " + S("10%", "cd.urgent_oral.share", "", "2016")
            + " in 2016. But one in ten is still a great many."),
        _sp("Mr Ashworth:", "Interception urgency is rarer. In 2016, "
            + S("67", "interception.warrants.urgent", "", "2016") + " warrants were approved urgently\u2014about "
            + S("2.2%", "interception.warrants.urgent.share", "", "2016", q="approximately") +
            "\u2014and Secretaries of State refused " + S("five", "interception.warrants.refused", "", "2016") +
            " applications."),
        _sp("Sarah Okafor:", "And the number in force at the end of that year was up "
            + S("5.5%", "interception.warrants.in_force.change", "", "2016-12-31") + " on 31 December 2015."),
        Raw('<div class="tm">2.52 pm</div>'),
        _sp("David Kerr (Glenmuir and Lochside) (SNP):", "Scotland has its own arrangements for some of these "
            "powers, and Police Scotland replaced eight forces in April 2013. I want to ask about the Tribunal. "
            "In 2009 it received " + S("157", "ipt.complaints", "", "2009") + " new complaints, completed 58 of "
            "them within the year and carried 107 forward. One complaint was upheld."),
        ], [
        _sp("", "The Tribunal is the only remedy most people have, and its caseload tells us little about "
            "the scale of what is done."),
        Raw('<div class="tm">3.04 pm</div>'),
        _sp("The Minister for Security (Mr Alan Pryce):", "Let me give the House the figures. The Commissioner\u2019s "
            "inspectors carried out " + S("166", "inspections", "total", "2016") + " inspections in 2016 and inspected "
            + S("134", "public_authorities.inspected", "", "2016") + " public authorities."),
        _sp("", "Serious errors are investigated by the Commissioner himself. In 2017 there were "
            + S("33", "errors.serious.investigations", "", "2017") + " such investigations, and "
            + S("24", "errors.serious.determined", "total", "2017") + " errors were found to be serious. In 2018 the "
            "number found to be serious was " + S("eight", "errors.serious.determined", "total", "2018") + "."),
        _sp("Joanna Reed:", "Will the Minister tell us how many warrants were issued in 2012?"),
        _sp("Mr Pryce:", "I am told the figure was " + S("3,372", "interception.warrants.issued", "total", "2012") +
            ", a rise of " + S("16%", "interception.warrants.issued.change", "total", "2012") + "."),
    ]])
    p3 = Page(printed="147WH", blocks=[
        Raw('<div style="font-size:8pt;display:flex;justify-content:space-between"><span>10 JUNE 2021</span>'
            '<span>Surveillance Oversight</span><span>147WH</span></div>'),
        ], columns=[[
        _sp("Mr Pryce:", "The following year it fell by " + S("19%", "interception.warrants.issued.change", "total",
                                                             "2013", value=-19) +
            " to " + S("2,760", "interception.warrants.issued", "total", "2013") + ". The Commissioners examined "
            + S("600", "interception.warrants.examined", "", "2013") + " warrants at inspection that year and "
            + S("970", "interception.warrants.examined", "", "2016") + " in 2016."),
        _sp("", "Communications data is now authorised independently. In 2019, the first year of the Office for "
            "Communications Data Authorisations, " + S("200,665", "cd.requests.approved", "", "2019") +
            " requests were approved; the office has just over 100 staff in two locations."),
        ], [
        _sp("Sarah Okafor:", "What of covert human intelligence sources?"),
        _sp("Mr Pryce:", "Law enforcement agencies were granted "
            + S("1,958", "chis.authorisations", "law_enforcement", "2018") + " CHIS authorisations in 2018. In the "
            "same year public authorities made " + S("77", "lpp.applications.made", "", "2018") +
            " applications to keep legally privileged material, and " + S("76", "lpp.applications.approved", "", "2018")
            + " of them were approved by a Judicial Commissioner."),
        _sp("", "Inspection is thorough. In 2015 the Commissioner\u2019s office carried out "
            + S("26", "inspections", "interception", "2015") + " interception inspections and "
            + S("72", "inspections", "communications_data", "2015") + " communications data inspections."),
        _sp("Joanna Reed:", "I thank the Minister, and all hon. Members who have taken part."),
        Raw('<div class="tm">3.29 pm</div>'),
        Para("Question put and agreed to.", italic=True),
        Para("Resolved, That this House has considered the oversight of surveillance powers.", italic=True),
        Raw('<div style="margin-top:10pt;font-size:8.5pt;border-top:0.5pt solid #000;padding-top:3pt">'
            'Sitting suspended for a Division in the House. 3.30 pm to 3.45 pm. Division No. 212: Ayes 298, Noes 214.'
            '</div>'),
    ]])
    return Doc(F, "Westminster Hall debate: Surveillance Oversight (10 June 2021)", "Hansard (corpus imitation)",
               "Westminster Hall debate, two columns", "chromium", "", [p1, p2, p3], number_style="foot",
               date=(2021, 6, 11), part=PART, style="hansard")


# =============================================================================================
# 3. ICO monetary penalty notices (fpdf2): legal numbering, amounts in full pounds, in words,
#    "£18.4m", "GBP 7.5 million", a table with space-separated thousands

def doc_penalty_notices() -> Doc:
    _start()
    F = "ico-monetary-penalty-notices-2020-2022.pdf"
    p1 = Page(printed="Page 1 of 3", blocks=[
        Lines([("DATA PROTECTION ACT 2018 (PART 6, ENFORCEMENT)", "b", 11, "C"),
               ("PENALTY NOTICE", "b", 15, "C"),
               ("Case reference COM0783542", "r", 9, "C")], gap=2),
        Gap(6),
        Lines([("To: British Airways plc", "b", 10, "L"),
               ("Of: Waterside, PO Box 365, Harmondsworth UB7 0GB", "r", 9.5, "L"),
               ("Company number 01777777", "r", 9.5, "L")], gap=1),
        Gap(6),
        Para("1. The Information Commissioner (\"the Commissioner\") has decided to issue British Airways plc "
             "(\"BA\") with a penalty notice under section 155 of the Data Protection Act 2018 (\"the DPA\"). This "
             "notice explains the Commissioner's decision, taken under Article 83 of the General Data Protection "
             "Regulation."),
        Para("2. The notice concerns a cyber incident between 22 June and 5 September 2018, in which an attacker "
             "diverted user traffic from BA's website to a fraudulent site."),
        Para("3. The Commissioner has decided to impose a penalty of "
             + S("\u00a320,000,000", "ico.fines", "british_airways", "2020-04/2021-03") + " ("
             + S("twenty million pounds", "ico.fines", "british_airways", "2020-04/2021-03", value=20 * M) +
             "), taking into account the matters in Article 83(2)(a) to (k) and the impact of Covid-19."),
        Para("4. The penalty must be paid to the Commissioner's office by BACS transfer or cheque by 16 November "
             "2020, within 30 calendar days of the date of this notice, 16 October 2020. It will not be kept by the "
             "Commissioner but paid into the Consolidated Fund."),
        Para("5. There is a right of appeal to the First-tier Tribunal (General Regulatory Chamber) within 28 days "
             "(section 162(1)(c) DPA). Telephone 0300 123 4504."),
    ])
    p2 = Page(printed="Page 2 of 3", blocks=[
        Heading("Other penalty notices issued in 2020/21 and 2021/22", size=12, space_before=0),
        Para("6. On 30 October 2020 the Commissioner fined Marriott International Inc "
             + S("\u00a318.4m", "ico.fines", "marriott", "2020-04/2021-03") +
             " for failing to keep the personal data of millions of guests secure. The breach began in 2014, "
             "in systems of the Starwood group that Marriott acquired in 2016."),
        Para("7. On 2 December 2021 a penalty notice of " + S("\u00a3500,000", "ico.fines", "cabinet_office", "2021-04/2022-03")
             + " was issued to the Cabinet Office, after the postal addresses of people named in the "
             "New Year Honours list were published online on 27 December 2019."),
        Para("8. The Cabinet Office appealed. By a consent order of the First-tier Tribunal in November 2022 the "
             "penalty was reduced to " + S("\u00a350,000", "ico.fines", "cabinet_office", "2022-04/2023-03") + "."),
        Heading("Penalty notices issued in 2022/23", size=12),
        Para("9. Clearview AI Inc was fined GBP " + S("7.5 million", "ico.fines", "clearview", "2022-04/2023-03",
                                                    value=7.5 * M) +
             " in May 2022 for collecting images of people from the internet to build a facial recognition "
             "database. Interserve Group Ltd was fined GBP "
             + S("4.4 million", "ico.fines", "interserve", "2022-04/2023-03", value=4.4 * M) +
             " in October 2022 after a phishing email led to the compromise of staff records."),
        Para("10. Notice references: COM0783542 (BA), COM0804337 (Marriott), INV/0716/2021 (Cabinet Office). "
             "Each notice is published on ico.org.uk under section 160 of the DPA."),
    ])
    p3 = Page(printed="Page 3 of 3", blocks=[
        Heading("Annex: penalty notices by financial year", size=12, space_before=0),
        Table(rows=[
            ["Organisation", "Date of notice", "Financial year", "Penalty (\u00a3)", "Status"],
            ["British Airways plc", "16/10/2020", "2020/21",
             S("20 000 000", "ico.fines", "british_airways", "2020-04/2021-03", value=20 * M), "Paid"],
            ["Marriott International Inc", "30/10/2020", "2020/21",
             S("18 400 000", "ico.fines", "marriott", "2020-04/2021-03", value=18.4 * M), "Paid"],
            ["Cabinet Office", "02/12/2021", "2021/22",
             S("500 000", "ico.fines", "cabinet_office", "2021-04/2022-03", value=500000), "Appealed*"],
            ["Cabinet Office (after appeal)", "11/2022", "2022/23",
             S("50 000", "ico.fines", "cabinet_office", "2022-04/2023-03", value=50000), "Paid"],
            ["Clearview AI Inc", "18/05/2022", "2022/23",
             S("7 500 000", "ico.fines", "clearview", "2022-04/2023-03", value=7.5 * M), "Appealed"],
            ["Interserve Group Ltd", "24/10/2022", "2022/23",
             S("4 400 000", "ico.fines", "interserve", "2022-04/2023-03", value=4.4 * M), "n/a"],
        ], xs=[0, 150, 230, 305, 400, 483], align=["L", "C", "C", "R", "L"], ruled=True, size=9, row_h=17,
            caption="Amounts as issued, in pounds. * Reduced by consent order, November 2022. The financial year "
                    "runs from 1 April to 31 March.", caption_above=False),
        Para("11. Penalties under the Privacy and Electronic Communications Regulations 2003 are listed separately. "
             "For enquiries quote reference ENF-MPN-2023-02 and write to Wycliffe House, Water Lane, Wilmslow "
             "SK9 5AF."),
    ])
    return Doc(F, "ICO penalty notices: British Airways, Marriott, Cabinet Office, Clearview AI, Interserve",
               "Information Commissioner's Office (corpus imitation)", "Penalty notices and annex", "fpdf2",
               "Information Commissioner's Office \u2013 Penalty notice", [p1, p2, p3], date=(2023, 2, 1), part=PART)


# =============================================================================================
# 4. District council annual report on RIPA/IPA (fpdf2): national context only (the council's
#    own figures are not given), a transposed table whose category is told only in the note below
#    it, multi-level headers, '*' cells, agenda numbering and committee furniture

def doc_council_report() -> Doc:
    _start()
    F = "council-ripa-annual-report-2024.pdf"
    p1 = Page(printed="Page 23", blocks=[
        Lines([("Northfold District Council", "b", 15, "L"),
               ("Audit and Standards Committee, 12 March 2024", "r", 10, "L"),
               ("Agenda item 9: Use of surveillance powers (RIPA and IPA) - annual report", "b", 10.5, "L"),
               ("Report of the Head of Legal Services. Wards affected: all. Key decision: no.", "r", 9, "L")], gap=2),
        Gap(8),
        Heading("1. Purpose of the report", size=11.5, space_before=0),
        Para("1.1 The Council's RIPA policy (revised January 2023, version 4.2) requires an annual report to this "
             "Committee on the use of covert surveillance and the acquisition of communications data, and on the "
             "national picture reported by the Investigatory Powers Commissioner's Office (IPCO)."),
        Para("1.2 The Council has not authorised directed surveillance or the use of a covert human intelligence "
             "source since the last report to this Committee. IPCO last inspected the Council on 14 June 2023 "
             "(reference IPCO/LA/0457); its recommendations have been implemented."),
        Heading("2. The national picture", size=11.5),
        Para("2.1 Local authorities acquire communications data through the National Anti-Fraud Network. "
             "Nationally they obtained " + S("1,191", "cd.items.comms_type", "telephony", "2019") +
             " items of telephony related data in 2019, " + S("164", "cd.items.comms_type", "internet", "2019") +
             " items of internet related data and just " + S("24", "cd.items.comms_type", "postal", "2019") +
             " items of postal related data."),
        Para("2.2 A year earlier, local authorities obtained " + S("678", "cd.items.comms_type", "telephony", "2018") +
             " items of telephony related data, " + S("92%", "cd.items.comms_type.share", "telephony", "2018") +
             " of their total. Of the items they obtained that year, "
             + S("647", "cd.items.data_type", "subscriber", "2018") + " were subscriber information and "
             + S("87", "cd.items.data_type", "service_use", "2018") + " service use information; "
             + S("no", "cd.items.data_type", "traffic", "2018") + " traffic data was obtained."),
        Para("2.3 Between 1 April and 31 December 2017, public authorities other than law enforcement and local "
             "authorities granted " + S("933", "directed_surveillance.authorisations", "other_public_authorities",
                                        "2017-04/2017-12") +
             " directed surveillance authorisations, " + S("792", "directed_surveillance.authorisations", "dwp",
                                                           "2017-04/2017-12") +
             " of them by the Department for Work and Pensions."),
    ])
    p2 = Page(printed="Page 24", blocks=[
        Heading("Appendix 1: National figures for covert surveillance (OSC and IPCO)", size=11.5, space_before=0),
        Table(rows=[
            ["", "Directed", "Property", "Intrusive"],
            ["Period", "surveillance", "interference", "surveillance"],
            ["2016/17 (OSC year)", S("6,237", "directed_surveillance.authorisations", "law_enforcement",
                                     "2016-04/2017-03"),
             S("1,842", "property_interference.authorisations", "", "2016-04/2017-03"), "*"],
            ["Extant at 31/03/2017", S("808", "directed_surveillance.authorisations.extant", "law_enforcement",
                                       "2017-03-31"), "*", "*"],
            ["01/04/17-31/12/17", "*", S("1,453", "property_interference.authorisations", "", "2017-04/2017-12"),
             S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12")],
            ["2017 (annualised)", "*", S("1,937", "property_interference.authorisations.annualised", "", "2017"),
             S("248", "intrusive_surveillance.authorisations.annualised", "", "2017")],
        ], xs=[0, 150, 260, 370, 483], align=["L", "R", "R", "R"], ruled=True, header_rows=2, size=9.5, row_h=17,
            caption="Table A1: Authorisations granted. * Not published for that period. Directed surveillance "
                    "figures are for law enforcement agencies only; the annualised row multiplies the nine-month "
                    "figure by 12/9.", caption_above=False),
        Para("A1.2 Roughly ten years before the 2017 report, some "
             + S("20,000", "directed_surveillance.authorisations", "total", "2007", q="approximately") +
             " directed surveillance authorisations were being granted each year across all public authorities."),
        Heading("Appendix 2: Covert human intelligence sources", size=11.5),
        Table(rows=[
            ["Year", "Law enforcement", "Wider public authorities"],
            ["2018", S("1,958", "chis.authorisations", "law_enforcement", "2018"), "*"],
            ["2019", S("1,866", "chis.authorisations", "law_enforcement", "2019"),
             S("11", "chis.authorisations", "other_public_authorities", "2019")],
        ], xs=[0, 150, 290, 430], align=["L", "R", "R"], ruled=True, size=9.5, row_h=17,
            caption="Table A2: CHIS authorisations. Wider public authorities excludes local councils.",
            caption_above=True),
        Heading("Appendix 3: Errors reported to IPCO", size=11.5),
        Table(rows=[
            ["Power", "Errors, 2018"],
            ["Directed surveillance", S("59", "spci.errors", "directed_surveillance", "2018")],
            ["Property interference", S("23", "spci.errors", "property_interference", "2018")],
            ["Intrusive surveillance", S("3", "spci.errors", "intrusive_surveillance", "2018")],
            ["CHIS (including undercover officers)", S("14", "spci.errors", "chis", "2018")],
            ["Total", S("99", "spci.errors", "total", "2018")],
        ], xs=[0, 250, 360], align=["L", "R"], ruled=True, size=9.5, row_h=16,
            caption="Table A3: Errors by law enforcement agencies, public and local authorities and prisons. The "
                    "2017 report counted 83, then called breaches.", caption_above=False),
        Para("A2.2 Contact: Head of Legal Services, Civic Centre, Northfold NF1 2AB; telephone 01632 960 441; "
             "background papers: none."),
    ])
    return Doc(F, "Use of surveillance powers (RIPA and IPA): annual report 2024", "Northfold District Council",
               "Report to Audit and Standards Committee, agenda item 9", "fpdf2",
               "Northfold District Council - Audit and Standards Committee - 12 March 2024", [p1, p2],
               date=(2024, 3, 4), part=PART)


# =============================================================================================
# 5. Newspaper explainer (Chromium): question headings, figures opening sentences, "hit",
#    "up from", a fact box, a bar graphic with values inside the bars, photo caption, byline

def doc_newspaper_explainer() -> Doc:
    _start()
    F = "newspaper-explainer-state-surveillance-2020.pdf"
    p1 = Page(printed="", blocks=[
        Raw('<div style="font-family:DejaVu Sans;font-size:8.5pt;color:#c70000;font-weight:bold">UK NEWS \u00b7 '
            'EXPLAINER</div>'),
        Heading("How often does the state look at your phone records? The numbers explained", size=20),
        Raw('<div style="font-family:DejaVu Sans;font-size:8.5pt;color:#555;margin-bottom:8pt">Priya Nair, home '
            'affairs correspondent \u00b7 Thu 17 Dec 2020 06.00 GMT \u00b7 Last modified on Thu 17 Dec 2020 09.14 '
            'GMT</div>'),
        Para(S("808,214", "cd.items", "total", "2018") + ". That is how many items of communications data \u2013 "
             "who called whom, when, and from where \u2013 police forces and other public bodies obtained in 2018, "
             "the last year for which the surveillance watchdog counted items. Its report on 2019 was published on "
             "Thursday."),
        Para("It is up from " + S("757,977", "cd.items", "total", "2017") + " the year before, and the watchdog, "
             "the Investigatory Powers Commissioner, warns that its figures may be out by a few per cent."),
        Heading("Who is doing the looking?", size=12.5),
        Para("Overwhelmingly, the police. Law enforcement accounted for "
             + S("700,282", "cd.items", "law_enforcement", "2017") + " items in 2017 \u2013 "
             + S("92.6%", "cd.items.share", "law_enforcement", "2017") + " of the total. Councils barely feature: "
             "local authorities obtained " + S("678", "cd.items.comms_type", "telephony", "2018") +
             " items of telephony data in 2018."),
        Raw('<div style="background:#ddd;height:90pt;margin:6pt 0 2pt 0"></div>'
            '<div class="cap">A mobile phone mast in Croydon, south London. Photograph: Agency/Picture Desk 4471</div>'),
        Heading("And listening to calls?", size=12.5),
        Para("That needs an interception warrant. Warrants hit " + S("3,535", "interception.warrants.issued", "total",
                                                                     "2017") +
             " in 2017, the highest number in the published series. Serious crime accounted for "
             + S("65.22%", "interception.warrants.issued.share", "serious_crime", "2017") +
             " of them and national security for " + S("34.5%", "interception.warrants.issued.share",
                                                        "national_security", "2017") + "."),
    ])
    p2 = Page(printed="", blocks=[
        hbars_inside(F, 2, [("2012", S("3,372", "interception.warrants.issued", "total", "2012")),
                            ("2013", S("2,760", "interception.warrants.issued", "total", "2013")),
                            ("2014", S("2,795", "interception.warrants.issued", "total", "2014")),
                            ("2015", S("3,059", "interception.warrants.issued", "total", "2015")),
                            ("2016", S("3,007", "interception.warrants.issued", "total", "2016")),
                            ("2017", S("3,535", "interception.warrants.issued", "total", "2017"))],
                     "Interception warrants issued each year",
                     "Source: IOCCO annual reports 2012-2016; IPCO annual report 2017. Graphic: News Desk", 3600),
        Heading("Do they make mistakes?", size=12.5),
        Para("Yes, and the number is not falling. Communications data errors rose from "
             + S("926", "cd.errors", "total", "2017") + " in 2017 to " + S("1,063", "cd.errors", "total", "2019") +
             " in 2019. Most are blamed on police staff who handle the requests, known as single points of "
             "contact."),
        Para("Some mistakes are grave. In 2019 the commissioner investigated "
             + S("18", "errors.serious.investigations", "", "2019") + " possible serious errors and confirmed "
             + S("14", "errors.serious.determined", "total", "2019") + ". In one case a search warrant was executed "
             "at the wrong address."),
        Heading("What about journalists?", size=12.5),
        Para("Judges must approve any attempt to identify a reporter\u2019s source. There were "
             + S("15", "cd.applications.journalistic_source", "", "2019") + " such applications in 2019, the "
             "watchdog says. A separate count, of requests that merely related to journalists, was "
             + S("203", "cd.applications.sensitive_profession", "journalist", "2018") + " in 2018."),
    ])
    p3 = Page(printed="", blocks=[
        Heading("Is anyone checking?", size=12.5),
        Para("The commissioner\u2019s office oversees more than " +
             S("600", "context.public_authorities", "", "2020", q="over") +
             " public bodies, from MI5 to parish councils. Its inspectors visit each police force at least once "
             "every two years."),
        Heading("And undercover sources?", size=12.5),
        Para("Police use of informants and undercover officers, known as covert human intelligence sources, is "
             "edging down: " + S("1,866", "chis.authorisations", "law_enforcement", "2019") +
             " authorisations in 2019, down from " + S("1,958", "chis.authorisations", "law_enforcement", "2018") +
             " a year earlier. Errors in the use of surveillance, property interference and informants came to "
             + S("99", "spci.errors", "total", "2018") + " in 2018."),
        Box("The numbers in brief.", "Interception warrants in 2017: " + S("3,535", "interception.warrants.issued",
                                                                          "total", "2017") +
            ". Items of communications data in 2018: " + S("808,214", "cd.items", "total", "2018") +
            ". Communications data errors in 2019: " + S("1,063", "cd.errors", "total", "2019") + "."),
        Para("This article was amended on 18 December 2020. An earlier version said the items count was for 2019; it "
             "is for 2018. Call the newsdesk on 020 3353 2000 or email reader@newsdesk.example.", italic=True),
    ])
    return Doc(F, "How often does the state look at your phone records? The numbers explained",
               "News Desk (corpus imitation)", "Newspaper explainer", "chromium", "", [p1, p2, p3],
               number_style="foot", date=(2020, 12, 17), part=PART, style="press")


# =============================================================================================
# 6. NGO factsheet (Chromium): big-number callouts in a grid, "N in YEAR" lists, a column chart
#    with an n/a gap, a 100% stacked bar with a key, gridline ticks

def doc_ngo_factsheet() -> Doc:
    _start()
    F = "ngo-factsheet-surveillance-in-numbers-2021.pdf"
    p1 = Page(printed="1", blocks=[
        Raw('<div style="font-size:8pt;color:#00594f;letter-spacing:1pt">OPEN RIGHTS TRUST \u00b7 FACTSHEET 7 '
            '\u00b7 MAY 2021</div>'),
        Heading("Surveillance in numbers", size=24),
        Para("Every figure on this sheet comes from the published reports of the Interception of Communications "
             "Commissioner (to 2016) and the Investigatory Powers Commissioner (from 2017)."),
        callouts(F, 1, [(S("808,214", "cd.items", "total", "2018"), "items of communications data obtained in 2018"),
                        (S("3,535", "interception.warrants.issued", "total", "2017"), "interception warrants issued in 2017"),
                        (S("1,063", "cd.errors", "total", "2019"), "communications data errors in 2019"),
                        (S("1,320", "cd.applications.sensitive_profession", "total", "2018"),
                         "applications about lawyers, doctors, journalists, MPs and clergy, 2018"),
                        (S("200,665", "cd.requests.approved", "", "2019"), "requests for data approved in 2019"),
                        (S("14", "errors.serious.determined", "total", "2019"), "serious errors, 2019")]),
        Heading("Year by year", size=13),
        Bullet("Interception errors: " + S("27", "interception.errors", "", "2010") + " in 2010, "
               + S("42", "interception.errors", "", "2011") + " in 2011, " + S("57", "interception.errors", "", "2013")
               + " in 2013, " + S("60", "interception.errors", "", "2014") + " in 2014 and "
               + S("62", "interception.errors", "", "2015") + " in 2015."),
        Bullet("Communications data errors: " + S("1,088", "cd.errors", "total", "2006-04/2006-12") +
               " (April\u2013December 2006), " + S("595", "cd.errors", "total", "2008") + " (2008), "
               + S("661", "cd.errors", "total", "2009") + " (2009)."),
        Bullet("Interception warrants examined at inspection: " + S("600", "interception.warrants.examined", "", "2013")
               + " in 2013, " + S("1,148", "interception.warrants.examined", "", "2015") + " in 2015."),
        Bullet("Recommendations after interception inspections: " + S("65", "recommendations", "total", "2013") +
               " in 2013 and " + S("74", "recommendations", "total", "2015") + " in 2015."),
    ])
    p2 = Page(printed="2", blocks=[
        Heading("Errors keep coming", size=13),
        columns_gap(F, 2, [("2012", S("979", "cd.errors", "total", "2012")), ("2013", S("970", "cd.errors", "total", "2013")),
                           ("2014", None), ("2015", S("1,199", "cd.errors", "total", "2015")),
                           ("2016", S("1,101", "cd.errors", "total", "2016")),
                           ("2017", S("926", "cd.errors", "total", "2017")),
                           ("2018", S("903", "cd.errors", "total", "2018")),
                           ("2019", S("1,063", "cd.errors", "total", "2019"))],
                    ["0", "250", "500", "750", "1,000", "1,250"], 1250,
                    "Communications data errors reported, 2012\u20132019"),
        Para("No total was published for 2014. The 2018 figure is the sum of the cells of Table 5 of that year\u2019s "
             "report.", size=8.5),
        Heading("Whose data?", size=13),
        stacked_bar(F, 2, [("Suspect", S("63.6%", "cd.items.person_type.share", "suspect", "2015")),
                           ("Associate", S("9.1%", "cd.items.person_type.share", "associate", "2015")),
                           ("National security person of interest",
                            S("6.4%", "cd.items.person_type.share", "national_security_person", "2015")),
                           ("Other relevant person", S("6.2%", "cd.items.person_type.share", "other_relevant_person",
                                                       "2015")),
                           ("Vulnerable person", S("3.9%", "cd.items.person_type.share", "vulnerable_person", "2015")),
                           ("Witness", S("1.6%", "cd.items.person_type.share", "witness", "2015")),
                           ("Next of kin", S("0.2%", "cd.items.person_type.share", "next_of_kin", "2015"))],
                    "Items of communications data by the person they related to, 2015",
                    "Shares of a partial sample; the remaining items were not categorised. Source: IOCCO, July 2016, "
                    "Figure 10."),
    ])
    p3 = Page(printed="3", blocks=[
        Heading("Why errors happen", size=13),
        Para("In 2012, single points of contact were responsible for " + S("47%", "cd.errors.share", "spoc", "2012") +
             " of errors, applicants for " + S("26%", "cd.errors.share", "applicant", "2012") +
             ", designated persons for " + S("5%", "cd.errors.share", "designated_person", "2012") +
             " and communications service providers for " + S("20%", "cd.errors.share", "csp", "2012") +
             ". By 2016 the applicants\u2019 share had grown to " + S("39.4%", "cd.errors.share", "applicant", "2016") +
             ", while service providers\u2019 fell to " + S("11.6%", "cd.errors.share", "csp", "2016") + "."),
        Heading("Why applications are sent back", size=13),
        Para("Designated persons returned or declined applications mostly on necessity and proportionality: "
             + S("45%", "cd.applications.returned.share", "necessity_proportionality", "2015") +
             " of returns in 2015. Presentation accounted for "
             + S("12%", "cd.applications.returned.share", "presentation", "2015") + "."),
        Heading("Who checks?", size=13),
        Para("The Commissioner\u2019s inspectors carried out " + S("166", "inspections", "total", "2016") +
             " inspections in 2016. Urgent oral requests, made by telephone and written up afterwards, were "
             + S("42,293", "cd.urgent_oral", "", "2013") + " in 2013 and " + S("55,346", "cd.urgent_oral", "", "2014") +
             " in 2014."),
        Box("About us.", "Open Rights Trust is a registered charity (no. 1123456). Factsheet 7, second edition. "
            "Design: Studio 9. Printed on 100% recycled paper. 2 Canal Yard, Leeds LS1 4BR."),
    ])
    return Doc(F, "Surveillance in numbers (factsheet 7)", "Open Rights Trust", "NGO factsheet with callouts",
               "chromium", "Open Rights Trust \u2013 Surveillance in numbers", [p1, p2, p3], number_style="foot",
               date=(2021, 5, 17), part=PART, style="factsheet")


# =============================================================================================
# 7. Transparency-data tables (reportlab + reportlab.graphics): years as rows, signed changes
#    with "n/a", CSV-looking lines, numbers with space separators, a wrapped row label, a bar
#    chart with value labels and axis ticks, statistics in a footnote

def doc_transparency_tables() -> Doc:
    _start()
    F = "transparency-data-investigatory-powers-2025.pdf"
    p1 = Page(printed="3", blocks=[
        Heading("Investigatory powers: transparency data, release 3", size=15, space_before=0),
        Para("These tables bring together counts published by the oversight bodies. They are released as open "
             "data (file ip-transparency-r3.csv, 14 KB) under the Open Government Licence v3.0. Table numbers "
             "follow the data file: TD1 to TD5."),
        Table(rows=[
            ["Year", "Warrants issued", "Change on previous", "Note"],
            ["", "", "year (%)", ""],
            ["2012", S("3,372", "interception.warrants.issued", "total", "2012"),
             S("+16", "interception.warrants.issued.change", "total", "2012", value=16), "a"],
            ["2013", S("2,760", "interception.warrants.issued", "total", "2013"),
             S("-19", "interception.warrants.issued.change", "total", "2013", value=-19), "a"],
            ["2014", S("2,795", "interception.warrants.issued", "total", "2014"), "n/a", ""],
            ["2015", S("3,059", "interception.warrants.issued", "total", "2015"),
             S("+9", "interception.warrants.issued.change", "total", "2015", value=9), "b"],
            ["2016", S("3,007", "interception.warrants.issued", "total", "2016"), "n/a", ""],
            ["2017", S("3,535", "interception.warrants.issued", "total", "2017"),
             S("+17.5", "interception.warrants.issued.change", "total", "2017", value=17.5), "c"],
        ], xs=[0, 160, 270, 330], align=["L", "R", "R", "L"], ruled=False, header_rows=2, size=9.5, row_h=15,
            caption="Table TD1: Interception warrants issued, 2012 to 2017. a As published by IOCCO. b Stated as "
                    "growth of 9%. c \u2018Just over\u2019 17.5%. n/a: no change published.", caption_above=True),
        RLBars(F, [("2015", S("1,199", "cd.errors", "total", "2015")), ("2016", S("1,101", "cd.errors", "total", "2016")),
                   ("2017", S("926", "cd.errors", "total", "2017")), ("2018", S("903", "cd.errors", "total", "2018")),
                   ("2019", S("1,063", "cd.errors", "total", "2019"))],
               "Chart TD2: Communications data errors reported, 2015 to 2019 (2018: sum of table cells)",
               vmax=1250, step=250),
        Table(rows=[
            ["Statutory purpose", "Warrants issued in 2017 (share)"],
            ["Serious crime", S("2,306", "interception.warrants.issued", "serious_crime", "2017") + " ("
             + S("65.22%", "interception.warrants.issued.share", "serious_crime", "2017") + ")"],
            ["National security", S("1,219", "interception.warrants.issued", "national_security", "2017") + " ("
             + S("34.5%", "interception.warrants.issued.share", "national_security", "2017") + ")"],
        ], xs=[0, 270], align=["L", "R"], ruled=False, size=9.5, row_h=15,
            caption="Table TD1a: Interception warrants issued in 2017 by statutory purpose. Shares as published; "
                    "they do not sum to 100.", caption_above=True),
    ])
    p2 = Page(printed="4", blocks=[
        Heading("TD3: communications data volumes, as in the data file", size=12, space_before=0),
        Para("The lines below are printed exactly as they appear in the open data file. Values are counts without "
             "separators; the unit changes between 2014 and 2015 and again in 2019."),
        g.Gap(2),
        CsvLines("year;measure;authority;value;unit", [
            "2006-04/2006-12;cd_requests;all;" + S("253557", "cd.requests", "total", "2006-04/2006-12") + ";requests",
            "2006-04/2006-12;cd_requests;local_authorities;" + S("1694", "cd.requests", "local_authorities",
                                                                 "2006-04/2006-12") + ";requests",
            "2007;cd_requests;all;" + S("519260", "cd.requests", "total", "2007") + ";requests",
            "2012;cd_requests;other_public_authorities;" + S("2379", "cd.requests", "other_public_authorities", "2012")
            + ";requests",
            "2013;cd_notices_authorisations;all;" + S("58996", "cd.notices_authorisations", "total", "2013") +
            ";notices_authorisations",
            "2015;cd_items;all;" + S("761702", "cd.items", "total", "2015") + ";items",
            "2016;cd_items;all;" + S("754559", "cd.items", "total", "2016") + ";items",
            "2017;cd_items;all;" + S("757977", "cd.items", "total", "2017") + ";items",
            "2017;cd_items;law_enforcement;" + S("700282", "cd.items", "law_enforcement", "2017") + ";items",
            "2018;cd_items;all;" + S("808214", "cd.items", "total", "2018") + ";items",
            "2019;cd_requests_approved;all;" + S("200665", "cd.requests.approved", "", "2019") + ";requests",
        ]),
        Heading("TD4: sensitive professions, 2018", size=12),
        Table(rows=[
            ["Profession", "Applications"],
            ["Lawyer", S("234", "cd.applications.sensitive_profession", "lawyer", "2018")],
            ["Journalist", S("203", "cd.applications.sensitive_profession", "journalist", "2018")],
            ["Member of", S("113", "cd.applications.sensitive_profession", "member_of_parliament", "2018")],
            ["Parliament", ""],
            ["Minister of", S("272", "cd.applications.sensitive_profession", "minister_of_religion", "2018")],
            ["religion", ""],
            ["Medical doctor", S("498", "cd.applications.sensitive_profession", "medical_doctor", "2018")],
            ["Total", S("1 320", "cd.applications.sensitive_profession", "total", "2018", value=1320)],
        ], xs=[0, 200], align=["L", "R"], ruled=False, size=9.5, row_h=14, bold_rows=(8,),
            caption="Source: IPCO Annual Report 2018, Annex D. Thousands are separated by a space in this release.",
            caption_above=False),
    ])
    p3 = Page(printed="5", blocks=[
        Heading("TD5: inspections", size=12, space_before=0),
        Table(rows=[
            ["", "Interception", "Communications", "All areas"],
            ["Year", "", "data", ""],
            ["2012", "*", S("42", "inspections", "communications_data", "2012"), "*"],
            ["2015", S("26", "inspections", "interception", "2015"), S("72", "inspections", "communications_data", "2015"),
             "*"],
            ["2016", "*", "*", S("166", "inspections", "total", "2016")],
            ["2022", "*", "*", S("380", "inspections", "total", "2022")],
            ["2023", "*", "*", S("386", "inspections", "total", "2023")],
        ], xs=[0, 170, 270, 360], align=["L", "R", "R", "R"], ruled=True, header_rows=2, size=9.5, row_h=15,
            caption="Table TD5: Inspections carried out. * not published separately. 2012: police forces and law "
                    "enforcement agencies only.", caption_above=True),
        Para("TD5.1 Public authorities inspected: " + S("21", "public_authorities.inspected", "", "2012") +
             " other public authorities in 2012, " + S("134", "public_authorities.inspected", "", "2016") +
             " public authorities in 2016 and " + S("13", "public_authorities.inspected", "", "2019") +
             " in 2019 (other than law enforcement)."),
        Para("Revisions policy: figures are not revised after first publication. Next release: release 4, "
             "autumn 2026. Statistician: 020 7946 0913."),
        FootStats(["1 The Intelligence Services and other public authorities are included from 2013. In 2013 the "
                   "intelligence agencies accounted for " + S("58,996", "cd.notices_authorisations",
                                                              "intelligence_agencies", "2013") +
                   " notices and authorisations and other public authorities for "
                   + S("2,603", "cd.notices_authorisations", "other_public_authorities", "2013") + "."]),
    ])
    return Doc(F, "Investigatory powers: transparency data, release 3", "Corpus imitation",
               "Transparency data tables", "reportlab+graphics", "Transparency data \u2013 investigatory powers \u2013 "
               "release 3 (June 2025)", [p1, p2, p3], number_style="foot_url",
               url="data.example.gov.uk/ip-transparency", date=(2025, 6, 30), part=PART)


# =============================================================================================
# 8. Tribunal and commissioner statistical summary (Chromium): an IPT-style caseload table whose
#    rows are mostly figures no metric fits, older IOCCO error counts with part years, a pie with
#    labels round its slices, a category told only in the note under a table

def doc_statistical_summary() -> Doc:
    _start()
    F = "tribunal-and-commissioner-statistical-summary.pdf"
    N = 'class="n"'
    p1 = Page(printed="i", blocks=[
        Heading("Investigatory Powers Tribunal and Commissioners: statistical summary", size=16),
        Para("This summary collects caseload and oversight figures that are scattered across the annual reports. "
             "The Tribunal was established by section 65 of the Regulation of Investigatory Powers Act 2000; its "
             "rules are the Investigatory Powers Tribunal Rules 2018 (SI 2018/1334)."),
        Heading("Table 1: Tribunal caseload, 2009", size=11),
        HTable(rows=[
            ["", "Number"],
            ["New complaints received", (S("157", "ipt.complaints", "", "2009"), N)],
            ["Cases carried over from 2008", ("75", N)],
            ["Carried-over cases concluded in 2009", ("67", N)],
            ["New cases completed within the year", ("58", N)],
            ["Cases carried forward to 2010", ("107", N)],
            ["Determinations in favour of the complainant", ("1", N)],
        ], caption="Source: Report of the Interception of Communications Commissioner for 2009, paragraph 6.2. The "
                   "determination in 2009 was the fourth in favour of a complainant since 2000.", caption_above=False,
            cls="ruled", widths=[260, 70]),
        Heading("Table 2: Communications data errors, 2006 to 2009", size=11),
        HTable(rows=[
            ["Period", "All errors", "Public authorities", "Service providers"],
            ["Apr\u2013Dec 2006", (S("1,088", "cd.errors", "total", "2006-04/2006-12"), N),
             (S("787", "cd.errors", "public_authorities", "2006-04/2006-12"), N),
             (S("301", "cd.errors", "csp", "2006-04/2006-12"), N)],
            ["Oct\u2013Dec 2007", ("n/a", N), (S("99", "cd.errors", "public_authorities", "2007-10/2007-12"), N), ("n/a", N)],
            ["2008", (S("595", "cd.errors", "total", "2008"), N), ("n/a", N), ("n/a", N)],
            ["2009", (S("661", "cd.errors", "total", "2009"), N), ("n/a", N), ("n/a", N)],
        ], caption="n/a: not published. The 2007 count covers only the last quarter, after new reporting rules took "
                   "effect; roughly 0.4% of requests in 2006 led to an error.", caption_above=False, cls="ruled"),
    ])
    p2 = Page(printed="ii", blocks=[
        Heading("Table 3: Covert human intelligence source authorisations", size=11),
        HTable(rows=[
            ["", "2018", "2019"],
            ["Authorisations granted", (S("1,958", "chis.authorisations", "law_enforcement", "2018"), N),
             (S("1,866", "chis.authorisations", "law_enforcement", "2019"), N)],
        ], caption="Note: law enforcement agencies only.", caption_above=False, cls="ruled", widths=[200, 60, 60]),
        Para("Wider public authorities, other than local councils, granted "
             + S("eleven", "chis.authorisations", "other_public_authorities", "2019") + " CHIS authorisations in 2019."),
        Heading("Figure 1: Interception warrants by statutory purpose, 2014", size=11),
        pie_labelled(F, 2, [("Serious crime", S("68%", "interception.warrants.issued.share", "serious_crime", "2014"), 0.68),
                            ("National security", S("31%", "interception.warrants.issued.share", "national_security",
                                                    "2014"), 0.31),
                            ("Combination", S("1%", "interception.warrants.issued.share", "combination", "2014"), 0.01)],
                     "Figure 1. Shares of the warrants issued in 2014. Source: IOCCO, March 2015, Figure 2."),
        Heading("Table 4: Interception warrants by purpose, 2015 (per cent)", size=11),
        HTable(rows=[
            ["Serious crime", "National security", "Combination", "Urgent approvals"],
            [(S("65", "interception.warrants.issued.share", "serious_crime", "2015"), N),
             (S("34", "interception.warrants.issued.share", "national_security", "2015"), N),
             (S("1", "interception.warrants.issued.share", "combination", "2015"), N),
             (S("2.5", "interception.warrants.urgent.share", "", "2015"), N)],
        ], caption="Values are percentages of the warrants issued in 2015 (IOCCO, July 2016, Points of Note).",
            caption_above=False, cls="ruled"),
    ])
    p3 = Page(printed="iii", blocks=[
        Heading("Figure 2: Law enforcement interception authorisations, 2018", size=11),
        pie_labelled(F, 3, [(("Routine", "92%"), None, 0.92),
                            ("Urgent", S("8%", "interception.warrants.urgent.share", "", "2018"), 0.08)],
                     "Figure 2. Routine and urgent authorisations, law enforcement agencies. Source: IPCO Annual "
                     "Report 2018, Figure 4."),
        Para("Other figures from the same period. The Tribunal\u2019s caseload is small next to the use of the powers: "
             "in 2012 other public authorities made " + S("2,379", "cd.requests", "other_public_authorities", "2012") +
             " requests for communications data, and the oversight body inspected " +
             S("21", "public_authorities.inspected", "", "2012") + " of them. In 2013 the three intelligence agencies "
             "made " + S("58,996", "cd.notices_authorisations", "intelligence_agencies", "2013") +
             " notices and authorisations: GCHQ " + S("1,406", "cd.notices_authorisations", "gchq", "2013") +
             ", SIS " + S("672", "cd.notices_authorisations", "sis", "2013") + " and the Security Service "
             + S("56,918", "cd.notices_authorisations", "security_service", "2013") + "."),
        Para("Errors with very serious consequences were fewer: " + S("seven", "errors.serious.determined", "total",
                                                                      "2013") +
             " in 2013, five of which delayed checks on a person\u2019s welfare. The 2013 figure for all communications "
             "data errors was "
             + S("970", "cd.errors", "total", "2013") + "."),
        Para("Interception errors were counted across all intercepting agencies from 2010: there were "
             + S("27", "interception.errors", "", "2010") + " that year and " + S("42", "interception.errors", "", "2011")
             + " in 2011, equal to about 1.4% of the warrants signed."),
        Para("Prepared by the statistics unit, 2 Marsham Street, London SW1P 4DF. Version 2.1, 8 September 2021.",
             size=8.5),
    ])
    return Doc(F, "Investigatory Powers Tribunal and Commissioners: statistical summary",
               "Corpus imitation", "Statistical summary: caseload and oversight", "chromium",
               "Statistical summary \u2013 IPT and Commissioners", [p1, p2, p3], number_style="foot",
               date=(2021, 9, 8), part=PART, style="tribunal")


def dev3_builders() -> list:
    return [doc_committee_report, doc_hansard_debate, doc_penalty_notices, doc_council_report,
            doc_newspaper_explainer, doc_ngo_factsheet, doc_transparency_tables, doc_statistical_summary]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)

if __name__ == "__main__":
    sys.exit(main())
