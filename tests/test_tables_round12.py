"""Tables, round 12: table-form precision and recall on the sixteenth development part. A
column of figures under a header naming a finer metric than the row's ("Of which time or date
errors"); a row naming one part of a metric counted only by parts ("Requests made to
Lycamobile"); a row naming urgent oral requests for communications data; numbered footnotes
under the text, read as text and not as a table. Each test builds a small PDF or a Table of its
own (no corpus document) and fails without the change it covers."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pipeline.extract import extract_document
from pipeline.model import Table
from recognize_helpers import cell, table_observations


def _found(rec, rows: list, caption: str = "", header_rows: int = 1, period: str = "2018") -> set:
    table = Table(page=1, rows=[[cell(t) if t else None for t in r] for r in rows], bbox=(0, 0, 1, 1),
                  header_rows=header_rows, caption=caption)
    return {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, table, period)}


# ---------------------------------------------------------------------------
# 1. "Who made the error | All errors | Of which time or date errors": the second column counts
#    the errors with a wrong time or date (a metric under communications data errors, with the
#    same breakdown by who made them), not communications data errors a second time.

def test_header_with_the_context_of_a_finer_metric_counts_it(rec):
    got = _found(rec, [["Who made the error", "All errors", "Of which time or date errors"],
                       ["Single point of contact", "412", "187"],
                       ["Communications service provider", "133", "61"],
                       ["All", "871", "–"]],
                 caption="Communications data errors by who made them, 2018")
    assert ("cd.errors.time_date", "spoc", "2018", 187) in got, got
    assert ("cd.errors.time_date", "csp", "2018", 61) in got, got
    assert ("cd.errors", "spoc", "2018", 412) in got, got
    assert ("cd.errors", "total", "2018", 871) in got, got
    assert not any(m == "cd.errors" and v in (187, 61) for m, _, _, v in got), got


# ---------------------------------------------------------------------------
# 2. An annex of figures cited, one figure a row: "Requests made to Lycamobile" names a part
#    (a company) of requests counted only by company, and "Urgent oral requests for
#    communications data" the urgent oral ones, not all requests for communications data.

_CITED_HEAD = ["Ref", "Figure cited by respondent", "Period", "Para", "Figure"]


def test_row_naming_a_part_of_a_metric_counted_only_by_parts(rec):
    got = _found(rec, [_CITED_HEAD,
                       ["R-018", "Requests by other public authorities", "2012", "4.6", "2,411"],
                       ["R-034", "Requests made to Lycamobile", "2024", "12.4", "16,020"],
                       ["R-034", "Requests made to Lycamobile", "2025", "12.4", "88,310"]],
                 caption="Annex B: figures cited by respondents")
    assert ("cd.requests.company", "lycamobile", "2024", 16020) in got, got
    assert ("cd.requests.company", "lycamobile", "2025", 88310) in got, got


def test_urgent_oral_requests_for_communications_data_row(rec):
    got = _found(rec, [_CITED_HEAD,
                       ["R-011", "Urgent oral requests for communications data", "2013", "6.1", "40,118"],
                       ["R-018", "Requests by other public authorities", "2012", "4.6", "2,411"]],
                 caption="Annex B: figures cited by respondents")
    assert ("cd.urgent_oral", "", "2013", 40118) in got, got
    assert not any(m == "cd.requests" and v == 40118 for m, _, _, v in got), got


# ---------------------------------------------------------------------------
# 3. Numbered footnotes under the text, their numbers set at 6.5 pt beside notes at 7.5 pt (a
#    little over the small-text cutoff, so not set aside as markers): a column of numbers and a
#    column of sentences, read as text, not as a table whose figures are the note numbers.

_NOTES = ["Surveillance of people in public places was older and larger than this chapter shows.",
          "Complaints to the tribunal remained few; it received 162 in 2009.",
          "Interception errors were counted separately: 31 in 2010 and 44 in 2011."]


def _notes_page(path: Path, number_size: float) -> Path:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(64, 80)
    pdf.multi_cell(450, 13, "Errors were present from the start. The Commissioner was told of many errors "
                            "in those nine months, most of them by public authorities and the rest by providers.")
    y = 730.0
    for k, note in enumerate(_NOTES, 1):
        pdf.set_font("Helvetica", size=number_size)
        pdf.set_xy(64, y)
        pdf.cell(8, 8, str(k))
        pdf.set_font("Helvetica", size=7.5)
        pdf.set_xy(74, y)
        pdf.cell(440, 8, note)
        y += 12.5
    pdf.output(str(path))
    return path


def test_numbered_footnotes_are_text_not_a_table(tmp_path):
    page = extract_document(_notes_page(tmp_path / "notes.pdf", 6.5), tmp_path).pages[0]
    assert not page.tables, [[c.text for c in r if c] for t in page.tables for r in t.rows]
    text = " ".join(b.text for b in page.blocks)
    assert "it received 162 in 2009." in text and "31 in 2010 and 44 in 2011." in text, text


def test_numbered_rows_in_the_type_of_their_text_stay_a_table(tmp_path):
    # (the same rows with numbers as large as the text are not footnotes by their type: the
    # rule leaves them to the table finder as before)
    page = extract_document(_notes_page(tmp_path / "rows.pdf", 7.5), tmp_path).pages[0]
    found = [[c.text for c in r if c] for t in page.tables for r in t.rows]
    assert [r[0] for r in found] == ["1", "2", "3"], found
