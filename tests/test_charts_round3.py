"""Chart forms of report-layouts.md section 4, each drawn here in a small real PDF: column
values detached from the columns (a row under the year labels, between the baseline and
them, or over the plot), stacked and 100% columns with their values inside the segments or
floating beside them among percentage ticks, and columns with axis ticks only."""
from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract import extract_document
from pipeline.recognize import Recognizer
from test_charts_dev3_pie import SHARES as PURPOSES, _pie_pdf  # the same pie, its labels a word a line

H = A4[1]
HEIGHTS = {"2013": 2760, "2014": 2795, "2015": 3059, "2016": 3007}


def _page(path: Path):
    return extract_document(path, path.parent).pages[0]


def _text(page) -> str:
    return " ".join(b.text for b in page.blocks)


def _kept(page) -> str:
    """The page's text and table cells: what the text flow keeps."""
    cells = [c.text for t in page.tables for row in t.rows for c in row if c]
    return " ".join([_text(page)] + cells)


def _read(page) -> list:
    return [(c.kind, [(b.label, b.value, b.series) for b in c.bars]) for c in page.charts]


def _columns(path: Path, where: str, printed: dict[str, str], heights=HEIGHTS) -> Path:
    """Columns on a baseline with ticks 0 ... 4000 left of the plot, the years under the
    columns and the values in a row of their own, centred on the columns, touching none."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)
    c.drawString(72, H - 80, "Figure 2 Total number of interception warrants issued 2013-2016")
    base, scale = H - 300, 0.05
    for t in range(0, 4001, 1000):
        c.drawRightString(100, base + t * scale - 3, str(t))
    for i, (year, h) in enumerate(heights.items()):
        x = 120 + i * 50
        c.setFillColorRGB(0.2, 0.3, 0.6)
        c.rect(x, base, 30, h * scale, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        value = printed.get(year)
        if where == "between":
            c.drawCentredString(x + 15, base - 24, year)
            if value:
                c.drawCentredString(x + 15, base - 11, value)
        else:
            c.drawCentredString(x + 15, base - 12, year)
            if value:
                c.drawCentredString(x + 15, base - 26 if where == "under" else base + 210, value)
    c.drawString(72, base - 60, "Source: IOCCO")
    c.showPage()
    c.save()
    return path


def test_values_in_a_row_under_the_year_labels(tmp_path):
    """IOCCO July 2016 Figure 2: the values 3059, 2760, 2795 mixed in with the year labels."""
    path = _columns(tmp_path / "under.pdf", "under", {y: str(v) for y, v in HEIGHTS.items()})
    page = _page(path)
    assert _read(page) == [("column", [(y, str(v), "") for y, v in HEIGHTS.items()])]
    text = _text(page)
    assert "3059" not in text and "2014" not in text.replace("2013-2016", "")
    assert "4000" not in text and "1000" not in text and "Source: IOCCO" in text
    obs = Recognizer().recognize_document(extract_document(path, path.parent))
    assert {(o.metric, o.period, o.value) for o in obs if o.method == "chart"} == \
        {("interception.warrants.issued", y, float(v)) for y, v in HEIGHTS.items()}


def test_values_in_a_row_between_the_baseline_and_the_years(tmp_path):
    page = _page(_columns(tmp_path / "between.pdf", "between", {y: str(v) for y, v in HEIGHTS.items()}))
    assert _read(page) == [("column", [(y, str(v), "") for y, v in HEIGHTS.items()])]


def test_values_in_a_row_over_the_plot(tmp_path):
    page = _page(_columns(tmp_path / "over.pdf", "over", {y: f"{v:,}" for y, v in HEIGHTS.items()}))
    assert _read(page) == [("column", [(y, f"{v:,}", "") for y, v in HEIGHTS.items()])]
    assert "3,059" not in _text(page)


def test_a_value_whose_rank_disagrees_with_its_column_is_not_assigned(tmp_path):
    heights = {"2012": 3372, "2013": 2760, "2014": 2795, "2015": 3059, "2016": 3007}
    printed = {"2012": "3372", "2013": "2795", "2014": "2760", "2015": "3059", "2016": "3007"}   # 2013/2014 swapped
    page = _page(_columns(tmp_path / "swap.pdf", "under", printed, heights))
    assert _read(page) == [("column", [("2012", "3372", ""), ("2015", "3059", ""), ("2016", "3007", "")])]
    assert "2795" in _kept(page) and "2760" in _kept(page)     # left to the text flow, not tied to a year
    # too few values in line with their columns: nothing read, the values stay in the text
    page = _page(_columns(tmp_path / "swap4.pdf", "under",
                          {"2013": "3059", "2014": "2795", "2015": "2760", "2016": "3007"}))
    assert page.charts == []
    assert "3059" in _kept(page) and "2760" in _kept(page)


def test_a_row_of_ticks_or_two_numbers_on_a_column_is_no_value_row(tmp_path):
    heights = {"2013": 1000, "2014": 2000, "2015": 3000, "2016": 3500}
    page = _page(_columns(tmp_path / "ticks.pdf", "under", {"2013": "500", "2014": "1000", "2015": "1500",
                                                            "2016": "2000"}, heights))
    assert page.charts == []
    # two numbers over one column: which is its value cannot be told
    path = tmp_path / "two.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)
    base = H - 300
    for i, (year, h) in enumerate(HEIGHTS.items()):
        x = 120 + i * 50
        c.setFillColorRGB(0.2, 0.3, 0.6)
        c.rect(x, base, 40, h * 0.05, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(x + 20, base - 12, year)
        c.drawString(x + 1, base - 26, str(h) if i != 1 else "27 95")
    c.showPage()
    c.save()
    assert _page(path).charts == []


def test_columns_with_axis_ticks_only_give_no_figures(tmp_path):
    """IPCO 2017 Figures 3-6: ticks 0 500 1,000 ..., the years under the columns, no values."""
    page = _page(_columns(tmp_path / "bare.pdf", "under", {}))
    assert page.charts == []
    text = _text(page)
    assert not any(t in text.split() for t in ("0", "1000", "2000", "3000", "4000"))
    assert "2013 2014 2015 2016" in text


SEGMENTS = {"Police": (2443, 564, 1604), "Agencies": (1510, 473, 2073), "Councils": (902, 1077, 624),
            "Other": (1302, 377, 824)}
KINDS = ["Subscriber", "Service use", "Traffic"]
FILLS = [(0.1, 0.3, 0.6), (0.9, 0.5, 0.2), (0.5, 0.5, 0.5)]


def _stacked(path: Path, inside: bool = True, legend: bool = True, names=KINDS) -> Path:
    """IPCO 2018 Figures 10 and 11: 100% stacked columns, percentage ticks 0% ... 100% left of
    the plot, each segment's count inside it (or beside it), a legend naming the colours."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(72, H - 80, "Figure 10: Items of data by type of authority")
    base = H - 320
    for t in range(0, 101, 10):
        c.drawRightString(100, base + t * 2 - 3, f"{t}%")
    for i, (name, segs) in enumerate(SEGMENTS.items()):
        x, y = 120 + i * 70, base
        for k, s in enumerate(segs):
            h = 200 * s / sum(segs)
            c.setFillColorRGB(*FILLS[k])
            c.rect(x, y, 40, h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            if inside:
                c.drawCentredString(x + 20, y + h / 2 - 3, f"{s:,}")
            else:
                c.drawString(x + 44, y + h / 2 - 3, f"{s:,}")
            y += h
        c.drawCentredString(x + 20, base - 12, name)
    if legend:
        for k, n in enumerate(names):
            c.setFillColorRGB(*FILLS[k])
            c.rect(120, base - 40 - 14 * k, 8, 8, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(132, base - 39 - 14 * k, n)
    c.showPage()
    c.save()
    return path


def test_stacked_columns_with_values_inside_their_segments(tmp_path):
    page = _page(_stacked(tmp_path / "stacked.pdf"))
    assert _read(page) == [("column", [(name, f"{s:,}", KINDS[k]) for name, segs in SEGMENTS.items()
                                       for k, s in enumerate(segs)])]
    text = _text(page)
    assert "%" not in text and "2,443" not in text and "Service use" not in text
    assert "Figure 10" in text


def test_stacked_values_floating_among_percentage_ticks_are_not_read(tmp_path):
    """Values beside the segments, or no legend to name the series: nothing is tied to a
    segment, the values stay in the text and no tick becomes a figure."""
    for name, kwargs in (("beside", {"inside": False}), ("nolegend", {"legend": False})):
        page = _page(_stacked(tmp_path / f"{name}.pdf", **kwargs))
        assert page.charts == []
        assert "%" not in _kept(page)
        assert "2,073" in _kept(page) and "1,077" in _kept(page)


def test_stacked_legend_entries_carrying_their_totals(tmp_path):
    """IPCO 2018: legend entries carry a figure in brackets ("Traffic data (678)") or after a
    dash; the series is the name, and the figure stays in the text."""
    names = ["Subscriber information (647)", "Service use – 87", "Traffic data (678)"]
    page = _page(_stacked(tmp_path / "totals.pdf", names=names))
    series = ["Subscriber information", "Service use", "Traffic data"]
    assert _read(page) == [("column", [(name, f"{s:,}", series[k]) for name, segs in SEGMENTS.items()
                                       for k, s in enumerate(segs)])]
    assert "647" in _kept(page) and "87" in _kept(page) and "678" in _kept(page)


BARS = {"Police forces": 412, "Law enforcement agencies": 97, "Local authorities": 186,
        "Other public authorities": 23}


def _bars(path: Path, printed: dict[str, str]) -> Path:
    """Horizontal bars, each named left of the axis, the values in a right-aligned column of
    their own well right of the longest bar, in line with the bars."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)
    c.drawString(72, H - 80, "Figure 8: Applications by type of public authority")
    y = H - 110
    for name, v in BARS.items():
        c.setFillColorRGB(0.2, 0.5, 0.3)
        c.rect(200, y - 14, v * 0.5, 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawRightString(195, y - 10, name)
        c.drawRightString(520, y - 10, printed[name])
        y -= 24
    c.drawString(72, y - 20, "Source: annual returns")
    c.showPage()
    c.save()
    return path


def test_bar_values_in_a_column_right_of_the_plot(tmp_path):
    page = _page(_bars(tmp_path / "hbars.pdf", {k: str(v) for k, v in BARS.items()}))
    assert _read(page) == [("bar", [(k, str(v), "") for k, v in BARS.items()])]
    assert "412" not in _text(page) and "Source: annual returns" in _text(page)
    # two values swapped against their bars' lengths: those two are not assigned
    swapped = {**{k: str(v) for k, v in BARS.items()}, "Police forces": "186", "Local authorities": "412"}
    page = _page(_bars(tmp_path / "hswap.pdf", swapped))
    assert page.charts == []
    assert "412" in _kept(page) and "186" in _kept(page)


def test_pie_labels_set_word_per_line_above_the_percentage(tmp_path):
    """Older pies: the label on a line of its own per word, then the share (`serious` /
    `crime` / `68%`): the whole name is the slice's, not its last line."""
    path = _pie_pdf(tmp_path / "pie.pdf", {n: n.lower().split() + [f"{v}%"] for n, v in PURPOSES.items()},
                    order=PURPOSES, centre_drop=200, caption_gap=40)
    page = _page(path)
    assert _read(page) == [("pie", [(n.lower(), f"{v}%", "") for n, v in PURPOSES.items()])]
    assert "serious" not in _text(page) and "Shares of the warrants" in _text(page)


INNER = {"SPoC": 43.5, "Applicant": 39.4, "CSP": 11.6, "DP": 2.9, "Serious errors": 2.6}
OUTER = {"Incorrect data": 55.0, "Wrong number": 30.0, "Other cause": 15.0}


def _donut(path: Path, inner=INNER, outer=OUTER, printed=None) -> Path:
    """IOCCO 2016 Figure 10: a two-ring donut, responsible party inside and cause outside,
    each segment's share printed in white within its part of the ring (none on the thin
    ones), a legend of colour keys for both rings, and the key under it."""
    printed = printed or {}
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 7)
    c.drawString(62, H - 80, "Figure 10: Communications data errors by responsible party and cause, 2016")
    cx, cy = 220, H - 230
    for ring, (shares, r0, r1) in enumerate(((inner, 35, 60), (outer, 62, 90))):
        start = 90.0
        for k, (name, share) in enumerate(shares.items()):
            extent = -360.0 * share / 100
            fill = (0.15 + 0.17 * k, 0.3 + 0.3 * ring, 0.7 - 0.12 * k)
            c.setFillColorRGB(*fill)
            p = c.beginPath()
            p.moveTo(cx + r1 * math.cos(math.radians(start)), cy + r1 * math.sin(math.radians(start)))
            p.arcTo(cx - r1, cy - r1, cx + r1, cy + r1, start, extent)
            p.arcTo(cx - r0, cy - r0, cx + r0, cy + r0, start + extent, -extent)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            mid, rm = math.radians(start + extent / 2), (r0 + r1) / 2
            c.setFillColorRGB(1, 1, 1)
            if share >= 5:
                c.drawCentredString(cx + rm * math.cos(mid), cy + rm * math.sin(mid) - 2.5,
                                    printed.get(name, f"{share:g}%"))
            c.setFillColorRGB(*fill)
            y = H - 120 - 12 * (k + 6 * ring)
            c.rect(360, y, 7, 7, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(372, y + 1, name)
            start += extent
    c.drawString(62, cy - 110, "Key: inner ring = responsible party / outer ring = direct cause")
    c.showPage()
    c.save()
    return path


def test_two_ring_donut_gives_its_inner_ring(tmp_path):
    """Only the inner ring (the one that adds up to 100) is read; the outer ring's shares
    stay in the text; the thin segments with no share printed are not guessed."""
    path = _donut(tmp_path / "donut.pdf")
    for engine in ("auto", "pdfplumber"):
        page = extract_document(path, path.parent, engine=engine).pages[0]
        assert _read(page) == [("pie", [("SPoC", "43.5%", ""), ("Applicant", "39.4%", ""), ("CSP", "11.6%", "")])]
        assert "55%" in _kept(page) and "30%" in _kept(page) and "43.5%" not in _kept(page)


def test_donut_whose_shares_disagree_with_its_segments_is_not_read(tmp_path):
    page = _page(_donut(tmp_path / "wrong.pdf", printed={"SPoC": "39.4%", "Applicant": "43.5%"}))
    assert page.charts == []
    assert "43.5%" in _kept(page) and "11.6%" in _kept(page)


def test_values_beside_the_years_on_the_label_line(tmp_path):
    """The year and the value side by side under each (wide) column: "2013 2760 2014 2795 ..."
    in the text; each value within its column's span goes to that column."""
    path = tmp_path / "beside.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    base = H - 300
    for i, (year, v) in enumerate(HEIGHTS.items()):
        x = 120 + i * 70
        c.setFillColorRGB(0.2, 0.3, 0.6)
        c.rect(x, base, 50, v * 0.05, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 2, base - 12, year)
        c.drawRightString(x + 48, base - 12, str(v))
    c.drawString(72, base - 40, "Figure 2 Total number of interception warrants issued 2013-2016")
    c.showPage()
    c.save()
    page = _page(path)
    assert _read(page) == [("column", [(y, str(v), "") for y, v in HEIGHTS.items()])]
    assert "2795" not in _text(page)


def _reportlab_chart(path: Path, style: str) -> Path:
    """A reportlab.graphics column chart of three series, grouped side by side (category
    label centred under each group, values at the columns' tops) or stacked (values in the
    middle of each segment), with a legend."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    d = Drawing(400, 250)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 50, 50, 250, 170
    bc.data = [tuple(segs[k] for segs in SEGMENTS.values()) for k in range(3)]
    bc.categoryAxis.categoryNames = list(SEGMENTS)
    bc.valueAxis.valueMin = 0
    fills = [colors.HexColor(h) for h in ("#1f4e79", "#f4a460", "#888888")]
    for k in range(3):
        bc.bars[k].fillColor = fills[k]
    bc.barLabelFormat = "%d"
    bc.barLabels.boxAnchor = "c"
    if style == "stacked":
        bc.categoryAxis.style = "stacked"
        bc.barLabels.boxTarget = "mid"
    d.add(bc)
    legend = Legend()
    legend.x, legend.y, legend.alignment = 310, 200, "right"
    legend.colorNamePairs = list(zip(fills, KINDS))
    d.add(legend)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawString(62, H - 60, "Figure 11: Items of data by type of authority")
    renderPDF.draw(d, c, 50, H - 340)
    c.showPage()
    c.save()
    return path


def test_reportlab_grouped_and_stacked_columns(tmp_path):
    want = [(name, str(s), KINDS[k]) for name, segs in SEGMENTS.items() for k, s in enumerate(segs)]
    for style in ("grouped", "stacked"):
        page = _page(_reportlab_chart(tmp_path / f"{style}.pdf", style))
        assert _read(page) == [("column", want)], style
        assert _text(page) == "Figure 11: Items of data by type of authority", style


def test_stacked_bars_with_values_inside_their_segments(tmp_path):
    """Horizontal stacked bars, each named left of the axis, each segment's count in white
    inside it; without a legend no segment can be named and nothing is read."""
    def draw(path: Path, legend: bool) -> Path:
        c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setFont("Helvetica", 8)
        c.drawString(72, H - 80, "Figure 10: Items of data by type of authority")
        y = H - 110
        for name, segs in SEGMENTS.items():
            x = 150
            c.setFillColorRGB(0, 0, 0)
            c.drawRightString(145, y - 10, name)
            for k, s in enumerate(segs):
                c.setFillColorRGB(*FILLS[k])
                c.rect(x, y - 14, s * 0.07, 14, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.drawCentredString(x + s * 0.035, y - 10, f"{s:,}")
                x += s * 0.07
            y -= 24
        if legend:
            for k, n in enumerate(KINDS):
                c.setFillColorRGB(*FILLS[k])
                c.rect(150 + 90 * k, y - 10, 8, 8, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                c.drawString(162 + 90 * k, y - 9, n)
        c.showPage()
        c.save()
        return path

    page = _page(draw(tmp_path / "hstacked.pdf", True))
    assert _read(page) == [("bar", [(name, f"{s:,}", KINDS[k]) for name, segs in SEGMENTS.items()
                                    for k, s in enumerate(segs)])]
    assert _text(page) == "Figure 10: Items of data by type of authority"
    page = _page(draw(tmp_path / "hstacked_nolegend.pdf", False))
    assert page.charts == []
    assert "2,073" in _kept(page) and "Police" in _kept(page)
