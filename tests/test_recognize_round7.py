"""Round 7 of recognition rules: statistical tables whose rows continue the row above, digest
headlines, elliptical sentences and list items met in statistical bulletins, press digests,
infographics, e-mails and decision notices. Sentences and tables written for the tests, not
taken from the corpora."""
from __future__ import annotations

from pipeline.model import Table
from recognize_helpers import cell, table_observations, text_observations


def found(rec, *texts, period="2020", kind="paragraph"):
    return {(o.metric, o.category, o.period, o.value)
            for o in text_observations(rec, *texts, period=period, kind=kind)}


def table_found(rec, rows, caption="", header_rows=1, period=None):
    t = Table(1, [[cell(c) if c is not None else None for c in r] for r in rows], (0, 0, 1, 1),
              header_rows=header_rows, caption=caption, kind="unruled")
    return {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, period=period)}


# -- a statistical table's rows continue the row above them ---------------------------------

BULLETIN = [["", "Measure", "2010", "2011", "2012"],
            ["1", "Interception warrants issued", "2,100", "2,400", ".."],
            ["2", "Change on previous year (%)", "..", "+14.3", ".."],
            ["3", "Issued for national security (%)", "40", "..", "38"],
            ["4", "Approved under the urgency procedure (number)", "..", "51", ".."],
            ["5", "Communications data errors", "..", "800", ".."],
            ["6", "of which caused by service providers (%)", "..", "15.5", ".."]]


def test_change_row_is_the_change_of_the_row_above(rec):
    got = table_found(rec, BULLETIN, caption="Table 2.1 Interception and communications data, 2010 to 2012")
    assert ("interception.warrants.issued.change", "total", "2011", 14.3) in got
    assert ("interception.warrants.issued", "total", "2011", 2400) in got


def test_row_naming_a_part_is_a_share_of_the_row_above(rec):
    got = table_found(rec, BULLETIN, caption="Table 2.1 Interception and communications data, 2010 to 2012")
    assert ("interception.warrants.issued.share", "national_security", "2010", 40) in got
    assert ("interception.warrants.issued.share", "national_security", "2012", 38) in got
    assert ("cd.errors.share", "csp", "2011", 15.5) in got
    # (a row marked "(%)" holds shares, never counts)
    assert not any(m == "interception.warrants.issued" and v == 40 for m, _, _, v in got)


def test_row_naming_a_qualifier_is_the_metric_it_defines_under_the_row_above(rec):
    got = table_found(rec, BULLETIN, caption="Table 2.1 Interception and communications data, 2010 to 2012")
    assert ("interception.warrants.urgent", "", "2011", 51) in got


def test_section_row_says_what_the_rows_under_it_are_about(rec):
    rows = [["", "Measure", "2014", "2015"],
            ["", "A. Interception", None, None],
            ["1", "Applications refused by Secretaries of State", "..", "9"],
            ["", "B. Communications data", None, None],
            ["2", "Applications returned by the designated person", "310", ".."]]
    got = table_found(rec, rows, caption="Table 3 Interception and communications data, 2014 and 2015")
    assert got == {("interception.warrants.refused", "", "2015", 9), ("cd.applications.returned", "", "2014", 310)}


def test_row_naming_its_metric_and_a_part_of_it(rec):
    # (the caption names no metric: each row names its own)
    rows = [["", "2013", "2014"], ["Communications data inspections", "31", "29"],
            ["Interception warrants issued", "2,700", "2,800"]]
    got = table_found(rec, rows, caption="Oversight in figures, 2013 and 2014")
    assert ("inspections", "communications_data", "2013", 31) in got
    assert ("inspections", "communications_data", "2014", 29) in got
    assert ("interception.warrants.issued", "total", "2014", 2800) in got
