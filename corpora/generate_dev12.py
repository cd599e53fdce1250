#!/usr/bin/env python3
"""Twelfth development part of the labelled corpus: corpora/dev12/ (PDFs and gold.csv).

Rendered with the same machinery as the other parts (corpora/generate.py), so each gold row is
emitted by the code that draws its number and the same self-check re-reads every PDF:

    .venv/bin/python corpora/generate_dev12.py      # this part only

Theme: charts and figure pages from chart producers no earlier part uses, because charts are the
recogniser's weakest form on unseen documents. The producers are generator-only dependencies
(requirements-corpus.txt):

- vl-convert (Vega-Lite specifications rendered straight to PDF by svg2pdf): a data portal's
  chart export (columns labelled on top, a line with point labels, horizontal bars in pounds with
  financial years in the labels, grouped bars with a legend, a donut with percentages round it, a
  stacked bar with counts inside the segments) and a statistics note (financial-year axis, a chart
  whose figures are only in a data table under it, a chart whose figures are only in its legend,
  an area chart with labels, a pie with percentages);
- pygal + CairoSVG (SVG through cairo): a campaign group's chart briefing, pages composed as SVG
  with the pygal charts nested in them (horizontal bars with values, a line with a missing year,
  stacked columns of shares, a donut, a pie whose values are only in its legend, grouped columns);
- WeasyPrint (HTML and CSS): a police and crime panel's statistics pack whose charts are made of
  CSS boxes (values inside bars, columns with values on top, a 100% stacked bar with a key
  carrying the shares, an inline-SVG line with point labels, a data table under a chart) and a
  one-page infographic with two charts side by side;
- plotly + kaleido (headless Chromium through kaleido, Skia PDF): a data-journalism explainer's
  chart pages (subplots: columns with values outside, horizontal bars, a pie with percentages,
  a line with markers and labels, a diverging bar chart of year-on-year changes).

Only printed figures are statistics: a bar drawn without a printed value is not in gold. Axis
ticks, figure and table numbers, paragraph and section numbers, page numbers, dates, footnote
markers, dataset and reference numbers and source lines are distractors.

This part was written to be scored once, before any rule is tuned on it.

All prose is new paraphrase. Every number that is a statistic is a real published figure, the
same figures (metric, category, period, value) as labelled in the earlier development parts,
taken from /work/shared/reference/facts-dev.json and report-layouts.md. The portal, the campaign
group, the panel, the newsroom and the charity are fictional and give no figures of their own.

Producers that write the time into the PDF or order their dictionaries at random are pinned:
every page is assembled by pypdf with the document's own metadata and dates; svg2pdf's font
dictionaries are sorted in place (same length, so the cross-reference table stays valid);
pygal's random chart ids are replaced by fixed ones.
"""
from __future__ import annotations

import io
import json
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run on its own: the registry lives in module `generate`
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate as g
from generate import Doc, Page, S
from generate_dev2 import _stat
from generate_dev5 import esc
from generate_dev11 import _pieces

PART = "dev12"
EN = "\u2013"
EM = "\u2014"
RSQ = "\u2019"
FONT = "Liberation Sans"

W_ISS = "interception.warrants.issued"
SP = "cd.applications.sensitive_profession"
DS = "directed_surveillance.authorisations"
PI = "property_interference.authorisations"
FINES = "ico.fines"


def _start() -> None:
    g.CURRENT_PART[0] = PART


def _chart(fname, page, ph, title, label=""):
    """Record one printed chart value (method chart; the quote is title, label and figure)."""
    st = _stat(ph)
    quote = " ".join(x for x in (title, label, st.printed) if x)
    g.record(fname, page, st, "chart", quote, checks=[st.printed])
    return st


def _prose(fname, page, template, chars, method="sentence"):
    """Wrap a paragraph at `chars` characters and record its statistics with their sentences;
    returns the wrapped lines."""
    _, plain, hits = g.expand(template)
    plain = re.sub(r"\s+", " ", plain).strip()
    lines = textwrap.wrap(plain, chars, break_on_hyphens=False)
    for st, a, b in hits:
        q = g.sentence_quote(plain, a, b)
        g.record(fname, page, st, method, q, checks=_pieces(lines, q))
    return lines


# ---------------------------------------------------------------------------------------------
# assembling pages into one PDF with the document's metadata (pypdf), same bytes on every run

def _pdf_date(doc: Doc) -> str:
    y, m, d = doc.date
    return f"D:{y:04d}{m:02d}{d:02d}090000Z"


def _assemble(doc: Doc, pages: list, producer: str) -> None:
    import pypdf
    w = pypdf.PdfWriter()
    for data in pages:
        for p in pypdf.PdfReader(io.BytesIO(data)).pages:
            w.add_page(p)
    w.add_metadata({"/Title": doc.title, "/Author": doc.author, "/Subject": doc.subject,
                    "/Creator": "corpora/generate_dev12.py", "/Producer": producer,
                    "/CreationDate": _pdf_date(doc), "/ModDate": _pdf_date(doc)})
    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())


@dataclass
class Build:
    """A page drawn by a function of its page number (a spec, an SVG, a figure or HTML)."""
    fn: object


def _sort_resource_dicts(data: bytes) -> bytes:
    """svg2pdf writes /Font and other resource dictionaries in hash order: sort their lines in
    place (the bytes keep their length, so the cross-reference offsets stay right)."""
    def fix(m):
        return m.group(1) + b"\n".join(sorted(m.group(2).split(b"\n"))) + m.group(3)
    return re.sub(rb"(<<\n)((?:[ ]*/[\w.]+ \d+ 0 R\n)*[ ]*/[\w.]+ \d+ 0 R)(\n[ ]*>>)", fix, data)


def render_vl(doc: Doc) -> None:
    import vl_convert as vlc
    pages = []
    for n, page in enumerate(doc.pages, start=1):
        spec = page.blocks[0].fn(n)
        pages.append(_sort_resource_dicts(vlc.vegalite_to_pdf(json.dumps(spec))))
    _assemble(doc, pages, f"vl-convert {vlc.__version__} (svg2pdf); pypdf")


def render_cairosvg(doc: Doc) -> None:
    import cairosvg
    pages = []
    for n, page in enumerate(doc.pages, start=1):
        svg = page.blocks[0].fn(n)
        pages.append(cairosvg.svg2pdf(bytestring=svg.encode("utf-8")))
    _assemble(doc, pages, f"pygal {_version('pygal')}, CairoSVG {cairosvg.__version__} (cairo); pypdf")


def render_plotly(doc: Doc) -> None:
    import plotly.io as pio
    pages = []
    for n, page in enumerate(doc.pages, start=1):
        fig = page.blocks[0].fn(n)
        pages.append(pio.to_image(fig, format="pdf", width=595, height=842))
    _assemble(doc, pages, f"plotly {_version('plotly')}, kaleido {_version('kaleido')} (Skia/PDF); pypdf")


def render_weasy(doc: Doc) -> None:
    import weasyprint
    body = "".join(f'<section class="pg">{page.blocks[0].fn(n)}</section>'
                   for n, page in enumerate(doc.pages, start=1))
    y, m, d = doc.date
    html_doc = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(doc.title)}</title>'
                f'<meta name="author" content="{esc(doc.author)}">'
                f'<meta name="description" content="{esc(doc.subject)}">'
                f'<meta name="generator" content="corpora/generate_dev12.py">'
                f'<meta name="dcterms.created" content="{y:04d}-{m:02d}-{d:02d}T09:00:00Z">'
                f'<meta name="dcterms.modified" content="{y:04d}-{m:02d}-{d:02d}T09:00:00Z">'
                f'<style>{WEASY_CSS[doc.style]}</style></head><body>{body}</body></html>')
    path = g.HERE / doc.part / doc.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    weasyprint.HTML(string=html_doc).write_pdf(str(path))


def _version(mod: str) -> str:
    from importlib.metadata import version
    return version(mod)


g.RENDERERS.setdefault("vl-convert", render_vl)
g.RENDERERS.setdefault("pygal+cairosvg", render_cairosvg)
g.RENDERERS.setdefault("plotly+kaleido", render_plotly)
g.RENDERERS.setdefault("weasyprint", render_weasy)


# =============================================================================================
# Vega-Lite helpers

def vl_text(lines, width=520, size=9.5, lh=13.0, weight="normal", colour="#222", style="normal"):
    """Lines of text as a Vega-Lite view (y in pixels, no scale)."""
    return {"width": width, "height": max(1, round(len(lines) * lh)),
            "data": {"values": [{"y": k * lh, "t": t} for k, t in enumerate(lines)]},
            "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": size,
                     "fontWeight": weight, "color": colour, "fontStyle": style},
            "encoding": {"x": {"value": 0}, "y": {"field": "y", "type": "quantitative", "scale": None},
                         "text": {"field": "t", "type": "nominal"}}}


def vl_page(views, spacing=10):
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "padding": 28, "spacing": spacing,
            "background": "white", "vconcat": views,
            "resolve": {"scale": {"color": "independent", "x": "independent", "y": "independent"},
                        "legend": {"color": "independent"}},
            "config": {"font": FONT, "view": {"stroke": None},
                       "axis": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 9, "titleFontSize": 9,
                                "labelAngle": 0, "titleFontWeight": "normal", "grid": True,
                                "gridColor": "#e6e6e6"},
                       "legend": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 9,
                                  "titleFontSize": 9, "titleFontWeight": "normal"},
                       "title": {"font": FONT, "fontSize": 11, "anchor": "start", "fontWeight": "bold"},
                       "text": {"font": FONT}}}


def vl_fig_title(text):
    return {"text": text, "anchor": "start", "fontSize": 10.5, "offset": 8}


# =============================================================================================
# 1. A data portal's chart export (vl-convert): columns with the value on top, a line with point
#    labels, horizontal bars in pounds, grouped columns with a legend, a donut with percentages
#    round it, a stacked bar with counts inside the segments

