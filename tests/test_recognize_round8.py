"""Round 8 of recognition rules: reference columns in a letter's annex, zero words that say a
figure was not published, and money paired with the names told before it. Sentences and
tables written for the tests, not taken from the corpora."""
from __future__ import annotations

from pipeline.model import Block, Cell, PageContent, Table
from pipeline.recognize import Context
from recognize_helpers import cell, table_observations, text_observations


def found(rec, *texts, period="2020", kind="paragraph"):
    return {(o.metric, o.category, o.period, o.value)
            for o in text_observations(rec, *texts, period=period, kind=kind)}


def table_found(rec, rows, caption="", header_rows=1, period=None):
    t = Table(1, [[cell(c) if c is not None else None for c in r] for r in rows], (0, 0, 1, 1),
              header_rows=header_rows, caption=caption, kind="unruled")
    return {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, period=period)}


# -- a column headed as a pointer into the text holds no statistic ---------------------------

def test_reference_column_holds_no_statistic(rec):
    rows = [["Organisation", "ICO year", "Penalty (£)", "Letter para."],
            ["Marriott International Inc", "2020/21", "18,400,000", "3"],
            ["Clearview AI Inc", "2022/23", "7,500,000", "6"]]
    got = table_found(rec, rows, caption="Annex: monetary penalties issued")
    assert ("ico.fines", "clearview", "2022-04/2023-03", 7500000) in got
    # (the paragraph numbers 3 and 6 are no fines, nor any other figure)
    assert not any(v in (3, 6) for _, _, _, v in got)


def test_reference_header_needs_the_whole_header(rec):
    # "Number of errors" is a count, not a pointer
    rows = [["Year", "Number of communications data errors"], ["2016", "1,200"], ["2017", "1,100"]]
    got = table_found(rec, rows, caption="Communications data errors")
    assert ("cd.errors", "total", "2017", 1100) in got


# -- "no" before the noun of what was not published is no zero ------------------------------

def test_no_total_published_is_no_zero(rec):
    got = found(rec, "No interception errors total was published for 2014.", period="2014")
    assert not any(v == 0 for _, _, _, v in got)


def test_no_errors_in_total_is_still_zero(rec):
    got = found(rec, "There were no interception errors in total in 2015.", period="2015")
    assert ("interception.errors", "", "2015", 0) in got


# -- money paired with the names right before it ---------------------------------------------

def test_fines_take_the_company_named_right_before_them(rec):
    got = found(rec, "In 2022/23 the Commissioner fined Clearview AI Inc £7.5m and Interserve Group Ltd £4.4m.")
    assert ("ico.fines", "clearview", "2022-04/2023-03", 7500000) in got
    assert ("ico.fines", "interserve", "2022-04/2023-03", 4400000) in got
    assert ("ico.fines", "interserve", "2022-04/2023-03", 7500000) not in got


# -- a relative clause placing the figure in a period dates it ------------------------------

def test_figure_falls_in_the_year_its_relative_clause_names(rec):
    got = found(rec, "The largest penalty remains the one imposed on British Airways in October 2020, "
                     "of £20 million, which falls in our financial year 2020/21.", period="2023")
    assert ("ico.fines", "british_airways", "2020-04/2021-03", 20000000) in got
    assert ("ico.fines", "british_airways", "2020", 20000000) not in got


def test_other_relative_clause_periods_still_date_only_their_clause(rec):
    got = found(rec, "British Airways was fined £20 million in October 2020, which was the largest "
                     "penalty of 2020/21.", period="2023")
    assert ("ico.fines", "british_airways", "2020", 20000000) in got


# -- "such" points back to the kind the figure before counted -------------------------------

def test_such_applications_are_of_the_kind_counted_before(rec):
    got = found(rec, "In 2018, 106 applications sought to identify a journalist's source.",
                "In 2019 Judicial Commissioners considered 15 such applications.", period="2019")
    assert ("cd.applications.journalistic_source", "", "2019", 15) in got
    assert not any(m == "cd.applications" and v == 15 for m, _, _, v in got)


def test_such_needs_a_narrower_kind_before(rec):
    # the figure before counts something else: "such" cannot narrow the noun to it
    got = found(rec, "In 2018 the Commissioner found eight serious errors.",
                "In 2019 Judicial Commissioners considered 15 such applications for communications data.",
                period="2019")
    assert not any(m.startswith("errors") and v == 15 for m, _, _, v in got)


# -- a lettered note on a cell of a table of years: the cell's column and year ---------------

def _year_table_page(note: str) -> PageContent:
    def c(text, marks=()):
        return Cell(text, (0, 0, 1, 1), footnotes=list(marks))
    rows = [[c(""), c("Interception"), c("Communications data")],
            [c("Year"), c("Warrants issued"), c("Errors reported")],
            [c("2016"), c("3,007"), c("1,101", "b")],
            [c("2017"), c("3,535", "c"), c("926")]]
    table = Table(1, rows, (60, 300, 500, 360), header_rows=2, caption="Table 1 Interception and communications data, 2016 to 2017")
    return PageContent(1, 595, 842, [
        Block("Table 1 Interception and communications data, 2016 to 2017", [], (60, 280, 500, 295), "caption"),
        Block(note, [], (60, 380, 500, 420), "paragraph")], [table])


def test_bare_lettered_note_takes_its_cells_year_and_column(rec):
    page = _year_table_page("b The covering letter gives 1,200 errors. c 2,306 warrants were issued for serious "
                            "crime and 1,219 in the interests of national security.")
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2019"))}
    assert ("interception.warrants.issued", "serious_crime", "2017", 2306) in got
    assert ("interception.warrants.issued", "national_security", "2017", 1219) in got
    # (the note on the communications data errors cell counts those errors, in 2016)
    assert ("cd.errors", "total", "2016", 1200) in got
    assert not any(m.startswith("interception.errors") for m, _, _, _ in got)


def test_note_naming_its_own_year_keeps_it(rec):
    page = _year_table_page("c In 2018, 2,400 warrants were issued for serious crime.")
    got = {(o.metric, o.category, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", "2019"))}
    assert ("interception.warrants.issued", "serious_crime", "2018", 2400) in got
