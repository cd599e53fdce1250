"""Chart styles read in round 7: matplotlib columns on a value axis from 0 (the axes' white
background stands on the columns' baseline), ..."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

from chart_helpers import chart_bars, mpl_page, page_text  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402


def _mpl(path: Path, draw, size=(8.27, 11.69), adjust=dict(top=0.9, bottom=0.6, left=0.3)) -> Path:
    return mpl_page(path, draw, size, adjust)


_charts, _text = chart_bars, page_text


def test_columns_on_an_axis_from_zero_under_a_white_plot_background(tmp_path):
    # matplotlib fills the axes white; with the value axis from 0 that box's bottom edge is
    # the columns' baseline: it holds the columns and is no column itself
    years = ["2012", "2013", "2014", "2015", "2016", "2017"]
    values = [3372, 2760, 2795, 3059, 3007, 3535]

    def draw(ax):
        ax.set_facecolor("white")
        bars = ax.bar(years, values, color="#143259", width=0.6)
        ax.bar_label(bars, labels=[f"{v:,}" for v in values], padding=3)
        ax.set_ylim(0, 4000)
        ax.set_yticks([0, 1000, 2000, 3000, 4000], ["0", "1,000", "2,000", "3,000", "4,000"])
    path = _mpl(tmp_path / "from_zero.pdf", draw)
    assert _charts(path) == [[(y, f"{v:,}", "") for y, v in zip(years, values)]]
    text = _text(path)
    assert "3,372" not in text and "2,000" not in text


def _tiles(path: Path, tiles, labelled_last: bool = False) -> Path:
    """A dashboard row of framed tiles, each a heading, a big figure, a line of text and a
    sparkline: dots at its first and last points, the first labelled, the first and last
    years under its two ends."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    H = A4[1]
    navy = colors.HexColor("#243f6b")
    for k, (title, big, note, years, points, first_value) in enumerate(tiles):
        x0 = 60 + k * 165
        c.setStrokeColor(colors.HexColor("#b9c6d4"))
        c.setFillColor(colors.HexColor("#f7f9fb"))
        c.roundRect(x0, H - 215, 150, 90, 4, stroke=1, fill=1)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x0 + 8, H - 140, title)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0 + 8, H - 163, big)
        c.setFont("Helvetica", 7.5)
        c.drawString(x0 + 8, H - 175, note)
        lx0, lx1 = x0 + 14, x0 + 136
        step = (lx1 - lx0) / (len(points) - 1)
        lo, hi = min(points), max(points)
        pts = [(lx0 + i * step, H - 198 + 14 * (v - lo) / ((hi - lo) or 1)) for i, v in enumerate(points)]
        c.setStrokeColor(navy)
        if len(pts) == 2:
            c.line(*pts[0], *pts[1])
        else:
            p = c.beginPath()
            p.moveTo(*pts[0])
            for q in pts[1:]:
                p.lineTo(*q)
            c.drawPath(p, stroke=1, fill=0)
        c.setFillColor(navy)
        c.circle(*pts[0], 1.4, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#c0392b"))
        c.circle(*pts[-1], 1.4, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont("Helvetica", 6.5)
        c.drawString(pts[0][0] + 3, pts[0][1] + 3, first_value)
        if labelled_last:
            c.drawRightString(pts[-1][0] - 3, pts[-1][1] + 3, f"{points[-1]:,}")
        c.setFillColor(colors.grey)
        c.setFont("Helvetica", 6)
        c.drawString(pts[0][0], H - 208, years[0])
        c.drawRightString(pts[-1][0], H - 208, years[1])
    c.showPage()
    c.save()
    return path


_SPARKS = [("CD ITEMS OBTAINED", "808,214", "items in 2018", ("2015", "2018"), [761702, 754559, 757316, 808214], "761,702"),
           ("ERRORS FOUND SERIOUS", "8", "determinations in 2018", ("2017", "2018"), [24, 8], "24"),
           ("INTERCEPTION WARRANTS ISSUED", "3,535", "warrants in 2017", ("2012", "2017"),
            [3372, 2760, 2795, 3059, 3007, 3535], "3,372")]


def test_sparklines_first_point_value_of_the_first_year_titled_by_the_tile(tmp_path):
    path = _tiles(tmp_path / "sparks.pdf", _SPARKS)
    doc = extract_document(path, path.parent)
    got = [(c.kind, c.title, [(b.label, b.value) for b in c.bars]) for c in doc.pages[0].charts]
    assert got == [("line", t, [(years[0], v)]) for t, _, _, years, _, v in _SPARKS]
    text = _text(path)
    # the big figures stay the tiles' text; the sparklines' years and values are no text
    assert "808,214" in text and "761,702" not in text and "2015" not in text


def test_sparkline_labelled_at_more_than_its_first_point_is_not_read_as_one(tmp_path):
    path = _tiles(tmp_path / "sparks2.pdf", _SPARKS, labelled_last=True)
    doc = extract_document(path, path.parent)
    assert not any(c.title for c in doc.pages[0].charts)


def _donut_key(path: Path, shares: list, printed: list) -> Path:
    """A matplotlib donut with a year in its hole and, beside it, a key listing each
    segment's name and, in a column of its own, right-aligned, its share."""
    from matplotlib.patches import Rectangle
    names = ["Single point of contact", "Applicant", "Communications service provider", "Designated person", "Other"]
    cols = ["#2c6e8f", "#7aa6c2", "#e0a33a", "#b5543c", "#9a9a9a"]
    fig = plt.figure(figsize=(8.27, 11.69))
    ax = fig.add_axes((0.1, 0.7, 0.2, 0.14))
    ax.pie(shares, colors=cols, startangle=90, counterclock=False, wedgeprops=dict(width=0.45, edgecolor="white"))
    ax.text(0, 0, "2012", ha="center", va="center", fontsize=8)
    key = fig.add_axes((0.35, 0.7, 0.35, 0.14))
    key.set_axis_off()
    key.set_xlim(0, 100)
    key.set_ylim(0, 6)
    for i, (n, v, c) in enumerate(zip(names, printed, cols)):
        key.add_patch(Rectangle((0, 4.75 - i), 4.7, 0.5, color=c))
        key.text(6.5, 5 - i, n, va="center", fontsize=9)
        key.text(95, 5 - i, v, va="center", ha="right", fontsize=9)
    fig.text(0.1, 0.86, "Figure 7.2 Communications data errors by party responsible, 2012 (% of errors)", fontsize=9)
    with PdfPages(path) as pdf:
        pdf.savefig(fig)
    plt.close(fig)
    return path


def test_donut_figures_in_a_column_of_the_key(tmp_path):
    printed = ["47%", "26%", "20%", "5%", "2%"]
    path = _donut_key(tmp_path / "donut.pdf", [47, 26, 20, 5, 2], printed)
    names = ["Single point of contact", "Applicant", "Communications service provider", "Designated person", "Other"]
    assert _charts(path) == [[(n, v, "") for n, v in zip(names, printed)]]
    assert "Other" not in _text(path)


def test_donut_key_figures_not_its_angles_are_not_read(tmp_path):
    path = _donut_key(tmp_path / "donut2.pdf", [30, 30, 20, 10, 10], ["47%", "26%", "20%", "5%", "2%"])
    assert _charts(path) == []


_FINES = ["British Airways plc (2020/21)", "Marriott International (2020/21)", "Clearview AI Inc (2022/23)",
          "Interserve Group (2022/23)", "Cabinet Office, as issued (2021/22)", "Cabinet Office, after appeal (2022/23)"]


def _fines(path: Path, values: list, printed: list) -> Path:
    def draw(ax):
        y = list(range(len(_FINES)))[::-1]
        ax.barh(y, [v / 1e6 for v in values], height=0.45, color="#a0283c")
        for v, p, yy in zip(values, printed, y):
            ax.annotate(p, (v / 1e6, yy), xytext=(3, 0), textcoords="offset points", va="center")
        ax.set_yticks(y, _FINES)
        ax.set_xlim(0, 25)
        ax.set_xlabel("£ million")
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
    return _mpl(path, draw, adjust=dict(top=0.9, bottom=0.7, left=0.4))


def test_a_bar_drawn_a_hairline_wide_is_read_when_every_bar_is_to_scale(tmp_path):
    values = [20e6, 18.4e6, 7.5e6, 4.4e6, 500e3, 50e3]
    printed = ["£20m", "£18.4m", "£7.5m", "£4.4m", "£500,000", "£50,000"]
    got = _charts(_fines(tmp_path / "fines.pdf", values, printed))
    assert got == [[(n, p, n[-8:-1]) for n, p in zip(_FINES, printed)]]


def test_a_hairline_bar_whose_value_is_not_to_scale_is_left_out(tmp_path):
    values = [20e6, 18.4e6, 7.5e6, 4.4e6, 500e3, 50e3]
    printed = ["£20m", "£18.4m", "£7.5m", "£4.4m", "£500,000", "£5m"]
    got = _charts(_fines(tmp_path / "fines2.pdf", values, printed))
    assert got == [[(n, p, n[-8:-1]) for n, p in zip(_FINES[:5], printed[:5])]]


def _split(path: Path, values: list, printed: list) -> Path:
    """One bar split into two segments side by side, each figure inside its segment, each
    label centred under it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    H = A4[1]
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, H - 420, "Chart 2. Who made the communications data errors? (April to December 2006)")
    names = ["Public authorities", "Communications service providers"]
    fills = [colors.HexColor("#a0283c"), colors.HexColor("#5a5a5a")]
    x, whole = 56.0, 480.0
    for v, p, n, f in zip(values, printed, names, fills):
        w = whole * v / sum(values)
        c.setFillColor(f)
        c.rect(x, H - 470, w, 24, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(x + w / 2, H - 462, p)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 9)
        c.drawCentredString(x + w / 2, H - 484, n)
        x += w
    c.showPage()
    c.save()
    return path


def test_one_bar_split_in_two_with_its_labels_under_it(tmp_path):
    path = _split(tmp_path / "split.pdf", [787, 301], ["787", "301"])
    assert _charts(path) == [[("Public authorities", "787", ""), ("Communications service providers", "301", "")]]
    assert "Public authorities" not in _text(path)


def test_a_split_bar_whose_figures_are_not_its_lengths_is_not_read(tmp_path):
    assert _charts(_split(tmp_path / "split2.pdf", [500, 500], ["787", "301"])) == []
