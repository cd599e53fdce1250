"""Pie charts (third development part): filled slices about one centre, each named by a label
round it or by a legend of colour keys, read only when every value agrees with its slice's
angle. Each drawn here in a small real PDF, with reportlab's canvas and reportlab.graphics."""
from __future__ import annotations

import math
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract import extract_document
from pipeline.recognize import Recognizer

H = A4[1]


def _page(path: Path):
    return extract_document(path, path.parent).pages[0]


def _text(page) -> str:
    return " ".join(b.text for b in page.blocks)


SHARES = {"Serious crime": 68, "National security": 31, "Combination": 1}


def _pie_pdf(path: Path, labels: dict[str, str | list[str]], order=SHARES, centre_drop: float = 170,
             caption_gap: float = 30) -> Path:
    """Slices drawn as wedges from twelve o'clock clockwise, each label set outside its
    slice's middle: left of the centre right-aligned, right of it left-aligned. A label is a
    line, or a list of lines set one under the other about the slice's middle."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)
    c.drawString(62, H - 80, "Figure 1: Interception warrants by statutory purpose, 2014")
    cx, cy, r = 220, H - centre_drop, 45
    start = 90.0
    for k, (name, share) in enumerate(order.items()):
        extent = -360.0 * share / 100
        c.setFillColorRGB(0.2 + 0.25 * k, 0.3 + 0.2 * k, 0.35 + 0.2 * k)
        c.wedge(cx - r, cy - r, cx + r, cy + r, start, extent, stroke=0, fill=1)
        mid = math.radians(start + extent / 2)
        lx, ly = cx + (r + 8) * math.cos(mid), cy + (r + 8) * math.sin(mid)
        c.setFillColorRGB(0, 0, 0)
        lines = [labels[name]] if isinstance(labels[name], str) else labels[name]
        for j, text in enumerate(lines):
            y = ly - 3 + 5.5 * (len(lines) - 1) - 11 * j
            (c.drawRightString if lx < cx - 1 else c.drawString)(lx, y, text)
        start += extent
    c.drawString(62, cy - r - caption_gap, "Figure 1. Shares of the warrants issued in 2014.")
    c.showPage()
    c.save()
    return path


def test_pie_labelled_round_its_slices(tmp_path):
    path = _pie_pdf(tmp_path / "pie.pdf", {n: f"{n} {v}%" for n, v in SHARES.items()})
    page = _page(path)
    [chart] = page.charts
    assert chart.kind == "pie"
    assert sorted((b.label, b.value) for b in chart.bars) == sorted((n, f"{v}%") for n, v in SHARES.items())
    assert "68%" not in _text(page) and "Figure 1. Shares" in _text(page)
    obs = Recognizer().recognize_document(extract_document(path, path.parent))
    assert {(o.metric, o.category, o.period, o.value, o.unit) for o in obs if o.method == "chart"} == \
        {("interception.warrants.issued.share", {"Serious crime": "serious_crime", "National security":
          "national_security", "Combination": "combination"}[n], "2014", float(v), "percent")
         for n, v in SHARES.items()}


def test_pie_whose_labels_disagree_with_its_slices_is_not_read(tmp_path):
    """Labels printed against the wrong slices (or a drawing that is no pie of these shares)
    are left as text: a value is read only when its slice's angle agrees with it."""
    swapped = {"Serious crime": "Serious crime 31%", "National security": "National security 68%",
               "Combination": "Combination 1%"}
    page = _page(_pie_pdf(tmp_path / "bad.pdf", swapped))
    assert page.charts == []
    assert "Serious crime 31%" in _text(page)


def test_reportlab_graphics_pie_with_labels(tmp_path):
    path = tmp_path / "rlpie.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, H - 80, "Figure 5: Interception warrants by statutory purpose, 2015")
    d = Drawing(300, 220)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 80, 40, 140, 140
    pie.data = [65, 34, 1]
    pie.labels = ["Serious crime 65%", "National security 34%", "Combination 1%"]
    pie.slices.strokeColor = None
    d.add(pie)
    renderPDF.draw(d, c, 72, H - 330)
    c.showPage()
    c.save()
    [chart] = _page(path).charts
    assert (chart.kind, [(b.label, b.value) for b in chart.bars]) == \
        ("pie", [("Serious crime", "65%"), ("National security", "34%"), ("Combination", "1%")])


def test_pie_values_inside_slices_named_by_the_legend(tmp_path):
    """White counts inside the slices, the names in a legend of colour keys beside the pie;
    counts are checked against the slices' shares of the whole."""
    counts = {"Urgent": 210, "Routine": 2415}
    fills = {"Urgent": (0.8, 0.2, 0.1), "Routine": (0.1, 0.3, 0.6)}
    path = tmp_path / "legendpie.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)
    c.drawString(62, H - 80, "Figure 4: Interception warrants approved, 2018")
    cx, cy, r = 200, H - 180, 60
    start, total = 90.0, sum(counts.values())
    for name, v in counts.items():
        extent = -360.0 * v / total
        c.setFillColorRGB(*fills[name])
        c.wedge(cx - r, cy - r, cx + r, cy + r, start, extent, stroke=0, fill=1)
        mid = math.radians(start + extent / 2)
        c.setFillColorRGB(1, 1, 1)
        c.drawCentredString(cx + 0.6 * r * math.cos(mid), cy + 0.6 * r * math.sin(mid) - 3, f"{v:,}")
        start += extent
    for i, name in enumerate(counts):
        c.setFillColorRGB(*fills[name])
        c.rect(300, H - 150 - 16 * i, 8, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(312, H - 149 - 16 * i, name)
    c.showPage()
    c.save()
    page = _page(path)
    [chart] = page.charts
    assert sorted((b.label, b.value) for b in chart.bars) == sorted((n, f"{v:,}") for n, v in counts.items())
    assert "2,415" not in _text(page)
