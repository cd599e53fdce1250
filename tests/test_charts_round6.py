"""Chart styles read in round 6 (the seventh development part's remaining charts): dot plots and
lollipops, ..."""
from __future__ import annotations

from pathlib import Path

from chart_helpers import chart_bars, mpl_page, page_text


def _mpl(path: Path, draw, size=(8.27, 11.69), adjust=dict(top=0.9, bottom=0.6, left=0.3)) -> Path:
    return mpl_page(path, draw, size, adjust)


_charts, _text = chart_bars, page_text


def test_lollipop_values_right_of_their_dots(tmp_path):
    names = ["Doctors", "Clergy", "Lawyers", "Journalists", "MPs"]
    values = [498, 272, 234, 203, 113]

    def draw(ax):
        y = list(range(len(names)))[::-1]
        ax.hlines(y, 0, values, color="grey")
        ax.plot(values, y, "o", color="#b5543c", markersize=8)
        for v, yy in zip(values, y):
            ax.annotate(str(v), (v, yy), xytext=(8, 0), textcoords="offset points", va="center")
        ax.set_yticks(y, names)
        ax.set_xlim(0, 600)
    path = _mpl(tmp_path / "lollipop.pdf", draw)
    assert _charts(path) == [[(n, str(v), "") for n, v in zip(names, values)]]
    # the ticks under the plot are no figures of the text
    assert "500" not in _text(path)


def test_dot_plot_values_above_diamonds_and_labels_dated(tmp_path):
    names = ["Communications data, 2012", "Interception, 2015", "All inspections, 2016", "All inspections, 2022"]
    values = [42, 26, 166, 380]

    def draw(ax):
        y = list(range(len(names)))[::-1]
        ax.plot(values, y, "D", color="#33658a", markersize=7, linestyle="none")
        for v, yy in zip(values, y):
            ax.annotate(str(v), (v, yy), xytext=(0, 7), textcoords="offset points", ha="center")
        ax.set_yticks(y, names)
        ax.set_xlim(0, 450)
        ax.set_xticks([0, 150, 300, 450])
    assert _charts(_mpl(tmp_path / "dots.pdf", draw)) == [
        [(n, str(v), n[-4:]) for n, v in zip(names, values)]]


def test_dots_not_where_their_values_put_them_are_no_chart(tmp_path):
    # numbers beside dots that do not stand on one scale with them: not the dots' values
    names = ["North", "South", "East", "West"]

    def draw(ax):
        y = list(range(4))[::-1]
        ax.plot([10, 40, 20, 30], y, "o", color="#b5543c", linestyle="none")
        for v, x, yy in zip([310, 12, 95, 7], [10, 40, 20, 30], y):
            ax.annotate(str(v), (x, yy), xytext=(8, 0), textcoords="offset points", va="center")
        ax.set_yticks(y, names)
    assert _charts(_mpl(tmp_path / "scatter.pdf", draw)) == []


def test_dumbbell_with_no_legend_is_not_read(tmp_path):
    # two dots a row, which is which told only in a note: no series to give each value
    names = ["Lawyers", "Journalists", "Sources"]

    def draw(ax):
        y = [2, 1, 0]
        for a, b, yy in zip([234, 203, 15], [219, 157, 106], y):
            ax.plot([a, b], [yy, yy], color="#cccccc", linewidth=4)
            ax.plot([a], [yy], "o", color="grey")
            ax.plot([b], [yy], "o", color="#b5543c")
            ax.annotate(str(a), (a, yy), xytext=(0, 8), textcoords="offset points", ha="center")
            ax.annotate(str(b), (b, yy), xytext=(0, 8), textcoords="offset points", ha="center")
        ax.set_yticks(y, names)
        ax.set_xlim(0, 300)
    assert _charts(_mpl(tmp_path / "dumbbell.pdf", draw)) == []