def doc_portal_export() -> Doc:
    _start()
    F = "open-oversight-data-portal-chart-export-od-0417.pdf"

    def page1(n):
        t1 = "Figure 1. Communications data errors reported"
        bars = [("2012", S("979", "cd.errors", "total", "2012")), ("2013", S("970", "cd.errors", "total", "2013")),
                ("2015", S("1,199", "cd.errors", "total", "2015")), ("2016", S("1,101", "cd.errors", "total", "2016")),
                ("2017", S("926", "cd.errors", "total", "2017")), ("2018", S("903", "cd.errors", "total", "2018")),
                ("2019", S("1,063", "cd.errors", "total", "2019"))]
        vals = []
        for yr, ph in bars:
            st = _chart(F, n, ph, t1, yr)
            vals.append({"year": yr, "v": st.value, "lab": st.printed})
        fig1 = {"title": vl_fig_title(t1), "width": 480, "height": 170, "data": {"values": vals},
                "encoding": {"x": {"field": "year", "type": "ordinal", "title": None, "sort": None},
                             "y": {"field": "v", "type": "quantitative", "title": "Errors",
                                   "axis": {"values": [0, 400, 800, 1200], "format": ",.0f"},
                                   "scale": {"domain": [0, 1350]}}},
                "layer": [{"mark": {"type": "bar", "color": "#3b6e8f", "width": 34}},
                          {"mark": {"type": "text", "dy": -7, "fontSize": 9, "color": "#222"},
                           "encoding": {"text": {"field": "lab"}}}]}
        t2 = "Figure 2. Interception warrants issued"
        pts = [("2012", S("3,372", W_ISS, "total", "2012")), ("2013", S("2,760", W_ISS, "total", "2013")),
               ("2014", S("2,795", W_ISS, "total", "2014")), ("2015", S("3,059", W_ISS, "total", "2015")),
               ("2016", S("3,007", W_ISS, "total", "2016")), ("2017", S("3,535", W_ISS, "total", "2017"))]
        vals = []
        for k, (yr, ph) in enumerate(pts):
            st = _chart(F, n, ph, t2, yr)
            vals.append({"year": yr, "v": st.value, "lab": st.printed, "dy": -10 if k % 2 == 0 else 16})
        fig2 = {"title": vl_fig_title(t2), "width": 480, "height": 150, "data": {"values": vals},
                "encoding": {"x": {"field": "year", "type": "ordinal", "title": None, "sort": None},
                             "y": {"field": "v", "type": "quantitative", "title": "Warrants",
                                   "scale": {"domain": [2000, 4000]},
                                   "axis": {"values": [2000, 2500, 3000, 3500, 4000], "format": ",.0f"}}},
                "layer": [{"mark": {"type": "line", "color": "#8e3b46", "point": {"filled": True, "size": 40},
                                    "strokeWidth": 1.6}},
                          {"transform": [{"filter": "datum.dy < 0"}],
                           "mark": {"type": "text", "dy": -10, "fontSize": 9}, "encoding": {"text": {"field": "lab"}}},
                          {"transform": [{"filter": "datum.dy > 0"}],
                           "mark": {"type": "text", "dy": 14, "fontSize": 9}, "encoding": {"text": {"field": "lab"}}}]}
        intro = _prose(F, n, "Dataset OD-0417 brings together the statistics published by the Interception of "
                       "Communications Commissioner and, from 2017, the Investigatory Powers Commissioner. The "
                       "first comparable count of errors covers the nine months from April to December 2006, when "
                       + S("1,088", "cd.errors", "total", "2006-04/2006-12") + " errors were reported against " +
                       S("253,557", "cd.requests", "total", "2006-04/2006-12") + " requests made under section 22 "
                       "of the Regulation of Investigatory Powers Act 2000.", 100)
        note = ["Notes: 2014 is not shown in Figure 1 because that year's report counted errors differently. "
                "Labels alternate above and below", "the line in Figure 2. Export generated 14/05/2021 "
                "11:06 \u00b7 chart set v2.4 \u00b7 page 1 of 2"]
        return vl_page([vl_text(["Open Oversight Data Portal \u00b7 Chart export"], size=8.5, colour="#666"),
                        vl_text(["Errors and warrants, 2006 to 2019"], size=17, lh=22, weight="bold"),
                        vl_text(intro), fig1, fig2, vl_text(note, size=7.5, lh=10, colour="#555")])

    def page2(n):
        t3 = "Figure 3. Largest monetary penalties issued by the Information Commissioner"
        fines = [("British Airways (2020/21)", S("\u00a320m", FINES, "british_airways", "2020-04/2021-03")),
                 ("Marriott International (2020/21)", S("\u00a318.4m", FINES, "marriott", "2020-04/2021-03")),
                 ("Clearview AI (2022/23)", S("\u00a37.5m", FINES, "clearview", "2022-04/2023-03")),
                 ("Interserve (2022/23)", S("\u00a34.4m", FINES, "interserve", "2022-04/2023-03")),
                 ("Cabinet Office (2021/22)", S("\u00a3500,000", FINES, "cabinet_office", "2021-04/2022-03")),
                 ("Cabinet Office on appeal (2022/23)", S("\u00a350,000", FINES, "cabinet_office",
                                                          "2022-04/2023-03"))]
        vals = []
        for k, (lab, ph) in enumerate(fines):
            st = _chart(F, n, ph, t3, lab)
            vals.append({"who": lab, "v": st.value / 1e6, "lab": st.printed, "o": k})
        fig3 = {"title": vl_fig_title(t3), "width": 330, "height": 150, "data": {"values": vals},
                "encoding": {"y": {"field": "who", "type": "nominal", "title": None, "sort": {"field": "o"}},
                             "x": {"field": "v", "type": "quantitative", "title": "\u00a3 million",
                                   "scale": {"domain": [0, 25]}, "axis": {"values": [0, 5, 10, 15, 20, 25]}}},
                "layer": [{"mark": {"type": "bar", "color": "#a0283c", "height": 14}},
                          {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 9},
                           "encoding": {"text": {"field": "lab"}}}]}
        t4 = "Figure 4. Communications data applications for sensitive professions"
        grp = [("Journalists", "2018", S("203", SP, "journalist", "2018")),
               ("Journalists", "2024", S("157", SP, "journalist", "2024")),
               ("Lawyers", "2018", S("234", SP, "lawyer", "2018")),
               ("Lawyers", "2024", S("219", SP, "lawyer", "2024"))]
        vals = []
        for prof, yr, ph in grp:
            st = _chart(F, n, ph, t4, f"{prof} {yr}")
            vals.append({"prof": prof, "year": yr, "v": st.value, "lab": st.printed})
        fig4 = {"title": vl_fig_title(t4), "width": 220, "height": 150, "data": {"values": vals},
                "encoding": {"x": {"field": "prof", "type": "nominal", "title": None},
                             "xOffset": {"field": "year"},
                             "y": {"field": "v", "type": "quantitative", "title": None,
                                   "scale": {"domain": [0, 280]}, "axis": {"values": [0, 100, 200]}}},
                "layer": [{"mark": {"type": "bar"},
                           "encoding": {"color": {"field": "year", "type": "nominal", "title": "Year",
                                                  "scale": {"range": ["#7fa7c9", "#23486b"]},
                                                  "legend": {"orient": "top", "direction": "horizontal"}}}},
                          {"mark": {"type": "text", "dy": -6, "fontSize": 8.5},
                           "encoding": {"text": {"field": "lab"}}}]}
        t5 = "Figure 5. Interception warrants by purpose, 2014"
        arcs = [("Serious crime", S("68%", W_ISS + ".share", "serious_crime", "2014"), "#23486b"),
                ("National security", S("31%", W_ISS + ".share", "national_security", "2014"), "#7fa7c9"),
                ("Both", S("1%", W_ISS + ".share", "combination", "2014"), "#e0a030")]
        vals = []
        for k, (lab, ph, col) in enumerate(arcs):
            st = _chart(F, n, ph, t5, lab)
            vals.append({"k": lab, "v": st.value, "lab": st.printed, "o": k})
        fig5 = {"title": vl_fig_title(t5), "width": 170, "height": 150, "data": {"values": vals},
                "encoding": {"theta": {"field": "v", "type": "quantitative", "stack": True},
                             "order": {"field": "o"},
                             "color": {"field": "k", "type": "nominal", "title": None, "sort": None,
                                       "scale": {"range": [c for _, _, c in arcs]},
                                       "legend": {"orient": "right"}}},
                "layer": [{"mark": {"type": "arc", "innerRadius": 34, "outerRadius": 60}},
                          {"mark": {"type": "text", "radius": 74, "fontSize": 9},
                           "encoding": {"text": {"field": "lab"}}}]}
        t6 = "Figure 6. Covert surveillance errors by power, 2018"
        segs = [("Directed surveillance", S("59", "spci.errors", "directed_surveillance", "2018"), "#3b6e8f"),
                ("Property interference", S("23", "spci.errors", "property_interference", "2018"), "#6f9bb9"),
                ("CHIS", S("14", "spci.errors", "chis", "2018"), "#a5c3d8"),
                ("Intrusive", S("3", "spci.errors", "intrusive_surveillance", "2018"), "#d6e4ee")]
        vals = []
        for k, (lab, ph, col) in enumerate(segs):
            st = _chart(F, n, ph, t6, lab)
            vals.append({"k": lab, "v": st.value, "lab": st.printed, "o": k,
                         "show": st.printed if st.value >= 10 else "", "out": "" if st.value >= 10 else
                         f"{lab} {st.printed}"})
        tot = _chart(F, n, S("99", "spci.errors", "total", "2018"), t6, "Total")
        fig6 = {"title": vl_fig_title(t6), "width": 440, "height": 34, "view": {"stroke": None},
                "layer": [{"data": {"values": vals},
                           "mark": {"type": "bar", "height": 22},
                           "encoding": {"x": {"field": "v", "type": "quantitative", "stack": True, "title": None,
                                              "scale": {"domain": [0, 110]}, "axis": None},
                                        "order": {"field": "o"},
                                        "color": {"field": "k", "type": "nominal", "sort": None, "title": None,
                                                  "scale": {"range": [c for _, _, c in segs]},
                                                  "legend": {"orient": "bottom", "direction": "horizontal"}}}},
                          {"data": {"values": vals},
                           "transform": [{"stack": "v", "groupby": [], "as": ["x0", "x1"],
                                          "sort": [{"field": "o"}]},
                                         {"calculate": "(datum.x0 + datum.x1) / 2", "as": "xm"}],
                           "mark": {"type": "text", "fontSize": 9, "color": "white", "fontWeight": "bold"},
                           "encoding": {"x": {"field": "xm", "type": "quantitative"},
                                        "text": {"field": "show"}}},
                          {"data": {"values": vals},   # a segment too narrow for its figure: named above it
                           "transform": [{"stack": "v", "groupby": [], "as": ["x0", "x1"],
                                          "sort": [{"field": "o"}]}],
                           "mark": {"type": "text", "fontSize": 8.5, "align": "right", "dy": -17},
                           "encoding": {"x": {"field": "x1", "type": "quantitative"},
                                        "text": {"field": "out"}}},
                          {"data": {"values": [{"x": 99, "t": "Total " + tot.printed}]},
                           "mark": {"type": "text", "align": "left", "dx": 6, "fontSize": 9},
                           "encoding": {"x": {"field": "x", "type": "quantitative"}, "text": {"field": "t"}}}]}
        intro = _prose(F, n, "Page 2 of the export covers penalties and the smaller series. In Figure 6 "
                       "the segment for intrusive surveillance is too narrow to hold its figure, which is "
                       "printed above the bar instead (chart rule 4.2 of the portal style guide).", 100)
        note = ["Sources: ICO penalty notices; IPC Annual Reports 2018 and 2024; IOCCO report for 2014. "
                "Financial years in brackets (2020/21 = April 2020 to March 2021).",
                "Export generated 14/05/2021 11:06 \u00b7 chart set v2.4 \u00b7 page 2 of 2"]
        return vl_page([vl_text(["Open Oversight Data Portal \u00b7 Chart export"], size=8.5, colour="#666"),
                        vl_text(intro), fig3, {"hconcat": [fig4, fig5], "spacing": 30,
                                       "resolve": {"scale": {"color": "independent"},
                                                   "legend": {"color": "independent"}}}, fig6,
                        vl_text(note, size=7.5, lh=10, colour="#555")], spacing=14)

    return Doc(F, "Open Oversight Data Portal: chart export OD-0417", "Open Oversight Data Portal",
               "Chart export", "vl-convert", "", [Page(blocks=[Build(page1)]), Page(blocks=[Build(page2)])],
               date=(2021, 5, 14), part=PART)


