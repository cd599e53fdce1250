"""Round 2 of sentence rules from the dev2 report: comparison bases, elliptical statements after
a semicolon, new subjects, pronoun subjects, shares in apposition, parts in relative clauses,
the subject of a share, Tribunal workload. Sentences written for the tests."""
from __future__ import annotations

from recognize_helpers import text_observations


def found(rec, *texts, period="2020"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


def test_comparison_base_is_not_the_year_talked_about(rec):
    got = found(rec, "94 applications to identify journalists' sources were made in 2022, compared with 31 in 2018.",
                "In the same year, applications relating to lawyers numbered 140.")
    assert ("cd.applications.sensitive_profession", "lawyer", "2022", 140) in got
    got = found(rec, "Ministers issued 4,100 warrants in 2021, up 3% on 2020.",
                "For serious crime, 2,800 warrants were issued that year.")
    assert ("interception.warrants.issued", "serious_crime", "2021", 2800) in got


def test_verbless_statement_after_semicolon_shares_period(rec):
    got = found(rec, "In 2021, 2,800 warrants were issued for serious crime; for national security, 1,300.", period="2024")
    assert ("interception.warrants.issued", "national_security", "2021", 1300) in got


def test_new_subject_after_and_the_drops_earlier_category(rec):
    got = found(rec, "Designated persons were responsible for 41 errors, and the rows of the table add up to 880.")
    assert ("cd.errors", "designated_person", "2020", 41) in got
    assert ("cd.errors", "total", "2020", 880) in got


def test_pronoun_subject_takes_category_of_sentence_before(rec):
    got = found(rec, "Law enforcement remains the largest user. In 2019 it accounted for 650,100 items of communications data.")
    assert ("cd.items", "law_enforcement", "2019", 650100) in got


def test_share_in_apposition_is_share_of_the_figure_before(rec):
    got = found(rec, "In 2019, 81 warrants were approved under the urgency procedure, roughly 2.5% of the total.")
    assert ("interception.warrants.urgent.share", "", "2019", 2.5) in got
    assert not any(m == "interception.warrants.issued.share" for m, *_ in got)


def test_part_in_relative_clause_keeps_category_and_is_not_elided(rec):
    got = found(rec, "Incorrect time and date errors remain common: SPoCs made 150 such errors, 40 of which involved IP addresses, "
                     "and service providers made 30.")
    assert ("cd.errors.time_date.ip_address", "spoc", "2020", 40) in got
    assert not any(m == "cd.errors.time_date.ip_address" and c == "csp" for m, c, *_ in got)


def test_subject_of_share_names_the_part(rec):
    got = found(rec, "By 2019 the oral process accounted for 7 per cent of items of data.")
    assert ("cd.urgent_oral.share", "", "2019", 7) in got
    assert not any(m == "cd.items.share" for m, *_ in got)


def test_tribunal_cases_completed_are_not_complaints_received(rec):
    got = found(rec, "The Tribunal received 210 new complaints in 2011. It completed 80 of the new cases within the year "
                     "and carried 130 forward to 2012.")
    assert ("ipt.complaints", "", "2011", 210) in got
    assert {v for m, _, _, v in got if m == "ipt.complaints"} == {210}


def test_back_reference_refines_metric_from_sentence_before(rec):
    got = found(rec, "Incorrect times and dates were again the most common fault. Of that kind of error, SPoCs made 170, "
                     "and service providers made 45.")
    assert ("cd.errors.time_date", "spoc", "2020", 170) in got
    assert ("cd.errors.time_date", "csp", "2020", 45) in got
    assert not any(m == "cd.errors" for m, *_ in got)


def test_sentence_without_period_continues_the_one_before(rec):
    got = found(rec, "The latest report covers the calendar year 2021. It records that 190,400 requests for "
                     "communications data were approved.", period="2022")
    assert ("cd.requests.approved", "", "2021", 190400) in got
    # a year in brackets or in a subordinate clause does not date the next sentence
    got = found(rec, "There were 41 serious errors (30 in 2019). Law enforcement was granted 1,700 CHIS authorisations.",
                period="2020")
    assert ("chis.authorisations", "law_enforcement", "2020", 1700) in got
    got = found(rec, "The Commissioner wrote after inspectors visited the force in 2017. Law enforcement was granted "
                     "1,700 CHIS authorisations.", period="2020")
    assert ("chis.authorisations", "law_enforcement", "2020", 1700) in got
