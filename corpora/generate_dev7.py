#!/usr/bin/env python3
"""Seventh development part of the labelled corpus: corpora/dev7/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev7.py      # this part only (same bytes, same gold.csv)

Theme: charts and figure pages, in styles and producers the earlier parts do not use. Six
documents: a KPI dashboard printed from HTML (tiles with a big number, an inline-SVG sparkline
whose first point carries its value, change badges, micro bar charts), a report chapter of
inline-SVG figures (horizontal bars with the value at the bar end and an x axis of ticks, a
donut whose legend is a two-column key with the percentages right-aligned, 100% stacked bars
with the share inside each wide segment and outside the narrow ones, a line chart with square
markers and labels above and below, columns with two-line category labels), matplotlib small
multiples (2x2 subplots, each titled with its metric, on a shared year axis, values over the
bars) and matplotlib charts with a data table under them (``ax.table``), matplotlib lollipop,
dot and dumbbell plots and a diverging year-on-year change chart, a reportlab statistical
release (grouped bars of which only one series is labelled, a LinePlot with markers and value
labels, unlabelled bar charts whose figures are only in a "Data for Figure N" table, pies with
side labels and pointer lines), and fpdf2 charts drawn from rectangles (horizontal bars in
pounds on an axis in "£ million", a two-segment stacked bar, waffle squares).

This part was written to be scored once, before any rule is tuned on it (see corpora/README.md).

Only printed figures are statistics: a bar drawn without a value label is not in gold. Axis
ticks, figure and table numbers, page and paragraph numbers, footnote markers, dates, build and
version strings and source lines are distractors.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The organisations
(the dashboard's unit, the research centre, the statistics team, the campaign group) are
fictional and give no figures of their own.
"""
from __future__ import annotations

import html
import math
import sys
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import (
    Doc,
    Gap,
    Heading,
    Lines,
    Page,
    Para,
    Raw,
    S,
    Table,
)
from generate_dev2 import _stat
from generate_dev3 import FootStats  # noqa: F401  (registers the reportlab+graphics renderer)
from generate_dev5 import MplPage, esc, rec  # noqa: F401  (registers the matplotlib renderer)

PART = "dev7"
EN = "\u2013"
MINUS = "\u2212"
FONT = "Liberation Sans"


def _start() -> None:
    # literal HTML blocks and drawn charts record their rows while the document is built
    g.CURRENT_PART[0] = PART


def _rec(fname: str, page: int, ph: str, method: str, quote: str, checks=None):
    st = _stat(ph)
    g.record(fname, page, st, method, quote, checks=checks)
    return st


def _t(x, y, text, size=8, anchor="start", weight="normal", fill="#222", extra=""):
    """SVG text; `size` is in points (SVG units are CSS pixels, 0.75 pt)."""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size * 4 / 3:.2f}" text-anchor="{anchor}" font-weight="{weight}" '
            f'font-family="{FONT}" fill="{fill}"{extra}>{esc(text)}</text>')


g.HTML_STYLES.setdefault("dashboard", """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; line-height: 1.3; color: #1b1b1b; }
.dh { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2pt solid #24476b;
      padding-bottom: 3pt; margin-bottom: 8pt; }
.dh .t { font-size: 17pt; font-weight: bold; color: #24476b; }
.dh .m { font-size: 7.5pt; color: #555; text-align: right; }
.tiles { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8pt; }
.tile { border: 0.7pt solid #b9c6d4; border-radius: 4pt; padding: 5pt 7pt 4pt 7pt; background: #f7f9fb;
        break-inside: avoid; }
.tile .k { font-size: 7.6pt; letter-spacing: 0.3pt; color: #24476b; font-weight: bold; }
.tile .big { font-size: 21pt; font-weight: bold; line-height: 1.15; margin: 2pt 0 0 0; }
.tile .sub { font-size: 7.8pt; color: #444; }
.tile .badge { display: inline-block; font-size: 7.5pt; font-weight: bold; padding: 0.5pt 4pt; border-radius: 6pt;
               background: #dcefe2; color: #1d6b3a; margin-top: 2pt; }
.tile .badge.dn { background: #f6dfdc; color: #8a2c1f; }
.sec { font-size: 11pt; font-weight: bold; color: #24476b; margin: 10pt 0 4pt 0; }
.foot { font-size: 7pt; color: #666; margin-top: 8pt; border-top: 0.5pt solid #ccc; padding-top: 2pt; }
""")


# =============================================================================================
# 1. KPI dashboard printed from HTML (Chromium): tiles with a big number, a metric name above it,
#    a sparkline (inline SVG) whose first point carries its value and whose ends carry years,
#    a change badge; page 2 tiles with micro bar charts (label, bar, value in SVG)

def spark(fname: str, page: int, title: str, years: list, values: list, first_ph: str) -> str:
    """A sparkline: the first point's value is printed (a gold row); the others are only drawn."""
    w, h, pad = 180, 40, 8
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1
    pts = [(pad + k * (w - 2 * pad) / (len(values) - 1), h - 10 - (v - lo) / span * (h - 20))
           for k, v in enumerate(values)]
    st = _rec(fname, page, first_ph, "chart", f"{title} {years[0]} {_stat(first_ph).printed}",
              checks=[_stat(first_ph).printed])
    parts = [f'<polyline points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in pts)}" fill="none" stroke="#24476b" '
             f'stroke-width="1.2"/>',
             f'<circle cx="{pts[0][0]:.1f}" cy="{pts[0][1]:.1f}" r="1.8" fill="#24476b"/>',
             f'<circle cx="{pts[-1][0]:.1f}" cy="{pts[-1][1]:.1f}" r="2.2" fill="#c0392b"/>',
             _t(pts[0][0] + 4, pts[0][1] - 3 if pts[0][1] > 12 else pts[0][1] + 9, st.printed, 6.8, fill="#24476b"),
             _t(pad, h, years[0], 6.3, fill="#777"), _t(w - pad, h, years[-1], 6.3, "end", fill="#777")]
    return f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}">{"".join(parts)}</svg>'


def tile(fname: str, page: int, key: str, ph: str, sub: str, spark_svg: str = "", badge: str = "",
         down: bool = False) -> str:
    key = key.upper()  # dashboard labels are set in capitals (the text itself, not CSS)
    st = _rec(fname, page, ph, "list", f"{key} {_stat(ph).printed} {sub}", checks=[_stat(ph).printed, "~" + key])
    b = ""
    if badge:
        mk = rec(fname, page, badge, "list")
        b = f'<div class="badge{" dn" if down else ""}">{mk}</div>'
    return (f'<div class="tile"><div class="k">{esc(key)}</div><div class="big">{esc(st.printed)}</div>'
            f'<div class="sub">{esc(sub)}</div>{spark_svg}{b}</div>')


def micro_bars(fname: str, page: int, key: str, rows: list, vmax: float, note: str = "") -> str:
    """A tile holding a micro bar chart: label at the left, bar, value at the bar's end (SVG)."""
    key = key.upper()
    w, rh = 190, 15
    h = rh * len(rows) + 4
    parts = []
    for k, (label, ph) in enumerate(rows):
        st = _rec(fname, page, ph, "chart", f"{key} {label} {_stat(ph).printed}",
                  checks=[_stat(ph).printed, "~" + label])
        y = 2 + k * rh
        bw = 58 * st.value / vmax
        parts.append(_t(0, y + 11, label, 7.2))
        parts.append(f'<rect x="88" y="{y + 3}" width="{bw:.1f}" height="9" fill="#5f86ad"/>')
        parts.append(_t(88 + bw + 3, y + 11, st.printed, 7.2, weight="bold"))
    svg = f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}">{"".join(parts)}</svg>'
    n = f'<div class="sub">{esc(note)}</div>' if note else ""
    return f'<div class="tile"><div class="k">{esc(key)}</div>{svg}{n}</div>'


