"""Layout reading, round 10: dev15's WeasyPrint statistical release (a table with row rules
only, across the gutter of the two columns under it, bilingual headers over figures set
flush right) and fpdf2 briefing (a figure set flush right against the next column's text),
dev14's markdown-pdf tender (an HTML table with a two-row header) and Typst newspaper page
(five justified narrow columns, a tall headline beside two lines of the next column). Each
test reads a development document's page, or a PDF built into tmp_path, and fails without
the change it covers."""
from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from pipeline.extract import extract_document

ROOT = Path(__file__).resolve().parent.parent


def _doc(corpus: str, prefix: str) -> Path:
    found = sorted((ROOT / "corpora" / corpus).glob(prefix + "*.pdf"))
    if not found:
        pytest.skip(f"{corpus}/{prefix}*.pdf not present")
    return found[0]


def _page(path: Path, n: int = 0):
    return extract_document(path, path.parent).pages[n]


def _rows(table) -> list[list[str]]:
    return [[c.text if c else "" for c in row] for row in table.rows]


# ---------------------------------------------------------------------------
# 1. A table whose row rules run across the page's gutter is read across it: its last
#    columns, right of the gutter, stay in the table. Its header labels, set flush left
#    over figures set flush right, belong to the cell their rule pieces bound.

def test_ruled_table_across_the_gutter_keeps_its_right_columns():
    page = _page(_doc("dev15", "ystadegau-"), 1)
    tables = [t for t in page.tables if any("2,760" in c for r in _rows(t) for c in r)]
    assert len(tables) == 1, [_rows(t) for t in page.tables]
    rows = _rows(tables[0])
    assert rows[0] == ["Blwyddyn / Year", "Gwarantau a roddwyd / Warrants issued",
                       "Gwallau rhyng-gipio / Interception errors", "Gwallau data / Data errors"], rows
    assert ["2013", "2,760", "57", "970"] in rows, rows
    assert ["2015", "3,059", "62", "1,199"] in rows, rows


def test_rule_pieces_split_a_flush_right_figure_from_the_text_beside_it():
    page = _page(_doc("dev15", "upia-members-briefing-"), 1)
    (table,) = [t for t in page.tables if any("IOCCO 2013" in c for r in _rows(t) for c in r)]
    rows = _rows(table)
    assert rows[0] == ["Year", "Errors reported", "Serious errors", "Source"], rows
    assert ["2013", "970", "7", "IOCCO 2013"] in rows, rows


def _row_ruled_table(path: Path) -> Path:
    """fpdf2: a table drawn as a rule piece under each cell, the figures flush right and a
    text column flush left right after the figures' column."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    edges = [60, 140, 260, 380, 540]
    rows = [["Year", "Errors reported", "Serious errors", "Source"],
            ["2008", "595", "-", "IOCCO 2008"], ["2013", "970", "7", "IOCCO 2013"],
            ["2017", "926", "24", "IPCO 2017"]]
    y = 100
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            x0, x1 = edges[c], edges[c + 1]
            pdf.set_xy(x0 + 3, y)
            align = "R" if r and c in (1, 2) else "L"
            pdf.cell(x1 - x0 - 6 + (3 if align == "R" else 0), 14, text, align=align)
            pdf.line(x0, y + 16, x1, y + 16)
        y += 16
    pdf.output(str(path))
    return path


def test_rule_pieces_split_cells_in_a_built_table(tmp_path):
    page = _page(_row_ruled_table(tmp_path / "rules.pdf"))
    (table,) = page.tables
    rows = _rows(table)
    assert ["2013", "970", "7", "IOCCO 2013"] in rows, rows
    assert ["2017", "926", "24", "IPCO 2017"] in rows, rows


# ---------------------------------------------------------------------------
# 2. A ruled table with a two-row header ("Year covered" boxed down both rows): both rows
#    are header rows.

def test_ruled_table_two_row_header():
    page = _page(_doc("dev14", "itt-2024-0457-"), 0)
    (table,) = [t for t in page.tables if any("2,760" in c for r in _rows(t) for c in r)]
    assert table.header_rows == 2, (_rows(table), table.header_rows)
    assert _rows(table)[1] == ["Year covered", "Warrants issued", "Errors", "Items obtained", "Errors"]


# ---------------------------------------------------------------------------
# 3. Five narrow justified columns: the gutters a few points wide are found (one beside a
#    column whose upper part is an advert read apart), and a headline's tall words no longer
#    hold two lines of the column beside it in one row.

def test_newspaper_narrow_columns_are_not_mixed():
    page = _page(_doc("dev14", "kennet-valley-gazette-"), 0)
    text = "\n".join(b.text for b in page.blocks)
    assert "The watchdog, which oversees more than 600 public authorities including Kennet District " \
           "Council, carried out 386 inspections that year." in text, text
    assert "Councillors on the council's audit committee will next Tuesday review its policy" in text, text
    assert "Public bodies across the UK made just under 360,000 authorisations to use investigatory " \
           "powers in 2023" in text, text
    assert "it granted 792 of the 933 directed surveillance authorisations" in text, text
