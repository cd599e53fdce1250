"""Chart styles read in round 9, on pages of the dev corpora: plotly columns of changes
either side of the axis ("+16%" over a rise, "-19%" under a fall), bars not confused with
the boxes plotly draws round its titles' and notes' lines, a chart in a matplotlib frame
titled by the line just over the frame, a bar split into segments in the key's colours with
a narrow segment's figure outside it ("Intrusive 3", "DP 22"), a pie with bare shares round
it named by the legend beside it, small multiples on one shared axis split by their colours
and titled each by its own title, a pie with its counts in the legend ("Traffic data (0)"),
a stacked segment thinner than its figure, a donut with bare shares round it named by its
own key, a line broken by a year with no figure, a line of two marked points beside a value
axis, stacked bars whose last narrow segment is named past the end ("Combination 1%")."""
from __future__ import annotations

from pathlib import Path

import pytest

from chart_helpers import chart_bars
from pipeline.extract import extract_document

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
LANTERN = CORPORA / "dev12" / "explained-how-often-are-phones-tapped-charts-the-lantern-2019.pdf"

pytestmark = pytest.mark.skipif(not (CORPORA / "dev12").is_dir(), reason="dev corpora not present")


def _charts(path: Path, page: int):
    doc = extract_document(path, path.parent)
    return doc.pages[page].charts


def test_columns_of_changes_either_side_of_the_axis():
    got = chart_bars(LANTERN, 1)
    assert [("2012", "+16%", ""), ("2013", "-19%", ""), ("2015", "+9%", ""), ("2017", "+17.5%", "")] in got


def test_bars_beside_boxes_drawn_round_lines_of_text():
    # plotly draws a box edge to edge round each title's line, left-aligned with the bars
    got = chart_bars(LANTERN, 1)
    assert [("2015", "2.5%", ""), ("2016", "2.2%", ""), ("2018 (law enforcement)", "8%", "")] in got


def test_chart_in_a_frame_titled_by_the_line_over_the_frame():
    # matplotlib's value axis runs up to 70, over the tallest column (62); "Source C ..." is
    # set just over the axis, 75 points over the columns
    exam = CORPORA / "dev11" / "exam-board-citizenship-paper-2-insert-case-study-surveillance-2021.pdf"
    charts = _charts(exam, 1)
    assert [c.title for c in charts] == ["Source C Interception errors reported to the Commissioner"]
    assert [(b.label, b.value) for b in charts[0].bars][:2] == [("2010", "27"), ("2011", "42")]


def test_stacked_bar_with_a_narrow_segment_labelled_over_it_and_its_total_after_it():
    # "59 | 23 | 14 | ." with "Intrusive 3" over the narrow segment and "Total 99" past the end
    portal = CORPORA / "dev12" / "open-oversight-data-portal-chart-export-od-0417.pdf"
    got = chart_bars(portal, 1)
    assert [("Directed surveillance", "59", ""), ("Property interference", "23", ""), ("CHIS", "14", ""),
            ("Intrusive", "3", ""), ("Total", "99", "")] in got
    # the chart over Figure 4's caption has a caption of its own: Figure 4's stays Figure 4's
    charts = _charts(portal, 1)
    assert "Figure 4. Communications data applications for sensitive professions" in [c.title for c in charts]


def test_stacked_bar_with_its_last_segment_named_by_initials_past_the_end():
    # "2018 [381 | 360 | 140 | ] DP 22", the key naming "Designated person"
    northmoor = CORPORA / "dev14" / "northmoor-mobile-law-enforcement-disclosure-report-2019.pdf"
    got = chart_bars(northmoor, 1)
    assert [("2018", "381", "SPoC"), ("2018", "360", "Applicant"), ("2018", "140", "CSP (operators)"),
            ("2018", "22", "Designated person")] in got


def test_pie_with_bare_shares_round_it_named_by_the_legend():
    # "45%", "12%", "3%", "3%", "1%" set round the slices in line with their middles, the
    # names only in the legend beside the pie; the grey slice has no share printed
    note = CORPORA / "dev12" / "statistics-note-covert-surveillance-2016-17-to-2019-sn-12.pdf"
    pie = next(c for c in _charts(note, 1) if c.kind == "pie")
    assert [(b.label, b.value) for b in pie.bars] == [
        ("Necessity and proportionality", "45%"), ("Presentation", "12%"), ("DP not independent", "3%"),
        ("Other", "3%"), ("Error identified", "1%")]

    # a bare share is not named by another chart's key in its slice's colour across the page
    # (Figure 5's slices are in the colours of Figure 4's key, "2018" and "2024")
    portal = CORPORA / "dev12" / "open-oversight-data-portal-chart-export-od-0417.pdf"
    assert not any(b.label in ("2018", "2024") and b.value.endswith("%") for c in _charts(portal, 1) for b in c.bars)