def doc_dashboard() -> Doc:
    _start()
    F = "dashboard-investigatory-powers-kpis-2018.pdf"
    SP = "cd.applications.sensitive_profession"
    W = "interception.warrants.issued"
    t1 = [
        tile(F, 1, "CD items obtained", S("808,214", "cd.items", "total", "2018"), "items in 2018",
             spark(F, 1, "CD items obtained", ["2015", "2018"], [761702, 754559, 757977, 808214],
                   S("761,702", "cd.items", "total", "2015"))),
        tile(F, 1, "CD errors reported", S("903", "cd.errors", "total", "2018"), "errors in 2018",
             spark(F, 1, "CD errors reported", ["2015", "2018"], [1199, 1101, 926, 903],
                   S("1,199", "cd.errors", "total", "2015"))),
        tile(F, 1, "Errors found serious", S("8", "errors.serious.determined", "total", "2018"),
             "determinations in 2018",
             spark(F, 1, "Errors found serious", ["2017", "2018"], [24, 8],
                   S("24", "errors.serious.determined", "total", "2017"))),
        tile(F, 1, "Sensitive-profession applications", S("1,320", SP, "total", "2018"), "CD applications, 2018",
             spark(F, 1, "Sensitive-profession applications", ["2016", "2018"], [948, 1320],
                   S("948", SP, "total", "2016"))),
        tile(F, 1, "Interception warrants issued", S("3,535", W, "total", "2017"), "warrants in 2017",
             spark(F, 1, "Interception warrants issued", ["2012", "2017"], [3372, 2760, 2795, 3059, 3007, 3535],
                   S("3,372", W, "total", "2012")),
             badge="\u25b2 " + S("17.5%", W + ".change", "total", "2017") + " on 2016"),
        tile(F, 1, "Covert surveillance errors", S("99", "spci.errors", "total", "2018"), "reported in 2018",
             spark(F, 1, "Covert surveillance errors", ["2017", "2018"], [83, 99],
                   S("83", "spci.errors", "total", "2017"))),
        tile(F, 1, "CHIS authorisations (LEAs)", S("1,958", "chis.authorisations", "law_enforcement", "2018"),
             "law enforcement, 2018"),
        tile(F, 1, "Relevant interception errors", S("13", "interception.errors", "", "2018"), "reported in 2018"),
        tile(F, 1, "LPP applications", S("77", "lpp.applications.made", "", "2018"), "legally privileged material, 2018",
             badge=S("76", "lpp.applications.approved", "", "2018") + " approved"),
        tile(F, 1, "Urgent LEA interception", S("8%", "interception.warrants.urgent.share", "", "2018"),
             "of law enforcement authorisations, 2018"),
        tile(F, 1, "Council CD: telephony", S("92%", "cd.items.comms_type.share", "telephony", "2018"),
             "of local authority items, 2018"),
        tile(F, 1, "Council CD: traffic data", S("0", "cd.items.data_type", "traffic", "2018"),
             "items obtained by councils, 2018"),
    ]
    p1 = Page(printed=None, header=False, blocks=[
        Raw('<div class="dh"><div class="t">Investigatory powers: headline indicators</div>'
            '<div class="m">Oversight Analytics Unit \u00b7 dashboard v3.2 \u00b7 data as at 04/03/2020<br>'
            'Refreshed weekly \u00b7 view 1 of 2 \u00b7 filter: UK, all authorities</div></div>'),
        Raw('<div class="tiles">' + "".join(t1) + "</div>"),
        Raw('<div class="foot">Sparklines show each published year in the range; only the first point is labelled. '
            'Red dot: latest year. Sources: IOCCO reports 2012\u20132016; IPC Annual Reports 2017 (HC 1780) and 2018 '
            '(HC 67). Tile IDs K01\u2013K12. Printed 04/03/2020 11:42 \u00b7 Page 1 of 2</div>'),
    ])
    t2 = [
        micro_bars(F, 2, "CD errors by party, 2018",
                   [("SPoC", S("381", "cd.errors", "spoc", "2018")),
                    ("Applicant", S("360", "cd.errors", "applicant", "2018")),
                    ("CSP", S("140", "cd.errors", "csp", "2018")),
                    ("Designated person", S("22", "cd.errors", "designated_person", "2018"))], 400),
        micro_bars(F, 2, "Surveillance errors by power, 2018",
                   [("Directed", S("59", "spci.errors", "directed_surveillance", "2018")),
                    ("Property", S("23", "spci.errors", "property_interference", "2018")),
                    ("CHIS", S("14", "spci.errors", "chis", "2018")),
                    ("Intrusive", S("3", "spci.errors", "intrusive_surveillance", "2018"))], 60),
        micro_bars(F, 2, "Sensitive professions, 2018",
                   [("Doctors", S("498", SP, "medical_doctor", "2018")),
                    ("Clergy", S("272", SP, "minister_of_religion", "2018")),
                    ("Lawyers", S("234", SP, "lawyer", "2018")),
                    ("Journalists", S("203", SP, "journalist", "2018")),
                    ("MPs", S("113", SP, "member_of_parliament", "2018"))], 500),
        micro_bars(F, 2, "Council CD by data type, 2018",
                   [("Subscriber", S("647", "cd.items.data_type", "subscriber", "2018")),
                    ("Service use", S("87", "cd.items.data_type", "service_use", "2018")),
                    ("Traffic", S("0", "cd.items.data_type", "traffic", "2018"))], 650),
        micro_bars(F, 2, "Serious errors, 2017",
                   [("Investigated", S("33", "errors.serious.investigations", "", "2017")),
                    ("Found serious", S("24", "errors.serious.determined", "total", "2017"))], 35),
        micro_bars(F, 2, "Warrants by purpose, 2017",
                   [("Serious crime", S("2,306", W, "serious_crime", "2017")),
                    ("Nat. security", S("1,219", W, "national_security", "2017"))], 2400),
    ]
    shares = rec(F, 2, "Serious crime " + S("65.22%", W + ".share", "serious_crime", "2017") + "; national "
                 "security " + S("34.5%", W + ".share", "national_security", "2017") + ".")
    p2 = Page(printed=None, header=False, blocks=[
        Raw('<div class="dh"><div class="t">Breakdowns</div><div class="m">Oversight Analytics Unit \u00b7 '
            'dashboard v3.2 \u00b7 view 2 of 2</div></div>'),
        Raw('<div class="tiles">' + "".join(t2) + "</div>"),
        Raw(f'<div class="sec">Purpose split, 2017</div><p>{shares}</p>'),
        Raw('<div class="foot">Bars are scaled within each tile, not across tiles. Axis-free micro charts; values '
            'as published. Query ref. Q-2020-0311. Printed 04/03/2020 11:42 \u00b7 Page 2 of 2</div>'),
    ])
    return Doc(F, "Investigatory powers: headline indicators (dashboard)", "Oversight Analytics Unit",
               "KPI dashboard", "chromium", "", [p1, p2], date=(2020, 3, 4), part=PART, style="dashboard")


# =============================================================================================
# 2. A report chapter of inline-SVG figures (Chromium): horizontal bars with the value at the
#    bar end and an x axis of ticks; a donut whose key is a two-column list with the shares
#    right-aligned; 100% stacked bars (shares inside wide segments, outside narrow ones) with a
#    legend above; a line chart with square markers, labels alternately above and below; columns
#    with two-line category labels. Figure numbers, paragraph numbers, source lines, footnote marks

def _fig(caption: str, svg: str, source: str, extra: str = "") -> Raw:
    return Raw(f'<div class="chart" style="margin:4pt 0 8pt 0"><div style="font-weight:bold;font-size:9.5pt;'
               f'margin-bottom:3pt">{esc(caption)}</div>{extra}{svg}<div class="cap">{esc(source)}</div></div>')


def svg_hbars_end(fname: str, page: int, rows: list, ticks: list, vmax: float, title: str,
                  width: int = 440) -> str:
    """Horizontal bars: category labels right-aligned at the left, the value just past the end
    of each bar, gridlines and an x axis of ticks (distractors) under the bars."""
    left, rh, top = 70, 19, 4
    plot = width - left - 40
    h = top + rh * len(rows) + 22
    parts = []
    for k, t in enumerate(ticks):
        x = left + plot * k / (len(ticks) - 1)
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + rh * len(rows)}" stroke="#ddd" '
                     f'stroke-width="0.5"/>')
        parts.append(_t(x, top + rh * len(rows) + 13, t, 7.5, "middle", fill="#666"))
    for k, (label, ph) in enumerate(rows):
        st = _rec(fname, page, ph, "chart", f"{title} {label} {_stat(ph).printed}",
                  checks=[_stat(ph).printed, label])
        y = top + k * rh
        bw = plot * st.value / vmax
        parts.append(_t(left - 6, y + 13.5, label, 8.5, "end"))
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{bw:.1f}" height="12" fill="#2c6e8f"/>')
        parts.append(_t(left + bw + 4, y + 13.5, st.printed, 8.5, weight="bold"))
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + rh * len(rows)}" stroke="#333" '
                 f'stroke-width="0.7"/>')
    return f'<svg width="{width}" height="{h}" viewBox="0 0 {width} {h}">{"".join(parts)}</svg>'


def donut_key(fname: str, page: int, items: list, title: str, centre: str) -> str:
    """A donut (SVG) with a word in the hole; the key beside it is a two-column list, the share
    right-aligned in its own column."""
    r, w = 58, 30
    cx = cy = r + 4
    parts, ang = [], -math.pi / 2
    total = sum(_stat(ph).value for _, ph, _ in items)
    for label, ph, colour in items:
        frac = _stat(ph).value / total
        a2 = ang + 2 * math.pi * frac
        large = 1 if frac > 0.5 else 0
        ro, ri = r, r - w
        p = (f"M{cx + ro * math.cos(ang):.2f},{cy + ro * math.sin(ang):.2f} "
             f"A{ro},{ro} 0 {large} 1 {cx + ro * math.cos(a2):.2f},{cy + ro * math.sin(a2):.2f} "
             f"L{cx + ri * math.cos(a2):.2f},{cy + ri * math.sin(a2):.2f} "
             f"A{ri},{ri} 0 {large} 0 {cx + ri * math.cos(ang):.2f},{cy + ri * math.sin(ang):.2f} Z")
        parts.append(f'<path d="{p}" fill="{colour}" stroke="#fff" stroke-width="0.8"/>')
        ang = a2
    parts.append(_t(cx, cy + 3, centre, 8, "middle", "bold", "#333"))
    svg = f'<svg width="{2 * r + 8}" height="{2 * r + 8}" viewBox="0 0 {2 * r + 8} {2 * r + 8}">{"".join(parts)}</svg>'
    rows = []
    for label, ph, colour in items:
        st = _rec(fname, page, ph, "chart", f"{title} {label} {_stat(ph).printed}", checks=[label, _stat(ph).printed])
        rows.append(f'<tr><td style="padding:1.5pt 6pt 1.5pt 0"><span class="sw" style="background:{colour}"></span>'
                    f'{esc(label)}</td><td style="text-align:right;padding:1.5pt 0 1.5pt 14pt">{esc(st.printed)}</td></tr>')
    key = f'<table style="font-size:9pt;margin:0;border:none">{"".join(rows)}</table>'
    return f'<div style="display:flex;gap:30pt;align-items:center">{svg}{key}</div>'


