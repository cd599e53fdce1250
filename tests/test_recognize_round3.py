"""Round 3 of table rules from the dev2 report: tables built for the tests."""
from __future__ import annotations

from pipeline.model import Table
from recognize_helpers import cell, table_observations


def found(rec, rows, header_rows=1, caption="", title="", period="2020"):
    t = Table(page=1, rows=[[cell(x) for x in r] for r in rows], bbox=(0, 0, 1, 1), header_rows=header_rows,
              caption=caption, title=title)
    return {(o.metric, o.category, o.period, o.value) for o in table_observations(rec, t, period)}


def test_rows_of_a_finer_breakdown_make_the_table_that_breakdown(rec):
    h = "Person to whom the data related Share of items, 2016 (%)"
    got = found(rec, [[h, h], ["Suspect", "61.2"], ["Associate", "8.0"], ["Witness", "1.9"], ["Next of kin", "0.4"]],
                caption="Table 3: Items of communications data by type of person, 2016")
    assert got == {("cd.items.person_type.share", "suspect", "2016", 61.2),
                   ("cd.items.person_type.share", "associate", "2016", 8.0),
                   ("cd.items.person_type.share", "witness", "2016", 1.9),
                   ("cd.items.person_type.share", "next_of_kin", "2016", 0.4)}


def test_rows_of_the_tables_own_breakdown_keep_its_metric(rec):
    got = found(rec, [["Authority", "Items"], ["Police forces", "500,100"], ["Other public authorities", "20,000"]],
                caption="Table 2: Items of communications data acquired, 2019")
    assert all(m == "cd.items" for m, *_ in got) and ("cd.items", "other_public_authorities", "2019", 20000) in got


def test_header_word_hyphenated_over_two_lines_is_joined(rec):
    got = found(rec, [["", "Recommen-"], ["Year", "dations"], ["2014", "51"], ["2016", "63"]], header_rows=2,
                caption="Table 5: Inspections by the Commissioner")
    assert ("recommendations", "total", "2014", 51) in got and ("recommendations", "total", "2016", 63) in got


def test_column_under_a_shifted_wrapped_header_gets_no_metric(rec):
    # "dations", the end of "Recommen-", came out under the third column as well
    rows = [["", "Interception", "Communications", "Recommen-"],
            ["Year", "warrants examined", "dations", "dations"],
            ["2013", "600", "42", "65"], ["2015", "1,148", "72", "74"]]
    got = found(rec, rows, header_rows=2, caption="Table 4: Inspection activity")
    assert ("interception.warrants.examined", "", "2013", 600) in got
    assert ("recommendations", "total", "2013", 65) in got
    assert not any(v == 42 and m != "unclassified" for m, _, _, v in got)