# =============================================================================================
# 2. A statistics note (vl-convert): financial-year axis, a chart whose values are only in a
#    data table drawn under it, a chart whose values are only in its legend, an area chart
#    with point labels, a pie with percentages beside the slices

def doc_stats_note() -> Doc:
    _start()
    F = "statistics-note-covert-surveillance-2016-17-to-2019-sn-12.pdf"

    def page1(n):
        t1 = "Chart A. Surveillance authorisations by financial year and period"
        cols = [("2016/17", "Directed (LEAs)", S("6,237", DS, "law_enforcement", "2016-04/2017-03")),
                ("2016/17", "Property", S("1,842", PI, "", "2016-04/2017-03")),
                ("Apr" + EN + "Dec 2017", "Directed (other)", S("933", DS, "other_public_authorities",
                                                                   "2017-04/2017-12")),
                ("Apr" + EN + "Dec 2017", "Property", S("1,453", PI, "", "2017-04/2017-12"))]
        vals = []
        for per, kind, ph in cols:
            st = _chart(F, n, ph, t1, f"{per} {kind}")
            vals.append({"p": per, "k": kind, "v": st.value, "lab": st.printed})
        figA = {"title": vl_fig_title(t1), "width": 460, "height": 150, "data": {"values": vals},
                "encoding": {"x": {"field": "p", "type": "nominal", "title": None, "sort": None},
                             "xOffset": {"field": "k", "sort": None},
                             "y": {"field": "v", "type": "quantitative", "title": "Authorisations",
                                   "scale": {"domain": [0, 7000]}, "axis": {"values": [0, 2000, 4000, 6000],
                                                                            "format": ",.0f"}}},
                "layer": [{"mark": {"type": "bar"},
                           "encoding": {"color": {"field": "k", "type": "nominal", "title": None, "sort": None,
                                                  "scale": {"range": ["#2e5e4e", "#9bc1a9", "#5c8f75",
                                                                      "#cfe1d5"]},
                                                  "legend": {"orient": "right"}}}},
                          {"mark": {"type": "text", "dy": -6, "fontSize": 8.5},
                           "encoding": {"text": {"field": "lab"}}}]}
        # chart B: bars without value labels; the figures are in the data table under it
        t2 = "Chart B. Property interference and intrusive surveillance, 2017"
        rowsB = [("Property interference", "1 Apr to 31 Dec 2017", 1453),
                 ("Property interference", "2017, annualised", 1937),
                 ("Intrusive surveillance", "1 Apr to 31 Dec 2017", 186),
                 ("Intrusive surveillance", "2017, annualised", 248)]
        figB = {"title": vl_fig_title(t2), "width": 300, "height": 90,
                "data": {"values": [{"k": f"{a}, {b}", "v": v, "o": i} for i, (a, b, v) in enumerate(rowsB)]},
                "mark": {"type": "bar", "color": "#5c8f75", "height": 12},
                "encoding": {"y": {"field": "k", "type": "nominal", "title": None, "sort": {"field": "o"}},
                             "x": {"field": "v", "type": "quantitative", "title": None,
                                   "axis": {"values": [0, 500, 1000, 1500, 2000], "format": ",.0f"}}}}
        tab = [("Power", "Period", "Number"),
               ("Property interference", "1 Apr to 31 Dec 2017", S("1,453", PI, "", "2017-04/2017-12")),
               ("Property interference", "2017, annualised", S("1,937", PI + ".annualised", "", "2017")),
               ("Intrusive surveillance", "1 Apr to 31 Dec 2017",
                S("186", "intrusive_surveillance.authorisations", "", "2017-04/2017-12")),
               ("Intrusive surveillance", "2017, annualised",
                S("248", "intrusive_surveillance.authorisations.annualised", "", "2017"))]
        trows = []
        for k, (a, b, c) in enumerate(tab):
            if k == 0:
                trows.append({"y": 0, "a": a, "b": b, "c": c, "w": "bold"})
                continue
            st = _stat(c)   # 1,453 is also labelled in Chart A: one gold row per page (a duplicate key)
            g.record(F, n, st, "table", f"{a} {b} {st.printed}", checks=[f"{a} {b} {st.printed}"])
            trows.append({"y": k * 14, "a": a, "b": b, "c": st.printed, "w": "normal"})
        tableB = {"width": 440, "height": 14 * len(tab), "data": {"values": trows},
                  "layer": [{"mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 9},
                             "encoding": {"x": {"value": 0}, "y": {"field": "y", "type": "quantitative",
                                                                   "scale": None},
                                          "text": {"field": "a"}, "fontWeight": {"field": "w", "scale": None}}},
                            {"mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 9},
                             "encoding": {"x": {"value": 170}, "y": {"field": "y", "type": "quantitative",
                                                                     "scale": None},
                                          "text": {"field": "b"}, "fontWeight": {"field": "w", "scale": None}}},
                            {"mark": {"type": "text", "align": "right", "baseline": "top", "fontSize": 9},
                             "encoding": {"x": {"value": 380}, "y": {"field": "y", "type": "quantitative",
                                                                     "scale": None},
                                          "text": {"field": "c"}, "fontWeight": {"field": "w", "scale": None}}}]}
        # (933 is labelled in Chart A on this page; the paragraph gives only the DWP part)
        intro = _prose(F, n, "1.1 This note charts the covert surveillance figures published for the last "
                       "financial year of the Office of Surveillance Commissioners and the first nine months "
                       "of the Investigatory Powers Commissioner. Between April and December 2017, " +
                       S("792", DS, "dwp", "2017-04/2017-12") + " directed surveillance authorisations were "
                       "granted to the Department for Work and Pensions. On 31 March 2017, " +
                       S("808", DS + ".extant", "law_enforcement", "2017-03-31") + " authorisations granted by "
                       "law enforcement agencies were still in force.", 100)
        note = ["Annualised: the nine-month figure multiplied by 12/9. Chart B has no value labels; see the "
                "table under it. Statistics note SN-12,", "published 2 March 2020. Page 1"]
        return vl_page([vl_text(["Statistics note SN-12 \u00b7 Covert surveillance"], size=8.5, colour="#666"),
                        vl_text(["Covert surveillance authorisations, 2016/17 to 2017"], size=16, lh=21,
                                weight="bold"),
                        vl_text(intro), figA, figB, vl_text(["Data for Chart B"], size=9, weight="bold"), tableB,
                        vl_text(note, size=7.5, lh=10, colour="#555")])

    def page2(n):
        t3 = "Chart C. Communications data errors by responsible party, 2018"
        parts = [("SPoC", S("381", "cd.errors", "spoc", "2018")),
                 ("Applicant", S("360", "cd.errors", "applicant", "2018")),
                 ("CSP", S("140", "cd.errors", "csp", "2018")),
                 ("Designated person", S("22", "cd.errors", "designated_person", "2018"))]
        vals = []
        for k, (lab, ph) in enumerate(parts):
            st = _chart(F, n, ph, t3, lab)
            vals.append({"k": f"{lab} ({st.printed})", "v": st.value, "o": k})
        figC = {"title": vl_fig_title(t3), "width": 300, "height": 120, "data": {"values": vals},
                "mark": {"type": "bar", "width": 36},
                "encoding": {"x": {"field": "k", "type": "nominal", "sort": {"field": "o"}, "axis": None},
                             "y": {"field": "v", "type": "quantitative", "title": None,
                                   "axis": {"values": [0, 100, 200, 300, 400]}},
                             "color": {"field": "k", "type": "nominal", "sort": {"field": "o"}, "title": "Party",
                                       "scale": {"range": ["#23486b", "#4f7ea8", "#8fb2cf", "#c9dae8"]},
                                       "legend": {"orient": "right"}}}}
        t4 = "Chart D. Items of communications data obtained"
        pts = [("2015", S("761,702", "cd.items", "total", "2015")), ("2016", S("754,559", "cd.items", "total", "2016")),
               ("2017", S("757,977", "cd.items", "total", "2017")), ("2018", S("808,214", "cd.items", "total", "2018"))]
        vals = []
        for yr, ph in pts:
            st = _chart(F, n, ph, t4, yr)
            vals.append({"year": yr, "v": st.value, "lab": st.printed})
        figD = {"title": vl_fig_title(t4), "width": 440, "height": 120, "data": {"values": vals},
                "encoding": {"x": {"field": "year", "type": "ordinal", "title": None},
                             "y": {"field": "v", "type": "quantitative", "title": "Items",
                                   "scale": {"domain": [0, 1000000]},
                                   "axis": {"values": [0, 250000, 500000, 750000, 1000000], "format": ",.0f"}}},
                "layer": [{"mark": {"type": "area", "color": "#b9d3e6", "line": {"color": "#23486b"}}},
                          {"mark": {"type": "text", "dy": -9, "fontSize": 9},
                           "encoding": {"text": {"field": "lab"}}}]}
        t5 = "Chart E. Why applications were returned, 2015"
        R = "cd.applications.returned.share"
        sl = [("Necessity and proportionality", S("45%", R, "necessity_proportionality", "2015")),
              ("Presentation", S("12%", R, "presentation", "2015")),
              ("DP not independent", S("3%", R, "dp_not_independent", "2015")),
              ("Other", S("3%", R, "other", "2015")),
              ("Error identified", S("1%", R, "error_identified", "2015"))]
        vals = []
        for k, (lab, ph) in enumerate(sl):
            st = _chart(F, n, ph, t5, lab)
            vals.append({"k": lab, "v": st.value, "lab": st.printed, "o": k})
        vals.append({"k": "Not broken down", "v": 36, "lab": "", "o": 9})
        figE = {"title": vl_fig_title(t5), "width": 170, "height": 170, "data": {"values": vals},
                "encoding": {"theta": {"field": "v", "type": "quantitative", "stack": True},
                             "order": {"field": "o"},
                             "color": {"field": "k", "type": "nominal", "title": None, "sort": {"field": "o"},
                                       "scale": {"range": ["#2e5e4e", "#5c8f75", "#9bc1a9", "#cfe1d5", "#e0a030",
                                                           "#dddddd"]},
                                       "legend": {"orient": "right"}}},
                "layer": [{"mark": {"type": "arc", "outerRadius": 70}},
                          {"mark": {"type": "text", "radius": 84, "fontSize": 8.5},
                           "encoding": {"text": {"field": "lab"}}}]}
        intro = _prose(F, n, "2.1 The figures in Chart C appear only in its key, in brackets after each "
                       "party; the columns are drawn to scale. Chart D shows the total number of items obtained "
                       "under Part 3 of the Regulation of Investigatory Powers Act 2000 (Chapter II).", 100)
        note = ["Sources: IPC Annual Report 2018, para 8.5 and Figure 11; IOCCO Annual Report 2015, Figure 14. "
                "The grey slice of Chart E", "holds the reasons the report did not break down. SN-12 \u00b7 Page 2"]
        return vl_page([vl_text(["Statistics note SN-12 \u00b7 Communications data"], size=8.5, colour="#666"),
                        vl_text(intro), figC, figD, figE, vl_text(note, size=7.5, lh=10, colour="#555")],
                       spacing=14)

    return Doc(F, "Statistics note SN-12: covert surveillance and communications data charts",
               "Oversight Statistics Collective (corpus imitation)", "Statistics note", "vl-convert", "",
               [Page(blocks=[Build(page1)]), Page(blocks=[Build(page2)])], date=(2020, 3, 2), part=PART)