def stacked_100(fname: str, page: int, rows: list, series: list, title: str, width: int = 440) -> tuple:
    """100% stacked horizontal bars, one per year: the share is printed inside a segment wide
    enough for it, otherwise just right of the bar. Returns (legend html, svg)."""
    left, rh, plot = 40, 24, width - 40 - 64
    h = rh * len(rows) + 4
    parts = []
    for k, (year, phs) in enumerate(rows):
        y = 2 + k * rh
        parts.append(_t(left - 6, y + 13, year, 8.5, "end"))
        x = left
        outside = []
        for (name, colour), ph in zip(series, phs):
            if ph is None:
                continue
            st = _rec(fname, page, ph, "chart", f"{title} {year} {name} {_stat(ph).printed}",
                      checks=[_stat(ph).printed])
            sw = plot * st.value / 100
            parts.append(f'<rect x="{x:.1f}" y="{y + 2}" width="{sw:.1f}" height="16" fill="{colour}"/>')
            if sw > 34:
                parts.append(_t(x + sw / 2, y + 13.5, st.printed, 8, "middle", "bold", "#fff"))
            else:
                outside.append(st.printed)
            x += sw
        for j, text in enumerate(outside):
            parts.append(_t(left + plot + 4 + 28 * j, y + 13.5, text, 8))
    svg = f'<svg width="{width}" height="{h}" viewBox="0 0 {width} {h}">{"".join(parts)}</svg>'
    legend = ('<div class="lg" style="margin-bottom:3pt">' + "".join(
        f'<span style="margin-right:12pt"><span class="sw" style="background:{c}"></span>{esc(n)}</span>'
        for n, c in series) + "</div>")
    return legend, svg


def line_markers(fname: str, page: int, points: list, ticks: list, vmax: float, title: str,
                 width: int = 440, height: int = 170) -> str:
    """A line chart with square markers; value labels alternate above and below the points;
    a year may be missing (no point, the line is broken there)."""
    left, bottom, top = 48, height - 22, 14
    slot = (width - left - 10) / len(points)
    parts = []
    for k, t in enumerate(ticks):
        y = bottom - (bottom - top) * k / (len(ticks) - 1)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 6}" y2="{y:.1f}" stroke="#e2e2e2" '
                     f'stroke-width="0.5"/>')
        parts.append(_t(left - 5, y + 3, t, 7.5, "end", fill="#666"))
    prev = None
    for k, (year, ph) in enumerate(points):
        x = left + slot * (k + 0.5)
        parts.append(_t(x, bottom + 14, year, 8, "middle"))
        if ph is None:
            prev = None
            continue
        st = _rec(fname, page, ph, "chart", f"{title} {year} {_stat(ph).printed}", checks=[_stat(ph).printed])
        y = bottom - (bottom - top) * st.value / vmax
        if prev:
            parts.append(f'<line x1="{prev[0]:.1f}" y1="{prev[1]:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#8e3b46" '
                         f'stroke-width="1.5"/>')
        parts.append(f'<rect x="{x - 2.5:.1f}" y="{y - 2.5:.1f}" width="5" height="5" fill="#8e3b46"/>')
        parts.append(_t(x, y - 6 if k % 2 == 0 else y + 13, st.printed, 8, "middle", "bold"))
        prev = (x, y)
    parts.append(f'<line x1="{left}" y1="{bottom}" x2="{width - 6}" y2="{bottom}" stroke="#333" stroke-width="0.7"/>')
    return f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'


def columns_2line(fname: str, page: int, bars: list, ticks: list, vmax: float, title: str,
                  width: int = 400, height: int = 180) -> str:
    """Columns with the value above each and a category label on two lines under it."""
    left, bottom, top = 40, height - 30, 14
    slot = (width - left - 10) / len(bars)
    parts = []
    for k, t in enumerate(ticks):
        y = bottom - (bottom - top) * k / (len(ticks) - 1)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 6}" y2="{y:.1f}" stroke="#e2e2e2" '
                     f'stroke-width="0.5"/>')
        parts.append(_t(left - 5, y + 3, t, 7.5, "end", fill="#666"))
    for k, (l1, l2, ph) in enumerate(bars):
        st = _rec(fname, page, ph, "chart", f"{title} {l1} {l2} {_stat(ph).printed}",
                  checks=[_stat(ph).printed, l1])
        cx = left + slot * (k + 0.5)
        bh = (bottom - top) * st.value / vmax
        parts.append(f'<rect x="{cx - slot * 0.28:.1f}" y="{bottom - bh:.1f}" width="{slot * 0.56:.1f}" '
                     f'height="{bh:.1f}" fill="#4d7a3a"/>')
        parts.append(_t(cx, bottom - bh - 3, st.printed, 8.5, "middle", "bold"))
        parts.append(_t(cx, bottom + 13, l1, 8, "middle"))
        parts.append(_t(cx, bottom + 25, l2, 8, "middle"))
    parts.append(f'<line x1="{left}" y1="{bottom}" x2="{width - 6}" y2="{bottom}" stroke="#333" stroke-width="0.7"/>')
    return f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'


def doc_svg_chapter() -> Doc:
    _start()
    F = "review-chapter-7-figures-errors-and-warrants.pdf"
    E = "cd.errors"
    W = "interception.warrants.issued"
    fig71 = svg_hbars_end(F, 1, [
        ("2008", S("595", E, "total", "2008")), ("2009", S("661", E, "total", "2009")),
        ("2012", S("979", E, "total", "2012")), ("2013", S("970", E, "total", "2013")),
        ("2015", S("1,199", E, "total", "2015")), ("2016", S("1,101", E, "total", "2016")),
        ("2017", S("926", E, "total", "2017")), ("2018", S("903", E, "total", "2018")),
        ("2019", S("1,063", E, "total", "2019"))],
        ["0", "250", "500", "750", "1,000", "1,250"], 1250, "")
    p1 = Page(printed="41", header=True, blocks=[
        Heading("7 Errors and warrants in figures", size=16),
        Para("7.1 This chapter draws the published series as charts. Where a year is missing from a figure, "
             "the Commissioner of the day published no comparable total.<sup class=\"m\">1</sup>"),
        _fig("Figure 7.1 Communications data errors reported, selected years 2008\u20132019", fig71,
             "Source: IOCCO reports 2008\u20132016 and IPC Annual Reports 2017\u20132019. Years 2010, 2011 and 2014 "
             "not shown."),
        Para("7.2 The first report under the 2006 arrangements covered only April to December 2006; it counted " +
             S("1,088", E, "total", "2006-04/2006-12") + " errors in those nine months. For 2016 the errors "
             "chapter and the covering letter disagree: the letter gives " + S("1,200", E, "total", "2016") +
             " errors notified, the chapter the figure charted above."),
        Para("7.3 Counting changed twice between 2013 and 2015 (see paragraph 3.14), so the bars are not a "
             "single series in the strict sense."),
    ], footnotes=["1 Chapter 3, Table 3.2 lists the counting rules in force in each year. Figures rounded as "
                  "published."])
    d72 = donut_key(F, 2, [
        ("Single point of contact", S("47%", E + ".share", "spoc", "2012"), "#2c6e8f"),
        ("Applicant", S("26%", E + ".share", "applicant", "2012"), "#6fa3bf"),
        ("Communications service provider", S("20%", E + ".share", "csp", "2012"), "#e0a43a"),
        ("Designated person", S("5%", E + ".share", "designated_person", "2012"), "#b3563d"),
        ("Other", S("2%", E + ".share", "other", "2012"), "#9a9a9a")], "", "2012")
    leg, st73 = stacked_100(F, 2, [
        ("2014", [S("68%", W + ".share", "serious_crime", "2014"), S("31%", W + ".share", "national_security", "2014"),
                  S("1%", W + ".share", "combination", "2014")]),
        ("2015", [S("65%", W + ".share", "serious_crime", "2015"), S("34%", W + ".share", "national_security", "2015"),
                  S("1%", W + ".share", "combination", "2015")]),
        ("2017", [S("65.22%", W + ".share", "serious_crime", "2017"),
                  S("34.5%", W + ".share", "national_security", "2017"), None])],
        [("Serious crime", "#2c6e8f"), ("National security", "#e0a43a"), ("Combination of purposes", "#9a9a9a")],
        "")
    p2 = Page(printed="42", header=True, blocks=[
        Para("7.4 Who made the errors? In 2012 the Commissioner split them by the party responsible (Figure "
             "7.2). By 2013 public authorities accounted for " +
             S("87.5%", E + ".share", "public_authorities", "2013") + " of errors and service providers for " +
             S("12.5%", E + ".share", "csp", "2013") + "."),
        _fig("Figure 7.2 Communications data errors by party responsible, 2012 (% of errors)", d72,
             "Source: IOCCO Annual Report 2012, Figure 10 (inner ring). Shares may not sum to 100 because of "
             "rounding."),
        Para("7.5 Interception warrants are issued for serious crime, for national security, or for a "
             "combination of the statutory purposes. Figure 7.3 shows the split for the three years in which it "
             "was published as shares."),
        _fig("Figure 7.3 Interception warrants issued by statutory purpose, 2014, 2015 and 2017 (%)", st73,
             "Source: IOCCO reports 2014 and 2015 (Points of Note); IPC Annual Report 2017, Figure 7. "
             "2016: not published.", extra=leg),
    ])
    f74 = line_markers(F, 3, [
        ("2010", S("1,865", W, "total", "2010")), ("2011", None), ("2012", S("3,372", W, "total", "2012")),
        ("2013", S("2,760", W, "total", "2013")), ("2014", S("2,795", W, "total", "2014")),
        ("2015", S("3,059", W, "total", "2015")), ("2016", S("3,007", W, "total", "2016")),
        ("2017", S("3,535", W, "total", "2017"))],
        ["0", "1,000", "2,000", "3,000", "4,000"], 4000, "")
    f75 = columns_2line(F, 3, [
        ("Directed", "surveillance", S("59", "spci.errors", "directed_surveillance", "2018")),
        ("Property", "interference", S("23", "spci.errors", "property_interference", "2018")),
        ("CHIS", "(incl. UCOs)", S("14", "spci.errors", "chis", "2018")),
        ("Intrusive", "surveillance", S("3", "spci.errors", "intrusive_surveillance", "2018"))],
        ["0", "20", "40", "60", "80"], 80, "")
    p3 = Page(printed="43", header=True, blocks=[
        _fig("Figure 7.4 Interception warrants issued, 2010\u20132017", f74,
             "Source: IOCCO reports 2010\u20132016; IPC Annual Report 2017. No comparable figure for 2011. "
             "Chart ref. F7-4 (rev. 2)."),
        Para("7.6 Warrants in force at the end of 2016 were " +
             S("5.5%", "interception.warrants.in_force.change", "", "2016-12-31") + " more numerous than a year "
             "before, although fewer new warrants were issued in 2016 than in 2015."),
        _fig("Figure 7.5 Errors in covert surveillance and CHIS by power, 2018", f75,
             "Source: IPC Annual Report 2018, Table 3 (law enforcement, public and local authorities, prisons)."),
        Para("7.7 Public authorities reported " + S("99", "spci.errors", "total", "2018") + " such errors in "
             "2018, up from " + S("83", "spci.errors", "total", "2017") + " breaches in 2017 (paragraph 17.22 of "
             "that report)."),
    ])
    return Doc(F, "Chapter 7: Errors and warrants in figures", "Centre for Surveillance Policy", "Report chapter",
               "chromium", "Ten years of oversight statistics \u2013 Chapter 7", [p1, p2, p3], number_style="foot",
               date=(2021, 9, 14), part=PART, style="report")


