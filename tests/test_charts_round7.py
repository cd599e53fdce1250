"""Chart styles read in round 7: matplotlib columns on a value axis from 0 (the axes' white
background stands on the columns' baseline), ..."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

from pipeline.extract import extract_document  # noqa: E402


def _mpl(path: Path, draw, size=(8.27, 11.69), adjust=dict(top=0.9, bottom=0.6, left=0.3)) -> Path:
    with PdfPages(path) as pdf:
        fig, ax = plt.subplots(figsize=size)
        fig.subplots_adjust(**adjust)
        draw(ax)
        pdf.savefig(fig)
        plt.close(fig)
    return path


def _charts(path: Path, page: int = 0) -> list:
    doc = extract_document(path, path.parent)
    return [[(b.label, b.value, b.series) for b in c.bars] for c in doc.pages[page].charts]


def _text(path: Path, page: int = 0) -> str:
    doc = extract_document(path, path.parent)
    pg = doc.pages[page]
    return " | ".join([b.text for b in pg.blocks] + [c.text for t in pg.tables for c in t.cells()])


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
