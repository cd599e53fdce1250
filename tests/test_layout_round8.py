"""Layout reading, round 8: dev11's genres (a press-conference transcript with every line
numbered in the margin; a one-page briefing of big figures with their labels set beside them
and wrapped, in two columns). Each PDF is built into tmp_path; each test fails without the
change it covers."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pipeline.extract import extract_document


def _page(path: Path):
    return extract_document(path, path.parent).pages[0]


# ---------------------------------------------------------------------------
# 1. A transcript: every line of text numbered in the left margin.

_TRANSCRIPT = [
    ["CHAIR: Good morning. We have about forty minutes. The Commissioner will say a",
     "few words and then take questions. Please give your name and outlet."],
    ["THE COMMISSIONER: Thank you. The report covers the calendar year 2019. I want",
     "to start with communications data, because that is where the volume is. In",
     "2019, 200,665 requests for communications data were approved. That is a new",
     "way of counting, so please do not set it against the item counts of earlier",
     "years."],
    ["THE COMMISSIONER: On interception, law enforcement agencies reported 24",
     "relevant errors, up from 13 in 2018. None of the serious errors I determined",
     "related to interception."],
    ["MR HOLLIS (Wire service): On journalists. How many applications were there to",
     "find a journalist's sources?"],
]


def _transcript(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Courier", size=9.5)
    y, n = 60.0, 1
    for para in _TRANSCRIPT:
        for line in para:
            pdf.set_xy(50, y)
            pdf.cell(18, 12, str(n), align="R")
            pdf.set_xy(84, y)
            pdf.cell(450, 12, line)
            y += 13.2
            n += 1
        y += 6.6
    pdf.output(str(path))
    return path


def test_transcript_margin_line_numbers_are_dropped(tmp_path):
    page = _page(_transcript(tmp_path / "transcript.pdf"))
    assert page.tables == []
    texts = [b.text for b in page.blocks]
    assert any(t.startswith("THE COMMISSIONER: On interception, law enforcement agencies reported 24 relevant "
                            "errors, up from 13 in 2018.") for t in texts), texts
    assert not any(t.split()[0].isdigit() for t in texts), texts


def _numbered_table(path: Path) -> Path:
    """A table whose rows are numbered (and referred to by number): its numbers stay."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    y = 60.0
    for n in range(1, 11):
        pdf.set_xy(50, y)
        pdf.cell(10, 12, str(n))
        pdf.set_xy(80, y)
        pdf.cell(200, 12, f"Interception warrants measure number {n}")
        for k, x in enumerate((300, 360, 420, 480)):
            pdf.set_xy(x, y)
            pdf.cell(50, 12, f"{(n * 137 + k * 59) % 900 + 100:,}", align="R")
        y += 14
    pdf.output(str(path))
    return path


def test_numbered_table_rows_keep_their_numbers(tmp_path):
    page = _page(_numbered_table(tmp_path / "table.pdf"))
    cells = [c.text for t in page.tables for r in t.rows for c in r if c is not None]
    words = cells + [w for b in page.blocks for w in b.text.split()]
    assert "7" in words and "10" in words


# ---------------------------------------------------------------------------
# 2. Big figures with their labels beside them, wrapped under themselves, in two columns.

_LEFT = [("3,535", ["interception warrants issued in 2017,", "the last full year under the 2000 Act"]),
         ("2,306", ["warrants in 2017 for the prevention or", "detection of serious crime"]),
         ("67", ["warrants approved under the urgency", "procedure in 2016"]),
         ("970", ["warrants examined by inspectors", "during 2016"])]
_RIGHT = [("808,214", ["items of communications data", "obtained in 2018"]),
          ("903", ["communications data errors reported", "in 2018"]),
          ("360", ["made by applicants"]),
          ("140", ["made by communications service", "providers"])]


def _key_figures(path: Path) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(48, 130)
    pdf.cell(200, 12, "Interception")
    pdf.set_xy(312, 130)
    pdf.cell(200, 12, "Communications data")
    pdf.line(300, 130, 300, 780)
    for col, x in ((_LEFT, 48), (_RIGHT, 312)):
        y = 160.0
        for fig, label in col:
            pdf.set_font("Helvetica", "B", 15)
            pdf.set_xy(x, y)
            pdf.cell(80, 15, fig, align="R")
            pdf.set_font("Helvetica", size=8.8)
            for k, line in enumerate(label):
                pdf.set_xy(x + 84, y + 2 + 11 * k)
                pdf.cell(170, 9, line)
            y += 52
    pdf.output(str(path))
    return path


def test_big_figure_keeps_its_wrapped_label(tmp_path):
    page = _page(_key_figures(tmp_path / "kf.pdf"))
    texts = [(b.kind, b.text) for b in page.blocks]
    for fig, label in _LEFT + _RIGHT:
        assert ("bullet", " ".join([fig] + label)) in texts, texts