# =============================================================================================
# 3. matplotlib small multiples (2x2 subplots on a shared year axis, each titled with its metric,
#    values over the bars) and charts with their data in a table drawn under them (ax.table)

INK, BLUE, RUST, GREY = "#202020", "#33658a", "#b5543c", "#8a8a8a"


def _bars_labelled(ax, fname, page, title, years, pts, colour):
    """Bars at their year's position on a shared axis; a year without a figure gets no bar."""
    xs = list(range(len(years)))
    for year, ph in pts:
        st = _stat(ph)
        x = years.index(year)
        ax.bar(x, st.value, color=colour, width=0.66)
        ax.text(x, st.value, st.printed, ha="center", va="bottom", fontsize=7.2, color=INK)
        g.record(fname, page, st, "chart", f"{title} {year} {st.printed}", checks=[st.printed])
    ax.set_xticks(xs)
    ax.set_xticklabels(years, fontsize=7.5)
    ax.set_title(title, fontsize=9.5, loc="left", weight="bold", color=INK)
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", labelsize=7)


def doc_small_multiples() -> Doc:
    _start()
    F = "small-multiples-oversight-series-2012-2019.pdf"
    W = "interception.warrants.issued"
    years = [str(y) for y in range(2012, 2020)]

    def page1(fig, n):
        import matplotlib.ticker as mt
        fig.text(0.08, 0.95, "Working Paper 14: Oversight series at a glance", fontsize=15, weight="bold",
                 color=INK)
        fig.text(0.08, 0.93, "Northfield Centre for Security Law \u00b7 draft for comment \u00b7 15 October 2021",
                 fontsize=8.5, color=GREY)
        fig.text(0.08, 0.895, "Figure 2.1  Four published series on one year axis (2012 to 2019)", fontsize=10.5,
                 weight="bold", color=INK)
        axs = fig.subplots(2, 2, sharex=True, gridspec_kw=dict(left=0.1, right=0.95, top=0.86, bottom=0.45,
                                                              hspace=0.3, wspace=0.28))
        _bars_labelled(axs[0][0], F, n, "Interception warrants issued", years, [
            ("2012", S("3,372", W, "total", "2012")), ("2013", S("2,760", W, "total", "2013")),
            ("2014", S("2,795", W, "total", "2014")), ("2015", S("3,059", W, "total", "2015")),
            ("2016", S("3,007", W, "total", "2016")), ("2017", S("3,535", W, "total", "2017"))], BLUE)
        axs[0][0].set_ylim(0, 4200)
        axs[0][0].yaxis.set_major_formatter(mt.StrMethodFormatter("{x:,.0f}"))
        _bars_labelled(axs[0][1], F, n, "Communications data errors", years, [
            ("2012", S("979", "cd.errors", "total", "2012")), ("2013", S("970", "cd.errors", "total", "2013")),
            ("2015", S("1,199", "cd.errors", "total", "2015")), ("2016", S("1,101", "cd.errors", "total", "2016")),
            ("2017", S("926", "cd.errors", "total", "2017")), ("2018", S("903", "cd.errors", "total", "2018")),
            ("2019", S("1,063", "cd.errors", "total", "2019"))], RUST)
        axs[0][1].set_ylim(0, 1400)
        axs[0][1].yaxis.set_major_formatter(mt.StrMethodFormatter("{x:,.0f}"))
        _bars_labelled(axs[1][0], F, n, "Relevant interception errors", years, [
            ("2013", S("57", "interception.errors", "", "2013")), ("2014", S("60", "interception.errors", "", "2014")),
            ("2015", S("62", "interception.errors", "", "2015")), ("2018", S("13", "interception.errors", "", "2018")),
            ("2019", S("24", "interception.errors", "", "2019"))], BLUE)
        axs[1][0].set_ylim(0, 75)
        _bars_labelled(axs[1][1], F, n, "Errors found serious", years, [
            ("2013", S("7", "errors.serious.determined", "total", "2013")),
            ("2017", S("24", "errors.serious.determined", "total", "2017")),
            ("2018", S("8", "errors.serious.determined", "total", "2018")),
            ("2019", S("14", "errors.serious.determined", "total", "2019"))], RUST)
        axs[1][1].set_ylim(0, 30)
        fig.text(0.08, 0.41, "Bars are drawn only for years with a published figure. Each panel has its own "
                 "vertical scale.", fontsize=8, color=GREY)
        fig.text(0.08, 0.395, "Source: IOCCO reports 2012\u20132016; IPC Annual Reports 2017\u20132019 (see Annex "
                 "A, Table A3).", fontsize=8, color=GREY)
        body = ("2.4  The panels share the horizontal axis so that gaps line up: nothing was published on "
                "interception errors for 2016 or 2017 in a comparable form, and the serious-error series starts "
                "again only in 2017.")
        import textwrap
        for k, ln in enumerate(textwrap.wrap(body, 100)):
            fig.text(0.08, 0.345 - 0.017 * k, ln, fontsize=9.5, color=INK)
        fig.text(0.5, 0.04, "6", fontsize=9, color=GREY, ha="center")

    def page2(fig, n):
        fig.text(0.08, 0.95, "Figure 2.2  Serious-error investigations and determinations, 2016\u20132019",
                 fontsize=10.5, weight="bold", color=INK)
        ax = fig.add_axes([0.2, 0.72, 0.72, 0.2])
        yrs = ["2016", "2017", "2018", "2019"]
        inv = [S("29", "errors.serious.investigations", "", "2016"), S("33", "errors.serious.investigations", "", "2017"),
               None, S("18", "errors.serious.investigations", "", "2019")]
        det = [None, S("24", "errors.serious.determined", "total", "2017"),
               S("8", "errors.serious.determined", "total", "2018"), S("14", "errors.serious.determined", "total", "2019")]
        for k in range(4):
            if inv[k]:
                ax.bar(k - 0.18, _stat(inv[k]).value, width=0.34, color=BLUE)
            if det[k]:
                ax.bar(k + 0.18, _stat(det[k]).value, width=0.34, color=RUST)
        ax.set_xticks([])
        ax.set_xlim(-0.5, 3.5)
        ax.set_ylim(0, 40)
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(axis="y", labelsize=7.5)
        cells = [[(_stat(p).printed if p else EN) for p in inv], [(_stat(p).printed if p else EN) for p in det]]
        tab = ax.table(cellText=cells, rowLabels=["Investigated", "Found serious"], colLabels=yrs,
                       rowColours=[BLUE, RUST], cellLoc="center", loc="bottom")
        tab.auto_set_font_size(False)
        tab.set_fontsize(8.5)
        tab.scale(1, 1.25)
        for (r, c), cell in tab.get_celld().items():
            if c == -1 and r > 0:
                cell.get_text().set_color("white")
        for label, row, phs in (("Investigated", cells[0], inv), ("Found serious", cells[1], det)):
            for p in phs:
                if p:
                    st = _stat(p)
                    g.record(F, n, st, "table", " ".join([label] + row), checks=[st.printed, label])
        fig.text(0.08, 0.6, "The table under the chart gives the figures; the bars carry no labels. \u2013 not "
                 "published for that year.", fontsize=8, color=GREY)
        fig.text(0.08, 0.55, "Figure 2.3  Items of communications data obtained, 2015\u20132018", fontsize=10.5,
                 weight="bold", color=INK)
        ax2 = fig.add_axes([0.2, 0.33, 0.72, 0.19])
        items = [("2015", S("761,702", "cd.items", "total", "2015")), ("2016", S("754,559", "cd.items", "total", "2016")),
                 ("2017", S("757,977", "cd.items", "total", "2017")), ("2018", S("808,214", "cd.items", "total", "2018"))]
        vals = [_stat(p).value / 1000 for _, p in items]
        ax2.plot(range(4), vals, marker="o", color=BLUE, lw=1.8)
        ax2.set_xticks([])
        ax2.set_xlim(-0.5, 3.5)
        ax2.set_ylim(700, 850)
        ax2.set_ylabel("thousands", fontsize=7.5)
        ax2.tick_params(axis="y", labelsize=7.5)
        ax2.spines[["top", "right"]].set_visible(False)
        row = [_stat(p).printed for _, p in items]
        t2 = ax2.table(cellText=[row], rowLabels=["Items obtained"], colLabels=[y for y, _ in items],
                       cellLoc="center", loc="bottom")
        t2.auto_set_font_size(False)
        t2.set_fontsize(8.5)
        t2.scale(1, 1.25)
        for _, p in items:
            st = _stat(p)
            g.record(F, n, st, "table", " ".join(["Items obtained"] + row), checks=[st.printed, "Items obtained"])
        le = _stat(S("700,282", "cd.items", "law_enforcement", "2017"))
        sh = _stat(S("92.6%", "cd.items.share", "law_enforcement", "2017"))
        line = (f"2.5  In 2017 law enforcement agencies obtained {le.printed} of the items, or {sh.printed} of the "
                f"total.")
        fig.text(0.08, 0.22, line, fontsize=9.5, color=INK)
        g.record(F, n, le, "sentence", line)
        g.record(F, n, sh, "sentence", line)
        fig.text(0.08, 0.2, "Source: IOCCO reports 2015 and 2016; IPC Annual Reports 2017 and 2018. Vertical axis "
                 "in thousands of items.", fontsize=8, color=GREY)
        fig.text(0.5, 0.04, "7", fontsize=9, color=GREY, ha="center")

    return Doc(F, "Working Paper 14: Oversight series at a glance (figures 2.1 to 2.3)",
               "Northfield Centre for Security Law", "Working paper figures", "matplotlib", "",
               [Page(blocks=[MplPage(page1)]), Page(blocks=[MplPage(page2)])], date=(2021, 10, 15), part=PART)


