"""Chart styles read in round 8, on pages of the dev12 corpus (vl-convert/Vega-Lite, WeasyPrint
CSS bars, a dashboard of tiles): labels under columns not run into a note under the plot,
bars of unlike thickness read when drawn to scale, a column of value 0 drawn with no height,
grouped columns with a series left out of a group, columns whose figures are printed only in
the legend, a 100% bar with its counts inside and its shares in the key, and a chart's own
caption set over it when the next chart's caption stands under it."""
from __future__ import annotations

from pathlib import Path

import pytest

from chart_helpers import chart_bars
from pipeline.extract import extract_document

DEV12 = Path(__file__).resolve().parent.parent / "corpora" / "dev12"
SAMPLE = Path(__file__).resolve().parent.parent / "corpora" / "sample"
WESTMERE = DEV12 / "westmere-police-and-crime-panel-item-7-appendix-b-oversight-statistics.pdf"
INFOGRAPHIC = DEV12 / "infographic-who-is-watched-digital-dignity-trust-2021.pdf"
NOTE = DEV12 / "statistics-note-covert-surveillance-2016-17-to-2019-sn-12.pdf"
PORTAL = DEV12 / "open-oversight-data-portal-chart-export-od-0417.pdf"

pytestmark = pytest.mark.skipif(not DEV12.is_dir(), reason="dev12 corpus not present")


def _charts(path: Path, page: int):
    doc = extract_document(path, path.parent)
    return doc.pages[page].charts


def test_column_labels_do_not_run_into_a_note_under_the_plot():
    # "2016  2022  2023" under the columns, "2016: IOCCO; 2022 and 2023: IPC Annual Reports."
    # just under them: the note's line runs on past each column, so is no wrapped label
    got = chart_bars(WESTMERE, 0)
    assert [("2016", "166", ""), ("2022", "380", ""), ("2023", "386", "")] in got


def test_bars_of_unlike_thickness_drawn_to_scale():
    # a CSS box as tall as the figure it holds (56,918) over thin bars with their figures
    # after their ends; read because every bar is as long as its figure
    got = chart_bars(WESTMERE, 0)
    assert [("Security Service", "56,918", ""), ("Other public authorities", "2,603", ""),
            ("GCHQ", "1,406", ""), ("SIS", "672", "")] in got


def test_a_column_of_value_zero_drawn_with_no_height_and_tiles_titled_by_their_headings():
    charts = _charts(INFOGRAPHIC, 0)
    got = {c.title: [(b.label, b.value) for b in c.bars] for c in charts}
    assert got["Errors found to be serious"] == [("2018", "8"), ("2019", "14"), ("2021", "0")]
    assert got["Interception warrants examined at inspection"] == [("2013", "600"), ("2015", "1,148"), ("2016", "970")]
    assert got["Interception errors reported"] == [("2013", "57"), ("2014", "60"), ("2015", "62"),
                                                   ("2018", "13"), ("2019", "24")]


def test_grouped_columns_with_a_series_left_out_of_a_group():
    # 2016/17: Directed (LEAs), Property; Apr-Dec 2017: Property, Directed (other)
    charts = _charts(NOTE, 0)
    assert [[(b.label, b.value, b.series) for b in c.bars] for c in charts] == [[
        ("2016/17", "6,237", "Directed (LEAs)"), ("2016/17", "1,842", "Property"),
        ("Apr–Dec 2017", "1,453", "Property"), ("Apr–Dec 2017", "933", "Directed (other)")]]
    assert charts[0].title == "Chart A. Surveillance authorisations by financial year and period"


def test_columns_whose_figures_are_only_in_the_legend():
    got = chart_bars(NOTE, 1)
    assert [("SPoC", "381", ""), ("Applicant", "360", ""), ("CSP", "140", ""), ("Designated person", "22", "")] in got


def test_full_bar_with_counts_inside_and_shares_in_the_key():
    charts = _charts(WESTMERE, 1)
    bar = next(c for c in charts if c.kind == "bar")
    assert [(b.label, b.value) for b in bar.bars] == [("Red", "8%"), ("Amber", "55%"), ("Green", "37%"),
                                                      ("Red", "29"), ("Amber", "203"), ("Green", "134")]
    # its caption over it is its own, not "Chart B6." under it, which heads the next chart
    assert bar.title == "Chart B5. Inspection recommendations by rating, 2015"


def test_caption_over_a_chart_is_its_own_when_the_next_charts_caption_is_under_it():
    charts = _charts(PORTAL, 1)
    column = next(c for c in charts if c.kind == "column")
    assert column.title == "Figure 4. Communications data applications for sensitive professions"
    # a page that sets captions under their charts keeps them there: the caption over the
    # chart is the chart above's
    compendium = _charts(SAMPLE / "oversight-charts-compendium.pdf", 3)
    assert [c.title for c in compendium] == [""]
