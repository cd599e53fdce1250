"""Bar chart forms met in the third development part, each drawn here in a small real PDF:
bars with their values printed inside and their labels on a line above, columns with a gap
("n/a"), a reportlab.graphics bar chart with value labels; and shaded rows that are no bars."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract import extract_document
from pipeline.recognize import Recognizer

H = A4[1]
WARRANTS = {"2012": 3372, "2013": 2760, "2014": 2795, "2015": 3059, "2016": 3007, "2017": 3535}


def _page(path: Path):
    return extract_document(path, path.parent).pages[0]


def _text(page) -> str:
    return " ".join(b.text for b in page.blocks)


@pytest.fixture(scope="module")
def inside_bars_pdf(tmp_path_factory) -> Path:
    """A newspaper graphic: one bar per year, the year on a line of its own above the bar,
    the value in white inside the bar's end, no axis; a source line and a note under it."""
    path = tmp_path_factory.mktemp("inside") / "inside.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(62, H - 80, "Figure 2: Interception warrants issued, 2012 to 2017")
    y = H - 110
    for year, v in WARRANTS.items():
        c.setFillColorRGB(0, 0, 0)
        c.drawString(62, y - 8, year)
        length = v * 0.09
        c.setFillColorRGB(0.78, 0, 0)
        c.rect(62, y - 26, length, 15, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawRightString(62 + length - 4, y - 22, f"{v:,}")
        y -= 32
    c.setFillColorRGB(0, 0, 0)
    c.drawString(62, y - 8, "Source: IOCCO annual reports. Graphic: News Desk")
    c.drawString(62, y - 24, "Up 17.5% on 2016")
    c.showPage()
    c.save()
    return path


def test_bar_values_inside_the_bar_and_labels_above_it(inside_bars_pdf):
    page = _page(inside_bars_pdf)
    assert [(c.kind, [(b.label, b.value) for b in c.bars]) for c in page.charts] == \
        [("bar", [(y, f"{v:,}") for y, v in WARRANTS.items()])]
    text = _text(page)
    assert "3,372" not in text and "2013" not in text.replace("2012 to 2017", "")
    assert "Source: IOCCO annual reports" in text and "Up 17.5% on 2016" in text
    obs = Recognizer().recognize_document(extract_document(inside_bars_pdf, inside_bars_pdf.parent))
    assert {(o.metric, o.period, o.value) for o in obs if o.method == "chart"} == \
        {("interception.warrants.issued", y, float(v)) for y, v in WARRANTS.items()}


ERRORS = {"2012": 979, "2013": 970, "2014": None, "2015": 1199, "2016": 1101, "2017": 926}


@pytest.fixture(scope="module")
def gap_columns_pdf(tmp_path_factory) -> Path:
    """Columns with the value in white just inside each column's top, gridline ticks left
    of the plot, and a year with no figure: its slot holds only "n/a" on the baseline."""
    path = tmp_path_factory.mktemp("gap") / "gap.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(62, H - 80, "Figure 6: Communications data errors, 2012 to 2017")
    base, scale = H - 260, 0.12
    for tick in range(0, 1251, 250):
        c.drawRightString(92, base + tick * scale - 3, f"{tick:,}")
    for i, (year, v) in enumerate(ERRORS.items()):
        x = 102 + 34 * i
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(x + 10, base - 10, year)
        if v is None:
            c.drawCentredString(x + 10, base + 3, "n/a")
            continue
        c.setFillColorRGB(0, 0.35, 0.31)
        c.rect(x, base, 20, v * scale, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawCentredString(x + 10, base + v * scale - 9, f"{v:,}")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(62, base - 34, "No total was published for 2014.")
    c.showPage()
    c.save()
    return path


def test_column_values_inside_and_a_gap_slot(gap_columns_pdf):
    page = _page(gap_columns_pdf)
    assert [(c.kind, [(b.label, b.value) for b in c.bars]) for c in page.charts] == \
        [("column", [(y, f"{v:,}") for y, v in ERRORS.items() if v is not None])]
    blocks = [b.text for b in page.blocks]
    # the empty slot's year and marker are the chart's: no bare "2014" to date the text under it
    assert "2014" not in blocks and "n/a" not in " ".join(blocks)
    assert "No total was published for 2014." in blocks
    assert "1,250" not in " ".join(blocks) and "750" not in " ".join(blocks)   # ticks


def test_reportlab_graphics_bar_chart_with_value_labels(tmp_path):
    """reportlab.graphics' VerticalBarChart: bars, axis ticks and labels, each bar's value
    above it (barLabels)."""
    path = tmp_path / "rlbars.pdf"
    values = [1199, 1101, 926, 903, 1063]
    years = ["2015", "2016", "2017", "2018", "2019"]
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    d = Drawing(360, 200)
    ch = VerticalBarChart()
    ch.x, ch.y, ch.width, ch.height = 50, 30, 300, 140
    ch.data = [values]
    ch.categoryAxis.categoryNames = years
    ch.valueAxis.valueMin, ch.valueAxis.valueMax, ch.valueAxis.valueStep = 0, 1250, 250
    ch.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    ch.bars[0].fillColor = colors.HexColor("#4a6d8c")
    ch.bars[0].strokeColor = None
    ch.barLabelFormat = lambda v: f"{v:,.0f}"
    ch.barLabels.nudge = 7
    d.add(ch)
    renderPDF.draw(d, c, 62, H - 330)
    c.setFont("Helvetica", 9)
    c.drawString(62, H - 345, "Figure 3: Communications data errors reported, 2015 to 2019")
    c.showPage()
    c.save()
    page = _page(path)
    assert [(c.kind, [(b.label, b.value) for b in c.bars]) for c in page.charts] == \
        [("column", [(y, f"{v:,}") for y, v in zip(years, values)])]
    assert "1,250" not in _text(page) and "2017" not in _text(page).replace("2015 to 2019", "")


def test_shaded_rows_holding_their_labels_are_not_bars(tmp_path):
    """A table whose rows are shaded boxes of different widths, each holding a label and a
    figure: the figure sits inside the box's end as a bar's value would, but the box holds
    more text than its value, so it is no bar."""
    path = tmp_path / "shaded.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    y = H - 100
    for label, v, w in (("Directed surveillance", "6,237", 300), ("Property interference", "1,842", 260),
                        ("Intrusive surveillance", "248", 280)):
        c.setFillColorRGB(0.87, 0.89, 0.85)
        c.rect(62, y - 4, w, 16, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(66, y, label)
        c.drawRightString(62 + w - 4, y, v)
        y -= 20
    c.showPage()
    c.save()
    page = _page(path)
    assert page.charts == []
    assert "6,237" in " ".join(b.text for b in page.blocks) + " ".join(
        c.text for t in page.tables for row in t.rows for c in row if c)
