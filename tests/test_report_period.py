"""The period a report is about may be printed only in its running header ("Annual review
2016" over every page, set aside from the text as furniture): figures without a year of
their own then take it, and the run's document list records it."""
from __future__ import annotations

from pipeline.extract import extract_document
from pipeline.recognize import document_period
from test_extract import make_pdf, text_at


def _page(lines):
    def draw(c):
        text_at(c, 60, 40, "Annual review 2016", size=8)
        text_at(c, 60, 60, "SECTION 3 · THE YEAR IN REVIEW", size=8)
        for i, line in enumerate(lines):
            text_at(c, 60, 100 + 14 * i, line)
    return draw


def test_running_header_dates_the_report(tmp_path, rec):
    pdf = make_pdf(tmp_path / "spread.pdf", [
        _page(["Only 5 applications for interception warrants were refused outright.",
               "Our inspectors visited every intercepting agency."]),
        _page(["Public authorities reported 1,101 communications data errors.",
               "The inspection programme ran all year."])])
    doc = extract_document(pdf, tmp_path)
    assert "Annual review 2016" in doc.pages[0].furniture   # set aside from the text
    assert document_period(doc) == "2016"
    got = {(o.metric, o.period, o.value) for o in rec.recognize_document(doc)}
    assert ("cd.errors", "2016", 1101) in got


def test_no_year_without_a_report_title_or_header(tmp_path):
    def draw(c):
        text_at(c, 60, 100, "Public authorities reported 1,101 communications data errors.")
    doc = extract_document(make_pdf(tmp_path / "note.pdf", [draw]), tmp_path)
    assert document_period(doc) is None