# =============================================================================================
# 3. A campaign group's chart briefing (pygal charts nested in A4 pages composed as SVG, drawn
#    to PDF by CairoSVG): horizontal bars with values, a line with a missing year, stacked
#    columns of shares, a donut with the shares on the slices, a pie whose values are only in its
#    legend, grouped columns with a legend

_PYGAL_IDS = [0]


def _pygal_svg(chart, x, y, w, h) -> str:
    """A pygal chart as an <svg> element placed at (x, y) on the page; its random id made fixed."""
    svg = chart.render(is_unicode=True)
    m = re.search(r'id="chart-([0-9a-f-]{36})"', svg)
    _PYGAL_IDS[0] += 1
    if m:
        svg = svg.replace(m.group(1), f"fig{_PYGAL_IDS[0]:02d}")
    svg = re.sub(r"<\?xml[^>]*\?>\s*", "", svg)
    svg = re.sub(r"(<text\b[^>]*>)([^<]*)(</text>)", lambda mm: mm.group(1) + _wide(mm.group(2)) + mm.group(3), svg)
    svg = re.sub(r"<svg\b([^>]*)>", lambda mm: "<svg" + re.sub(r'\s(width|height|x|y)="[^"]*"', "", mm.group(1)) +
                 f' x="{x}" y="{y}" width="{w}" height="{h}">', svg, count=1)
    return svg


def _style(colours, size=10):
    from pygal.style import Style
    return Style(font_family=FONT, background="white", plot_background="white", foreground="#222",
                 foreground_strong="#111", foreground_subtle="#bbb", colors=colours, opacity="1",
                 opacity_hover="1", label_font_size=size, major_label_font_size=size, legend_font_size=size,
                 value_font_size=size, value_label_font_size=size, tooltip_font_size=size, title_font_size=12)


def _wide(text: str) -> str:
    """cairo draws no glyph for a space, only a gap narrower than pdfplumber's word tolerance at
    body sizes: an en space (U+2002) keeps the words apart for readers of the text layer."""
    return text.replace(" ", "\u2002")


def _st(x, y, text, size=9.5, weight="normal", fill="#222", anchor="start", style="normal"):
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}" font-weight="{weight}" '
            f'font-style="{style}" fill="{fill}" text-anchor="{anchor}">{_wide(esc(text))}</text>')


def _svg_para(fname, n, x, y, template, chars, size=9.5, lh=12.5):
    lines = _prose(fname, n, template, chars)
    return "".join(_st(x, y + k * lh, t, size) for k, t in enumerate(lines)), y + len(lines) * lh


def _svg_page(body: str) -> str:
    return ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="595pt" '
            f'height="842pt" viewBox="0 0 595 842"><rect width="595" height="842" fill="white"/>{body}</svg>')


