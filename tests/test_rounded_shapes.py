"""Rounded shapes: a browser prints an SVG bar with rounded corners (rx), a CSS box with
border-radius and a legend's dot as filled paths, not rectangles, and flattens their
corners into short segments. Bars, legend keys and panels are read from such paths as from
rectangles; a pie slice, whose arc and centre lie inside its box, is none of them."""
from __future__ import annotations

import math
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.bars import boxes
from pipeline.extract import extract_document

H = A4[1]
WARRANTS = [("2012", 3372), ("2013", 2760), ("2014", 2795), ("2015", 3059), ("2016", 3007), ("2017", 3535)]


def _flat_round_rect(c, x, y, w, h, r, steps=4):
    """A filled rectangle whose corners are arcs flattened into `steps` segments each."""
    p = c.beginPath()
    corners = [(x + w - r, y + h - r, 0), (x + r, y + h - r, 90), (x + r, y + r, 180), (x + w - r, y + r, 270)]
    first = True
    for cx, cy, start in corners:
        for k in range(steps + 1):
            a = math.radians(start + 90 * k / steps)
            px, py = cx + r * math.cos(a), cy + r * math.sin(a)
            if first:
                p.moveTo(px, py)
                first = False
            else:
                p.lineTo(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def _chart(path: Path, bar) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 70, "Interception warrants issued, 2012 to 2017")
    base = H - 300
    for i, (year, v) in enumerate(WARRANTS):
        x, h = 80 + 60 * i, v * 0.05
        c.setFillColorRGB(0.12, 0.3, 0.47)
        bar(c, x, base, 40, h)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9)
        c.drawCentredString(x + 20, base + h + 5, f"{v:,}")
        c.drawCentredString(x + 20, base - 14, year)
    c.drawString(60, base - 40, "Figure 2: Interception warrants issued per year.")
    c.save()
    return path


def test_bars_with_rounded_corners_are_read(tmp_path):
    want = [(y, f"{v:,}", "") for y, v in WARRANTS]
    for name, bar in (("bezier", lambda c, x, y, w, h: c.roundRect(x, y, w, h, 5, stroke=0, fill=1)),
                      ("flattened", lambda c, x, y, w, h: _flat_round_rect(c, x, y, w, h, 5))):
        page = extract_document(_chart(tmp_path / f"{name}.pdf", bar), tmp_path).pages[0]
        assert [[(b.label, b.value, b.series) for b in ch.bars] for ch in page.charts] == [want], name
        assert not page.tables   # the values no longer read as a table of figures


def test_a_pie_slice_is_no_box(tmp_path):
    path = tmp_path / "pie.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    start = 90.0
    for share in (65, 34, 1):
        c.wedge(200, H - 400, 400, H - 200, start, 360 * share / 100, stroke=0, fill=1)
        start += 360 * share / 100
    _flat_round_rect(c, 60, H - 600, 120, 40, 6)
    c.save()
    with pdfplumber.open(path) as pdf:
        found = boxes(pdf.pages[0])
    assert [(round(b["x0"]), round(b["x1"])) for b in found] == [(60, 180)]


def test_round_legend_keys_name_the_series(tmp_path):
    """Grouped columns whose legend keys are dots: each column takes its series."""
    path = tmp_path / "grouped.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, H - 70, "Figure 6: Communications data errors by responsible party")
    base = H - 300
    colours = {"2018": (0.12, 0.47, 0.71), "2019": (1.0, 0.5, 0.05)}
    data = [("Applicant", 360, 434), ("SPoC", 381, 477), ("CSP", 140, 149)]
    for i, (party, a, b) in enumerate(data):
        for k, (year, v) in enumerate((("2018", a), ("2019", b))):
            x = 80 + 110 * i + 40 * k
            c.setFillColorRGB(*colours[year])
            c.rect(x, base, 36, v * 0.4, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 9)
            c.drawCentredString(x + 18, base + v * 0.4 + 4, str(v))
        c.drawCentredString(80 + 110 * i + 38, base - 14, party)
    for k, year in enumerate(colours):
        c.setFillColorRGB(*colours[year])
        c.circle(420, H - 100 - 14 * k, 3.5, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(428, H - 103 - 14 * k, year)
    c.save()
    page = extract_document(path, tmp_path).pages[0]
    assert [[(b.label, b.value, b.series) for b in ch.bars] for ch in page.charts] == [[
        ("Applicant", "360", "2018"), ("Applicant", "434", "2019"), ("SPoC", "381", "2018"),
        ("SPoC", "477", "2019"), ("CSP", "140", "2018"), ("CSP", "149", "2019")]]


# ---------------------------------------------------------------------------
# Bars labelled inside, lines told apart by colour (other chart styles a browser prints)

PARTIES = [("Single point of contact", 477), ("Applicant", 434), ("CSP", 149), ("Designated person", 22)]


def _inside_labels(path: Path, values=None) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, H - 60, "Figure 4: Communications data errors by responsible party, 2019")
    for i, (party, v) in enumerate(PARTIES):
        top, w = 80 + 30 * i, (values or {}).get(party, v) * 0.6
        c.setFillColorRGB(0.2, 0.2, 0.33)
        c.rect(40, H - top - 22, w, 22, stroke=0, fill=1)
        c.setFont("Helvetica", 9)
        if w > 100:   # the label inside the bar, white, the value after it
            c.setFillColorRGB(1, 1, 1)
            c.drawString(46, H - top - 14, party)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(40 + w + 5, H - top - 14, str(v))
        else:         # too short for its label: label, then value, after the bar
            c.setFillColorRGB(0, 0, 0)
            c.drawString(40 + w + 5, H - top - 14, f"{party} {v}")
    c.save()
    return path


