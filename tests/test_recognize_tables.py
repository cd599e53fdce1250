"""Table shapes from the dev2 patterns: periods apart from their columns, percent and money
headers, categories in columns, label-and-value cells. Tables built by hand."""
from __future__ import annotations

from pipeline.model import Table
from recognize_helpers import cell, table_observations


c = cell


def got(rec, table, period="2018"):
    return {(o.metric, o.category, o.period, o.value, o.unit) for o in table_observations(rec, table, period)}


def test_years_over_a_second_header_row(rec):
    # the year row came out as a line above the table; the table's own header is "(IOCCO) | (IPCO)"
    rows = [[None, c("(IOCCO)"), c("(IPCO)"), c("(IPCO)")],
            [c("Communications data errors"), c("1,210"), c("931"), c("–")],
            [c("Errors determined to be serious"), c("–"), c("22"), c("7")]]
    t = Table(page=3, rows=rows, bbox=(0, 0, 1, 1), header_rows=1, title="2015 2016 2017")
    assert got(rec, t) == {("cd.errors", "total", "2015", 1210, "errors"), ("cd.errors", "total", "2016", 931, "errors"),
                           ("errors.serious.determined", "total", "2016", 22, "errors"),
                           ("errors.serious.determined", "total", "2017", 7, "errors")}


def test_shifted_header_and_percent_row(rec):
    rows = [[c("Reason for return 2014"), c("2015"), None],
            [c("(% of returns)"), c("(% of returns)"), c("(% of returns)")],
            [c("Necessity and proportionality"), c("41"), c("–")], [c("Other"), c("7"), c("12")]]
    t = Table(page=4, rows=rows, bbox=(0, 0, 1, 1), header_rows=1,
              caption="Table 3: Applications returned by the designated person, by reason")
    out = got(rec, t)
    assert ("cd.applications.returned.share", "necessity_proportionality", "2014", 41, "percent") in out
    assert ("cd.applications.returned.share", "other", "2015", 12, "percent") in out
    assert all(o[0].endswith(".share") for o in out)


def test_money_multiplier_in_header(rec):
    rows = [[c("Organisation"), c("Fine (GBP m)"), c("Year")],
            [c("Marriott International Inc"), c("12.5"), c("2021/22")]]
    t = Table(page=1, rows=rows, bbox=(0, 0, 1, 1), header_rows=1, caption="Table 1: Monetary penalties issued by the ICO")
    assert got(rec, t, None) == {("ico.fines", "marriott", "2021-04/2022-03", 12_500_000, "GBP")}


def test_category_in_column_header_and_crosstab(rec):
    rows = [[c("Year"), c("Directed surveillance (law enforcement)")], [c("2018"), c("5,120")], [c("2019"), c("4,980")]]
    t = Table(page=1, rows=rows, bbox=(0, 0, 1, 1), header_rows=1, caption="Table 2: Authorisations granted")
    assert got(rec, t) == {("directed_surveillance.authorisations", "law_enforcement", "2018", 5120, "authorisations"),
                           ("directed_surveillance.authorisations", "law_enforcement", "2019", 4980, "authorisations")}
    rows = [[None, c("Single point"), c("Service")], [c("Error type"), c("of contact"), c("provider")],
            [c("Wrong data requested"), c("–"), c("31")], [c("Total, all error types"), c("402"), c("118")]]
    t = Table(page=1, rows=rows, bbox=(0, 0, 1, 1), header_rows=1,
              caption="Table 5: Communications data errors by type and person responsible, 2019")
    out = {(m, cat, p, v) for m, cat, p, v, _ in got(rec, t)}
    assert ("cd.errors", "spoc", "2019", 402) in out and ("cd.errors", "csp", "2019", 118) in out
    # an error type is not a responsible party: no metric fits, so it is kept unclassified
    assert ("unclassified", "", "2019", 31) in out
    assert not any(m == "cd.errors" and v == 31 for m, _, _, v in out)


def test_part_year_label_and_label_value_cells(rec):
    rows = [[c("Year"), c("Errors")], [c("2007 (Apr–Dec)"), c("812")], [c("2008"), c("595")]]
    t = Table(page=1, rows=rows, bbox=(0, 0, 1, 1), header_rows=1, caption="Table 4: Communications data errors")
    assert ("cd.errors", "total", "2007-04/2007-12", 812, "errors") in got(rec, t)
    rows = [[c("Inspections carried out, 2022: 371")], [c("Interception warrants issued, 2016:"), c("3,007")]]
    t = Table(page=1, rows=rows, bbox=(0, 0, 1, 1), header_rows=0)
    assert {(m, p, v) for m, _, p, v, _ in got(rec, t, "2024")} == {
        ("inspections", "2022", 371), ("interception.warrants.issued", "2016", 3007)}


def test_breakdown_after_a_colon(rec):
    rows = [[None, c("Items obtained in 2019")], [c("All public authorities"), c("901,442")],
            [c("Local authorities: subscriber information"), c("512")]]
    t = Table(page=1, rows=rows, bbox=(0, 0, 1, 1), header_rows=1, title="Communications data")
    out = {(m, cat, p, v) for m, cat, p, v, _ in got(rec, t)}
    assert ("cd.items.data_type", "subscriber", "2019", 512) in out