def doc_pygal_briefing() -> Doc:
    _start()
    F = "surveillance-in-charts-briefing-no-7-civic-liberty-forum-2020.pdf"
    import pygal

    def common(n):
        return (_st(48, 40, "CIVIC LIBERTY FORUM \u00b7 BRIEFING No. 7", 8, "bold", "#7a1f3d") +
                _st(547, 40, "November 2020", 8, fill="#666", anchor="end") +
                '<line x1="48" y1="46" x2="547" y2="46" stroke="#7a1f3d" stroke-width="1"/>' +
                _st(297.5, 815, f"civicliberty.example.org/briefings/7 \u00b7 {n}", 7.5, fill="#666",
                    anchor="middle"))

    def page1(n):
        out = [common(n), _st(48, 76, "Surveillance in charts", 20, "bold")]
        t, y = _svg_para(F, n, 48, 98, "1. This briefing redraws the Commissioners" + RSQ + " own figures so that "
                         "members can see the trend at a glance. Every value shown is the published one; none "
                         "has been estimated. In 2018 communications data applications were made for " +
                         S("1,320", SP, "total", "2018") + " people in sensitive professions, up from " +
                         S("948", SP, "total", "2016") + " in 2016.", 98)
        out.append(t)
        t1 = "Chart 1: Sensitive-profession applications by profession, 2018"
        out.append(_st(48, y + 16, t1, 10.5, "bold"))
        hb = pygal.HorizontalBar(width=500, height=200, print_values=True, show_legend=False,
                                 print_values_position="top", style=_style(("#7a1f3d",)), js=[],
                                 disable_xml_declaration=True, show_y_guides=False,
                                 value_formatter=lambda v: f"{v:,.0f}", range=(0, 600), y_labels=[0, 200, 400, 600],
                                 margin=4)
        rows = [("Medical doctors", S("498", SP, "medical_doctor", "2018")),
                ("Ministers of religion", S("272", SP, "minister_of_religion", "2018")),
                ("Lawyers", S("234", SP, "lawyer", "2018")),
                ("Journalists", S("203", SP, "journalist", "2018")),
                ("Members of Parliament", S("113", SP, "member_of_parliament", "2018"))]
        rows.reverse()   # pygal draws the first value at the bottom
        vals = []
        for lab, ph in rows:
            st = _chart(F, n, ph, t1, lab)
            vals.append(st.value)
        hb.x_labels = [lab for lab, _ in rows]
        hb.add("Applications", vals)
        out.append(_pygal_svg(hb, 48, y + 22, 500, 200))
        y += 232
        t2 = "Chart 2: Relevant interception errors reported, 2010 to 2015"
        out.append(_st(48, y + 16, t2, 10.5, "bold"))
        ln = pygal.Line(width=500, height=190, print_values=True, show_legend=False, style=_style(("#1f4e7a",)),
                        js=[], disable_xml_declaration=True, dots_size=3.5, range=(0, 80),
                        y_labels=[0, 20, 40, 60, 80], value_formatter=lambda v: f"{v:,.0f}", margin=4,
                        margin_right=24,
                        allow_interruptions=True)
        pts = [("2010", S("27", "interception.errors", "", "2010")), ("2011", S("42", "interception.errors", "", "2011")),
               ("2012", None), ("2013", S("57", "interception.errors", "", "2013")),
               ("2014", S("60", "interception.errors", "", "2014")), ("2015", S("62", "interception.errors", "", "2015"))]
        vals = []
        for yr, ph in pts:
            vals.append(_chart(F, n, ph, t2, yr).value if ph else None)
        ln.x_labels = [yr for yr, _ in pts]
        ln.add("Errors", vals)
        out.append(_pygal_svg(ln, 48, y + 22, 500, 190))
        y += 222
        t, y = _svg_para(F, n, 48, y + 14, "2. No total was published for 2012. The counting changed after the "
                         "Investigatory Powers Act 2016 (section 231): in 2018 the Commissioner recorded " +
                         S("13", "interception.errors", "", "2018") + " relevant interception errors and in 2019 " +
                         S("24", "interception.errors", "", "2019") + ", so those years are not on the line.", 98)
        out.append(t)
        out.append(_st(48, y + 10, "Sources: IOCCO annual reports 2010\u20132015; IPC Annual Reports 2018 and 2019. "
                                   "See note 3 on page 2.", 7.5, fill="#666", style="italic"))
        return _svg_page("".join(out))

    def page2(n):
        out = [common(n)]
        t3 = "Chart 3: Who caused communications data errors? Share of errors, 2012 and 2016"
        out.append(_st(48, 74, t3, 10.5, "bold"))
        E = "cd.errors.share"
        parties = [("SPoC", S("47%", E, "spoc", "2012"), S("43.3%", E, "spoc", "2016")),
                   ("Applicant", S("26%", E, "applicant", "2012"), S("39.4%", E, "applicant", "2016")),
                   ("CSP", S("20%", E, "csp", "2012"), S("11.6%", E, "csp", "2016")),
                   ("Designated person", S("5%", E, "designated_person", "2012"),
                    S("2.9%", E, "designated_person", "2016"))]
        sb = pygal.StackedBar(width=500, height=230, print_values=True, legend_at_bottom=True,
                              legend_at_bottom_columns=4, style=_style(("#1f4e7a", "#5b8db8", "#a7c4dd", "#e0a030")),
                              js=[], disable_xml_declaration=True, range=(0, 100), y_labels=[0, 25, 50, 75, 100],
                              value_formatter=lambda v: f"{v:g}%", margin=4, truncate_legend=-1)
        sb.x_labels = ["2012", "2016"]
        for lab, a, b in parties:
            sa = _chart(F, n, a, t3, f"2012 {lab}")
            sbb = _chart(F, n, b, t3, f"2016 {lab}")
            sb.add(lab, [sa.value, sbb.value])
        out.append(_pygal_svg(sb, 48, 80, 500, 230))
        t4 = "Chart 4: Purpose of applications, 2016"
        out.append(_st(48, 338, t4, 10.5, "bold"))
        P = "cd.applications.purpose.share"
        pie = pygal.Pie(width=240, height=200, inner_radius=0.45, print_values=True, legend_at_bottom=True,
                        legend_at_bottom_columns=1, style=_style(("#7a1f3d", "#c06080", "#e8b4c4"), 9), js=[],
                        disable_xml_declaration=True, value_formatter=lambda v: f"{v:g}%", margin=2,
                        truncate_legend=-1)
        for lab, ph in [("Prevent or detect crime", S("83%", P, "prevent_detect_crime", "2016")),
                        ("Prevent death or injury", S("11%", P, "prevent_death_injury", "2016")),
                        ("National security", S("6%", P, "national_security", "2016"))]:
            pie.add(lab, [_chart(F, n, ph, t4, lab).value])
        out.append(_pygal_svg(pie, 48, 344, 240, 200))
        t5 = "Chart 5: Council requests by type of data, 2018"
        out.append(_st(308, 338, t5, 10.5, "bold"))
        D = "cd.items.data_type"
        pie2 = pygal.Pie(width=240, height=200, print_values=False, legend_at_bottom=True,
                         legend_at_bottom_columns=1, style=_style(("#1f4e7a", "#a7c4dd", "#dddddd"), 9), js=[],
                         disable_xml_declaration=True, margin=2, truncate_legend=-1)
        for lab, ph in [("Subscriber information", S("647", D, "subscriber", "2018")),
                        ("Service use", S("87", D, "service_use", "2018")),
                        ("Traffic data", S("0", D, "traffic", "2018"))]:
            st = _stat(ph)
            pie2.add(f"{lab} ({st.printed})", [st.value])
            g.record(F, n, st, "chart", f"{t5} {lab} ({st.printed})", checks=[f"{lab} ({st.printed})"])
        out.append(_pygal_svg(pie2, 308, 344, 240, 200))
        t6 = "Chart 6: Serious errors, investigated and confirmed"
        out.append(_st(48, 576, t6, 10.5, "bold"))
        gb = pygal.Bar(width=500, height=170, print_values=True, print_values_position="top",
                       legend_at_bottom=True, style=_style(("#8a8a8a", "#7a1f3d")), js=[],
                       disable_xml_declaration=True, range=(0, 40), y_labels=[0, 10, 20, 30, 40],
                       value_formatter=lambda v: f"{v:,.0f}", margin=4, truncate_legend=-1)
        gb.x_labels = ["2017", "2019"]
        inv = [S("33", "errors.serious.investigations", "", "2017"), S("18", "errors.serious.investigations", "", "2019")]
        det = [S("24", "errors.serious.determined", "total", "2017"), S("14", "errors.serious.determined", "total", "2019")]
        gb.add("Investigated as possibly serious", [_chart(F, n, ph, t6, f"investigated {yr}").value
                                                    for ph, yr in zip(inv, ["2017", "2019"])])
        gb.add("Found to be serious", [_chart(F, n, ph, t6, f"found serious {yr}").value
                                       for ph, yr in zip(det, ["2017", "2019"])])
        out.append(_pygal_svg(gb, 48, 582, 500, 170))
        t, y = _svg_para(F, n, 48, 770, "3. Chart 5 gives the counts in its key only; traffic data was not "
                         "requested by any council in 2018. Figures for 2018 serious errors appear in Briefing "
                         "No. 6, page 4.", 98, size=8.5, lh=11)
        out.append(t)
        return _svg_page("".join(out))

    return Doc(F, "Surveillance in charts (Briefing No. 7)", "Civic Liberty Forum (corpus imitation)",
               "Campaign chart briefing", "pygal+cairosvg", "", [Page(blocks=[Build(page1)]),
                                                                 Page(blocks=[Build(page2)])],
               date=(2020, 11, 20), part=PART)


# =============================================================================================
# 4. A police and crime panel's statistics pack (WeasyPrint): charts made of CSS boxes (bars with
#    the value inside, columns with the value on top, a 100% stacked bar whose key carries the
#    shares), an inline-SVG line chart with point labels, a data table under a chart, bullets

WEASY_CSS = {"panel": """
@page { size: A4; margin: 18mm 17mm 20mm 17mm;
        @bottom-left { content: "Westmere Police and Crime Panel \\b7  Agenda item 7 \\b7  Appendix B"; font: 7.5pt 'Liberation Sans'; color: #666; }
        @bottom-right { content: "Page " counter(page) " of 2"; font: 7.5pt 'Liberation Sans'; color: #666; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; color: #1d1d1d; }
section.pg { page-break-after: always; } section.pg:last-child { page-break-after: auto; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; color: #1b3d5c; } h2 { font-size: 10.5pt; margin: 9pt 0 4pt 0; color: #1b3d5c; }
p { margin: 0 0 5pt 0; } .src { font-size: 7.5pt; color: #555; margin-top: 2pt; }
.hbar { display: flex; align-items: center; margin: 2pt 0; } .hbar .l { width: 135pt; text-align: right; padding-right: 6pt; font-size: 8.5pt; }
.hbar .b { background: #1b3d5c; color: white; font-size: 8.5pt; font-weight: bold; padding: 2pt 4pt; text-align: right; box-sizing: border-box; }
.hbar .o { font-size: 8.5pt; font-weight: bold; padding-left: 4pt; }
.cols { display: flex; align-items: flex-end; height: 120pt; border-bottom: 0.8pt solid #333; gap: 22pt; padding: 0 16pt; }
.cols .c { width: 48pt; text-align: center; font-size: 8.5pt; } .cols .c .v { font-weight: bold; margin-bottom: 2pt; } .cols .c .r { background: #6a8fb0; }
.xl { display: flex; gap: 22pt; padding: 3pt 16pt 0 16pt; font-size: 8.5pt; } .xl span { width: 48pt; text-align: center; }
.stack { display: flex; height: 20pt; margin: 4pt 0; } .stack div { color: white; font-size: 8.5pt; font-weight: bold; text-align: center; line-height: 20pt; }
.key span.sw { display: inline-block; width: 8pt; height: 8pt; margin: 0 3pt 0 10pt; vertical-align: -1pt; }
table { border-collapse: collapse; font-size: 8.5pt; margin: 3pt 0; } th, td { border-bottom: 0.5pt solid #bbb; padding: 2pt 8pt 2pt 0; text-align: left; } td.n, th.n { text-align: right; }
.two { display: flex; gap: 18pt; } .two > div { flex: 1; }
ul { margin: 2pt 0 4pt 14pt; padding: 0; } li { margin: 1pt 0; }
sup { font-size: 5.5pt; }
""", "infographic": """
@page { size: A4; margin: 14mm 14mm 14mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; line-height: 1.3; color: #222; }
section.pg { page-break-after: auto; }
.top { background: #2b2140; color: white; padding: 8pt 10pt; } .top .t { font-size: 17pt; font-weight: bold; } .top .s { font-size: 8.5pt; }
.grid { display: flex; gap: 12pt; margin-top: 10pt; } .grid > div { flex: 1; border: 0.6pt solid #cfc8dc; padding: 6pt; }
h3 { font-size: 9.5pt; margin: 0 0 5pt 0; color: #2b2140; }
.row { display: flex; align-items: center; margin: 2.5pt 0; font-size: 8pt; } .row .l { width: 92pt; } .row .b { height: 9pt; background: #8a6fb0; }
.row .v { padding-left: 4pt; font-weight: bold; }
.colset { display: flex; align-items: flex-end; gap: 10pt; height: 95pt; border-bottom: 0.6pt solid #444; }
.colset .c { width: 40pt; text-align: center; font-size: 8pt; } .colset .c .r { background: #d08c3c; } .colset .c .v { font-weight: bold; }
.xl { display: flex; gap: 10pt; font-size: 8pt; } .xl span { width: 40pt; text-align: center; }
.foot { font-size: 7pt; color: #555; margin-top: 8pt; border-top: 0.5pt solid #aaa; padding-top: 3pt; }
p { margin: 4pt 0; }
"""}