def _leader_pie(path: Path) -> Path:
    """A reportlab pie with side labels joined to their slices by pointer lines, some
    slices too thin for a label in their own direction."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, A4[1] - 70, "Figure 3 Errors by cause, 2019")
    d = Drawing(450, 160)
    pc = Pie()
    pc.x, pc.y, pc.width, pc.height = 170, 20, 110, 110
    pc.data = [1191, 164, 24, 20]
    pc.labels = ["Telephony related data 1,191", "Internet related data 164", "Postal related data 24",
                 "Other data 20"]
    pc.sideLabels = 1
    pc.simpleLabels = 0
    pc.slices.fontSize = 8
    pc.slices.strokeColor = colors.white
    pc.slices.label_pointer_strokeWidth = 0.5
    for k, col in enumerate(["#33658a", "#86bbd8", "#f6ae2d", "#f26419"]):
        pc.slices[k].fillColor = colors.HexColor(col)
    d.add(pc)
    renderPDF.draw(d, c, 60, A4[1] - 260)
    c.save()
    return path


def test_pie_labels_joined_by_pointer_lines(tmp_path):
    charts = _charts(_leader_pie(tmp_path / "leader-pie.pdf"))
    assert [sorted(c) for c in charts] == [sorted([("Telephony related data", "1,191", ""),
                                                   ("Internet related data", "164", ""),
                                                   ("Postal related data", "24", ""), ("Other data", "20", "")])]


def _fines(path: Path, lengths: list[float]) -> Path:
    """Bars from one axis, each with its fine at its end, written as '£20m' or '£500,000';
    the axis below labelled '£ million', its ticks bare numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    H = A4[1]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, H - 70, "Chart 1. Monetary penalties imposed by the Information Commissioner")
    rows = [("Company A (2020/21)", "£20m"), ("Company B (2020/21)", "£18.4m"), ("Company C (2022/23)", "£7.5m"),
            ("Company D (2021/22)", "£500,000")]
    axis, scale = 250, 10.4
    c.setFont("Helvetica", 9)
    for k, ((label, value), length) in enumerate(zip(rows, lengths)):
        y = H - 110 - 30 * k
        c.setFillColorRGB(0.63, 0.16, 0.24)
        c.rect(axis, y, length * scale, 13, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawRightString(axis - 6, y + 3, label)
        c.drawString(axis + length * scale + 5, y + 3, value)
    for tick in range(0, 26, 5):
        c.drawCentredString(axis + tick * scale, H - 240, str(tick))
    c.drawCentredString(axis + 130, H - 254, "£ million")
    c.save()
    return path


def test_bar_values_with_a_multiplier_read_when_to_scale(tmp_path):
    charts = _charts(_fines(tmp_path / "fines.pdf", [20, 18.4, 7.5, 0.5]))
    assert charts == [[("Company A (2020/21)", "£20m", "2020/21"), ("Company B (2020/21)", "£18.4m", "2020/21"),
                       ("Company C (2022/23)", "£7.5m", "2022/23"), ("Company D (2021/22)", "£500,000", "2021/22")]]


def test_bar_values_with_a_multiplier_not_to_scale_are_not_read(tmp_path):
    charts = _charts(_fines(tmp_path / "fines-off.pdf", [20, 6, 17, 1]))
    assert all(not any(v.endswith("m") for _, v, _ in c) for c in charts)


def test_diverging_change_bars_read_with_their_signs(tmp_path):
    # rises right of the axis, falls left of it, each change printed with its sign beyond
    # the bar's end; years with no change published marked 'n/p' by the axis
    years = ["2012", "2013", "2014", "2015", "2016", "2017"]
    changes = [16, -19, None, 9, None, 17.5]

    def draw(ax):
        y = list(range(len(years)))[::-1]
        for yy, v in zip(y, changes):
            if v is None:
                ax.text(0.5, yy, "n/p", va="center", fontsize=8, color="grey")
                continue
            ax.barh(yy, v, color="#33658a" if v > 0 else "#b5543c", height=0.6)
            text = ("+" if v > 0 else "\u2212") + f"{abs(v):g}%"
            ax.text(v + (0.6 if v > 0 else -0.6), yy, text, va="center", ha="left" if v > 0 else "right")
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_yticks(y, years)
        ax.set_xlim(-30, 30)
    path = _mpl(tmp_path / "changes.pdf", draw)
    assert _charts(path) == [[("2012", "+16%", ""), ("2013", "\u221219%", ""), ("2015", "+9%", ""),
                              ("2017", "+17.5%", "")]]
    assert "n/p" not in _text(path)
