"""Chart styles read in round 10, on pages of the dev corpora: charts set beside a column of
takeaway text (Typst's explainer layout: "CHART 2" and a headline and paragraph left of each
chart), whose prose is no bar label and whose "CHART n" caption is no title of the chart."""
from __future__ import annotations

from pathlib import Path

import pytest

from chart_helpers import chart_bars
from pipeline.extract import extract_document

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
PENNINE = CORPORA / "dev15" / "pennine-policy-institute-explainer-31-surveillance-oversight-in-ten-charts.pdf"

pytestmark = pytest.mark.skipif(not (CORPORA / "dev15").is_dir(), reason="dev corpora not present")


def _charts(path: Path, page: int):
    doc = extract_document(path, path.parent)
    return doc.pages[page].charts


def test_prose_beside_the_chart_is_no_bar_label():
    # "Inspectors made 366 recommendations to public" is set in line with the bar "Red", a
    # wide gap left of it: the label is the run of words next to the axis
    got = chart_bars(PENNINE, 0)
    assert [("Red", "29", ""), ("Amber", "203", ""), ("Green", "134", "")] in got
    assert [("Necessity", "45%", ""), ("Presentation", "12%", ""), ("DP not indep.", "3%", ""),
            ("Error found", "1%", ""), ("Other", "3%", "")] in got


def test_prose_beside_the_charts_of_the_next_page_is_no_label():
    got = chart_bars(PENNINE, 1)
    assert [("SPoC", "43.3%", ""), ("Applicant", "39.4%", ""), ("Provider", "11.6%", ""),
            ("Designated person", "2.9%", "")] in got
    assert [("British Airways", "£20m", ""), ("Marriott", "£18.4m", ""), ("Clearview AI", "£7.5m", "")] in got


def test_chart_beside_a_caption_column_titled_by_the_line_over_it():
    # "CHART 2" heads the takeaway beside the chart; the chart's title is the line over it
    titles = [c.title for c in _charts(PENNINE, 0)]
    assert titles == ["Communications data errors reported", "Recommendations by RAG rating, 2015",
                      "Reasons applications were returned, 2015"]
    titles = [c.title for c in _charts(PENNINE, 1)]
    assert "Share of communications data errors, 2016" in titles
    assert "Items by communication type, 2019" in titles
    # the labels of the chart over it are no title of the chart under it
    assert "Designated person" not in titles