def _hbars(fname, n, title, rows, vmax, width=300, inside=True):
    out = []
    for lab, ph in rows:
        st = _chart(fname, n, ph, title, lab)
        w = max(2.0, width * st.value / vmax)
        if inside and w > 40:
            out.append(f'<div class="hbar"><div class="l">{esc(lab)}</div><div class="b" style="width:{w:.1f}pt">'
                       f'{esc(st.printed)}</div></div>')
        else:
            out.append(f'<div class="hbar"><div class="l">{esc(lab)}</div><div class="b" style="width:{w:.1f}pt">'
                       f'</div><div class="o">{esc(st.printed)}</div></div>')
    return "".join(out)


def _cols(fname, n, title, cols, vmax, height=100, cls="cols"):
    bars, labels = [], []
    for lab, ph in cols:
        st = _chart(fname, n, ph, title, lab)
        bars.append(f'<div class="c"><div class="v">{esc(st.printed)}</div><div class="r" '
                    f'style="height:{height * st.value / vmax:.1f}pt"></div></div>')
        labels.append(f"<span>{esc(lab)}</span>")
    return f'<div class="{cls}">{"".join(bars)}</div><div class="xl">{"".join(labels)}</div>'


def _wp(fname, n, template, method="sentence"):
    from generate_dev5 import rec
    return rec(fname, n, template, method)


def _svg_line(fname, n, title, pts, vmax, w=250, h=120):
    parts, prev = [], None
    left, bottom, top = 34, h - 18, 12
    for k, t in enumerate(["0", "20,000", "40,000", "60,000"]):
        yy = bottom - (bottom - top) * k / 3
        parts.append(f'<line x1="{left}" y1="{yy:.1f}" x2="{w - 6}" y2="{yy:.1f}" stroke="#ddd" stroke-width="0.6"/>'
                     f'<text x="{left - 4}" y="{yy + 3:.1f}" font-size="7" text-anchor="end" fill="#666" '
                     f'font-family="{FONT}">{t}</text>')
    slot = (w - left - 10) / len(pts)
    for k, (yr, ph) in enumerate(pts):
        x = left + slot * (k + 0.5)
        st = _chart(fname, n, ph, title, yr)
        y = bottom - (bottom - top) * st.value / vmax
        if prev:
            parts.append(f'<line x1="{prev[0]:.1f}" y1="{prev[1]:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#1b3d5c" '
                         f'stroke-width="1.6"/>')
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.6" fill="#1b3d5c"/>'
                     f'<text x="{x:.1f}" y="{y - 6:.1f}" font-size="8.5" font-weight="bold" text-anchor="middle" '
                     f'font-family="{FONT}">{esc(st.printed)}</text>'
                     f'<text x="{x:.1f}" y="{bottom + 12:.1f}" font-size="8" text-anchor="middle" '
                     f'font-family="{FONT}">{yr}</text>')
        prev = (x, y)
    return f'<svg width="{w}pt" height="{h}pt" viewBox="0 0 {w} {h}">{"".join(parts)}</svg>'


def doc_panel_pack() -> Doc:
    _start()
    F = "westmere-police-and-crime-panel-item-7-appendix-b-oversight-statistics.pdf"

    def page1(n):
        t1 = "Chart B1. Communications data notices and authorisations, 2013"
        N = "cd.notices_authorisations"
        b1 = _hbars(F, n, t1, [("Security Service", S("56,918", N, "security_service", "2013")),
                                ("Other public authorities", S("2,603", N, "other_public_authorities", "2013")),
                                ("GCHQ", S("1,406", N, "gchq", "2013")),
                                ("SIS", S("672", N, "sis", "2013"))], 60000)
        t2 = "Chart B2. Inspections carried out by the Commissioner"
        b2 = _cols(F, n, t2, [("2016", S("166", "inspections", "total", "2016")),
                              ("2022", S("380", "inspections", "total", "2022")),
                              ("2023", S("386", "inspections", "total", "2023"))], 400)
        rows = [("Communications data", "2012", S("42", "inspections", "communications_data", "2012")),
                ("Communications data", "2015", S("72", "inspections", "communications_data", "2015")),
                ("Interception", "2015", S("26", "inspections", "interception", "2015"))]
        trs = []
        for a, b, ph in rows:
            st = _stat(ph)
            g.record(F, n, st, "table", f"{a} {b} {st.printed}", checks=[f"{a} {b} {st.printed}"])
            trs.append(f"<tr><td>{a}</td><td>{b}</td><td class=n>{esc(st.printed)}</td></tr>")
        p1 = _wp(F, n, "7.1 The panel asked at its meeting of 14 September 2023 (minute 41/23) for the national "
                 "picture against which the force" + RSQ + "s own figures can be read. In 2013 the intelligence "
                 "agencies accounted for " + S("58,996", N, "intelligence_agencies", "2013") + " notices and "
                 "authorisations for communications data.<sup>1</sup>")
        p2 = _wp(F, n, "7.2 The Commissioner" + RSQ + "s office inspected " + S("21", "public_authorities.inspected", "",
                 "2012") + " public authorities in 2012 and " + S("134", "public_authorities.inspected", "", "2016") +
                 " in 2016, and " + S("13", "public_authorities.inspected", "", "2019") +
                 " in 2019.")
        return (f"<h1>Appendix B: national oversight statistics</h1>"
                f"<p>{p1}</p><h2>{esc(t1)}</h2>{b1}<div class=src>Source: IOCCO Annual Report 2013, section 4. "
                f"Bars drawn to one scale.</div><h2>{esc(t2)}</h2>{b2}"
                f"<div class=src>2016: IOCCO; 2022 and 2023: IPC Annual Reports.</div>"
                f"<h2>Table B3. Inspections by type</h2><table><tr><th>Type</th><th>Year</th><th class=n>Inspections"
                f"</th></tr>{''.join(trs)}</table><p>{p2}</p>"
                f"<div class=src><sup>1</sup> Notices and authorisations under Chapter II of Part I of the Regulation "
                f"of Investigatory Powers Act 2000 (sections 21 to 25).</div>")

    def page2(n):
        t4 = "Chart B4. Urgent oral applications for communications data"
        line = _svg_line(F, n, t4, [("2013", S("42,293", "cd.urgent_oral", "", "2013")),
                                    ("2014", S("55,346", "cd.urgent_oral", "", "2014"))], 60000)
        p3 = _wp(F, n, "7.3 Urgent oral applications then fell as a share of all applications, to " +
                 S("11%", "cd.urgent_oral.share", "", "2015") + " in 2015 and " +
                 S("10%", "cd.urgent_oral.share", "", "2016") + " in 2016.")
        t5 = "Chart B5. Inspection recommendations by rating, 2015"
        rag = [("Red", S("29", "recommendations", "red", "2015"), S("8%", "recommendations.share", "red", "2015"),
                "#b03a2e"),
               ("Amber", S("203", "recommendations", "amber", "2015"), S("55%", "recommendations.share", "amber",
                                                                          "2015"), "#d68910"),
               ("Green", S("134", "recommendations", "green", "2015"), S("37%", "recommendations.share", "green",
                                                                          "2015"), "#1e8449")]
        segs, keys = [], []
        for lab, c, sh, col in rag:
            sc = _chart(F, n, c, t5, lab)
            ss = _stat(sh)
            segs.append(f'<div style="width:{ss.value}%;background:{col}">{esc(sc.printed)}</div>')
            keys.append(f'<span class=sw style="background:{col}"></span>{lab} {esc(ss.printed)}')
            g.record(F, n, ss, "chart", f"{t5} {lab} {ss.printed}", checks=[f"{lab} {ss.printed}"])
        tot = _wp(F, n, "In all the inspectors made " + S("366", "recommendations", "total", "2015") +
                  " recommendations in 2015.")
        t6 = "Chart B6. CHIS authorisations"
        bars6 = "".join(f'<div class="hbar"><div class="l">{lab}</div><div class="b" style="width:{w}pt"></div></div>'
                        for lab, w in [("Law enforcement, 2018", 290), ("Law enforcement, 2019", 276.5),
                                       ("Other authorities, 2019", 2)])
        rows = [("Law enforcement agencies", "2018", S("1,958", "chis.authorisations", "law_enforcement", "2018")),
                ("Law enforcement agencies", "2019", S("1,866", "chis.authorisations", "law_enforcement", "2019")),
                ("Other public authorities", "2019", S("11", "chis.authorisations", "other_public_authorities",
                                                       "2019"))]
        trs = []
        for a, b, ph in rows:
            st = _stat(ph)
            g.record(F, n, st, "table", f"{a} {b} {st.printed}", checks=[f"{a} {b} {st.printed}"])
            trs.append(f"<tr><td>{a}</td><td>{b}</td><td class=n>{esc(st.printed)}</td></tr>")
        li = [_wp(F, n, "Applications to acquire legally privileged material, 2018: " +
                  S("77", "lpp.applications.made", "", "2018") + ", of which " +
                  S("76", "lpp.applications.approved", "", "2018") + " were approved.", "list"),
              _wp(F, n, "Errors found to be serious in 2013: " + S("7", "errors.serious.determined", "total", "2013") +
                  " (paragraph 6.12 of that year" + RSQ + "s report).", "list"),
              _wp(F, n, "Complaints to the Investigatory Powers Tribunal in 2009: " +
                  S("157", "ipt.complaints", "", "2009") + ".", "list")]
        return (f'<div class=two><div><h2>{esc(t4)}</h2>{line}<div class=src>Source: IOCCO reports for 2013 and '
                f'2014.</div></div><div><h2>Note on Chart B4</h2><p>{p3}</p><p>7.4 The force' + RSQ +
                f's own use of the urgent procedure is reported under item 6 (paragraph 6.8) and is not part of '
                f'the national series.</p></div></div>'
                f'<h2>{esc(t5)}</h2><div class=stack>{"".join(segs)}</div><div class=key>{"".join(keys)}</div>'
                f'<p>{tot}</p><h2>{esc(t6)}</h2>{bars6}<table><tr><th>Authorities</th><th>Year</th>'
                f'<th class=n>Authorisations</th></tr>{"".join(trs)}</table>'
                f'<div class=src>Chart B6 has no value labels; the figures are in the table under it.</div>'
                f'<h2>Other figures the panel asked for</h2><ul>{"".join(f"<li>{x}</li>" for x in li)}</ul>'
                f'<div class=src>Report author: Panel Scrutiny Officer, tel. 01632 960 418. Version 2.1, 20/09/2023.'
                f'</div>')

    return Doc(F, "Westmere Police and Crime Panel: Item 7, Appendix B (oversight statistics)",
               "Westmere Police and Crime Panel (corpus imitation)", "Panel statistics pack", "weasyprint", "",
               [Page(blocks=[Build(page1)]), Page(blocks=[Build(page2)])], date=(2023, 9, 20), part=PART,
               style="panel")