# =============================================================================================
# 4. matplotlib dot plots: a horizontal lollipop with the value beside each dot, a dot plot of
#    inspections with category and year in the label, a diverging year-on-year change chart
#    (+16%, −19% ...; unpublished years marked "n/p"), and dumbbells joining two years

def doc_dot_plots() -> Doc:
    _start()
    F = "campaign-briefing-charts-dots-and-changes.pdf"
    SP = "cd.applications.sensitive_profession"
    W = "interception.warrants.issued"

    def page1(fig, n):
        fig.text(0.08, 0.95, "WATCHING BRIEF No. 9", fontsize=9, weight="bold", color=RUST)
        fig.text(0.08, 0.925, "Who gets looked at, and who looks", fontsize=19, weight="bold", color=INK)
        fig.text(0.08, 0.905, "Charts for campaigners \u00b7 Privacy Action Network \u00b7 March 2022", fontsize=9,
                 color=GREY)
        fig.text(0.08, 0.87, "Chart 1. Communications data applications about people in sensitive professions, 2018",
                 fontsize=10, weight="bold", color=INK)
        ax = fig.add_axes([0.3, 0.66, 0.62, 0.19])
        rows = [("Medical doctors", S("498", SP, "medical_doctor", "2018")),
                ("Ministers of religion", S("272", SP, "minister_of_religion", "2018")),
                ("Lawyers", S("234", SP, "lawyer", "2018")),
                ("Journalists", S("203", SP, "journalist", "2018")),
                ("Members of Parliament", S("113", SP, "member_of_parliament", "2018"))]
        for k, (label, ph) in enumerate(rows):
            st = _stat(ph)
            y = len(rows) - 1 - k
            ax.hlines(y, 0, st.value, color=GREY, lw=1.2)
            ax.plot(st.value, y, "o", color=RUST, ms=8)
            ax.text(st.value + 14, y, st.printed, va="center", fontsize=9, weight="bold", color=INK)
            g.record(F, n, st, "chart", f"{label} {st.printed}", checks=[st.printed, label])
        ax.set_yticks(range(len(rows)))
        ax.set_yticklabels([lab for lab, _ in reversed(rows)], fontsize=9)
        ax.set_xlim(0, 600)
        ax.set_xticks([0, 100, 200, 300, 400, 500, 600])
        ax.tick_params(axis="x", labelsize=7.5)
        ax.spines[["top", "right", "left"]].set_visible(False)
        tot = _stat(S("1,320", SP, "total", "2018"))
        cap = f"Together: {tot.printed} applications. Source: IPC Annual Report 2018, paras 9.2\u20139.17."
        fig.text(0.08, 0.625, cap, fontsize=8.5, color=INK)
        g.record(F, n, tot, "sentence", cap)

        fig.text(0.08, 0.59, "Chart 2. Inspections carried out by the Commissioners", fontsize=10, weight="bold",
                 color=INK)
        ax2 = fig.add_axes([0.38, 0.36, 0.54, 0.2])
        dots = [("Communications data, 2012", S("42", "inspections", "communications_data", "2012")),
                ("Communications data, 2015", S("72", "inspections", "communications_data", "2015")),
                ("Interception, 2015", S("26", "inspections", "interception", "2015")),
                ("All inspections, 2016", S("166", "inspections", "total", "2016")),
                ("All inspections, 2022", S("380", "inspections", "total", "2022")),
                ("All inspections, 2023", S("386", "inspections", "total", "2023"))]
        for k, (label, ph) in enumerate(dots):
            st = _stat(ph)
            y = len(dots) - 1 - k
            ax2.axhline(y, color="#e6e6e6", lw=0.8, zorder=0)
            ax2.plot(st.value, y, "D", color=BLUE, ms=6)
            ax2.text(st.value, y + 0.3, st.printed, ha="center", fontsize=8, color=INK)
            g.record(F, n, st, "chart", f"{label} {st.printed}", checks=[st.printed, label])
        ax2.set_yticks(range(len(dots)))
        ax2.set_yticklabels([lab for lab, _ in reversed(dots)], fontsize=8.5)
        ax2.set_ylim(-0.6, len(dots) - 0.2)
        ax2.set_xlim(0, 450)
        ax2.set_xticks([0, 150, 300, 450])
        ax2.tick_params(axis="x", labelsize=7.5)
        ax2.spines[["top", "right", "left"]].set_visible(False)
        ctx = _stat(S("600", "context.public_authorities", "", "2022", q="over"))
        note = f"By 2022 the Commissioner oversaw more than {ctx.printed} public authorities."
        fig.text(0.08, 0.31, note, fontsize=9.5, color=INK)
        g.record(F, n, ctx, "sentence", note)
        fig.text(0.08, 0.29, "Categories as published; the 2012 and 2015 dots count one kind of inspection only.",
                 fontsize=8, color=GREY)
        fig.text(0.08, 0.04, "privacyaction.example.org/brief9 \u00b7 Reg. company 11834562", fontsize=7.5,
                 color=GREY)
        fig.text(0.9, 0.04, "1", fontsize=9, color=GREY)

    def page2(fig, n):
        fig.text(0.08, 0.94, "Chart 3. Interception warrants issued: change on the previous year", fontsize=10,
                 weight="bold", color=INK)
        ax = fig.add_axes([0.2, 0.68, 0.72, 0.23])
        ch = [("2012", S("+16%", W + ".change", "total", "2012", value=16)),
              ("2013", S(MINUS + "19%", W + ".change", "total", "2013", value=-19)),
              ("2014", None),
              ("2015", S("+9%", W + ".change", "total", "2015", value=9)),
              ("2016", None),
              ("2017", S("+17.5%", W + ".change", "total", "2017", value=17.5))]
        for k, (year, ph) in enumerate(ch):
            y = len(ch) - 1 - k
            if ph is None:
                ax.text(0.6, y, "n/p", va="center", fontsize=8, color=GREY)
                continue
            st = _stat(ph)
            ax.barh(y, st.value, color=BLUE if st.value > 0 else RUST, height=0.6)
            xt = st.value + (0.8 if st.value > 0 else -0.8)
            ax.text(xt, y, st.printed, va="center", ha="left" if st.value > 0 else "right", fontsize=9,
                    weight="bold", color=INK)
            g.record(F, n, st, "chart", f"{year} {st.printed}", checks=[st.printed])
        ax.axvline(0, color=INK, lw=0.8)
        ax.set_yticks(range(len(ch)))
        ax.set_yticklabels([y for y, _ in reversed(ch)], fontsize=9)
        ax.set_xlim(-30, 30)
        ax.set_xticks([-30, -20, -10, 0, 10, 20, 30])
        ax.set_xticklabels(["\u221230", "\u221220", "\u221210", "0", "10", "20", "30"], fontsize=7.5)
        ax.set_xlabel("per cent change", fontsize=8)
        ax.spines[["top", "right", "left"]].set_visible(False)
        fig.text(0.08, 0.625, "n/p: no change published for that year. Source: IOCCO reports 2012\u20132015; IPC "
                 "Annual Report 2017.", fontsize=8, color=GREY)
        inf = _stat(S("5.5%", "interception.warrants.in_force.change", "", "2016-12-31"))
        line = f"Warrants in force on 31 December 2016 were up {inf.printed} on a year earlier."
        fig.text(0.08, 0.6, line, fontsize=9.5, color=INK)
        g.record(F, n, inf, "sentence", line)

        fig.text(0.08, 0.54, "Chart 4. Then and now: sensitive-profession applications, 2018 and 2024", fontsize=10,
                 weight="bold", color=INK)
        ax2 = fig.add_axes([0.3, 0.33, 0.62, 0.18])
        pairs = [("Lawyers", S("234", SP, "lawyer", "2018"), S("219", SP, "lawyer", "2024")),
                 ("Journalists", S("203", SP, "journalist", "2018"), S("157", SP, "journalist", "2024")),
                 ("Journalists\u2019 sources*", S("15", "cd.applications.journalistic_source", "", "2019"),
                  S("106", "cd.applications.journalistic_source", "", "2024"))]
        for k, (label, a, b) in enumerate(pairs):
            sa, sb = _stat(a), _stat(b)
            y = len(pairs) - 1 - k
            ax2.plot([sa.value, sb.value], [y, y], color="#c8c8c8", lw=3, zorder=0)
            ax2.plot(sa.value, y, "o", color=GREY, ms=8)
            ax2.plot(sb.value, y, "o", color=RUST, ms=8)
            for s, yr in ((sa, "2019" if k == 2 else "2018"), (sb, "2024")):
                ax2.text(s.value, y + 0.28, s.printed, ha="center", fontsize=8.5, weight="bold", color=INK)
                g.record(F, n, s, "chart", f"{label} {yr} {s.printed}", checks=[s.printed])
        ax2.set_yticks(range(len(pairs)))
        ax2.set_yticklabels([lab for lab, _, _ in reversed(pairs)], fontsize=9)
        ax2.set_ylim(-0.5, len(pairs) - 0.3)
        ax2.set_xlim(0, 300)
        ax2.set_xticks([0, 50, 100, 150, 200, 250, 300])
        ax2.tick_params(axis="x", labelsize=7.5)
        ax2.spines[["top", "right", "left"]].set_visible(False)
        fig.text(0.08, 0.29, "Grey dot: 2018 (*2019); red dot: 2024. * Applications to identify a journalist\u2019s "
                 "source.", fontsize=8, color=GREY)
        fig.text(0.08, 0.275, "Source: IPC Annual Reports 2018, 2019 and 2024.", fontsize=8, color=GREY)
        fig.text(0.08, 0.04, "privacyaction.example.org/brief9 \u00b7 Reg. company 11834562", fontsize=7.5,
                 color=GREY)
        fig.text(0.9, 0.04, "2", fontsize=9, color=GREY)

    return Doc(F, "Watching Brief No. 9: who gets looked at, and who looks", "Privacy Action Network",
               "Campaign briefing charts", "matplotlib", "",
               [Page(blocks=[MplPage(page1)]), Page(blocks=[MplPage(page2)])], date=(2022, 3, 10), part=PART)


