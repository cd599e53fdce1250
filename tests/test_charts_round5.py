"""Chart styles read in round 5 (the seventh development part's charts): grouped columns with
only one series' values printed, category labels set on two lines, a browser's line chart
drawn as separate segments with a square at each point (a year missing), the value axis's
top tick above the tallest column, ..."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from chart_helpers import chart_bars, mpl_page, page_text  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402

H = A4[1]


def _mpl(path: Path, draw, size=(8.27, 11.69), adjust=dict(top=0.9, bottom=0.6)) -> Path:
    return mpl_page(path, draw, size, adjust)


_charts, _text = chart_bars, page_text


def test_grouped_columns_with_one_series_labelled_take_its_legend_name(tmp_path):
    def draw(ax):
        x = [0, 1, 2, 3]
        ax.bar([v - 0.2 for v in x], [47, 26, 20, 5], 0.4, color="#c9d6e3", label="2012")
        b = ax.bar([v + 0.2 for v in x], [43.3, 39.4, 11.6, 2.9], 0.4, color="#2f4b66", label="2016")
        ax.bar_label(b, labels=["43.3%", "39.4%", "11.6%", "2.9%"])
        ax.set_xticks(x, ["SPoC", "Applicant", "CSP", "Designated person"])
        ax.legend()
    charts = _charts(_mpl(tmp_path / "one-series.pdf", draw))
    assert charts == [[("SPoC", "43.3%", "2016"), ("Applicant", "39.4%", "2016"), ("CSP", "11.6%", "2016"),
                       ("Designated person", "2.9%", "2016")]]


def test_column_labels_on_two_lines_read_line_by_line(tmp_path):
    def draw(ax):
        bars = ax.bar(["Directed\nsurveillance", "Property\ninterference", "CHIS\n(incl. UCOs)",
                       "Intrusive\nsurveillance"], [59, 23, 14, 3], color="#4d7a3a")
        ax.bar_label(bars)
    charts = _charts(_mpl(tmp_path / "two-lines.pdf", draw))
    assert charts == [[("Directed surveillance", "59", ""), ("Property interference", "23", ""),
                       ("CHIS (incl. UCOs)", "14", ""), ("Intrusive surveillance", "3", "")]]


def _segments_and_squares(path: Path) -> Path:
    """A line chart as a browser prints an SVG one: grid lines, a segment between each two
    neighbouring points, a small filled square at each point; no figure for 2011, so 2010's
    square stands alone; values alternately above and below the points; ticks left."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, H - 70, "Figure 7.4 Interception warrants issued, 2010-2017")
    left, base, step, scale = 110, H - 250, 36, 0.04
    c.setFont("Helvetica", 8)
    for tick in range(0, 4001, 1000):
        y = base + tick * scale
        c.setStrokeColorRGB(0.88, 0.88, 0.88)
        c.line(left - 10, y, left + 8 * step, y)
        c.drawRightString(left - 14, y - 3, f"{tick:,}")
    values = {2010: 1865, 2012: 3372, 2013: 2760, 2014: 2795, 2015: 3059, 2016: 3007, 2017: 3535}
    pts = {yr: (left + 8 + (yr - 2010) * step, base + v * scale) for yr, v in values.items()}
    c.setStrokeColorRGB(0.56, 0.23, 0.27)
    years = sorted(pts)
    for a, b in zip(years, years[1:]):
        if b - a == 1:
            c.line(*pts[a], *pts[b])
    c.setFillColorRGB(0.56, 0.23, 0.27)
    for yr, (x, y) in pts.items():
        c.rect(x - 1.9, y - 1.9, 3.8, 3.8, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, (yr, (x, y)) in enumerate(sorted(pts.items())):
        c.drawCentredString(x, y + 6 if k % 2 == 0 else y - 12, f"{values[yr]:,}")
    for yr in range(2010, 2018):
        c.drawCentredString(left + 8 + (yr - 2010) * step, base - 14, str(yr))
    c.save()
    return path


def test_line_of_segments_with_square_markers_and_a_lone_point(tmp_path):
    charts = _charts(_segments_and_squares(tmp_path / "squares.pdf"))
    assert charts == [[("2010", "1,865", ""), ("2012", "3,372", ""), ("2013", "2,760", ""), ("2014", "2,795", ""),
                       ("2015", "3,059", ""), ("2016", "3,007", ""), ("2017", "3,535", "")]]


def test_top_tick_above_the_tallest_column_is_the_axis(tmp_path):
    def draw(ax):
        bars = ax.bar(["Directed", "Property", "CHIS", "Intrusive"], [59, 23, 14, 3], color="#4d7a3a")
        ax.bar_label(bars)
        ax.set_ylim(0, 80)
        ax.set_yticks([0, 20, 40, 60, 80])
    path = _mpl(tmp_path / "top-tick.pdf", draw)
    assert _charts(path) == [[("Directed", "59", ""), ("Property", "23", ""), ("CHIS", "14", ""),
                              ("Intrusive", "3", "")]]
    assert "80" not in _text(path).split()


COLOURS = [(0.18, 0.43, 0.56), (0.89, 0.64, 0.24), (0.6, 0.6, 0.6)]


def _two_legends(path: Path) -> Path:
    """A key in three colours high on the page (another figure's), then 100% stacked bars
    in the same colours under a legend of their own; the narrow last segments carry their
    value just past the bar's end."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    for k, name in enumerate(["Single point of contact", "Applicant", "Other"]):
        c.setFillColorRGB(*COLOURS[k])
        c.rect(250, H - 120 - 16 * k, 8, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(263, H - 119 - 16 * k, name)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, H - 220, "Figure 7.3 Interception warrants issued by statutory purpose (%)")
    c.setFont("Helvetica", 9)
    x = 60
    for k, name in enumerate(["Serious crime", "National security", "Combination of purposes"]):
        c.setFillColorRGB(*COLOURS[k])
        c.rect(x, H - 242, 8, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x + 12, H - 241, name)
        x += 24 + c.stringWidth(name, "Helvetica", 9)
    rows = [("2014", [68, 31, 1]), ("2015", [65, 34, 1]), ("2017", [65.22, 34.5])]
    for k, (year, shares) in enumerate(rows):
        y = H - 270 - 20 * k
        c.setFillColorRGB(0, 0, 0)
        c.drawRightString(85, y + 4, year)
        x = 90
        for j, v in enumerate(shares):
            w = 2.5 * v
            c.setFillColorRGB(*COLOURS[j])
            c.rect(x, y, w, 14, stroke=0, fill=1)
            text = f"{v:g}%"
            if w > 30:
                c.setFillColorRGB(1, 1, 1)
                c.drawCentredString(x + w / 2, y + 4, text)
            else:
                c.setFillColorRGB(0, 0, 0)
                c.drawString(x + w + 3, y + 4, text)
            x += w
    c.save()
    return path


def test_stacked_bars_take_the_nearest_legend_and_a_narrow_segments_value_past_the_end(tmp_path):
    charts = _charts(_two_legends(tmp_path / "two-legends.pdf"))
    assert charts == [[("2014", "68%", "Serious crime"), ("2014", "31%", "National security"),
                       ("2014", "1%", "Combination of purposes"), ("2015", "65%", "Serious crime"),
                       ("2015", "34%", "National security"), ("2015", "1%", "Combination of purposes"),
                       ("2017", "65.22%", "Serious crime"), ("2017", "34.5%", "National security")]]


def test_small_multiples_each_panel_a_chart_with_its_title(tmp_path):
    """Four panels (2 x 2) on one shared year axis, each with its own value axis and title,
    values over the columns, a year with no column left empty; only the lower panels print
    the years."""
    years = list(range(2012, 2020))
    panels = {"Interception warrants issued": {2012: 3372, 2013: 2760, 2014: 2795, 2015: 3059, 2016: 3007, 2017: 3535},
              "Communications data errors": {2012: 979, 2013: 970, 2015: 1199, 2016: 1101, 2017: 926, 2018: 903,
                                             2019: 1063},
              "Relevant interception errors": {2013: 57, 2014: 60, 2015: 62, 2018: 13, 2019: 24},
              "Errors found serious": {2013: 7, 2017: 24, 2018: 8, 2019: 14}}
    path = tmp_path / "multiples.pdf"
    with PdfPages(path) as pdf:
        fig, axes = plt.subplots(2, 2, figsize=(8.27, 11.69), sharex=True)
        fig.subplots_adjust(top=0.85, bottom=0.45, hspace=0.3, wspace=0.3)
        for ax, (title, data) in zip(axes.flat, panels.items()):
            bars = ax.bar(list(data), list(data.values()), width=0.65, color="#336699")
            ax.bar_label(bars, labels=[f"{v:,}" for v in data.values()], fontsize=7)
            ax.set_title(title, loc="left", fontsize=9, fontweight="bold")
            ax.set_xticks(years, [str(y) for y in years])
            ax.tick_params(labelsize=7)
            ax.spines[["top", "right"]].set_visible(False)
        pdf.savefig(fig)
        plt.close(fig)
    doc = extract_document(path, tmp_path)
    got = {c.title: [(b.label, b.value) for b in c.bars] for c in doc.pages[0].charts}
    assert got == {title: [(str(y), f"{v:,}") for y, v in data.items()] for title, data in panels.items()}
