"""Round 11 of recognition rules: pronouns and restatement frames opening a paragraph, ...
Sentences written for the tests, not taken from the corpora."""
from __future__ import annotations

from recognize_helpers import text_observations


def found(rec, *texts, period="2019"):
    return {(o.metric, o.category, o.period, o.value) for o in text_observations(rec, *texts, period=period)}


def test_pronoun_opening_a_paragraph_goes_on_with_the_count_before(rec):
    # a speaker's next turn (after a running header) moves the count the turn before gave
    got = found(rec, "Asked how many warrants were issued in 2012, the minister said the figure was 3,372.",
                "12 MAY 2021 Oversight Debates 88WH",
                "The minister: The following year it fell by 19% to 2,760.", period="2021")
    assert ("interception.warrants.issued", "total", "2013", 2760) in got
    assert ("interception.warrants.issued.change", "total", "2013", -19) in got


def test_pronoun_change_needs_a_count_before(rec):
    # nothing counted before: "it" stands for nothing we know
    assert found(rec, "The following year it fell by 19% to 2,760.", period="2021") == set()


def test_restatement_frame_naming_its_own_year(rec):
    got = found(rec, "The first published count was of 1,435 warrants, for the nine months from April to December 2006.",
                "The latest figure, for 2017, is 3,535, just under twice the 2010 total. The number has not risen "
                "steadily: it fell by 19% in 2013, to 2,760, and was 3,007 in 2016.")
    assert {("interception.warrants.issued", "total", "2017", 3535),
            ("interception.warrants.issued.change", "total", "2013", -19),
            ("interception.warrants.issued", "total", "2013", 2760),
            ("interception.warrants.issued", "total", "2016", 3007)} <= got