def test_small_multiples_on_one_shared_axis_each_titled_by_its_own_title():
    # three runs of columns, one colour each, wide gaps between them, one value axis on the
    # left: "Serious errors determined" over the first, "Serious error investigations" over
    # the second (the titles on one line)
    watchful = CORPORA / "dev14" / "watchful-commons-state-of-surveillance-2021-data-explainer-3.pdf"
    got = {c.title: [(b.label, b.value) for b in c.bars] for c in _charts(watchful, 1) if c.kind == "column"}
    assert got["Serious errors determined"] == [("2013", "7"), ("2017", "24"), ("2018", "8"), ("2019", "14"), ("2021", "0")]
    assert got["Serious error investigations"] == [("2016", "29"), ("2017", "33"), ("2019", "18")]


CIVIC = CORPORA / "dev12" / "surveillance-in-charts-briefing-no-7-civic-liberty-forum-2020.pdf"


def test_pie_with_its_counts_in_the_legend_and_an_entry_of_zero_with_no_slice():
    charts = _charts(CIVIC, 1)
    pie = next(c for c in charts if c.kind == "pie" and c.title.startswith("Chart 5"))
    assert [(b.label, b.value) for b in pie.bars] == [("Subscriber information", "647"), ("Service use", "87"),
                                                      ("Traffic data", "0")]
    # its caption over it is its own though the caption under it stands under the chart beside it
    assert pie.title == "Chart 5: Council requests by type of data, 2018"


def test_stacked_segment_thinner_than_its_figure():
    # the orange segments of 5% and 2.9% are thinner than their figures, which spill over
    got = chart_bars(CIVIC, 1)
    assert [("2012", "47%", "SPoC"), ("2012", "26%", "Applicant"), ("2012", "20%", "CSP"),
            ("2012", "5%", "Designated person"), ("2016", "43.3%", "SPoC"), ("2016", "39.4%", "Applicant"),
            ("2016", "11.6%", "CSP"), ("2016", "2.9%", "Designated person")] in got


def test_donut_with_bare_shares_round_it_named_by_its_own_key():
    # Figure 5's segments are in the colours of Figure 4's key too: the key beside the donut names them
    portal = CORPORA / "dev12" / "open-oversight-data-portal-chart-export-od-0417.pdf"
    got = chart_bars(portal, 1)
    assert [("Serious crime", "68%", ""), ("National security", "31%", ""), ("Both", "1%", "")] in got


def test_line_broken_by_a_year_with_no_figure():
    # pygal draws 2010-2011 as a segment of its own with a mark at each end, then a gap for 2012
    got = chart_bars(CIVIC, 0)
    assert [("2010", "27", ""), ("2011", "42", ""), ("2013", "57", ""), ("2014", "60", ""), ("2015", "62", "")] in got


def test_line_of_two_marked_points_beside_a_value_axis():
    westmere = CORPORA / "dev12" / "westmere-police-and-crime-panel-item-7-appendix-b-oversight-statistics.pdf"
    got = chart_bars(westmere, 1)
    assert [("2013", "42,293", ""), ("2014", "55,346", "")] in got


def test_stacked_bars_with_the_last_narrow_segment_named_past_the_end():
    # three 100% bars; 2014 and 2015 end in a sliver with "Combination 1%" past the bar's end
    watchful = CORPORA / "dev14" / "watchful-commons-state-of-surveillance-2021-data-explainer-3.pdf"
    got = chart_bars(watchful, 0)
    assert [("2014", "68%", "Serious crime"), ("2014", "31%", "National security"),
            ("2014", "1%", "Combination of purposes"), ("2015", "65%", "Serious crime"),
            ("2015", "34%", "National security"), ("2015", "1%", "Combination of purposes"),
            ("2017", "65.22%", "Serious crime"), ("2017", "34.5%", "National security")] in got
