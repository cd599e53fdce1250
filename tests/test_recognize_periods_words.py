"""Sentence patterns from the dev2 report: relative periods, publication dates, apposition,
words that are not figures, changes that are not shares. Sentences written for the tests."""
from __future__ import annotations

from pipeline.model import Block, PageContent
from pipeline.recognize import Context
from recognize_helpers import text_observations


def found(rec, text, period="2018", kind="paragraph", ctx=None):
    return {(o.metric, o.category, o.period, o.value)
            for o in text_observations(rec, text, period=period, kind=kind, ctx=ctx)}


def test_relative_periods_count_from_the_year_named(rec):
    got = found(rec, "In 2021 public authorities obtained 912,004 items of communications data, up from "
                     "870,115 items the previous year.", period="2023")
    assert ("cd.items", "total", "2020", 870115) in got and ("cd.items", "total", "2021", 912004) in got
    got = found(rec, "The Commissioner found 12 serious errors in 2020. Three years earlier, 31 errors "
                     "had been determined to be serious.", period="2023")
    assert ("errors.serious.determined", "total", "2017", 31) in got
    got = found(rec, "Inspectors carried out 402 inspections in 2021 and 417 inspections the following year.",
                period="2023")
    assert ("inspections", "total", "2022", 417) in got


def test_that_year_and_same_year(rec):
    ctx = Context("r.pdf", "abc", "2024")
    found(rec, "Ministers issued 3,100 interception warrants in 2019.", ctx=ctx)
    got = found(rec, "For national security, 1,150 warrants were issued that year.", ctx=ctx)
    assert got == {("interception.warrants.issued", "national_security", "2019", 1150)}


def test_publication_date_and_apposition(rec):
    got = found(rec, "In its report on 2021, published in June 2023, IPCO said that just over 340,000 "
                     "authorisations had been made across all investigatory powers.", period=None)
    assert {p for _, _, p, _ in got} == {"2021"}
    got = found(rec, "In 2015-16, the last reporting year of the Office of Surveillance Commissioners, 1,700 "
                     "property interference authorisations were granted.", period="2017")
    assert got == {("property_interference.authorisations", "", "2015-04/2016-03", 1700)}
    page = PageContent(1, 600, 800, [Block("The Commissioner's report was laid on 3 May 2022 and covers the "
                                           "calendar year 2021. It records that 201,300 requests for "
                                           "communications data were approved.", [], (0, 0, 1, 1))], [])
    got = {(o.metric, o.period, o.value) for o in rec.recognize_page(page, Context("r.pdf", "abc", None))}
    assert got == {("cd.requests.approved", "2021", 201300)}


def test_verbless_clause_and_all_but(rec):
    got = found(rec, "LPP applications approved: 61")
    assert {m for m, *_ in got} == {"lpp.applications.approved"}
    got = found(rec, "All but one of those applications, 44, were approved by Judicial Commissioners.")
    assert {(m, v) for m, _, _, v in got} <= {("lpp.applications.approved", 44)}
    assert not any(v == 1 for *_, v in got)
    got = found(rec, "In 2016, 71 warrants, approximately 2.4 per cent of the total, were approved under the "
                     "urgency procedure.", period="2016")
    assert ("interception.warrants.urgent", "", "2016", 71) in got


def test_no_single_total_is_not_zero(rec):
    got = found(rec, "The report gives no single total for communications data errors.")
    assert not any(v == 0 for *_, v in got)


def test_changes_not_shares(rec):
    got = found(rec, "Interception warrants in force on 31 December 2019 were 4.5% more numerous than a year earlier.")
    assert {m for m, *_ in got} == {"interception.warrants.in_force.change"}
    got = found(rec, "After rising by 12% in 2014, interception warrants fell 8% the following year.")
    assert ("interception.warrants.issued.change", "total", "2014", 12) in got
    assert ("interception.warrants.issued.change", "total", "2015", -8) in got


def test_list_of_parts_before_a_colon_is_the_whole(rec):
    got = found(rec, "Errors in the use of surveillance, property interference and CHIS: 104 in 2019 (99 in 2018).")
    assert {c for _, c, _, _ in got} == {"total"}


def test_caption_note_in_brackets_is_no_figure(rec):
    got = found(rec, "Table 3: Items of communications data by type of person, 2016 (sample of 512,000 items)",
                kind="caption")
    assert got == set()


def test_unclassified_counts_but_no_impostors(rec):
    got = found(rec, "The inquiry of March 2016 found that 21 police forces had used the power.", period="2016")
    assert got == {("unclassified", "", "2016", 21)}
    # references, years, durations and figures with a metric are not unclassified
    for text in ("Statement reference HCWS 512 refers.", "See paragraph 8.15 and page 52 of the 2017 report.",
                 "Each authorisation lasts 12 months.", "Ministers issued 3,100 interception warrants in 2019."):
        assert not any(m == "unclassified" for m, *_ in found(rec, text)), text
