"""Layout reading, round 7: dev10's genres (a matplotlib chart sheet: a slope chart, a heatmap
drawn as a picture, a bubble row, a line chart with change call-outs; a loose-leaf handbook's
"12-045" paragraph numbers and numbered footnotes; an order paper's numbered list of motion
titles). Each PDF is built into tmp_path; each test fails without the change it covers."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

from pipeline.extract import extract_document  # noqa: E402
from test_extract import make_pdf, text_at  # noqa: E402


def _mpl(path: Path, draw) -> Path:
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(str(path)) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))
        draw(fig)
        pdf.savefig(fig)
        plt.close(fig)
    return path


def _page(path: Path):
    return extract_document(path, path.parent).pages[0]


def _bars(page):
    return [(b.label, b.value, b.series) for c in page.charts for b in c.bars]


# ---------------------------------------------------------------------------
# 1. A slope chart: a figure and a name at both ends of each stroke, the periods under them.

def _slope(fig):
    fig.text(0.06, 0.93, "Share of errors, 2012 and 2016", fontsize=12, weight="bold")
    ax = fig.add_axes([0.30, 0.58, 0.40, 0.32])
    for label, a, b in (("Alpha office", 47, 43.3), ("Beta staff", 26, 39.4), ("Gamma firms", 20, 11.6)):
        ax.plot([0, 1], [a, b], color="#12706b", marker="o")
        ax.text(-0.06, a, f"{label}  {a:g}%", ha="right", va="center", fontsize=9.5)
        ax.text(1.06, b, f"{b:g}%  {label}", ha="left", va="center", fontsize=9.5)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 55)
    ax.set_xticks([0, 1])
    ax.set_xticklabels(["2012", "2016"])
    ax.set_yticks([])


def test_slope_chart_reads_both_ends(tmp_path):
    page = _page(_mpl(tmp_path / "slope.pdf", _slope))
    got = set(_bars(page))
    assert {("Alpha office", "47%", "2012"), ("Alpha office", "43.3%", "2016"),
            ("Gamma firms", "11.6%", "2016")} <= got
    assert len(got) == 6
    assert not any("47%" in b.text for b in page.blocks)


def test_slope_chart_not_to_scale_is_not_read(tmp_path):
    def draw(fig):
        ax = fig.add_axes([0.30, 0.58, 0.40, 0.32])
        for label, a, b, y0, y1 in (("Alpha office", 47, 43, 10, 40), ("Beta staff", 26, 39, 45, 5),
                                    ("Gamma firms", 20, 11, 30, 20)):
            ax.plot([0, 1], [y0, y1], color="#12706b")
            ax.text(-0.06, y0, f"{label}  {a}%", ha="right", va="center", fontsize=9.5)
            ax.text(1.06, y1, f"{b}%  {label}", ha="left", va="center", fontsize=9.5)
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 55)
        ax.set_xticks([0, 1])
        ax.set_xticklabels(["2012", "2016"])
    page = _page(_mpl(tmp_path / "slope2.pdf", draw))
    assert not page.charts


# ---------------------------------------------------------------------------
# 2. A heatmap drawn as a picture, its figures and dashes printed over the cells: a table.

def _heatmap(fig):
    import numpy as np
    rows = [("Necessity", "45%", None), ("Presentation", "12%", None), ("Clarity", None, "21%"),
            ("Other", "3%", "16%")]
    grid = np.array([[float(a[:-1]) if a else 0, float(b[:-1]) if b else 0] for _, a, b in rows])
    ax = fig.add_axes([0.42, 0.12, 0.36, 0.33])
    ax.imshow(grid, cmap="Greens", vmin=0, vmax=60, aspect="auto")
    for r, (_, a, b) in enumerate(rows):
        for c, v in enumerate((a, b)):
            ax.text(c, r, v or "\u2013", ha="center", va="center", fontsize=10.5)
    ax.set_xticks([0, 1])
    ax.set_xticklabels(["2015", "2016"])
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([r[0] for r in rows])
    ax.tick_params(length=0)


def test_heatmap_picture_reads_as_table(tmp_path):
    page = _page(_mpl(tmp_path / "heat.pdf", _heatmap))
    assert len(page.tables) == 1
    t = page.tables[0]
    assert t.header_rows == 1
    assert t.text_rows() == [["", "2015", "2016"], ["Necessity", "45%", "\u2013"], ["Presentation", "12%", "\u2013"],
                             ["Clarity", "\u2013", "21%"], ["Other", "3%", "16%"]]


# ---------------------------------------------------------------------------
# 3. A line chart with changes called out under its points, joined to them by a stroke: the
#    call-out under the lowest point no longer hides the year labels, and each change is its
#    point's.

def _line(fig):
    ax = fig.add_axes([0.10, 0.17, 0.82, 0.38])
    years = [2012, 2013, 2014, 2015]
    vals = [3372, 2760, 2795, 3059]
    ax.plot(years, vals, color="#12706b", marker="s")
    for y, v in zip(years, vals):
        ax.text(y, v + 70, f"{v:,}", ha="center", fontsize=10)
    for y, v, txt in ((2012, 3372, "+16%"), (2013, 2760, "\u221219%")):
        ax.annotate(f"{txt} on a year earlier", xy=(y, v), xytext=(y, v - 480), ha="center", fontsize=8.5,
                    arrowprops=dict(arrowstyle="-", lw=0.8))
    ax.set_ylim(1500, 4000)
    ax.set_xlim(2011.5, 2015.5)
    ax.set_xticks(years)
    ax.set_xticklabels([str(y) for y in years])
    ax.set_yticks([1500, 2000, 2500, 3000, 3500, 4000])
    ax.set_yticklabels(["1,500", "2,000", "2,500", "3,000", "3,500", "4,000"])


def test_line_chart_with_change_callouts(tmp_path):
    page = _page(_mpl(tmp_path / "line.pdf", _line))
    got = _bars(page)
    assert ("2012", "3,372", "") in got and ("2015", "3,059", "") in got
    assert ("2012", "+16%", "") in got and ("2013", "\u221219%", "") in got
    assert not any("on a year earlier" in b.text for b in page.blocks)


# ---------------------------------------------------------------------------
# 4. A row of bubbles, each its figure inside, names on the line under the row (read by
#    bars._bubbles; find_bar_charts leaves it off until recognition titles such charts).

def test_bubble_row(tmp_path):
    from matplotlib.patches import Circle

    import pdfplumber

    from pipeline.bars import _bubbles
    from pipeline.extract import _words

    def draw(fig):
        for (label, v), x in zip((("Doctors", 498), ("Lawyers", 234), ("MPs", 113)), (0.2, 0.5, 0.8)):
            fig.add_artist(Circle((x, 0.77), 0.075 * (v / 498) ** 0.5, transform=fig.transFigure, color="#b5462b"))
            fig.text(x, 0.77, str(v), ha="center", va="center", fontsize=11, color="white")
            fig.text(x, 0.67, label, ha="center", va="top", fontsize=9)
    path = _mpl(tmp_path / "bubbles.pdf", draw)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        words, _ = _words(page, None)
        found = _bubbles(page, words)
    assert [(b.label, b.value) for b in found[0][0].bars] == [("Doctors", "498"), ("Lawyers", "234"), ("MPs", "113")]


# ---------------------------------------------------------------------------
# 5. Handbook paragraphs numbered "12-045" in the margin; numbered footnotes one a line.

def _handbook(c):
    text_at(c, 62, 120, "12\u2013045", size=10, font="Times-Bold")
    text_at(c, 108, 120, "The transition of 2017. Before 1 September 2017 surveillance was", size=10, font="Times-Roman")
    text_at(c, 108, 133, "overseen by the Office of Surveillance Commissioners, which reported", size=10, font="Times-Roman")
    text_at(c, 108, 146, "by financial year and granted 6,237 authorisations.", size=10, font="Times-Roman")
    text_at(c, 62, 770, "38 IPCO, Annual Report 2019 (HC 1039), para. 8.14.", size=7.5, font="Times-Roman")
    text_at(c, 62, 779, "39 The total two years earlier was 948: IOCCO, Annual Report 2016.", size=7.5, font="Times-Roman")


def test_hanging_chapter_paragraph_number_and_numbered_notes(tmp_path):
    page = extract_document(make_pdf(tmp_path / "hb.pdf", [_handbook]), tmp_path).pages[0]
    texts = [b.text for b in page.blocks]
    assert any(t.startswith("12\u2013045 The transition of 2017.") and t.endswith("6,237 authorisations.")
               for t in texts), texts
    assert "38 IPCO, Annual Report 2019 (HC 1039), para. 8.14." in texts
    assert "39 The total two years earlier was 948: IOCCO, Annual Report 2016." in texts


# ---------------------------------------------------------------------------
# 6. An order paper's numbered motion titles in capitals with signature counts: no table.

def _motions(c):
    text_at(c, 176, 240, "MOTIONS TO WHICH NAMES HAVE BEEN ADDED", size=9, font="Helvetica-Bold")
    for k, (num, title, sigs) in enumerate((("2087", "NHS WORKFORCE IN RURAL AREAS", "[R] 4"),
                                            ("2093", "125TH ANNIVERSARY OF THE CALDER VALLEY RAILWAY", "3"),
                                            ("2101", "INTERCEPTION WARRANTS AND THE COMMISSIONER'S FIRST REPORT", "2"))):
        text_at(c, 53, 265 + 14 * k, num, size=9, font="Helvetica-Bold")
        text_at(c, 103, 265 + 14 * k, title, size=9, font="Helvetica-Bold")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(542, 842 - (265 + 14 * k), sigs)
    text_at(c, 53, 320, "Early day motions are formal motions submitted for debate in the House of Commons.", size=9)


def test_numbered_title_list_is_no_table(tmp_path):
    page = extract_document(make_pdf(tmp_path / "edm.pdf", [_motions]), tmp_path).pages[0]
    assert not page.tables
    texts = [b.text for b in page.blocks]
    assert "2101 INTERCEPTION WARRANTS AND THE COMMISSIONER'S FIRST REPORT 2" in texts
    assert "2087 NHS WORKFORCE IN RURAL AREAS [R] 4" in texts
