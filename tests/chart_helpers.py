"""Small chart PDFs drawn with matplotlib and what extraction reads from them, for the chart
tests (round 5 onwards)."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("pdf")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

from pipeline.extract import extract_document  # noqa: E402


def mpl_page(path: Path, draw, size=(8.27, 11.69), adjust=None) -> Path:
    """One page with one axes, drawn by draw(ax), the axes placed by subplots_adjust(**adjust)."""
    with PdfPages(path) as pdf:
        fig, ax = plt.subplots(figsize=size)
        fig.subplots_adjust(**(adjust or {}))
        draw(ax)
        pdf.savefig(fig)
        plt.close(fig)
    return path


def chart_bars(path: Path, page: int = 0) -> list:
    """(label, value, series) of every bar of every chart on the page, chart by chart."""
    doc = extract_document(path, path.parent)
    return [[(b.label, b.value, b.series) for b in c.bars] for c in doc.pages[page].charts]


def page_text(path: Path, page: int = 0) -> str:
    """The page's blocks and table cells, joined: what is left in the text for recognition."""
    doc = extract_document(path, path.parent)
    pg = doc.pages[page]
    return " | ".join([b.text for b in pg.blocks] + [c.text for t in pg.tables for c in t.cells()])