# =============================================================================================
# 5. A newsroom's data explainer, its chart pages exported by plotly through kaleido (Skia PDF):
#    subplots with columns labelled outside, horizontal bars, a pie with labels and values, a
#    line with markers and labels, diverging bars of year-on-year changes, text as annotations

def _pl_text(fig, x, y, lines, size=10, bold=False, colour="#222", italic=False, anchor="top"):
    t = "<br>".join(esc(l) for l in lines)
    if bold:
        t = f"<b>{t}</b>"
    if italic:
        t = f"<i>{t}</i>"
    fig.add_annotation(x=x, y=y, xref="paper", yref="paper", xanchor="left", yanchor=anchor, showarrow=False,
                       align="left", text=t, font={"size": size, "color": colour, "family": FONT})


def _pl_title(fig, which, text):
    """A chart title just above a subplot: `which` is "yaxis", "yaxis2" or "pie" (its domain)."""
    if which == "pie":
        dom = next(tr for tr in fig.data if tr.type == "pie").domain.y
    else:
        dom = fig.layout[which].domain
    _pl_text(fig, 0.0, dom[1] + 0.014, [text], 11, bold=True, anchor="bottom")


def _pl_layout(fig):
    fig.update_layout(width=595, height=842, margin={"l": 50, "r": 30, "t": 58, "b": 105}, showlegend=False,
                      paper_bgcolor="white", plot_bgcolor="white", font={"family": FONT, "size": 9, "color": "#222"},
                      uniformtext={"minsize": 7, "mode": "show"})
    fig.update_xaxes(showline=True, linecolor="#444", ticks="outside", tickfont={"size": 8.5})
    fig.update_yaxes(gridcolor="#e5e5e5", tickfont={"size": 8.5}, zeroline=False)


def doc_plotly_explainer() -> Doc:
    _start()
    F = "explained-how-often-are-phones-tapped-charts-the-lantern-2019.pdf"
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    def page1(n):
        fig = make_subplots(rows=3, cols=1, row_heights=[0.3, 0.3, 0.4], vertical_spacing=0.1,
                            specs=[[{"type": "xy"}], [{"type": "xy"}], [{"type": "domain"}]])
        t1 = "Chart 1: Interception warrants issued"
        cols = [("Apr" + EN + "Dec 2006", S("1,435", W_ISS, "total", "2006-04/2006-12")),
                ("2010", S("1,865", W_ISS, "total", "2010")), ("2012", S("3,372", W_ISS, "total", "2012")),
                ("2014", S("2,795", W_ISS, "total", "2014"))]
        sts = [_chart(F, n, ph, t1, lab) for lab, ph in cols]
        fig.add_trace(go.Bar(x=[lab for lab, _ in cols], y=[st.value for st in sts], text=[st.printed for st in sts],
                             textposition="outside", marker_color="#0b5563", cliponaxis=False,
                             textfont={"size": 9.5}), row=1, col=1)
        fig.update_yaxes(range=[0, 4000], tickvals=[0, 1000, 2000, 3000, 4000], tickformat=",", row=1, col=1)
        t2 = "Chart 2: Communications data errors, selected years"
        pts = [("2008", S("595", "cd.errors", "total", "2008")), ("2009", S("661", "cd.errors", "total", "2009")),
               ("2012", S("979", "cd.errors", "total", "2012")), ("2013", S("970", "cd.errors", "total", "2013")),
               ("2015", S("1,199", "cd.errors", "total", "2015"))]
        sts = [_chart(F, n, ph, t2, lab) for lab, ph in pts]
        fig.add_trace(go.Scatter(x=[lab for lab, _ in pts], y=[st.value for st in sts], mode="lines+markers+text",
                                 text=[st.printed for st in sts], textposition="top center",
                                 line={"color": "#b5462f", "width": 2}, marker={"size": 7},
                                 textfont={"size": 9.5}), row=2, col=1)
        fig.update_xaxes(type="category", row=2, col=1)
        fig.update_yaxes(range=[0, 1500], tickvals=[0, 500, 1000, 1500], tickformat=",", row=2, col=1)
        t3 = "Chart 3: Warrants by purpose, 2017"
        sl = [("Serious crime", S("65.22%", W_ISS + ".share", "serious_crime", "2017")),
              ("National security", S("34.5%", W_ISS + ".share", "national_security", "2017"))]
        sts = [_chart(F, n, ph, t3, lab) for lab, ph in sl]
        fig.add_trace(go.Pie(labels=[lab for lab, _ in sl], values=[st.value for st in sts],
                             text=[st.printed for st in sts], textinfo="label+text", texttemplate="%{label}<br>%{text}",
                             textposition="outside", hole=0.0, sort=False, direction="clockwise",
                             marker={"colors": ["#0b5563", "#8fc1c9"]}, textfont={"size": 9.5},
                             domain={"x": [0.25, 0.75]}), row=3, col=1)
        _pl_layout(fig)
        lines = _prose(F, n, "In 2017 ministers and judicial commissioners approved " +
                       S("3,535", W_ISS, "total", "2017") + " interception warrants: " +
                       S("2,306", W_ISS, "serious_crime", "2017") + " to fight serious crime and " +
                       S("1,219", W_ISS, "national_security", "2017") + " in the interests of national security.", 100)
        _pl_text(fig, 0.0, 1.06, ["THE LANTERN \u00b7 EXPLAINED \u00b7 17 June 2019 \u00b7 Charts 1" + EN + "3"],
                 8, colour="#777")
        _pl_title(fig, "yaxis", t1)
        _pl_title(fig, "yaxis2", t2)
        _pl_title(fig, "pie", t3)
        _pl_text(fig, 0.0, -0.035, lines, 9)
        _pl_text(fig, 0.0, -0.11, ["Source: Commissioners" + RSQ + " annual reports. Chart 1 shows the nine months "
                                    "from April 2006 as the first period. Graphics desk ref. GX-1193."], 7.5,
                 colour="#666", italic=True)
        return fig

    def page2(n):
        fig = make_subplots(rows=3, cols=1, row_heights=[0.34, 0.33, 0.33], vertical_spacing=0.1,
                            specs=[[{"type": "xy"}], [{"type": "domain"}], [{"type": "xy"}]])
        t4 = "Chart 4: Change in warrants issued on the year before"
        ch = [("2012", S("+16%", W_ISS + ".change", "total", "2012", value=16)),
              ("2013", S("-19%", W_ISS + ".change", "total", "2013", value=-19)),
              ("2015", S("+9%", W_ISS + ".change", "total", "2015", value=9)),
              ("2017", S("+17.5%", W_ISS + ".change", "total", "2017", value=17.5))]
        sts = [_chart(F, n, ph, t4, lab) for lab, ph in ch]
        fig.add_trace(go.Bar(x=[lab for lab, _ in ch], y=[st.value for st in sts], text=[st.printed for st in sts],
                             textposition="outside", cliponaxis=False, textfont={"size": 9.5},
                             marker_color=["#0b5563" if st.value > 0 else "#b5462f" for st in sts]), row=1, col=1)
        fig.update_xaxes(type="category", row=1, col=1)
        fig.update_yaxes(range=[-25, 25], tickvals=[-20, -10, 0, 10, 20], ticksuffix="%", zeroline=True,
                         zerolinecolor="#444", row=1, col=1)
        t5 = "Chart 5: Council communications data by type, 2019"
        T = "cd.items.comms_type"
        sl = [("Telephony", S("1,191", T, "telephony", "2019")), ("Internet", S("164", T, "internet", "2019")),
              ("Postal", S("24", T, "postal", "2019"))]
        sts = [_chart(F, n, ph, t5, lab) for lab, ph in sl]
        fig.add_trace(go.Pie(labels=[lab for lab, _ in sl], values=[st.value for st in sts],
                             text=[st.printed for st in sts], texttemplate="%{label}: %{text}", textposition="outside",
                             hole=0.5, sort=False, rotation=200, marker={"colors": ["#0b5563", "#8fc1c9", "#e3b448"]},
                             textfont={"size": 9.5}, domain={"x": [0.25, 0.75]}), row=2, col=1)
        t6 = "Chart 6: Interception warrants approved urgently (% of warrants)"
        U = "interception.warrants.urgent.share"
        bars = [("2015", S("2.5%", U, "", "2015")), ("2016", S("2.2%", U, "", "2016")),
                ("2018 (law enforcement)", S("8%", U, "", "2018"))]
        sts = [_chart(F, n, ph, t6, lab) for lab, ph in bars]
        fig.add_trace(go.Bar(y=[lab for lab, _ in bars], x=[st.value for st in sts], orientation="h",
                             text=[st.printed for st in sts], textposition="outside", cliponaxis=False,
                             marker_color="#8fc1c9", textfont={"size": 9.5}), row=3, col=1)
        fig.update_yaxes(autorange="reversed", gridcolor="white", row=3, col=1)
        fig.update_xaxes(range=[0, 10], tickvals=[0, 2, 4, 6, 8, 10], ticksuffix="%", row=3, col=1)
        _pl_layout(fig)
        lines = _prose(F, n, "Under the new counting, " + S("200,665", "cd.requests.approved", "", "2019") +
                       " requests for communications data were approved in 2019. By 2023 the total number of "
                       "authorisations across all powers was just under " +
                       S("360,000", "authorisations.all_powers", "", "2023", q="under") + ".", 100)
        _pl_text(fig, 0.0, 1.06, ["THE LANTERN \u00b7 EXPLAINED \u00b7 17 June 2019 \u00b7 Charts 4" + EN + "6"],
                 8, colour="#777")
        _pl_title(fig, "yaxis", t4)
        _pl_title(fig, "pie", t5)
        _pl_title(fig, "yaxis2", t6)
        _pl_text(fig, 0.0, -0.035, lines, 9)
        _pl_text(fig, 0.0, -0.11, ["Years with no published change are left out of Chart 4. Updated 02/02/2024 "
                                   "(correction 3)."], 7.5, colour="#666", italic=True)
        return fig

    return Doc(F, "Explained: how often are phones tapped? (charts)", "The Lantern (corpus imitation)",
               "News explainer charts", "plotly+kaleido", "", [Page(blocks=[Build(page1)]),
                                                               Page(blocks=[Build(page2)])],
               date=(2019, 6, 17), part=PART)