# =============================================================================================
# 5. A statistical release's figures drawn with reportlab.graphics: grouped bars of which only
#    one series is labelled (the other series' bars are drawn without figures: not statistics), a
#    LinePlot with markers and value labels, unlabelled bar charts whose figures are only in a
#    "Data for Figure N" table below, pies with side labels and pointer lines

def _cap(rp, text, x, y, width, italic=False):
    from reportlab.lib.styles import ParagraphStyle
    st = ParagraphStyle("cap7", parent=rp.body, fontName=rp.ital if italic else rp.bold, fontSize=9.5,
                        leading=12)
    return rp.para(html.escape(text), x, y, width, st)


@dataclass
class PartLabelBars:
    """Grouped vertical bars; only the series named in `labelled` print their values."""
    fname: str
    groups: list
    series: list        # (legend label, [placeholders], colour, labelled: bool)
    caption: str
    vmax: float
    step: float
    height: float = 180

    def draw_rl(self, rp, x, y, width):
        from reportlab.graphics import renderPDF
        from reportlab.graphics.charts.barcharts import VerticalBarChart
        from reportlab.graphics.charts.legends import Legend
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        y = _cap(rp, self.caption, x, y, width) - 4
        stats = [[_stat(ph) for ph in phs] for _, phs, _, _ in self.series]
        h = self.height
        rp.need(y, h + 10)
        d = Drawing(width, h)
        bc = VerticalBarChart()
        bc.x, bc.y, bc.width, bc.height = 36, 22, width - 150, h - 32
        bc.data = [[s.value for s in row] for row in stats]
        bc.categoryAxis.categoryNames = self.groups
        bc.categoryAxis.labels.fontName = rp.reg
        bc.categoryAxis.labels.fontSize = 8
        bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, self.vmax, self.step
        bc.valueAxis.labels.fontName = rp.reg
        bc.valueAxis.labels.fontSize = 7.5
        bc.valueAxis.visibleGrid = 1
        bc.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
        bc.barLabels.fontName = rp.bold
        bc.barLabels.fontSize = 8
        bc.barLabels.nudge = 6
        for k, (_, _, colour, labelled) in enumerate(self.series):
            bc.bars[k].fillColor = colors.HexColor(colour)
            bc.bars[k].strokeColor = None
            for j, s in enumerate(stats[k]):
                bc.barLabels[(k, j)].visible = 1 if labelled else 0
        bc.barLabelFormat = "values"
        bc.barLabelArray = [[s.printed for s in row] for row in stats]
        bc.groupSpacing = 10
        d.add(bc)
        lg = Legend()
        lg.x, lg.y = width - 100, h - 20
        lg.fontName, lg.fontSize = rp.reg, 8.5
        lg.alignment = "right"
        lg.deltay = 14
        lg.colorNamePairs = [(colors.HexColor(col), name) for name, _, col, _ in self.series]
        d.add(lg)
        renderPDF.draw(d, rp.c, x, y - h)
        for (name, _, _, labelled), row in zip(self.series, stats):
            if not labelled:
                for s in row:   # drawn without a figure: not a statistic, so never recorded
                    s.used = True
                continue
            for grp, s in zip(self.groups, row):
                g.record(self.fname, rp.pageno, s, "chart", f"{name} {grp} {s.printed}", checks=[s.printed])
        return y - h - 8


@dataclass
class MarkerLine:
    """reportlab LinePlot: years on the x axis, filled-square markers, the value over each point."""
    fname: str
    points: list        # (year, placeholder)
    caption: str
    ymax: float
    ystep: float
    title: str
    height: float = 170

    def draw_rl(self, rp, x, y, width):
        from reportlab.graphics import renderPDF
        from reportlab.graphics.charts.lineplots import LinePlot
        from reportlab.graphics.shapes import Drawing
        from reportlab.graphics.widgets.markers import makeMarker
        from reportlab.lib import colors
        y = _cap(rp, self.caption, x, y, width) - 4
        stats = [(int(yr), _stat(ph)) for yr, ph in self.points]
        h = self.height
        rp.need(y, h + 10)
        d = Drawing(width, h)
        lp = LinePlot()
        lp.x, lp.y, lp.width, lp.height = 40, 24, width - 80, h - 40
        lp.data = [[(yr, s.value) for yr, s in stats]]
        lp.lines[0].strokeColor = colors.HexColor("#8e3b46")
        lp.lines[0].strokeWidth = 1.5
        lp.lines[0].symbol = makeMarker("FilledSquare", size=5)
        lp.lineLabelFormat = "values"
        lp.lineLabelArray = [[s.printed for _, s in stats]]
        lp.lineLabelNudge = 8
        lp.lineLabels.fontName = rp.bold
        lp.lineLabels.fontSize = 8
        lp.xValueAxis.valueMin, lp.xValueAxis.valueMax = stats[0][0] - 0.5, stats[-1][0] + 0.5
        lp.xValueAxis.valueSteps = [yr for yr, _ in stats]
        lp.xValueAxis.labelTextFormat = "%d"
        lp.xValueAxis.labels.fontName = rp.reg
        lp.xValueAxis.labels.fontSize = 8
        lp.yValueAxis.valueMin, lp.yValueAxis.valueMax, lp.yValueAxis.valueStep = 0, self.ymax, self.ystep
        lp.yValueAxis.labels.fontName = rp.reg
        lp.yValueAxis.labels.fontSize = 7.5
        d.add(lp)
        renderPDF.draw(d, rp.c, x, y - h)
        for yr, s in stats:
            g.record(self.fname, rp.pageno, s, "chart", f"{self.title} {yr} {s.printed}", checks=[s.printed])
        return y - h - 6


