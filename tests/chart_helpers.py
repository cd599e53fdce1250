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


class TopDown:
    """A reportlab canvas drawn in the page's top-down coordinates (as pdfplumber reads
    them): boxes by (x0, top, x1, bottom), text by its left edge and top."""

    def __init__(self, canvas, height: float):
        self.c, self.h = canvas, height

    def rect(self, x0, top, x1, bottom, rgb=(0.2, 0.3, 0.5)):
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x0, self.h - bottom, x1 - x0, bottom - top, stroke=0, fill=1)

    def dot(self, cx, cy, r, rgb):
        self.c.setFillColorRGB(*rgb)
        self.c.circle(cx, self.h - cy, r, stroke=0, fill=1)

    def line(self, x0, y0, x1, y1, rgb=(0.7, 0.7, 0.7), width=1.0):
        self.c.setStrokeColorRGB(*rgb)
        self.c.setLineWidth(width)
        self.c.line(x0, self.h - y0, x1, self.h - y1)

    def text(self, x, top, s, size=8, bold=False, rgb=(0, 0, 0), anchor="left"):
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.c.setFont(font, size)
        self.c.setFillColorRGB(*rgb)
        if anchor == "centre":
            x -= self.c.stringWidth(s, font, size) / 2
        elif anchor == "right":
            x -= self.c.stringWidth(s, font, size)
        self.c.drawString(x, self.h - top - 0.8 * size, s)


def rl_page(path: Path, draw, size=(595.28, 841.89)) -> Path:
    """One A4 page drawn by draw(TopDown) with reportlab: exact shapes where a test needs
    them (a bar 1.5 points wide, dots of two colours on one row)."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    draw(TopDown(c, size[1]))
    c.showPage()
    c.save()
    return path


def observations(path: Path) -> list:
    """(metric, category, period, value) of every observation read from the PDF (a figure
    read both from a chart and from prose is one)."""
    from pipeline.recognize import Recognizer
    doc = extract_document(path, path.parent)
    return [(o.metric, o.category, o.period, o.value) for o in Recognizer().recognize_document(doc)]


def rl_wedge(d: TopDown, cx: float, cy: float, r: float, start: float, extent: float, rgb, pull: float = 0.0):
    """A pie slice drawn on a TopDown canvas as reportlab.graphics draws one: a filled path
    from the centre (cx, cy, top-down) out along `start` and round the rim by `extent`
    degrees (counter-clockwise as seen on the page, reportlab's sense), moved out of the pie
    by `pull` points along its middle (an exploded slice)."""
    import math
    mid = math.radians(start + extent / 2)
    cx, cy = cx + pull * math.cos(mid), cy - pull * math.sin(mid)
    y = d.h - cy
    p = d.c.beginPath()
    p.moveTo(cx, y)
    p.arcTo(cx - r, y - r, cx + r, y + r, startAng=start, extent=extent)
    p.close()
    d.c.setFillColorRGB(*rgb)
    d.c.drawPath(p, stroke=0, fill=1)