def test_bars_labelled_inside(tmp_path):
    page = extract_document(_inside_labels(tmp_path / "inside.pdf"), tmp_path).pages[0]
    assert [[(b.label, b.value) for b in ch.bars] for ch in page.charts] == [[(p, str(v)) for p, v in PARTIES]]


def test_bars_labelled_inside_whose_lengths_disagree_are_no_chart(tmp_path):
    """Shaded boxes holding a name, a figure after each: a chart only when the lengths rank
    as the figures do."""
    path = _inside_labels(tmp_path / "boxes.pdf", values={"Single point of contact": 300, "Applicant": 560})
    page = extract_document(path, tmp_path).pages[0]
    assert page.charts == []


def test_two_lines_named_by_the_legend(tmp_path, rec):
    path = tmp_path / "lines.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, H - 60, "Figure 5: Interception errors and serious errors, 2013 to 2015")
    series = {"Interception errors": ((0.8, 0.2, 0.2), [57, 60, 62], -12),
              "Serious errors": ((0.2, 0.4, 0.8), [7, 5, 9], 8)}
    c.setFont("Helvetica", 9)
    for k, (name, (rgb, values, dy)) in enumerate(series.items()):
        pts = [(80 + 120 * i, H - 300 + v * 2) for i, v in enumerate(values)]
        c.setStrokeColorRGB(*rgb)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        c.drawPath(p, stroke=1, fill=0)
        c.setFillColorRGB(0, 0, 0)
        for (x, y), v in zip(pts, values):
            c.drawCentredString(x, y - dy, str(v))
        c.setFillColorRGB(*rgb)
        c.rect(400, H - 90 - 14 * k, 8, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(412, H - 89 - 14 * k, name)
    for i, year in enumerate(("2013", "2014", "2015")):
        c.drawCentredString(80 + 120 * i, H - 300 - 20, year)
    c.save()
    doc = extract_document(path, tmp_path)
    assert sorted([(b.label, b.value, b.series) for ch in doc.pages[0].charts for b in ch.bars]) == sorted(
        [(y, str(v), name) for name, (_, values, _) in series.items() for y, v in zip(("2013", "2014", "2015"), values)])
    got = {(o.metric, o.period, o.value) for o in rec.recognize_document(doc)}
    assert {("interception.errors", "2014", 60), ("errors.serious.determined", "2015", 9)} <= got


def test_lines_drawn_as_segments_with_dots_and_line_keys(tmp_path, rec):
    """reportlab's line plots: each line drawn as separate segments with a dot at each
    point (a year without a figure leaves a gap), the legend's keys short strokes in the
    lines' colours, a name wrapped under itself."""
    path = tmp_path / "segments.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, H - 60, "Figure 3.2 Interception warrants issued and communications data errors, 2012 to 2017")
    years = ["2012", "2013", "2014", "2015", "2016", "2017"]
    series = {("Interception warrants", "issued"): ((0.18, 0.36, 0.31), [3372, 2760, 2795, 3059, 3007, 3535]),
              ("Communications data", "errors"): ((0.75, 0.38, 0.17), [979, 970, None, 1199, 1101, 926])}
    c.setFont("Helvetica", 8)
    for k, ((name1, name2), (rgb, values)) in enumerate(series.items()):
        pts = [(130 + 55 * i, H - 420 + v * 0.05) if v is not None else None for i, v in enumerate(values)]
        c.setStrokeColorRGB(*rgb)
        c.setFillColorRGB(*rgb)
        for a, b in zip(pts, pts[1:]):
            if a and b:
                c.line(a[0], a[1], b[0], b[1])
        for pt in pts:
            if pt:
                c.circle(pt[0], pt[1], 2.2, stroke=0, fill=1)
        c.line(440, H - 100 - 30 * k, 454, H - 100 - 30 * k)
        c.setFillColorRGB(0, 0, 0)
        for pt, v in zip(pts, values):
            if pt:
                c.drawCentredString(pt[0], pt[1] + 5, f"{v:,}")
        c.drawString(458, H - 103 - 30 * k, name1)
        c.drawString(458, H - 113 - 30 * k, name2)
    for i, y in enumerate(years):
        c.drawCentredString(130 + 55 * i, H - 440, y)
    c.save()
    doc = extract_document(path, tmp_path)
    lines = {ch.bars[0].series: [(b.label, b.value) for b in ch.bars] for ch in doc.pages[0].charts}
    assert lines == {"Interception warrants issued": [(y, f"{v:,}") for y, v in zip(years, series[("Interception warrants", "issued")][1])],
                     "Communications data errors": [(y, f"{v:,}") for y, v in zip(years, series[("Communications data", "errors")][1]) if v]}
    got = {(o.metric, o.period, o.value) for o in rec.recognize_document(doc)}
    assert {("interception.warrants.issued", "2013", 2760), ("cd.errors", "2015", 1199)} <= got


def test_category_labels_set_at_a_slant(tmp_path, rec):
    """Long category names turned 35 degrees under their columns, each ending under its
    column: one label each, read whole (level, they come out a letter or two a word); a
    diagonal watermark joins no lines of the text."""
    parts = [("Medical doctors", 498), ("Ministers of religion", 272), ("Lawyers", 234), ("Journalists", 203),
             ("Members of Parliament", 113)]
    path = tmp_path / "slanted.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, H - 60, "Figure 3.1 Communications data applications about sensitive professions, 2018")
    base = H - 300
    for i, (name, v) in enumerate(parts):
        x = 120 + 60 * i
        c.setFillColorRGB(0.2, 0.3, 0.5)
        c.rect(x, base, 36, v * 0.35, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 8)
        c.drawCentredString(x + 18, base + v * 0.35 + 4, str(v))
        c.saveState()
        c.translate(x + 22, base - 10)
        c.rotate(35)
        c.drawRightString(0, 0, name)
        c.restoreState()
    c.setFont("Helvetica", 9)
    for i in range(6):
        c.drawString(60, H - 420 - 12 * i, f"Paragraph line {i + 1} of the text under the chart, in prose.")
    c.saveState()
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.setFont("Helvetica-Bold", 60)
    c.translate(150, H - 560)
    c.rotate(30)
    c.drawString(0, 0, "DRAFT")
    c.restoreState()
    c.save()
    doc = extract_document(path, tmp_path)
    page = doc.pages[0]
    assert [[(b.label, b.value) for b in ch.bars] for ch in page.charts] == [[(n, str(v)) for n, v in parts]]
    assert " ".join(f"Paragraph line {i + 1} of the text under the chart, in prose." for i in range(6)) in \
        [b.text for b in page.blocks]
    got = {(o.metric, o.category, o.value) for o in rec.recognize_document(doc)}
    assert ("cd.applications.sensitive_profession", "minister_of_religion", 272) in got


def test_caption_between_two_charts_heads_the_one_under_it(tmp_path, rec):
    """Captions set above their charts: the caption under the first chart is the second
    one's, though it lies nearer the first."""
    path = tmp_path / "two-charts.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    # the first chart's caption a little further above it than the second's is below it
    charts = [("Figure 3.3 Interception warrants issued, 2014 to 2017", 110, 270,
               [("2014", 2795), ("2015", 3059), ("2016", 3007), ("2017", 3535)], 0.03),
              ("Figure 3.4 Communications data errors, 2014 to 2017", 318, 458,
               [("2014", 1000), ("2015", 1199), ("2016", 1101), ("2017", 926)], 0.08)]
    for caption, top, base_top, bars, scale in charts:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, H - top, caption)
        base = H - base_top
        for i, (year, v) in enumerate(bars):
            x = 90 + 60 * i
            c.setFillColorRGB(0.2, 0.3, 0.5)
            c.rect(x, base, 36, v * scale, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 8)
            c.drawCentredString(x + 18, base + v * scale + 4, f"{v:,}")
            c.drawCentredString(x + 18, base - 12, year)
    c.save()
    got = {(o.metric, o.period, o.value) for o in rec.recognize_document(extract_document(path, tmp_path))
           if o.method == "chart"}
    assert {("interception.warrants.issued", "2015", 3059), ("cd.errors", "2015", 1199)} <= got
    assert not any(m == "cd.errors" and v == 3059 for m, _, v in got)
