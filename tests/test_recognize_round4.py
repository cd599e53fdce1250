"""Round 4 of sentence rules: general phrasings of statistical prose (figures whose noun is in
the sentence before, restatements, part years, numbers in words, ratios). Sentences written
for the tests, not taken from the corpora."""
from __future__ import annotations

from recognize_helpers import text_observations


def found(rec, *texts, period="2020"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


# -- a figure without a noun of its own counts what the sentence before names ---------------

def test_figures_followed_by_their_years_restate_the_metric_of_the_sentence_before(rec):
    got = found(rec, "The Secretary of State issued 2,900 interception warrants in 2019. "
                     "The Commissioner had reported 2,750 in 2018, 2,640 in 2017 and 2,400 in 2016.")
    assert got == {("interception.warrants.issued", "total", p, v)
                   for p, v in (("2019", 2900), ("2018", 2750), ("2017", 2640), ("2016", 2400))}


def test_the_figure_or_total_was_n_takes_the_metric_and_its_own_clauses_period(rec):
    got = found(rec, "Requests for communications data from police forces fell sharply. The total for 2014 was "
                     "500,100, and the previous report put the 2013 figure at 514,600.")
    assert got == {("cd.requests", "total", "2014", 500100), ("cd.requests", "total", "2013", 514600)}


def test_parts_labelled_after_a_sentence_naming_the_noun(rec):
    got = found(rec, "Each error is attributed to the person responsible for it. Applicants were responsible for "
                     "300, single points of contact for 250 and designated persons for 12.")
    assert got == {("cd.errors", "applicant", "2020", 300), ("cd.errors", "spoc", "2020", 250),
                   ("cd.errors", "designated_person", "2020", 12)}
    got = found(rec, "Applications for communications data about the sensitive professions rose again. In 2021 the "
                     "total was 1,400: 510 concerned medical doctors, 280 lawyers and 12 journalists.")
    assert got == {("cd.applications.sensitive_profession", c, "2021", v)
                   for c, v in (("total", 1400), ("medical_doctor", 510), ("lawyer", 280), ("journalist", 12))}


def test_there_were_none_after_a_count(rec):
    got = found(rec, "The Commissioner determined six serious errors in 2020. For 2022 there were none.")
    assert ("errors.serious.determined", "total", "2022", 0) in got


def test_no_restatement_of_other_things_counted_references_or_times(rec):
    got = found(rec, "The Commissioner inspected 43 police forces in 2019. The report gives two values for SPoCs, "
                     "and 19 forces had used the power.")
    assert {m for m, *_ in got} <= {"unclassified"}
    got = found(rec, "Interception warrants were issued 3,000 times. The paragraph number was 12 in 2019. "
                     "The Act was amended 3 times in 2019.")
    assert got == {("interception.warrants.issued", "total", "2020", 3000)}
    # a sentence with no figure before names nothing to restate
    assert found(rec, "The total for 2014 was 500,100.") == set()