# =============================================================================================
# 6. A charity's one-page infographic (WeasyPrint, DejaVu Sans): two charts side by side in each
#    row, CSS bars with the value at the bar end, columns with values on top including a zero,
#    a two-part stacked bar, figures in short captions

def _ibars(fname, n, title, rows, vmax, width=120):
    out = []
    for lab, ph in rows:
        st = _chart(fname, n, ph, title, lab)
        out.append(f'<div class="row"><div class="l">{esc(lab)}</div><div class="b" style="width:'
                   f'{max(1.5, width * st.value / vmax):.1f}pt"></div><div class="v">{esc(st.printed)}</div></div>')
    return "".join(out)


def doc_infographic() -> Doc:
    _start()
    F = "infographic-who-is-watched-digital-dignity-trust-2021.pdf"

    def page1(n):
        P = "cd.items.person_type.share"
        t1 = "Whose data was obtained? (2015, % of items)"
        c1 = _ibars(F, n, t1, [("Suspects", S("63.6%", P, "suspect", "2015")),
                               ("Associates", S("9.1%", P, "associate", "2015")),
                               ("National security", S("6.4%", P, "national_security_person", "2015")),
                               ("Other relevant", S("6.2%", P, "other_relevant_person", "2015")),
                               ("Vulnerable people", S("3.9%", P, "vulnerable_person", "2015")),
                               ("Witnesses", S("1.6%", P, "witness", "2015")),
                               ("Next of kin", S("0.2%", P, "next_of_kin", "2015"))], 70)
        t2 = "Errors found to be serious"
        c2 = _cols(F, n, t2, [("2018", S("8", "errors.serious.determined", "total", "2018")),
                              ("2019", S("14", "errors.serious.determined", "total", "2019")),
                              ("2021", S("0", "errors.serious.determined", "total", "2021"))], 16, height=70,
                   cls="colset")
        t3 = "Who made the errors? (2013)"
        E = "cd.errors.share"
        pa = _chart(F, n, S("87.5%", E, "public_authorities", "2013"), t3, "Public authorities")
        cs = _chart(F, n, S("12.5%", E, "csp", "2013"), t3, "Phone and internet companies")
        stack = (f'<div style="display:flex;height:16pt;margin:4pt 0"><div style="width:87.5%;background:#2b2140;'
                 f'color:white;font-size:8pt;line-height:16pt;padding-left:4pt">Public authorities {pa.printed}</div>'
                 f'<div style="width:12.5%;background:#d08c3c;color:white;font-size:8pt;line-height:16pt;'
                 f'text-align:center">{cs.printed}</div></div><div style="font-size:7.5pt;text-align:right">'
                 f'orange: phone and internet companies</div>')
        t4 = "Interception warrants examined at inspection"
        X = "interception.warrants.examined"
        c4 = _cols(F, n, t4, [("2013", S("600", X, "", "2013")), ("2015", S("1,148", X, "", "2015")),
                              ("2016", S("970", X, "", "2016"))], 1200, height=70, cls="colset")
        p1 = _wp(F, n, "Requests for communications data passed half a million a year long ago: there were " +
                 S("519,260", "cd.requests", "total", "2007") + " in 2007. Local councils made " +
                 S("1,694", "cd.requests", "local_authorities", "2006-04/2006-12") + " of the requests in the nine "
                 "months to December 2006, and other public authorities " +
                 S("2,379", "cd.requests", "other_public_authorities", "2012") + " in 2012.")
        p2 = _wp(F, n, "Applications to identify a journalist" + RSQ + "s source: " +
                 S("15", "cd.applications.journalistic_source", "", "2019") + " in 2019 and " +
                 S("106", "cd.applications.journalistic_source", "", "2024") + " in 2024.")
        t5 = "Interception errors reported"
        c5 = _cols(F, n, t5, [("2013", S("57", "interception.errors", "", "2013")),
                              ("2014", S("60", "interception.errors", "", "2014")),
                              ("2015", S("62", "interception.errors", "", "2015")),
                              ("2018", S("13", "interception.errors", "", "2018")),
                              ("2019", S("24", "interception.errors", "", "2019"))], 70, height=70, cls="colset")
        t6 = "Sensitive professions, 2024 (applications)"
        c6 = _ibars(F, n, t6, [("Lawyers", S("219", SP, "lawyer", "2024")),
                               ("Journalists", S("157", SP, "journalist", "2024"))], 250)
        g.REGIONS[(F, n)] = [(0, 0, 297.6, 841.8), (297.6, 0, 595.2, 841.8)]   # the two columns of boxes
        return (f'<div class="top"><div class="t">Who is watched, and how often?</div><div class="s">Digital '
                f'Dignity Trust \u00b7 Infographic 3 of 5 \u00b7 Registered charity no. 1187734</div></div>'
                f'<div class="grid"><div><h3>{esc(t1)}</h3>{c1}</div><div><h3>{esc(t2)}</h3>{c2}'
                f'<p style="font-size:7.5pt">A serious error is one that caused significant prejudice or harm '
                f'(section 231(2) of the Investigatory Powers Act 2016).</p></div></div>'
                f'<div class="grid"><div><h3>{esc(t3)}</h3>{stack}<p>{p1}</p></div>'
                f'<div><h3>{esc(t4)}</h3>{c4}<p>{p2}</p></div></div>'
                f'<div class="grid"><div><h3>{esc(t5)}</h3>{c5}<p style="font-size:7.5pt">From 2018 only relevant '
                f'errors are counted (Note 2).</p></div><div><h3>{esc(t6)}</h3>{c6}</div></div>'
                f'<div class="foot">Sources: IOCCO Annual Reports 2013 (section 3), 2015 (Figure 10) and 2016; IPC '
                f'Annual Reports 2018, 2019, 2021 and 2024; IOCCO reports for 2006, 2007 and 2012. Design: studio '
                f'brief 21-044, printed 03/2021. 1/1</div>')

    return Doc(F, "Who is watched, and how often? (infographic 3 of 5)", "Digital Dignity Trust (corpus imitation)",
               "Charity infographic", "weasyprint", "", [Page(blocks=[Build(page1)])], date=(2021, 3, 15), part=PART,
               style="infographic")


def dev12_builders() -> list:
    return [doc_portal_export, doc_stats_note, doc_pygal_briefing, doc_panel_pack,
            doc_plotly_explainer, doc_infographic]


def main() -> int:
    """Render this part only: its PDFs, its gold.csv and the self-check on its pages."""
    return g.render_part(PART)


if __name__ == "__main__":
    sys.exit(main())
