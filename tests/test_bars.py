"""Vector bar charts: value labels tied to their bars, axis ticks set aside (a real PDF)."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract import extract_document
from pipeline.recognize import Recognizer

H = A4[1]
VALUES = {"2012": 3372, "2013": 2760, "2014": 2795, "2015": 3059, "2016": 3007, "2017": 3535}


@pytest.fixture(scope="module")
def chart_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bars") / "chart.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, H - 72, "Interception warrants")
    base, scale = H - 300, 0.05  # baseline 300 pt down the page; 4,000 warrants = 200 pt
    for i, tick in enumerate(range(0, 4001, 500)):  # axis ticks: numbers, not statistics
        c.drawRightString(100, base + tick * scale - 3, f"{tick:,}")
    for i, (year, value) in enumerate(VALUES.items()):
        x = 120 + i * 40
        c.setFillColorRGB(0.3, 0.4, 0.7)
        c.rect(x, base, 25, value * scale, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(x + 12.5, base + value * scale + 3, f"{value:,}")
        c.drawCentredString(x + 12.5, base - 14, year)
    c.drawString(72, base - 40, "Figure 3: Interception warrants issued, 2012 to 2017")
    c.showPage()
    c.save()
    return path


def test_bars_carry_their_values_and_labels(chart_pdf):
    page = extract_document(chart_pdf, chart_pdf.parent).pages[0]
    assert len(page.charts) == 1
    chart = page.charts[0]
    assert [(b.label, b.value) for b in chart.bars] == [(y, f"{v:,}") for y, v in VALUES.items()]
    # ticks and bar labels are gone from the text: no "3,500" or "2012" paragraph left
    text = " ".join(b.text for b in page.blocks)
    assert "3,500" not in text and "2,000" not in text and "3,372" not in text
    assert "Figure 3" in text


def test_chart_observations_take_the_period_from_the_bar_label(chart_pdf):
    doc = extract_document(chart_pdf, chart_pdf.parent)
    obs = Recognizer().recognize_document(doc)
    got = {(o.metric, o.period, o.value, o.method) for o in obs}
    assert got == {("interception.warrants.issued", y, float(v), "chart") for y, v in VALUES.items()}
    assert all(o.bbox and o.quote for o in obs)


ITEMS = {"2015": 761_702, "2016": 754_559, "2017": 757_977, "2018": 808_214}


@pytest.fixture(scope="module")
def line_chart_pdf(tmp_path_factory) -> Path:
    """A line chart as reports draw it: a polyline with a marker and a value at each point,
    years under the plot, ticks beside the value axis, the caption above."""
    path = tmp_path_factory.mktemp("line") / "line.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, H - 110, "Chart 2: Items of communications data obtained, 2015 to 2018")
    base, lo, scale = H - 420, 700_000, 0.002   # 700,000 at the axis, 1 pt per 500 items
    for tick in range(700_000, 825_001, 25_000):
        c.drawRightString(100, base + (tick - lo) * scale - 3, f"{tick:,}")
    pts = [(130 + 70 * i, base + (v - lo) * scale) for i, v in enumerate(ITEMS.values())]
    path_ = c.beginPath()
    path_.moveTo(*pts[0])
    for p in pts[1:]:
        path_.lineTo(*p)
    c.setStrokeColorRGB(0.2, 0.3, 0.6)
    c.drawPath(path_, stroke=1, fill=0)
    for (x, y), (year, v) in zip(pts, ITEMS.items()):
        c.circle(x, y, 2.5, stroke=0, fill=1)
        c.drawCentredString(x, y + 6, f"{v:,}")
        c.drawCentredString(x, base - 16, year)
    c.drawString(72, base - 50, "Source: IOCCO and IPCO annual reports.")
    c.showPage()
    c.save()
    return path


def test_line_chart_points_carry_their_values_and_years(line_chart_pdf):
    page = extract_document(line_chart_pdf, line_chart_pdf.parent).pages[0]
    assert [(c.kind, [(b.label, b.value) for b in c.bars]) for c in page.charts] == \
        [("line", [(y, f"{v:,}") for y, v in ITEMS.items()])]
    text = " ".join(b.text for b in page.blocks)
    assert "775,000" not in text and "700,000" not in text and "2016" not in text   # ticks, labels
    assert "Chart 2" in text and "Source" in text
    assert [b.kind for b in page.blocks if b.text.startswith("Chart 2")] == ["caption"]
    obs = Recognizer().recognize_document(extract_document(line_chart_pdf, line_chart_pdf.parent))
    assert {(o.metric, o.period, o.value, o.method) for o in obs} == \
        {("cd.items", y, float(v), "chart") for y, v in ITEMS.items()}


SHARES = {("SPoC", "2012"): 47, ("SPoC", "2016"): 43.5, ("Applicant", "2012"): 26,
          ("Applicant", "2016"): 39.4, ("DP", "2012"): 5, ("DP", "2016"): 2.9}


@pytest.fixture(scope="module")
def grouped_pdf(tmp_path_factory) -> Path:
    """Horizontal bars in two colours, one pair per party, and a legend naming the colours
    by year, with a short bar whose value sits beside it like a legend label would."""
    path = tmp_path_factory.mktemp("grouped") / "grouped.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, H - 110, "Figure 4: Communications data errors by responsible party, 2012 and 2016 (%)")
    colours = {"2012": (0.0, 0.37, 0.65), "2016": (0.96, 0.47, 0.22)}
    y = H - 140
    for party in ("SPoC", "Applicant", "DP"):
        c.setFillColorRGB(0, 0, 0)
        c.drawString(72, y - 13, party)   # centred on its pair of bars
        for year in ("2012", "2016"):
            v = SHARES[(party, year)]
            c.setFillColorRGB(*colours[year])
            c.rect(160, y - 8, v * 3, 8, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(160 + v * 3 + 4, y - 7, f"{v:g}%")
            y -= 12
        y -= 6
    for i, (year, rgb) in enumerate(colours.items()):   # the legend
        c.setFillColorRGB(*rgb)
        c.rect(72 + 60 * i, y - 12, 8, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(84 + 60 * i, y - 11, year)
    c.showPage()
    c.save()
    return path


def test_grouped_bars_take_their_series_from_the_legend(grouped_pdf):
    page = extract_document(grouped_pdf, grouped_pdf.parent).pages[0]
    [chart] = page.charts
    assert [(b.label, b.series, b.value) for b in chart.bars] == \
        [(party, year, f"{v:g}%") for (party, year), v in SHARES.items()]
    assert "2012 2016" not in " ".join(b.text for b in page.blocks)   # the legend is the chart's
    obs = Recognizer().recognize_document(extract_document(grouped_pdf, grouped_pdf.parent))
    assert {(o.metric, o.category, o.period, o.value, o.unit) for o in obs} == \
        {("cd.errors.share", {"SPoC": "spoc", "Applicant": "applicant", "DP": "designated_person"}[p],
          y, float(v), "percent") for (p, y), v in SHARES.items()}