@dataclass
class PlainHBars:
    """Horizontal bars (reportlab.graphics) with NO value labels; the figures are given only in the
    'Data for Figure N' table that follows (a generate.Table block)."""
    caption: str
    labels: list
    values: list
    vmax: float
    step: float
    fmt: str = "{:,.0f}"
    height: float = 120

    def draw_rl(self, rp, x, y, width):
        from reportlab.graphics import renderPDF
        from reportlab.graphics.charts.barcharts import HorizontalBarChart
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        y = _cap(rp, self.caption, x, y, width) - 4
        h = self.height
        rp.need(y, h + 10)
        d = Drawing(width, h)
        bc = HorizontalBarChart()
        bc.x, bc.y, bc.width, bc.height = 150, 18, width - 190, h - 24
        bc.data = [list(reversed(self.values))]
        bc.categoryAxis.categoryNames = list(reversed(self.labels))
        bc.categoryAxis.labels.fontName = rp.reg
        bc.categoryAxis.labels.fontSize = 8
        bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, self.vmax, self.step
        bc.valueAxis.labelTextFormat = lambda v: self.fmt.format(v)
        bc.valueAxis.labels.fontName = rp.reg
        bc.valueAxis.labels.fontSize = 7.5
        bc.bars[0].fillColor = colors.HexColor("#5a7d9a")
        bc.bars[0].strokeColor = None
        d.add(bc)
        renderPDF.draw(d, rp.c, x, y - h)
        return y - h - 4


@dataclass
class SidePie:
    """reportlab Pie with side labels joined to their slices by pointer lines; a slice may have
    no value (a label only)."""
    fname: str
    slices: list        # (label, placeholder or None, fraction)
    caption: str
    title: str
    height: float = 150

    def draw_rl(self, rp, x, y, width):
        from reportlab.graphics import renderPDF
        from reportlab.graphics.charts.piecharts import Pie
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib import colors
        y = _cap(rp, self.caption, x, y, width) - 2
        h = self.height
        rp.need(y, h + 10)
        d = Drawing(width, h)
        pc = Pie()
        pc.x, pc.y, pc.width, pc.height = width / 2 - 55, 18, 110, 110
        pc.data = [f for _, _, f in self.slices]
        labels = []
        for label, ph, _ in self.slices:
            labels.append(f"{label} {_stat(ph).printed}" if ph else label)
        pc.labels = labels
        pc.sideLabels = 1
        pc.simpleLabels = 0
        pc.slices.fontName = rp.reg
        pc.slices.fontSize = 8
        pc.slices.strokeColor = colors.white
        pc.slices.label_pointer_strokeWidth = 0.5
        cols = ["#33658a", "#86bbd8", "#f6ae2d", "#f26419", "#758e4f", "#c8c8c8"]
        for k in range(len(self.slices)):
            pc.slices[k].fillColor = colors.HexColor(cols[k % len(cols)])
        d.add(pc)
        renderPDF.draw(d, rp.c, x, y - h)
        for label, ph, _ in self.slices:
            if ph:
                st = _stat(ph)
                g.record(self.fname, rp.pageno, st, "chart", f"{self.title} {label} {st.printed}",
                         checks=[st.printed])
        return y - h - 6


