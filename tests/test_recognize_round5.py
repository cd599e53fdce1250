"""Round 5 of recognition rules: charts without a caption block, pie labels that are not parts
of the chart's metric, and further general phrasings of statistical prose and tables. Pages,
sentences and tables written for the tests, not taken from the corpora."""
from __future__ import annotations

from pipeline.model import Block, Chart, ChartBar, PageContent
from pipeline.recognize import Context

from recognize_helpers import text_observations


def found(rec, *texts, period="2020"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


def page_of(*blocks, charts=()):
    return PageContent(1, 595, 842, [Block(t, [], box, kind) for kind, t, box in blocks], [], charts=list(charts))


def chart(bars, bbox=(100, 120, 400, 260)):
    return Chart(1, [ChartBar(label, value, (0, 0, 1, 1)) for label, value in bars], bbox)


def page_found(rec, page, period="2021"):
    return {(o.metric, o.category, o.period, o.value)
            for o in rec.recognize_page(page, Context("r.pdf", "abc", period)) if o.method == "chart"}


YEARS = [("2014", "1,210"), ("2015", "1,305"), ("2016", "1,150")]


# -- a chart without a caption block takes its title from the line next to it ------------

def test_chart_titled_by_the_heading_just_above_it(rec):
    page = page_of(("heading", "Communications data errors reported each year", (60, 95, 300, 108)),
                   ("paragraph", "Source: annual reports. Graphic: the desk", (60, 270, 300, 280)),
                   charts=[chart(YEARS)])
    assert page_found(rec, page) == {("cd.errors", "total", y, float(v.replace(",", ""))) for y, v in YEARS}


def test_chart_titled_by_a_chart_label_below_it(rec):
    page = page_of(("paragraph", "Table 7: Inspections carried out, 2010 to 2013", (60, 40, 300, 50)),
                   ("paragraph", "Chart 4: Interception warrants issued, 2014 to 2016", (60, 280, 300, 290)),
                   charts=[chart(YEARS)])
    assert page_found(rec, page) == {("interception.warrants.issued", "total", y, float(v.replace(",", "")))
                                     for y, v in YEARS}


def test_chart_with_no_title_nearby_gives_nothing(rec):
    # the only text is far from the chart, and a source line is no title
    page = page_of(("heading", "Communications data errors", (60, 20, 300, 30)),
                   ("paragraph", "Source: annual reports", (60, 265, 300, 275)),
                   charts=[chart(YEARS)])
    assert page_found(rec, page) == set()


# -- a pie's labels are parts of the chart's metric, or name nothing ----------------------

def test_pie_labels_that_are_no_parts_of_the_metric_are_dropped(rec):
    page = page_of(("caption", "Figure 2: Interception errors by agency type, 2018", (60, 90, 300, 100)),
                   charts=[chart([("Routine", "92%"), ("Unusual", "8%")])])
    assert page_found(rec, page) == set()


def test_pie_labels_that_are_parts_keep_their_category(rec):
    page = page_of(("caption", "Figure 1: Interception warrants by statutory purpose, 2014", (60, 90, 300, 100)),
                   charts=[chart([("Serious crime", "68%"), ("National security", "31%")])])
    assert page_found(rec, page) == {("interception.warrants.issued.share", "serious_crime", "2014", 68),
                                     ("interception.warrants.issued.share", "national_security", "2014", 31)}