def doc_release_figures() -> Doc:
    _start()
    F = "statistical-release-figures-a-to-f.pdf"
    E = "cd.errors.share"
    fa = PartLabelBars(F, ["SPoC", "Applicant", "CSP", "Designated person"],
                       [("2012", [S("47%", E, "spoc", "2012"), S("26%", E, "applicant", "2012"),
                                  S("20%", E, "csp", "2012"), S("5%", E, "designated_person", "2012")],
                         "#c9d6e3", False),
                        ("2016", [S("43.3%", E, "spoc", "2016"), S("39.4%", E, "applicant", "2016"),
                                  S("11.6%", E, "csp", "2016"), S("2.9%", E, "designated_person", "2016")],
                         "#2f4b66", True)],
                       "Figure A  Communications data errors by party responsible, 2012 and 2016 (% of errors)", 50, 10)
    fb = MarkerLine(F, [("2010", S("27", "interception.errors", "", "2010")),
                        ("2011", S("42", "interception.errors", "", "2011")),
                        ("2013", S("57", "interception.errors", "", "2013")),
                        ("2014", S("60", "interception.errors", "", "2014")),
                        ("2015", S("62", "interception.errors", "", "2015"))],
                    "Figure B  Interception errors reported to the Commissioner, 2010\u20132015", 80, 20,
                    "Interception errors")
    p1 = Page(printed="5", header=True, blocks=[
        Lines([("Section 2: Figures", "b", 15, "L")], gap=4),
        Para("2.1 Figure A compares the responsible parties in the two years for which the Commissioner published "
             "shares. Only the 2016 bars are labelled; the 2012 shares were published as a donut and are described "
             "in paragraph 2.2.", size=9.5),
        fa,
        Para("2.2 In 2012 single points of contact were responsible for " +
             S("47%", E, "spoc", "2012") + " of errors and applicants for " + S("26%", E, "applicant", "2012") +
             ".", size=9.5),
        fb,
        Para("Source: IOCCO annual reports 2010\u20132015, section 6. No figure was published for 2012. Release "
             "reference OS/2020/07, published 12 November 2020.", size=8),
    ])
    fc = PlainHBars("Figure C  Items of communications data obtained, 2015\u20132018",
                    ["2015", "2016", "2017", "2018"], [761702, 754559, 757977, 808214], 900000, 150000,
                    height=110)
    tc = Table(rows=[["Year", "Items obtained", "of which law enforcement"],
                     ["2015", S("761,702", "cd.items", "total", "2015"), EN],
                     ["2016", S("754,559", "cd.items", "total", "2016"), EN],
                     ["2017", S("757,977", "cd.items", "total", "2017"),
                      S("700,282", "cd.items", "law_enforcement", "2017")],
                     ["2018", S("808,214", "cd.items", "total", "2018"), EN]],
               xs=[0, 150, 290], align=["L", "R", "R"], ruled=True, header_rows=1, size=9, row_h=14,
               caption="Data for Figure C", caption_above=True)
    fd = PlainHBars("Figure D  Surveillance and property interference authorisations, 2016-17 and 2017",
                    ["Directed surv. (LEAs), 2016-17", "Property int., 2016-17", "Property int., Apr-Dec 2017",
                     "Property int., 2017 annualised", "Intrusive surv., Apr-Dec 2017",
                     "Intrusive surv., 2017 annualised"],
                    [6237, 1842, 1453, 1937, 186, 248], 7000, 1000, height=140)
    P = "property_interference.authorisations"
    td = Table(rows=[["Authorisation", "Period", "Number"],
                     ["Directed surveillance (law enforcement)", "1 Apr 2016 to 31 Mar 2017",
                      S("6,237", "directed_surveillance.authorisations", "law_enforcement", "2016-04/2017-03")],
                     ["Property interference", "1 Apr 2016 to 31 Mar 2017", S("1,842", P, "", "2016-04/2017-03")],
                     ["Property interference", "1 Apr to 31 Dec 2017", S("1,453", P, "", "2017-04/2017-12")],
                     ["Property interference", "2017, annualised", S("1,937", P + ".annualised", "", "2017")],
                     ["Intrusive surveillance", "1 Apr to 31 Dec 2017",
                      S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12")],
                     ["Intrusive surveillance", "2017, annualised",
                      S("248", "intrusive_surveillance.authorisations.annualised", "", "2017")]],
               xs=[0, 210, 400], align=["L", "L", "R"], ruled=True, header_rows=1, size=9, row_h=14,
               caption="Data for Figure D", caption_above=True)
    p2 = Page(printed="6", header=True, blocks=[
        Para("2.3 Figures C and D are drawn without value labels. The figures are in the data tables under each "
             "chart, which are also published in the accompanying spreadsheet (Tables 2.3 and 2.4).", size=9.5),
        fc, tc, fd, td,
        Para("Annualised: the nine-month figure multiplied by 12/9. Source: OSC Annual Report 2016-17; IPC Annual "
             "Report 2017, paras 4.8 and 5.6.", size=8),
    ])
    R = "cd.applications.returned.share"
    fe = SidePie(F, [("Necessity and proportionality", S("45%", R, "necessity_proportionality", "2015"), 0.45),
                     ("Presentation", S("12%", R, "presentation", "2015"), 0.12),
                     ("DP not independent", S("3%", R, "dp_not_independent", "2015"), 0.03),
                     ("Other, incl. urgency not met", S("3%", R, "other", "2015"), 0.03),
                     ("Error identified", S("1%", R, "error_identified", "2015"), 0.01),
                     ("Reasons not shown", None, 0.36)],
                 "Figure E  Applications returned or declined by designated persons, by reason, 2015",
                 "")
    T = "cd.items.comms_type"
    ff = SidePie(F, [("Telephony related data", S("1,191", T, "telephony", "2019"), 1191 / 1379),
                     ("Internet related data", S("164", T, "internet", "2019"), 164 / 1379),
                     ("Postal related data", S("24", T, "postal", "2019"), 24 / 1379)],
                 "Figure F  Local authority communications data items by type, 2019", "")
    p3 = Page(printed="7", header=True, blocks=[
        fe,
        Para("2.4 The 2016 report gave different reasons: clarity and quality accounted for " +
             S("21%", R, "clarity_quality", "2016") + " of returns, other reasons for " + S("16%", R, "other", "2016") +
             " and requests returned by the SPoC for " + S("5%", R, "spoc_request_return", "2016") + ".", size=9.5),
        ff,
        Para("Source: IOCCO Annual Reports 2015 (Figure 14) and 2016 (Figure 9); IPC Annual Report 2019 (Figure "
             "20). Pie segments are drawn to scale; the unlabelled segment of Figure E holds the reasons the "
             "report did not break down.", size=8),
    ])
    return Doc(F, "Investigatory powers statistics: Section 2, Figures A to F", "Corpus imitation",
               "Statistical release figures", "reportlab+graphics",
               "Investigatory powers statistics \u2013 Section 2: Figures", [p1, p2, p3], number_style="foot",
               date=(2020, 11, 12), part=PART)


# =============================================================================================
# 6. Charts drawn with fpdf2 rectangles and lines: horizontal bars in pounds with the amount at
#    the bar end on an axis in "£ million" (ticks 0 5 10 ... are distractors), a stacked bar
#    with counts inside the segments and shares under it, waffle squares (10 x 10) with a share

class FpdfDraw:
    def __init__(self, draw):
        self.draw = draw


def fpdf_drawing_renderer(module: str):
    """A renderer drawing each page's blocks on an fpdf2 A4 page in points (no automatic page
    breaks, the document's date as its creation date); its Creator names the generating module."""
    def render(doc: Doc) -> None:
        import datetime as dt

        import fpdf
        from fpdf import FPDF

        path = g.HERE / doc.part / doc.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        pdf = FPDF(unit="pt", format="A4")
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_creation_date(dt.datetime(*doc.date, tzinfo=dt.timezone.utc))
        pdf.set_title(doc.title)
        pdf.set_author(doc.author)
        pdf.set_subject(doc.subject)
        pdf.set_creator(f"corpora/{module}")
        pdf.set_producer(f"fpdf2 {fpdf.__version__}")
        pdf.set_auto_page_break(False)
        for i, page in enumerate(doc.pages, start=1):
            pdf.add_page()
            for b in page.blocks:
                b.draw(pdf, i)
        pdf.output(str(path))
    return render


render_fpdf_drawing = fpdf_drawing_renderer("generate_dev7.py")


g.RENDERERS.setdefault("fpdf2+drawing", render_fpdf_drawing)


def _txt(pdf, x, y, text, size=9, style="", align="L", w=0, colour=(30, 30, 30)):
    pdf.set_font("Helvetica", style, size)
    pdf.set_text_color(*colour)
    if align == "L":
        pdf.text(x, y, text)
    elif align == "R":
        pdf.text(x - pdf.get_string_width(text), y, text)
    else:
        pdf.text(x - pdf.get_string_width(text) / 2, y, text)
    pdf.set_text_color(0)


def doc_fpdf_charts() -> Doc:
    _start()
    F = "campaign-poster-fines-and-warrants-charts.pdf"
    fines = "ico.fines"
    bars = [("British Airways plc (2020/21)", S("\u00a320m", fines, "british_airways", "2020-04/2021-03")),
            ("Marriott International (2020/21)", S("\u00a318.4m", fines, "marriott", "2020-04/2021-03")),
            ("Clearview AI Inc (2022/23)", S("\u00a37.5m", fines, "clearview", "2022-04/2023-03")),
            ("Interserve Group (2022/23)", S("\u00a34.4m", fines, "interserve", "2022-04/2023-03")),
            ("Cabinet Office, as issued (2021/22)", S("\u00a3500,000", fines, "cabinet_office", "2021-04/2022-03")),
            ("Cabinet Office, after appeal (2022/23)", S("\u00a350,000", fines, "cabinet_office",
                                                          "2022-04/2023-03"))]

    def page1(pdf, n):
        _txt(pdf, 56, 70, "Data Rights Now", 10, "B", colour=(160, 40, 60))
        _txt(pdf, 56, 96, "The biggest data-protection fines, in one chart", 18, "B")
        _txt(pdf, 56, 114, "Chart 1. Monetary penalties imposed by the Information Commissioner, by "
                           "financial year of the notice", 9.5)
        left, top, plot, rh = 250, 140, 260, 30
        scale = plot / 25_000_000
        pdf.set_draw_color(215)
        pdf.set_line_width(0.4)
        for k, t in enumerate(["0", "5", "10", "15", "20", "25"]):
            xx = left + plot * k / 5
            pdf.line(xx, top - 4, xx, top + rh * len(bars))
            _txt(pdf, xx, top + rh * len(bars) + 12, t, 8, align="C", colour=(100, 100, 100))
        _txt(pdf, left + plot / 2, top + rh * len(bars) + 26, "\u00a3 million", 8, align="C", colour=(100, 100, 100))
        for k, (label, ph) in enumerate(bars):
            st = _stat(ph)
            yy = top + k * rh
            _txt(pdf, left - 8, yy + 13, label, 8.5, align="R")
            bw = max(1.0, st.value * scale)
            pdf.set_fill_color(160, 40, 60)
            pdf.rect(left, yy + 4, bw, 13, style="F")
            _txt(pdf, left + bw + 5, yy + 14, st.printed, 9, "B")
            g.record(F, n, st, "chart", f"{label} {st.printed}", checks=[st.printed, label])
        _txt(pdf, 56, top + rh * len(bars) + 50, "The Cabinet Office penalty was cut on appeal in November 2022. "
                                                 "Bars to scale; amounts as in the notices.", 8,
             colour=(90, 90, 90))
        _txt(pdf, 56, top + rh * len(bars) + 62, "Source: ICO penalty notices and annual reports 2020/21\u20132022/23 "
                                                 "(data retrieved 01/08/2023).", 8, colour=(90, 90, 90))
        # a stacked bar of two parties
        y0 = 420
        _txt(pdf, 56, y0, "Chart 2. Who made the communications data errors? (April to December 2006)", 12, "B")
        tot = _stat(S("1,088", "cd.errors", "total", "2006-04/2006-12"))
        req = _stat(S("253,557", "cd.requests", "total", "2006-04/2006-12"))
        line = f"{tot.printed} errors reported, against {req.printed} requests for communications data"
        _txt(pdf, 56, y0 + 16, line, 9)
        g.record(F, n, tot, "chart", line, checks=[line])
        g.record(F, n, req, "chart", line, checks=[line])
        segs = [("Public authorities", S("787", "cd.errors", "public_authorities", "2006-04/2006-12"), (160, 40, 60)),
                ("Communications service providers", S("301", "cd.errors", "csp", "2006-04/2006-12"),
                 (90, 90, 90))]
        x, width = 56, 480
        for label, ph, col in segs:
            st = _stat(ph)
            w = width * st.value / tot.value
            pdf.set_fill_color(*col)
            pdf.rect(x, y0 + 26, w, 24, style="F")
            _txt(pdf, x + w / 2, y0 + 42, st.printed, 10, "B", align="C", colour=(255, 255, 255))
            _txt(pdf, x + w / 2, y0 + 64, label, 9, align="C")
            g.record(F, n, st, "chart", f"{label} {st.printed}", checks=[st.printed, label])
            x += w
        _txt(pdf, 56, y0 + 84, "Source: Interception of Communications Commissioner, report for 2006, para. 58 "
                               "(nine months).", 8, colour=(90, 90, 90))
        # waffles
        y1 = 540
        _txt(pdf, 56, y1, "Chart 3. Out of every hundred", 12, "B")
        waffles = [(S("8%", "interception.warrants.urgent.share", "", "2018"),
                    "of law enforcement interception", "authorisations were urgent (2018)"),
                   (S("92%", "cd.items.comms_type.share", "telephony", "2018"),
                    "of council communications data", "items were telephony (2018)"),
                   (S("2.2%", "interception.warrants.urgent.share", "", "2016"),
                    "of interception warrants were", "approved urgently (2016)")]
        for k, (ph, l1, l2) in enumerate(waffles):
            st = _stat(ph)
            x0 = 56 + k * 165
            filled = round(st.value)
            for c in range(100):
                r_, q = divmod(c, 10)
                pdf.set_fill_color(*((160, 40, 60) if c < filled else (225, 225, 225)))
                pdf.rect(x0 + q * 9, y1 + 12 + r_ * 9, 7, 7, style="F")
            _txt(pdf, x0, y1 + 120, st.printed, 16, "B", colour=(160, 40, 60))
            _txt(pdf, x0, y1 + 133, l1, 8)
            _txt(pdf, x0, y1 + 143, l2, 8)
            g.record(F, n, st, "chart", f"{st.printed} {l1} {l2}", checks=[st.printed, l1])
        _txt(pdf, 56, y1 + 165, "One square = one per cent (rounded). Sources: IPC Annual Report 2018, Figures 4 "
                                "and 16; IOCCO report for 2016.", 8, colour=(90, 90, 90))
        _txt(pdf, 56, 810, "Data Rights Now \u00b7 datarightsnow.example.org \u00b7 Poster P-12 \u00b7 "
                           "printed 08/2023", 7.5, colour=(110, 110, 110))
        _txt(pdf, 539, 810, "1/1", 8, align="R", colour=(110, 110, 110))

    return Doc(F, "The biggest data-protection fines, and other charts (poster)", "Data Rights Now",
               "Campaign poster charts", "fpdf2+drawing", "", [Page(blocks=[FpdfDraw(page1)])],
               date=(2023, 8, 1), part=PART)


def dev7_builders() -> list:
    return [doc_dashboard, doc_svg_chapter, doc_small_multiples, doc_dot_plots, doc_release_figures,
            doc_fpdf_charts]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
